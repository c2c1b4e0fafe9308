// Reads the YAML editors write (the data files of content/ and the frontmatter of MDX pages) with the
// `yaml` package, the same parser as src/schemas/ids.ts and the tests, and reports in Vietnamese, with
// line and column: syntax errors, a data file that is not a list, entries without an id or with an id
// already used, dates that do not exist or lie after the build's date, typed phone numbers, and
// frontmatter fields that would silently change a page's address.
// Pure: used by the build's content checks, the content loader of data files, and the tests.
//
// Speed: a file with nothing wrong (nearly always) is read once with js-yaml, the parser Astro itself
// uses (about twice as fast); only a file with a problem is read again with `yaml`, whose nodes know
// their line and column, to say where.
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node, type Pair } from 'yaml';
import { dateFault, dateFix, looksLikeDate } from './dates.ts';
import { around, strayPhoneNumbers } from './phones.ts';
import type { Problem } from './problem.ts';

/** Dates that must be a full YYYY-MM-DD; the first two also not after the build's date. */
const CHECKED_DATES = new Set(['updated', 'accessed']);
const FULL_DATES = new Set([...CHECKED_DATES, 'start', 'end']);
/** Fields whose text is never shown as a sentence (ids, addresses, fact-sheet rows). */
const NOT_TEXT = new Set(['id', 'url', 'row', 'slug', 'file']);

/** "{so:tong-dai-111}" in a sentence: a hotline named by its id (src/schemas/common.ts). */
const NUMBER_TOKEN = /\{so:([a-z0-9-]+)\}/g;

const SYNTAX: Record<string, [what: string, fix: string]> = {
	MISSING_CHAR: ['thiếu dấu đóng (ngoặc kép ", ngoặc đơn \', ] hoặc })', 'đóng ngoặc ở cuối giá trị, hoặc bỏ ngoặc mở'],
	BLOCK_AS_IMPLICIT_KEY: [
		'có dấu hai chấm và dấu cách ": " trong một giá trị không có ngoặc kép',
		'đặt cả giá trị trong ngoặc kép, ví dụ: description: "Trang thử: khi cần…"',
	],
	MULTILINE_IMPLICIT_KEY: [
		'một giá trị nhiều dòng không có ngoặc kép hoặc thụt lề sai',
		'đặt giá trị trong ngoặc kép, hoặc thụt lề các dòng sau bằng dấu cách',
	],
	BAD_INDENT: [
		'thụt lề sai',
		'thụt lề bằng dấu cách, các mục cùng cấp thẳng cột với nhau (như các mục khác trong tệp)',
	],
	TAB_AS_INDENT: ['thụt lề bằng phím Tab', 'thay Tab bằng dấu cách'],
	DUPLICATE_KEY: ['một trường được viết hai lần trong cùng một mục', 'xóa một trong hai dòng'],
	UNEXPECTED_TOKEN: ['có ký tự không đúng chỗ', 'xem lại dòng này và dòng trên nó: ngoặc, dấu hai chấm, dấu "-"'],
	BAD_SCALAR_START: ['giá trị bắt đầu bằng một ký tự đặc biệt (@ ` | > % …)', 'đặt cả giá trị trong ngoặc kép'],
};

function syntaxProblems(
	file: string,
	errors: readonly { code: string; message: string; pos: [number, number] }[],
	lc: LineCounter,
	lineOffset: number,
): Problem[] {
	return errors.map((e) => {
		const { line, col } = lc.linePos(e.pos[0]);
		const [what, fix] = SYNTAX[e.code] ?? [
			'YAML sai cú pháp',
			'xem lại dòng này và dòng trên nó (ngoặc kép, dấu hai chấm, thụt lề)',
		];
		const reason = e.message.split(' at line')[0]!.trim();
		return { file, line: line + lineOffset, column: col, message: `YAML sai cú pháp: ${what} (${reason})`, fix };
	});
}

/** Line (1-based, plus offset) of a node's start. */
function lineOf(node: Node | null | undefined, lc: LineCounter, lineOffset: number): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lc.linePos(start).line + lineOffset;
}

/** What values are checked against (a data file, a page's frontmatter): the build's date, and the phone numbers and hotline ids known. */
export interface DataFileRules {
	buildDate: string;
	allowedNumbers?: ReadonlySet<string> | undefined;
	hotlineIds?: ReadonlySet<string> | undefined;
}

/** What is wrong with one `key: value` (a date, a typed phone number, a {so:…} token), without its line. */
function pairProblems(key: string, raw: unknown, opts: DataFileRules): Omit<Problem, 'file' | 'line'>[] {
	const value =
		raw instanceof Date
			? raw.toISOString().slice(0, 10)
			: typeof raw === 'string' || typeof raw === 'number'
				? String(raw)
				: undefined;
	if (value === undefined) return [];
	if (FULL_DATES.has(key) || (looksLikeDate(value) && /^\d{4}-/.test(value))) {
		const fault = FULL_DATES.has(key)
			? dateFault(value, CHECKED_DATES.has(key) ? opts.buildDate : undefined)
			: dateFault(value);
		return fault ? [{ field: key, message: fault, fix: dateFix(opts.buildDate) }] : [];
	}
	// Ids (ancotnam-114-la-gi) are not sentences.
	if (NOT_TEXT.has(key) || typeof raw !== 'string' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw)) return [];
	const problems: Omit<Problem, 'file' | 'line'>[] = [];
	if (opts.hotlineIds) {
		for (const [, id] of raw.matchAll(NUMBER_TOKEN)) {
			if (!opts.hotlineIds.has(id!)) {
				problems.push({
					field: key,
					message: `{so:${id}}: không có số này trong content/hotlines.yaml`,
					fix: 'dùng id của một số trong content/hotlines.yaml, ví dụ {so:tong-dai-111}',
				});
			}
		}
	}
	if (opts.allowedNumbers) {
		const text = raw.replace(NUMBER_TOKEN, ' ');
		for (const m of strayPhoneNumbers(text, opts.allowedNumbers)) {
			problems.push({
				field: key,
				message: `số điện thoại "${m.text}" gõ trực tiếp ("${around(text, m)}")`,
				fix: 'số điện thoại chỉ ghi trong content/hotlines.yaml; trong câu viết {so:<id>}, ví dụ {so:tong-dai-111}',
			});
		}
	}
	return problems;
}

/** Checks every key: value of a parsed YAML tree, with lines (the slow path, for a file with a problem). */
function valueProblems(file: string, root: Node, lc: LineCounter, lineOffset: number, opts: DataFileRules): Problem[] {
	const problems: Problem[] = [];
	visit(root, {
		Pair(_, pair: Pair) {
			if (!isScalar(pair.key) || !isScalar(pair.value)) return;
			const line = lineOf(pair.value, lc, lineOffset);
			for (const p of pairProblems(String(pair.key.value), pair.value.value, opts)) problems.push({ file, line, ...p });
		},
	});
	return problems;
}

/** True when no `key: value` of plain data breaks a rule (the fast path). */
function valuesFine(data: unknown, opts: DataFileRules): boolean {
	if (Array.isArray(data)) return data.every((item) => valuesFine(item, opts));
	if (data === null || typeof data !== 'object') return true;
	for (const [key, value] of Object.entries(data)) {
		if (value !== null && typeof value === 'object') {
			if (!valuesFine(value, opts)) return false;
		} else if (pairProblems(key, value, opts).length > 0) {
			return false;
		}
	}
	return true;
}

/** The data, read by js-yaml with strings kept as written (no dates), or undefined if it cannot. */
function quickParse(text: string): { data: unknown } | undefined {
	try {
		return { data: load(text, { schema: CORE_SCHEMA }) };
	} catch {
		return undefined;
	}
}

export interface DataFile {
	/** The entries, when the file could be read (even with other problems). */
	entries: Record<string, unknown>[];
	problems: Problem[];
}

/**
 * A data file of content/: a YAML list of entries, each with a unique `id`. `file` is the path shown
 * to the editor. Typed phone numbers are allowed only in content/hotlines.yaml (`allowedNumbers`:
 * the hotlines' own numbers, which other files may mention, e.g. in a source's title).
 */
export function checkDataFile(file: string, text: string, opts: DataFileRules): DataFile {
	// The build checks every data file before Astro starts, then the content loader reads each again
	// (from another module instance, hence globalThis): the same text gives the same entries, so the
	// second read reuses the first parse. Keyed by the text itself, so an edit is never missed.
	const key = `${file}\0${opts.buildDate}\0${text}`;
	const cache = ((globalThis as { [PARSED]?: Map<string, DataFile> })[PARSED] ??= new Map());
	const hit = cache.get(key);
	if (hit && opts.allowedNumbers === undefined) return hit;
	const result = parseDataFile(file, text, opts);
	cache.set(key, result);
	// src/schemas/ids.ts reads the ids of the same files: it takes these entries instead of parsing again.
	if (result.entries.length > 0 && !result.problems.some((p) => p.message.startsWith('YAML'))) {
		((globalThis as { [ENTRIES]?: Map<string, unknown> })[ENTRIES] ??= new Map()).set(text, result.entries);
	}
	return result;
}

const PARSED = Symbol.for('bvte.build-checks.data-files');
const ENTRIES = Symbol.for('bvte.yaml-entries');

function parseDataFile(file: string, text: string, opts: DataFileRules): DataFile {
	const quick = quickParse(text);
	if (quick && Array.isArray(quick.data) && quick.data.length > 0) {
		const ids = quick.data.map((e: unknown) =>
			e !== null && typeof e === 'object' && !Array.isArray(e) ? (e as Record<string, unknown>)['id'] : undefined,
		);
		if (
			ids.every((id) => typeof id === 'string' && id !== '') &&
			new Set(ids).size === ids.length &&
			valuesFine(quick.data, opts)
		) {
			return { entries: quick.data as Record<string, unknown>[], problems: [] };
		}
	}
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) return { entries: [], problems: syntaxProblems(file, doc.errors, lc, 0) };
	const problems: Problem[] = [];
	if (!isSeq(doc.contents)) {
		const empty = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
		problems.push({
			file,
			message: empty
				? 'tệp rỗng: không có mục nào'
				: 'tệp phải là một danh sách các mục, mỗi mục bắt đầu bằng "- id: …"',
			fix: empty
				? 'khôi phục nội dung của tệp (ví dụ bằng git checkout)'
				: 'viết mỗi mục thành "- id: <tên-mục>" rồi các trường của nó, thụt lề 2 dấu cách',
		});
		return { entries: [], problems };
	}
	const seen = new Map<string, number | undefined>();
	const entries: Record<string, unknown>[] = [];
	doc.contents.items.forEach((item, i) => {
		const line = lineOf(item as Node, lc, 0);
		if (!isMap(item)) {
			problems.push({
				file,
				line,
				message: `mục thứ ${i + 1} không phải một mục có các trường`,
				fix: 'viết mục thành "- id: <tên-mục>" rồi các trường của nó',
			});
			return;
		}
		const idPair = item.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'id');
		const id = idPair && isScalar(idPair.value) ? idPair.value.value : undefined;
		if (typeof id !== 'string' || id === '') {
			problems.push({
				file,
				line,
				field: 'id',
				message: `mục thứ ${i + 1} thiếu trường "id"`,
				fix: 'thêm "id: <tên-mục>" (chữ thường không dấu, số và "-")',
			});
		} else if (seen.has(id)) {
			problems.push({
				file,
				line: lineOf(idPair!.value as Node, lc, 0),
				field: 'id',
				message: `id "${id}" trùng với mục ở dòng ${seen.get(id)}: chỉ một mục được dùng, mục kia bị bỏ mà không báo`,
				fix: 'đổi id của một mục, hoặc gộp hai mục làm một',
			});
		} else {
			seen.set(id, lineOf(idPair!.value as Node, lc, 0));
		}
		entries.push(item.toJSON() as Record<string, unknown>);
	});
	problems.push(...valueProblems(file, doc.contents, lc, 0, opts));
	return { entries, problems };
}

/** The frontmatter of an MDX file and the line its YAML starts on (1-based), or undefined. */
export function frontmatterOf(text: string): { yaml: string; firstLine: number } | undefined {
	const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
	return m ? { yaml: m[1]!, firstLine: 2 } : undefined;
}

/**
 * The frontmatter of an MDX page: YAML syntax (with the line in the .mdx file), real dates, `updated`
 * not after the build's date, no typed phone number (numbers are {so:<hotline id>}), {so:…} naming a
 * hotline that exists, and no `slug` field (the file name is the page's address).
 */
export function checkFrontmatter(
	file: string,
	text: string,
	opts: { buildDate: string; hotlineIds: ReadonlySet<string> | undefined },
): Problem[] {
	const front = frontmatterOf(text);
	if (!front) return [];
	const rules: DataFileRules = { buildDate: opts.buildDate, allowedNumbers: new Set(), hotlineIds: opts.hotlineIds };
	const quick = quickParse(front.yaml);
	if (
		quick &&
		quick.data !== null &&
		typeof quick.data === 'object' &&
		!('slug' in quick.data) &&
		valuesFine(quick.data, rules)
	)
		return [];
	const lc = new LineCounter();
	const doc = parseDocument(front.yaml, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
	const offset = front.firstLine - 1;
	if (doc.errors.length > 0) return syntaxProblems(file, doc.errors, lc, offset);
	if (!isMap(doc.contents)) return [];
	const problems: Problem[] = [];
	const slugPair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'slug');
	if (slugPair) {
		problems.push({
			file,
			line: lineOf(slugPair.key as Node, lc, offset),
			field: 'slug',
			message: 'trường "slug" đổi địa chỉ trang khác với tên tệp',
			fix: 'xóa dòng slug; đổi tên tệp nếu cần đổi địa chỉ',
		});
	}
	problems.push(...valueProblems(file, doc.contents, lc, offset, rules));
	return problems;
}
