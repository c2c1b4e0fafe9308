// The search query table (search-queries.yaml beside this file: what children, parents, teachers and
// citizens type, and the pages that answer them), read and checked: a mistyped field stops the tests
// that use it with the query's number and the field, instead of scoring a query wrongly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const AUDIENCES = ['child', 'parent', 'teacher', 'citizen'] as const;
export const STYLES = ['plain', 'no-marks', 'typo', 'question', 'slang', 'unused-word', 'symbol', 'number'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Style = (typeof STYLES)[number];

export interface Query {
	query: string;
	audience: Audience;
	/** Pages that answer the query; one of them must be in the first three results. Empty: no page
	 *  of the site answers it (then no result, or an honest "not on this site", is right). */
	expect: string[];
	style: Style[];
	/** Reads as a child in danger or in crisis: the help box (111, 113, 115) comes before the results. */
	danger?: boolean;
	/** Names a document symbol that is not in the registry: the search says so instead of showing look-alikes. */
	missingDocument?: boolean;
}

const FILE = join(import.meta.dirname, 'search-queries.yaml');
const FIELDS = new Set(['query', 'audience', 'expect', 'style', 'danger', 'missingDocument']);

function checked(entry: unknown, n: number): Query {
	const at = (field: string, problem: string) => new Error(`${FILE}, truy vấn ${n} › ${field}: ${problem}`);
	if (typeof entry !== 'object' || entry === null) throw at('(mục)', 'không phải một mục');
	const e = entry as Record<string, unknown>;
	for (const field of Object.keys(e)) if (!FIELDS.has(field)) throw at(field, 'trường không có trong bảng');
	if (typeof e['query'] !== 'string' || !e['query'].trim()) throw at('query', 'cần một chuỗi');
	if (!AUDIENCES.includes(e['audience'] as Audience)) throw at('audience', `một trong ${AUDIENCES.join(', ')}`);
	const expect = e['expect'];
	if (!Array.isArray(expect) || expect.some((p) => typeof p !== 'string' || p.startsWith('/') || !p.endsWith('/')))
		throw at('expect', 'một danh sách đường dẫn tương đối, kết thúc bằng /');
	const style = e['style'];
	if (!Array.isArray(style) || style.length === 0 || style.some((s) => !STYLES.includes(s as Style)))
		throw at('style', `một danh sách trong ${STYLES.join(', ')}`);
	for (const flag of ['danger', 'missingDocument'])
		if (flag in e && e[flag] !== true) throw at(flag, 'chỉ ghi khi đúng: true');
	return e as unknown as Query;
}

export const QUERIES: Query[] = (parse(readFileSync(FILE, 'utf8')) as unknown[]).map((entry, i) =>
	checked(entry, i + 1),
);
