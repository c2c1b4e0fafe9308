// What a query asks for, before Pagefind sees it. Pagefind requires every word of a query on a page,
// so a reader's "phải làm sao" or "ạ" would remove the right page; and readers use words the site
// does not ("bạo hành" for "bạo lực"). Here a query becomes terms: filler words are dropped, readers'
// phrases carry the site's words as alternatives, a word typed with d is also tried with đ, two words
// one letter away from a phrase of the site are corrected, and a document named by kind and number
// ("QĐ" and a number) is recognised. All the word lists are data (content/search-words.yaml). Pure functions.
import { dSpellings, fold, hasMarks, sameWord } from './fold.ts';
import { readPair } from './typo.ts';
import type { DocumentNumber, SearchData } from './search-data.ts';

/** Why an alternative is searched: as typed, another spelling (đ), the site's word for a reader's
 *  word, or a typo corrected. Each weighs a little less than what the reader typed. */
export type AlternativeKind = 'typed' | 'spelling' | 'synonym' | 'typo';
export const ALTERNATIVE_WEIGHT: Record<AlternativeKind, number> = { typed: 1, spelling: 1, synonym: 0.8, typo: 0.9 };

export interface Alternative {
	text: string;
	kind: AlternativeKind;
}

/** One thing the reader asks for: a word or a phrase, and what to search for it. */
export interface Term {
	/** As typed ("bạo hành"). */
	typed: string;
	/** What to search, the typed words first. */
	alternatives: Alternative[];
	/** Single typed words (not a reader's phrase), whose neighbours count as a phrase when adjacent on a page. */
	word: boolean;
}

/** A document named in the query: its kind (when given), number and year. */
export interface DocumentRef {
	typed: string;
	type?: string;
	number?: string;
	year?: string;
}

export interface Understood {
	/** The query as typed, trimmed. */
	typed: string;
	terms: Term[];
	/** Filler words dropped ("phải làm sao", "ạ"). */
	dropped: string[];
	document?: DocumentRef;
}

/** At most this many terms are searched (each costs Pagefind index chunks on a slow network). */
export const MAX_TERMS = 6;

/** Words of a query: lower case, composed, split on spaces and punctuation; "/" and "-" stay inside
 *  a word ("56/2017", "nđ-cp"). */
export function tokenize(query: string): string[] {
	return query
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}/-]+/gu, ' ')
		.split(' ')
		.map((w) => w.replace(/^[/-]+|[/-]+$/g, ''))
		.filter(Boolean);
}

/** Whether the listed phrase starts at tokens[at], each word meaning the listed one (see sameWord).
 *  With `single`, a one-word phrase written with marks must also be typed with them: without them one
 *  word is many ("duong" is "dượng" and "đường", "so" is "sờ" and "số"), while a longer phrase typed
 *  bare ("bao hanh") is rarely anything else. */
function phraseAt(tokens: readonly string[], at: number, phrase: string, single: boolean): number {
	const words = phrase.split(' ');
	if (at + words.length > tokens.length) return 0;
	if (single && words.length === 1 && !hasMarks(tokens[at]!) && hasMarks(phrase)) return 0;
	return words.every((w, i) => sameWord(tokens[at + i]!, w)) ? words.length : 0;
}

/** A word that is a number, a number and a year, or a full symbol: "56", "56/2017", "56/2017/nđ-cp". */
const NUMBER = /^(\d{1,5})(?:[/-](\d{4}))?((?:[/-][\p{L}\p{M}&]+)*)$/u;
const YEAR = /^(19|20)\d\d$/;

/** The document a query names by kind and number ("nghị định 56", "QĐ" and a number, a full symbol,
 *  a number and a year), or undefined. */
export function documentRef(
	tokens: readonly string[],
	data: Pick<SearchData, 'documentKinds'>,
): DocumentRef | undefined {
	for (let i = 0; i < tokens.length; i++) {
		const m = NUMBER.exec(tokens[i]!);
		if (!m) continue;
		let type: string | undefined;
		let start = i;
		let kindLength = 0;
		// A kind just before the number, maybe with "số" between: "quyết định số …".
		const end = i > 0 && sameWord(tokens[i - 1]!, 'số') ? i - 1 : i;
		for (const kind of data.documentKinds) {
			for (const w of kind.words) {
				const length = w.split(' ').length;
				if (length > kindLength && end - length >= 0 && phraseAt(tokens, end - length, w, false) === length) {
					type = kind.type;
					start = end - length;
					kindLength = length;
				}
			}
		}
		// Or in the symbol itself: "56/2017/nđ-cp", "66/kh-syt".
		const suffix = m[3]?.split(/[/-]/).filter(Boolean) ?? [];
		if (!type && suffix.length)
			type = data.documentKinds.find((k) => k.words.some((w) => sameWord(suffix[0]!, w)))?.type;
		const [number, year] = [m[1]!, m[2]];
		if (!type && !year) continue; // a bare number (a phone number, a year) is not a document
		const typed = tokens.slice(start, i + 1).join(' ');
		if (!year && YEAR.test(number)) return { typed, ...(type ? { type } : {}), year: number }; // "luật" and a year
		return { typed, ...(type ? { type } : {}), number, ...(year ? { year } : {}) };
	}
	return undefined;
}

/** Registry documents a reference names (empty: no such document on the site). */
export function documentsNamed(ref: DocumentRef, documents: readonly DocumentNumber[]): DocumentNumber[] {
	return documents.filter(
		(d) =>
			(!ref.type || d.type === ref.type) &&
			(!ref.number || d.number === ref.number) &&
			(!ref.year || d.year === ref.year),
	);
}

/** The query's terms, filler dropped, readers' phrases given the site's words. */
export function understand(query: string, data: SearchData): Understood {
	const typed = query.trim().replace(/\s+/g, ' ');
	const tokens = tokenize(typed);
	const terms: Term[] = [];
	const dropped: string[] = [];
	const longest = (at: number, phrases: readonly string[], strictShort: boolean) => {
		let best = { length: 0, phrase: '' };
		for (const p of phrases) {
			const n = phraseAt(tokens, at, p, strictShort);
			if (n > best.length) best = { length: n, phrase: p };
		}
		return best;
	};
	const pairs = sitePairs(data);
	const isFiller = (at: number) =>
		longest(at, data.filler, false).length > 0 || longest(at, data.fillerMarked, true).length > 0;
	const startsPhrase = (at: number) =>
		longest(at, data.keep, true).length > 1 || data.synonyms.some((syn) => longest(at, syn.words, true).length > 1);
	for (let i = 0; i < tokens.length;) {
		const synonym = data.synonyms
			.map((s) => ({ s, hit: longest(i, s.words, true) }))
			.reduce((a, b) => (b.hit.length > a.hit.length ? b : a), {
				s: undefined as SearchData['synonyms'][number] | undefined,
				hit: { length: 0, phrase: '' },
			});
		const keep = longest(i, data.keep, true);
		const filler = longest(i, data.filler, false);
		const markedFiller = longest(i, data.fillerMarked, true);
		if (markedFiller.length > filler.length) Object.assign(filler, markedFiller);
		// Two words that spell a phrase of the site are that phrase when one of them, typed bare, would
		// be dropped as a filler word: "bao luc" is "bạo lực", not "bao" + "lúc"; "bao ve" is "bảo vệ".
		// Not when the site's phrase itself holds a filler word ("ở trường"), nor across a phrase that
		// starts at the second word ("quyền trẻ em").
		const site =
			i + 1 < tokens.length && (isFiller(i) || isFiller(i + 1))
				? pairs.get(fold(`${tokens[i]} ${tokens[i + 1]}`))
				: undefined;
		if (site && synonym.hit.length < 2 && keep.length < 2 && filler.length <= 2 && !startsPhrase(i + 1)) {
			const text = `${tokens[i]} ${tokens[i + 1]}`;
			terms.push({
				typed: text,
				word: false,
				alternatives: [...typedSpellings(text), ...(site !== text ? [{ text: site, kind: 'spelling' as const }] : [])],
			});
			i += 2;
			continue;
		}
		const size = Math.max(synonym.hit.length, keep.length, filler.length);
		if (size === 0) {
			const word = tokens[i]!;
			terms.push({
				typed: word,
				word: true,
				alternatives: dSpellings(word).map((text, k) => ({ text, kind: k === 0 ? 'typed' : 'spelling' })),
			});
			i += 1;
			continue;
		}
		const text = tokens.slice(i, i + size).join(' ');
		if (synonym.hit.length === size && synonym.s) {
			const means = synonym.s.means.filter((m) => m !== text);
			terms.push({
				typed: text,
				word: false,
				alternatives: [...typedSpellings(text), ...means.map((m) => ({ text: m, kind: 'synonym' as const }))],
			});
		} else if (keep.length === size) {
			terms.push({ typed: text, word: false, alternatives: typedSpellings(text) });
		} else {
			dropped.push(text);
		}
		i += size;
	}
	// Nothing but filler ("làm sao ạ"): search what was typed rather than nothing.
	if (terms.length === 0)
		for (const word of tokens) terms.push({ typed: word, word: true, alternatives: [{ text: word, kind: 'typed' }] });
	const document = documentRef(tokens, data);
	return {
		typed,
		terms: withPairCorrections(terms, data.dictionary).slice(0, MAX_TERMS),
		dropped,
		...(document ? { document } : {}),
	};
}

const pairCache = new WeakMap<readonly string[], Map<string, string>>();

/** The site's two-word phrases by their folded spelling ("bao luc" → "bạo lực"), leaving out those
 *  with a filler word in them ("ở trường"), which add nothing to a search. */
function sitePairs(data: SearchData): Map<string, string> {
	let pairs = pairCache.get(data.dictionary);
	if (!pairs) {
		const filler = new Set([...data.filler, ...data.fillerMarked]);
		pairs = new Map();
		for (const p of data.dictionary) {
			const words = p.split(' ');
			if (words.length === 2 && !words.some((w) => filler.has(w)) && !pairs.has(fold(p))) pairs.set(fold(p), p);
		}
		pairCache.set(data.dictionary, pairs);
	}
	return pairs;
}

/** A typed word or phrase, and its spellings with đ for words typed with d (at most four). */
function typedSpellings(text: string): Alternative[] {
	let out = [''];
	for (const word of text.split(' '))
		out = out.flatMap((prefix) => dSpellings(word).map((w) => (prefix ? `${prefix} ${w}` : w))).slice(0, 4);
	return out.map((t, i) => ({ text: t, kind: i === 0 ? 'typed' : 'spelling' }));
}

/** Two neighbouring single words that spell a phrase of the site without its marks, or with one
 *  letter wrong, become one term, searched as typed and as the site writes it ("tao hon" → also
 *  "tảo hôn", "xâm hạu" → also "xâm hại"). */
function withPairCorrections(terms: Term[], dictionary: readonly string[]): Term[] {
	const out: Term[] = [];
	for (let i = 0; i < terms.length; i++) {
		const [a, b] = [terms[i]!, terms[i + 1]];
		const read = b && a.word && b.word ? readPair(a.typed, b.typed, dictionary) : undefined;
		if (!b || !read) {
			out.push(a);
			continue;
		}
		const typed = `${a.typed} ${b.typed}`;
		out.push({
			typed,
			word: false,
			alternatives: [...typedSpellings(typed), { text: read.phrase, kind: read.typo ? 'typo' : 'spelling' }],
		});
		i += 1;
	}
	return out;
}
