// Build step for the critical block (components/critical-css/): at the end of `astro build` it moves
// the full stylesheet's <link>, which Astro always writes into <head>, to the end of <body> on every
// page, and checks that every page carries the one identical critical block its <meta> policy allows.
// A page that breaks this would paint late or be unstyled under the header policy: the build fails.
// Runs before the other steps of build:done, so they (the search index, _headers, the checks) see the
// final pages.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../lib/built-files.ts';
import {
	criticalProblems,
	inlineStyleHashes,
	moveStylesheetsToBodyEnd,
} from '../components/critical-css/critical-css.ts';

/** Every built HTML page under `root` (Pagefind's folder excluded), as absolute paths. */
function htmlPages(root: string): string[] {
	return builtPages(root).map((page) => join(root, page));
}

/** The hashes of the inline styles of every built page under `root` (for _headers and nginx). */
export async function builtStyleHashes(root: string): Promise<string[]> {
	const pages = htmlPages(root);
	return inlineStyleHashes(await Promise.all(pages.map((file) => readFile(file, 'utf8'))));
}

export default function criticalCssIntegration(): AstroIntegration {
	return {
		name: 'bvte:critical-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const pages = htmlPages(root);
				const texts = await Promise.all(pages.map((file) => readFile(file, 'utf8')));
				const hashes = inlineStyleHashes(texts);
				if (hashes.length !== 1) {
					throw new Error(
						`Khối CSS quan trọng phải giống hệt nhau trên mọi trang (một mã băm cho _headers), nhưng có ${hashes.length}: ${hashes.join(', ')}`,
					);
				}
				const problems: string[] = [];
				await Promise.all(
					pages.map(async (file, i) => {
						const html = moveStylesheetsToBodyEnd(texts[i]!);
						for (const problem of criticalProblems(html, hashes[0]!))
							problems.push(`${file.slice(root.length)}: ${problem}`);
						if (html !== texts[i]) await writeFile(file, html);
					}),
				);
				if (problems.length) throw new Error(`Khối CSS quan trọng:\n${problems.join('\n')}`);
				logger.info(
					`${pages.length} trang: khối CSS quan trọng ${hashes[0]}, tệp CSS đầy đủ cuối <body> (${Math.round(performance.now() - started)} ms)`,
				);
			},
		},
	};
}
