// Writes dist/_headers (security headers and cache rules, Netlify / Cloudflare Pages syntax) from
// src/config/security.ts at the end of the build, so the policy lives in one place. The policy allows
// the inline styles the built pages hold (the critical block, one hash), read from the pages themselves.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../config/security.ts';
import { builtStyleHashes } from './critical-css.ts';

export default function headersIntegration(): AstroIntegration {
	return {
		name: 'bvte:headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile(await builtStyleHashes(fileURLToPath(dir))));
				logger.info('_headers đã ghi');
			},
		},
	};
}
