// Ranking across a query's terms. Pagefind alone returns only pages that have every word, so one word
// a page lacks removes it. Here each term (and each of its alternatives) is searched on its own, which
// loads the same index chunks as one search of all the words, and the pages are ranked in the browser:
// Pagefind's own score for each term (BM25, title and keyword boosts, exact diacritics), weighted by
// how the term was found, times the share of the query's terms the page has (rarer terms count
// more), with a bonus when two typed words stand side by side on the page. A term that matches
// nothing is tried as a Telex slip and then one letter away from the site's words. No DOM: the unit
// tests drive it with a fake search.
import { dSpellings, hasMarks } from './fold.ts';
import { ALTERNATIVE_WEIGHT, type AlternativeKind, type Term } from './query.ts';
import { correctWord, dictionaryWords, fromTelex } from './typo.ts';

/** A page as Pagefind returns it for one search: its id, score and the positions of the matched words. */
export interface FoundPage {
	id: string;
	score: number;
	words: number[];
	/** Metadata fields the search matched on this page ("title", "tukhoa" for the editors' keywords). */
	matchedMetaFields?: string[];
}

/** Fields that name what a page is about: its title and its editors' keywords. */
const NAMING_FIELDS = ['title', 'tukhoa'];

/** Pagefind with the reader's filters. */
export interface Searcher {
	/** Runs one search and returns its pages. */
	search(text: string): Promise<FoundPage[]>;
	/**
	 * Called before the searches of text typed without diacritics (false) and with them (true): the
	 * bonus for an exact spelling only means something when the reader typed the marks; without
	 * them it would favour the few places a word is written bare (a folded đ-word, a web address).
	 */
	exactMarks?(marked: boolean): Promise<void>;
}

export interface RankedPage {
	id: string;
	score: number;
	/** How many of the found terms the page has. */
	matched: number;
	/** The page's title or keywords name every found term. */
	named?: boolean;
}

export interface Ranking {
	pages: RankedPage[];
	/** Terms some page has. */
	found: Term[];
	/** Terms no page has, even corrected. */
	absent: Term[];
	/** Words searched in place of what was typed. */
	corrected: { typed: string; searched: string }[];
	/** The best page has every found term. */
	complete: boolean;
}

/** Tuning, measured on the query table (tests/support/search-queries.yaml; docs/performance.md). */
export const RANKING_TUNING = {
	/** Coverage of the query's terms is raised to this power: a page with half the terms keeps a quarter. */
	coveragePower: 2,
	/** Added per pair of typed words found side by side on the page (a phrase): ×(1 + adjacency). */
	adjacency: 0.5,
	/** A phrase ("trò chơi", "mua bán trẻ em") counts fully only where its words stand together on the
	 *  page; elsewhere a page has them by chance ("trò chuyện" … "chơi", "mùa" … "bán"): ×0.3. */
	scatteredPhrase: 0.3,
};

/** Pagefind's exact-phrase search of a text. */
const quoted = (text: string) => `"${text}"`;
/** Several words searched as one term (a reader's phrase, the site's phrase) are checked as a phrase. */
const asPhrase = (a: { text: string }) => a.text.includes(' ');

interface TermHits {
	/** Best weighted score per page. */
	score: Map<string, number>;
	/** Word positions per page, from the typed spellings only (for the phrase bonus). */
	positions: Map<string, number[]>;
	/** Pages whose title or keywords have the term. */
	named: Set<string>;
}

function collect(results: { kind: AlternativeKind; pages: FoundPage[] }[]): TermHits {
	const hits: TermHits = { score: new Map(), positions: new Map(), named: new Set() };
	for (const { kind, pages } of results) {
		const weight = ALTERNATIVE_WEIGHT[kind];
		for (const page of pages) {
			const s = page.score * weight;
			if (s > (hits.score.get(page.id) ?? 0)) hits.score.set(page.id, s);
			if (kind === 'typed' || kind === 'spelling')
				hits.positions.set(page.id, [...(hits.positions.get(page.id) ?? []), ...page.words]);
			if (page.matchedMetaFields?.some((f) => NAMING_FIELDS.includes(f))) hits.named.add(page.id);
		}
	}
	return hits;
}

/** Inverse document frequency of a term found on `df` of `total` pages (as Pagefind computes it). */
const idf = (df: number, total: number) => Math.log(1 + (Math.max(total, df) - df + 0.5) / (df + 0.5));

/** What else the ranking needs: the site's words and the number of pages. */
export interface RankContext {
	dictionary: readonly string[];
	/** Pages the reader's filters leave: the rarer a term, the more it counts. */
	total: number;
}

/** A page's factor for its kind (1 when unknown); `named`: its title or keywords name every term. */
export type PageFactor = (id: string, named: boolean) => number;

/** The ranking with each page's score multiplied by its factor, sorted again. */
export function withFactors(pages: readonly RankedPage[], factor: PageFactor): RankedPage[] {
	return pages
		.map((p) => ({ ...p, score: p.score * factor(p.id, p.named ?? false) }))
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

export async function rankPages(searcher: Searcher, terms: readonly Term[], context: RankContext): Promise<Ranking> {
	const { dictionary, total } = context;
	const cache = new Map<string, Promise<FoundPage[]>>();
	const run = (text: string) => {
		let hit = cache.get(text);
		if (!hit) cache.set(text, (hit = searcher.search(text)));
		return hit;
	};
	// Every alternative, and each word of a several-word one: Pagefind quietly drops a word that
	// matches nothing ("chơi game" would search "chơi"), so such an alternative is not used.
	const texts = new Set(
		terms.flatMap((t) =>
			t.alternatives.flatMap((a) => [
				a.text,
				...(a.text.includes(' ') ? a.text.split(' ') : []),
				...(asPhrase(a) ? [quoted(a.text)] : []),
			]),
		),
	);
	for (const marked of [false, true]) {
		const batch = [...texts].filter((text) => hasMarks(text) === marked);
		if (batch.length === 0) continue;
		await searcher.exactMarks?.(marked);
		await Promise.all(batch.map(run));
	}
	const known = async (text: string) =>
		(await Promise.all(text.split(' ').map(run))).every((pages) => pages.length > 0);
	const corrected: Ranking['corrected'] = [];
	const hits: TermHits[] = [];
	for (const term of terms) {
		let results = await Promise.all(
			term.alternatives.map(async (a) => {
				if (!(await known(a.text))) return { kind: a.kind, pages: [] };
				const pages = await run(a.text);
				if (!asPhrase(a)) return { kind: a.kind, pages };
				const together = new Set((await run(quoted(a.text))).map((p) => p.id));
				return {
					kind: a.kind,
					pages: pages.map((p) => (together.has(p.id) ? p : { ...p, score: p.score * RANKING_TUNING.scatteredPhrase })),
				};
			}),
		);
		if (results.every((r) => r.pages.length === 0) && term.word) {
			// Nothing has this word: a Telex slip, or one letter away from a word of the site.
			const telex = fromTelex(term.typed);
			const fixed = telex !== term.typed ? telex : correctWord(term.typed, dictionaryWords(dictionary));
			if (fixed) {
				await searcher.exactMarks?.(hasMarks(fixed));
				results = await Promise.all(
					dSpellings(fixed).map(async (text) => ({ kind: 'typo' as const, pages: await run(text) })),
				);
				if (results.some((r) => r.pages.length)) corrected.push({ typed: term.typed, searched: fixed });
			}
		}
		hits.push(collect(results));
	}
	const found = terms.filter((_, i) => hits[i]!.score.size > 0);
	const absent = terms.filter((_, i) => hits[i]!.score.size === 0);
	const live = hits
		.map((h, i) => ({ h, term: terms[i]!, idf: idf(h.score.size, total) }))
		.filter((x) => x.h.score.size > 0);
	const allIdf = live.reduce((sum, x) => sum + x.idf, 0) || 1;

	const ids = new Set(live.flatMap((x) => [...x.h.score.keys()]));
	const pages: RankedPage[] = [...ids].map((id) => {
		let sum = 0;
		let covered = 0;
		let matched = 0;
		for (const x of live) {
			const s = x.h.score.get(id);
			if (s === undefined) continue;
			sum += s;
			covered += x.idf;
			matched += 1;
		}
		let pairs = 0;
		for (let i = 0; i + 1 < live.length; i++) {
			const [a, b] = [live[i]!, live[i + 1]!];
			if (!a.term.word || !b.term.word) continue;
			const next = new Set(b.h.positions.get(id) ?? []);
			if ((a.h.positions.get(id) ?? []).some((p) => next.has(p + 1))) pairs += 1;
		}
		const score = sum * (covered / allIdf) ** RANKING_TUNING.coveragePower * (1 + RANKING_TUNING.adjacency * pairs);
		// A page whose title or keywords name everything the reader asked is the answer, whatever its kind.
		const named = matched === live.length && live.every((x) => x.h.named.has(id));
		return { id, score, matched, named };
	});
	pages.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	return { pages, found, absent, corrected, complete: pages.length > 0 && pages[0]!.matched === live.length };
}
