// The build benchmark's second configuration: the site's own config, with every guide page rendered
// by a one-line layout (BareLayout.astro beside this file) instead of the real one, to measure what the
// real layout costs per page. Used only by scripts/bench-build.mjs (`astro build --config …`).
import { fileURLToPath } from 'node:url';
import config from '../../astro.config.mjs';

const bare = fileURLToPath(new URL('./BareLayout.astro', import.meta.url));

export default {
	...config,
	root: fileURLToPath(new URL('../..', import.meta.url)),
	vite: {
		...config.vite,
		resolve: { alias: [{ find: /^~\/layouts\/GuideLayout\.astro$/, replacement: bare }] },
	},
};
