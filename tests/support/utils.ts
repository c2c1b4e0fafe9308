// Shared helpers for tests: the built site on disk and the content data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages as builtPagesOf, filesUnder } from '../../src/lib/built-files.ts';

export const DIST = 'dist';
export const CONTENT = 'content';

/** Every file under `dir` (recursive), as paths relative to `dir` with "/" separators. */
export const walk = filesUnder;

/** Every built HTML page, e.g. "index.html", "phap-luat/index.html", "404.html" (of dist/, or of `dist`). */
export function builtPages(dist = DIST): string[] {
	return builtPagesOf(dist);
}

export function readDist(file: string): string {
	return readFileSync(join(DIST, file), 'utf8');
}

/** The site path of a built page: "phap-luat/index.html" → "phap-luat/" (relative to the base). */
export function pagePath(file: string): string {
	return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}

/** A YAML data file of content/ as an array of entries. */
export function readData<T = Record<string, unknown>>(name: string): T[] {
	return parse(readFileSync(join(CONTENT, `${name}.yaml`), 'utf8')) as T[];
}

/** The MDX files of content/<dir>/: each file's slug and its frontmatter, parsed from YAML (not
 *  validated: pass it through the collection's schema where the test needs typed data). */
export function readMdxFrontmatter(dir: string): { slug: string; data: unknown }[] {
	return walk(join(CONTENT, dir))
		.filter((f) => f.endsWith('.mdx'))
		.map((file) => {
			const text = readFileSync(join(CONTENT, dir, file), 'utf8');
			return { slug: file.replace(/\.mdx$/, ''), data: parse(text.split(/^---$/m)[1] ?? '') };
		});
}

/** Visible text of an HTML string, roughly: scripts, styles and tags removed. */
export function visibleText(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');
}
