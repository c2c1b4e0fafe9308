// A browser script served as one file at a fixed address (an Astro endpoint): its entry module and
// what it imports, bundled and minified with esbuild when the site is built. For scripts loaded on
// demand, where Vite's own dynamic import would add its preload helper to the script of every page.
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/** The endpoint that serves `entry` (a path from the project's root) as one minified ES module. */
export function bundledScript(entry: string): APIRoute {
	return async () => {
		const out = await build({
			entryPoints: [resolve(entry)],
			bundle: true,
			format: 'esm',
			minify: true,
			target: 'es2022',
			write: false,
			legalComments: 'none',
		});
		return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
	};
}
