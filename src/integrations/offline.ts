// Build step for the offline copy (components/offline/), after the search index is written: it picks
// the files the copy keeps (offline-files.ts), writes the copy's size into the control's text on every
// page that shows it, hashes every kept file as published, and bundles the service worker with that
// list written in, to dist/sw.js. So a build that changes any kept file gives a new worker, which the
// browsers that keep a copy install on their next visit.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { builtPages, filesUnder } from '../lib/built-files.ts';
import { routes } from '../config/routes.ts';
import {
	SIZE_MARK,
	addressOf,
	digest,
	formatSize,
	keptFiles,
	manifestOf,
	totalSize,
	type OfflineManifest,
} from '../components/offline/offline-files.ts';

/** The kept files as the copy lists them, each with the hash and size of the published file. */
export async function offlineManifest(root: string, files: readonly string[]): Promise<OfflineManifest> {
	return manifestOf(
		await Promise.all(
			keptFiles(files).map(async (file) => {
				const bytes = await readFile(join(root, file));
				return { path: addressOf(file), hash: await digest(bytes), size: bytes.byteLength };
			}),
		),
	);
}

/** The service worker with the manifest written in, minified. */
export async function bundleWorker(manifest: OfflineManifest): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../components/offline/sw.ts', import.meta.url))],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2020',
		write: false,
		legalComments: 'none',
		define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest) },
	});
	return result.outputFiles[0]!.text;
}

export default function offlineIntegration(): AstroIntegration {
	return {
		name: 'bvte:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const files = filesUnder(root);
				// The size first (the pages' few bytes of size text do not change its tenth of a MB)…
				const kept = keptFiles(files);
				let size = 0;
				for (const file of kept) size += (await stat(join(root, file))).size;
				const pages = builtPages(root);
				const marked: string[] = [];
				for (const file of pages) {
					const html = await readFile(join(root, file), 'utf8');
					if (!html.includes(SIZE_MARK)) continue;
					await writeFile(join(root, file), html.replaceAll(SIZE_MARK, formatSize(size)));
					marked.push(file);
				}
				// …then the list of the files as published.
				const manifest = await offlineManifest(root, files);
				await writeFile(join(root, routes.serviceWorker().slice(1)), await bundleWorker(manifest));
				logger.info(
					`Bản lưu: ${manifest.entries.length} tệp, ${formatSize(totalSize(manifest.entries))}, phiên bản ${manifest.version}; nút lưu trên ${marked.length} trang (${Math.round(performance.now() - started)} ms)`,
				);
			},
		},
	};
}
