// The files of a built site (dist/), as paths relative to it with "/" separators: what the build steps
// (search index, link-preview images, checks), the benchmarks and the tests walk over. Node only.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, sorted; [] when the folder does not exist. */
export function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** Every HTML page of a built site ("index.html", "phap-luat/index.html", "404.html"), Pagefind's own files left out. */
export function builtPages(dist: string): string[] {
	return filesUnder(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}
