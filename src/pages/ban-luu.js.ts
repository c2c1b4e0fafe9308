// The offline copy's control script (components/offline/offline-control.ts and what it uses), bundled
// and minified with esbuild into one file that the site's script imports when a page's "Lưu để đọc
// khi mất mạng" control comes near the screen (offline-boot.ts). Built here rather than by Vite's own
// dynamic import, which would add its preload helper to the script of every page, and so that pages
// whose readers never reach the control fetch none of it.
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
	const out = await build({
		entryPoints: [resolve('src/components/offline/offline-control.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
