/// <reference types="vitest/config" />
// Vitest runs the pure unit tests (tests/unit/*.test.ts): helpers and browser logic that need no build
// and no browser. getViteConfig gives them Astro's Vite setup, so `astro:content` and the `~/` alias
// resolve as in the site.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
