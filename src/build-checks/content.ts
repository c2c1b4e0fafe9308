// The checks of content/ that run before Astro reads anything (astro:config:setup of a build): file
// names and places, every data file (YAML syntax, list of entries, unique ids, dates, typed phone
// numbers), every page's frontmatter, and page addresses against each other and against src/pages.
// Everything is read from disk as it is now, so no cache can hide a broken file.
// No Astro imports: the tests call checkContent on fixture folders.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentFileProblems, layoutFromConfig, type ContentLayout } from './content-files.ts';
import { checkDataFile, checkFrontmatter } from './yaml.ts';
import { routeProblems, staticRoutes, type ContentEntry } from './routes.ts';
import type { Problem } from './problem.ts';
import { filesUnder } from '../lib/built-files.ts';
import { contentFolder } from '../config/site.ts';

/** The folder of content (CONTENT_DIR for tests and benchmarks, else content/). */
export function contentDir(): string {
	return resolve(contentFolder());
}

/** How a path is shown to editors: inside the content folder always as "content/…" (whatever
 *  CONTENT_DIR is), elsewhere relative to the repository. */
export function shownPath(path: string, content = contentDir()): string {
	const abs = resolve(path);
	const inContent = relative(content, abs);
	if (!inContent.startsWith('..') && !inContent.startsWith(sep)) return `content/${inContent.split(sep).join('/')}`;
	return relative(process.cwd(), abs).split(sep).join('/');
}

/** Files under `dir`, relative and "/"-separated, without dotfiles (.DS_Store, .gitkeep). */
export function contentFilesUnder(dir: string): string[] {
	return filesUnder(dir).filter((f) => !f.split('/').some((part) => part.startsWith('.')));
}

export interface ContentCheck {
	problems: Problem[];
	/** Digits of every number of content/hotlines.yaml: the only numbers pages may show. */
	hotlineNumbers: Set<string>;
	files: number;
}

export interface ContentCheckOptions {
	/** The content folder (default: contentDir()). */
	dir?: string;
	/** YYYY-MM-DD: no `updated` or `accessed` date after it. */
	buildDate: string;
	/** The repository root, where src/content.config.ts and src/pages are. */
	root?: string;
	layout?: ContentLayout;
}

/** Every problem of the content folder. */
export function checkContent(opts: ContentCheckOptions): ContentCheck {
	const dir = resolve(opts.dir ?? contentDir());
	const root = resolve(opts.root ?? '.');
	const layout = opts.layout ?? layoutFromConfig(readFileSync(join(root, 'src/content.config.ts'), 'utf8'));
	const files = contentFilesUnder(dir);
	const show = (path: string) => `content/${path}`;
	const problems = contentFileProblems(files, layout);

	// Hotlines first: their numbers are the only ones other files may mention, their ids what {so:…} names.
	const read = (name: string) => {
		const path = join(dir, `${name}.yaml`);
		if (!existsSync(path)) {
			problems.push({
				file: show(`${name}.yaml`),
				message: 'thiếu tệp dữ liệu này',
				fix: 'khôi phục tệp (ví dụ bằng git checkout), hoặc bỏ khai báo của nó trong src/content.config.ts',
			});
			return undefined;
		}
		return readFileSync(path, 'utf8');
	};
	const hotlineText = layout.dataFiles.includes('hotlines') ? read('hotlines') : undefined;
	const hotlines =
		hotlineText === undefined
			? { entries: [], problems: [] }
			: checkDataFile(show('hotlines.yaml'), hotlineText, { buildDate: opts.buildDate });
	problems.push(...hotlines.problems);
	const hotlineNumbers = new Set(hotlines.entries.map((h) => String(h['number'] ?? '')).filter(Boolean));
	// While hotlines.yaml itself is broken, numbers and {so:…} elsewhere cannot be judged: one error, not fifty.
	const hotlinesRead = hotlineText !== undefined && hotlines.problems.length === 0;
	const hotlineIds = hotlinesRead ? new Set(hotlines.entries.map((h) => String(h['id'] ?? ''))) : undefined;
	for (const name of layout.dataFiles.filter((d) => d !== 'hotlines')) {
		const text = read(name);
		if (text !== undefined)
			problems.push(
				...checkDataFile(show(`${name}.yaml`), text, {
					buildDate: opts.buildDate,
					allowedNumbers: hotlinesRead ? hotlineNumbers : undefined,
					hotlineIds,
				}).problems,
			);
	}

	const entries: ContentEntry[] = [];
	for (const [collection, folder] of Object.entries(layout.folders)) {
		for (const file of files.filter((f) => f.startsWith(`${folder}/`) && /^[^/]+\/[a-z0-9-]+\.mdx$/.test(f))) {
			problems.push(
				...checkFrontmatter(show(file), readFileSync(join(dir, file), 'utf8'), {
					buildDate: opts.buildDate,
					hotlineIds,
				}),
			);
			entries.push({ collection, id: file.slice(folder.length + 1, -'.mdx'.length), file: show(file) });
		}
	}
	problems.push(...routeProblems(entries, staticRoutes(contentFilesUnder(join(root, 'src/pages')))));
	return { problems, hotlineNumbers, files: files.length };
}
