// The search itself (components/search/search-ui.ts and the modules it uses), bundled and minified
// with esbuild into one file that the site's script imports on the first keystroke or submit in a
// search box (search-boot.ts). Built here rather than by Vite's own dynamic import, which would add a
// 1.3 KB preload helper to the script of every page for a module with nothing to preload.
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
	const out = await build({
		entryPoints: [resolve('src/components/search/search-ui.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
