// Builds the Pagefind index of dist/ at the end of `astro build` (the Starlight pattern): indexing
// errors fail the build instead of being logged and forgotten, and Pagefind is always closed.
//
// Each page goes to Pagefind with one extra, index-only attribute on its data-pagefind-body element:
// a searchable metadata field `khongdau` listing the page's đ-words spelled with d ("đuối" → "duoi"),
// so that a reader typing without diacritics finds them (see components/search/fold.ts). The HTML on
// disk is not changed: readers never download the field except with a search result.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { readdirSync, rmSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { foldedDWords } from '../components/search/fold.ts';
import { builtPages } from '../lib/built-files.ts';

/** Name of the metadata field holding the folded đ-words. */
export const FOLD_FIELD = 'khongdau';

/**
 * Word positions per index chunk (Pagefind's default is 20,000). Smaller chunks mean fewer bytes for
 * each new word a reader types: at 1,000 pages the first query fell from 131 to 108 KB and later ones
 * by a third to a half (docs/performance.md); below this, the list of chunks Pagefind loads first
 * grows faster than the chunks shrink. Pagefind reads it from an environment variable it calls
 * unstable; without it, the index is built with the default and still works.
 */
const INDEX_CHUNK_SIZE = '5000';

const BODY = /<(\w+)\b([^>]*\sdata-pagefind-body\b[^>]*)>([\s\S]*)<\/\1>/;

/** The page's HTML with the folded đ-words as metadata on its data-pagefind-body element. */
export function withFoldedField(html: string): { html: string; words: number } {
	const body = BODY.exec(html);
	if (!body) return { html, words: 0 };
	const text = body[3]!.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
	const words = foldedDWords(text);
	if (words.length === 0) return { html, words: 0 };
	const [tag, name, attrs] = [body[0]!.slice(0, body[0]!.indexOf('>') + 1), body[1]!, body[2]!];
	if (/data-pagefind-meta=/.test(attrs))
		throw new Error(`<${name}> đã có data-pagefind-meta: gộp trường ${FOLD_FIELD} vào đó`);
	const marked = tag.replace(/>$/, ` data-pagefind-meta="${FOLD_FIELD}:${words.join(' ')}">`);
	return { html: html.replace(tag, () => marked), words: words.length };
}

/** Pagefind always writes its three prebuilt interfaces and its worker; the site uses its own markup
 *  over the JS API on the page itself (components/search/search-ui.ts, noWorker), so they are removed
 *  rather than deployed (about 470 KB). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$|^pagefind-worker\.js$/;

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'bvte:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
				try {
					const files = builtPages(site);
					let pages = 0;
					let folded = 0;
					for (const sourcePath of files) {
						const source = await readFile(`${site}/${sourcePath}`, 'utf8');
						if (!source.includes('data-pagefind-body')) continue;
						const { html, words } = withFoldedField(source);
						const added = await index.addHTMLFile({ sourcePath, content: html });
						if (added.errors.length) throw new Error(`Pagefind lỗi khi đọc ${sourcePath}: ${added.errors.join('; ')}`);
						pages += 1;
						folded += words;
					}
					if (pages === 0) throw new Error('Pagefind không thấy trang nào có data-pagefind-body.');
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
					if (written.errors.length) throw new Error(`Pagefind lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
					const out = fileURLToPath(new URL('pagefind/', dir));
					for (const name of readdirSync(out)) if (UNUSED.test(name)) rmSync(`${out}/${name}`);
					logger.info(
						`Pagefind: ${pages} trang, ${folded} từ có chữ đ viết không dấu, ${Math.round(performance.now() - started)} ms`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
