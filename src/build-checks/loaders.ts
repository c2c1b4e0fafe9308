// The content loader of the YAML data files of content/ (in place of Astro's file() loader). Astro's
// loader, on a file it cannot parse, logs one line and keeps the entries of the previous build from
// its cache (node_modules/.astro), so a broken or emptied hotlines.yaml published yesterday's numbers
// with exit code 0. This one reads the whole file on every sync and either replaces every entry or
// fails with the file, line and column: no cached entry outlives a change to its file.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { BUILD_DATE } from '../config/site.ts';
import { shownPath } from './content.ts';
import { failOn } from './problem.ts';
import { checkDataFile } from './yaml.ts';

/** A collection read from a YAML list of entries with unique ids, e.g. content/hotlines.yaml. */
export function yamlList(path: string): Loader {
	const file = resolve(path);
	return {
		name: 'bvte:yaml-list',
		load: async ({ store, parseData, watcher, logger }) => {
			const filePath = relative(process.cwd(), file);
			const sync = async () => {
				const shown = shownPath(file);
				const { entries, problems } = checkDataFile(shown, await readFile(file, 'utf8'), { buildDate: BUILD_DATE });
				failOn(problems, shown);
				const parsed = [];
				for (const raw of entries) {
					const id = String(raw['id']);
					parsed.push({ id, data: await parseData({ id, data: raw, filePath }), filePath });
				}
				// Replaced only once every entry passed its schema.
				store.clear();
				for (const entry of parsed) store.set(entry);
			};
			await sync();
			watcher?.add(file);
			watcher?.on('change', (changed) => {
				if (resolve(changed) !== file) return;
				sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
			});
		},
	};
}
