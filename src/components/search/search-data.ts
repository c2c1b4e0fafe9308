// The data the browser's search reads on first use (/tim-kiem/du-lieu.json): readers' words, the
// crisis words, the document registry's numbers and the site's own phrases. Built from content/ at
// build time (data.ts) by the pure function here, which the unit tests call on the YAML files too.
import type { Crisis, SearchWord } from '../../schemas/search.ts';
import { fold, queryWords } from './fold.ts';

export interface SearchSynonym {
	/** As readers type it. */
	words: string[];
	/** As the site writes it. */
	means: string[];
}

export interface DocumentKind {
	/** The registry's type ("Quyết định"). */
	type: string;
	/** Names and abbreviations ("quyết định", "qđ"). */
	words: string[];
}

/** A registry document as a query may name it: its kind, number and year. */
export interface DocumentNumber {
	/** Its id in content/documents.yaml (the "van-ban" filter of its page). */
	id: string;
	type: string;
	/** The number of its symbol ("56" of "56/2017/NĐ-CP"). */
	number: string;
	/** The year of its symbol, or of its date when the symbol has none. */
	year?: string;
}

export interface CrisisWords {
	id: string;
	words: string[];
	marked: string[];
}

/** Texts and links the browser's search shows, rendered at build time (UI strings, site paths). */
export interface SearchTexts {
	/** Message templates with {n}, {q}, {words}, {from}, {to} placeholders. */
	messages: Record<
		| 'count'
		| 'partial'
		| 'none'
		| 'missing'
		| 'helpAbove'
		| 'searched'
		| 'dropped'
		| 'corrected'
		| 'absent'
		| 'missingHelp'
		| 'missingList',
		string
	>;
	/** The help box's "Xem thêm" link for each crisis category. */
	crisisLinks: { categories: string[]; href: string; label: string }[];
	/** The document registry's list, for "no such document". */
	documentsHref: string;
	/** Score factors by kind of page, by the label of the index's "loai" filter (page-types.ts). */
	typeFactors: { label: string; factor: number; named: number }[];
}

export interface SearchData {
	texts?: SearchTexts;
	/** Filler words, dropped typed with or without their marks. */
	filler: string[];
	/** Filler words dropped only when typed with their marks ("cực", not "cuc", which is also "cục"). */
	fillerMarked: string[];
	keep: string[];
	synonyms: SearchSynonym[];
	documentKinds: DocumentKind[];
	documents: DocumentNumber[];
	crisis: CrisisWords[];
	/** Words that show a query is about another child: the crisis page is then not put first. */
	others: string[];
	/** The site's own words and two-word phrases (titles, keywords, the site's words for readers' words),
	 *  with their diacritics: what a word typed without them, or with a typo, is read as. */
	dictionary: string[];
}

/** The number and year of a symbol: "56/…/NĐ-CP" gives 56 and its year; "365-KH/TU" gives 365;
 *  a symbol with its number left blank ("Số: /SGDĐT") gives none. */
export function symbolNumber(symbol: string): { number: string; year?: string } | undefined {
	const m = /^(\d{1,5})(?:\/(\d{4}))?/.exec(symbol.trim());
	if (!m) return undefined;
	return m[2] ? { number: m[1]!, year: m[2] } : { number: m[1]! };
}

/** The words of a title or keyword, lower case with their diacritics, as single words and pairs. */
function phrasesOf(text: string): string[] {
	const words = queryWords(text);
	const out: string[] = [];
	for (let n = 1; n <= 2; n++) for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
	return out;
}

export function compileSearchData(input: {
	words: readonly SearchWord[];
	crisis: readonly Crisis[];
	documents: readonly { id: string; type: string; symbol?: string | undefined; issued?: string | undefined }[];
	/** Titles and keywords of the site's pages. */
	phrases: readonly string[];
}): SearchData {
	const of = <K extends SearchWord['kind']>(kind: K) =>
		input.words.filter((w): w is Extract<SearchWord, { kind: K }> => w.kind === kind);
	const synonyms = of('synonym').map((s) => ({ words: s.words, means: s.means }));
	const documents: DocumentNumber[] = input.documents.flatMap((d) => {
		const n = d.symbol ? symbolNumber(d.symbol) : undefined;
		if (!n) return [];
		const year = n.year ?? d.issued?.slice(0, 4);
		return [{ id: d.id, type: d.type, number: n.number, ...(year ? { year } : {}) }];
	});
	const dictionary = new Set<string>();
	for (const text of [...input.phrases, ...synonyms.flatMap((s) => s.means)])
		for (const p of phrasesOf(text)) if (fold(p).replace(/ /g, '').length >= 4) dictionary.add(p);
	return {
		filler: of('filler')
			.filter((f) => !f.withMarks)
			.flatMap((f) => f.words),
		fillerMarked: of('filler')
			.filter((f) => f.withMarks)
			.flatMap((f) => f.words),
		keep: of('keep').flatMap((k) => k.words),
		synonyms,
		documentKinds: of('document').map((d) => ({ type: d.type, words: d.words })),
		documents,
		crisis: input.crisis.map((c) => ({ id: c.id, words: c.words, marked: c.marked })),
		others: of('others').flatMap((o) => o.words),
		dictionary: [...dictionary].sort(),
	};
}
