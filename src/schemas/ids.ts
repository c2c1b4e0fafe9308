// Ids of the entries of a YAML data file in content/, read synchronously at config time, so that a
// frontmatter field naming an unknown document, source, topic or audience fails the build with the
// file and the field (docs' pattern: `z.enum(logoKeys)` built from data).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { contentFolder } from '../config/site.ts';

const cache = new Map<string, ReadonlySet<string>>();

/** Entries the build checks already parsed from the same text (src/build-checks/yaml.ts), if any. */
const parsedByBuildChecks = (text: string): unknown =>
	(globalThis as { [k: symbol]: Map<string, unknown> | undefined })[Symbol.for('bvte.yaml-entries')]?.get(text);

/** Ids of the array entries of `content/<file>`. Throws if the file is missing or an entry has no id. */
export function idsIn(file: string): ReadonlySet<string> {
	const path = resolve(contentFolder(), file);
	const hit = cache.get(path);
	if (hit) return hit;
	const text = readFileSync(path, 'utf8');
	const data: unknown = parsedByBuildChecks(text) ?? parse(text);
	if (!Array.isArray(data)) throw new Error(`${path}: phải là một danh sách (mảng YAML).`);
	const ids = new Set<string>();
	data.forEach((entry: unknown, i) => {
		const id = (entry as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') throw new Error(`${path}: mục thứ ${i + 1} thiếu trường "id".`);
		ids.add(id);
	});
	cache.set(path, ids);
	return ids;
}
