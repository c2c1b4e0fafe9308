// Writes dist/_headers (security headers and cache rules, Netlify / Cloudflare Pages syntax) from
// src/config/security.ts at the end of the build, so the policy lives in one place.
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../config/security.ts';

export default function headersIntegration(): AstroIntegration {
	return {
		name: 'bvte:headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile());
				logger.info('_headers đã ghi');
			},
		},
	};
}
