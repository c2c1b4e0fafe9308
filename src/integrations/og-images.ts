// Writes the link-preview image (og:image) of every built page at the end of `astro build`: each page
// whose <head> names one (BaseLayout does when SITE_URL is set) gets a 1200 × 630 PNG with its
// og:title and the national child-protection line from content/hotlines.yaml, at the address the tag
// gives. Working from the built pages means every page is covered, whatever template made it.
// Nothing is cached between builds: each build draws every image again from that build's titles.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { BASE_PATH, contentFolder, site } from '../config/site.ts';
import { ogImage } from '../materials/og-image.ts';
import { iconName } from '../schemas/icon.ts';
import { builtPages } from '../lib/built-files.ts';
import { decodeEntities } from '../build-checks/dist.ts';

const meta = (html: string, property: string) =>
	html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];

/** The national child-protection line (the first by order) and its topic's pictogram, from content/. */
function nationalLine(): { display: string; name: string; icon: string } {
	const lines = (
		parse(readFileSync(join(contentFolder(), 'hotlines.yaml'), 'utf8')) as {
			kind: string;
			order: number;
			display: string;
			name: string;
		}[]
	)
		.filter((h) => h.kind === 'child-protection')
		.sort((a, b) => a.order - b.order);
	if (!lines[0]) throw new Error('content/hotlines.yaml không có số nào loại "child-protection"');
	return { display: lines[0].display, name: lines[0].name, icon: iconName().parse('phone-call') };
}

export default function ogImagesIntegration(): AstroIntegration {
	return {
		name: 'bvte:og-images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const line = nationalLine();
				let count = 0;
				let bytes = 0;
				const pages = builtPages(root);
				// Two images at a time: one is laid out (satori, on this thread) while the other is rasterised.
				const pending = new Set<Promise<void>>();
				for (const entry of pages) {
					const html = await readFile(join(root, entry), 'utf8');
					const image = meta(html, 'og:image');
					const title = meta(html, 'og:title');
					if (!image || !title) continue;
					const path = join(root, new URL(image).pathname.slice(BASE_PATH.length - 1));
					const job = (async () => {
						const png = await ogImage({
							title: decodeEntities(title),
							site: site.name,
							line: { display: line.display, name: line.name },
							icon: line.icon,
						});
						await mkdir(dirname(path), { recursive: true });
						await writeFile(path, png);
						count++;
						bytes += png.length;
					})();
					pending.add(job);
					const done = () => pending.delete(job);
					job.then(done, done);
					if (pending.size >= 2) await Promise.race(pending);
				}
				await Promise.all(pending);
				logger.info(
					`${count} ảnh xem trước (og:image), ${Math.round(bytes / 1024)} KB, ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
