// Ranking across a query's terms. Pagefind alone returns only pages that have every word, so one word
// a page lacks removes it. Here each term (and each of its alternatives) is searched on its own, which
// loads the same index chunks as one search of all the words, and the pages are ranked in the browser:
// Pagefind's own score for each term (BM25, title and keyword boosts, exact diacritics), weighted by
// how the term was found, times the share of the query's terms the page has (rarer terms count
// more), with a bonus when two typed words stand side by side on the page. A term that matches
// nothing is tried as a Telex slip and then one letter away from the site's words. No DOM: the unit
// tests drive it with a fake search.
import { dSpellings } from './fold.ts';
import { ALTERNATIVE_WEIGHT, type AlternativeKind, type Term } from './query.ts';
import { correctWord, dictionaryWords, fromTelex } from './typo.ts';

/** A page as Pagefind returns it for one search: its id, score and the positions of the matched words. */
export interface FoundPage {
	id: string;
	score: number;
	words: number[];
}

/** Runs one Pagefind search (with the reader's filters) and returns its pages. */
export type Searcher = (text: string) => Promise<FoundPage[]>;

export interface RankedPage {
	id: string;
	score: number;
	/** How many of the found terms the page has. */
	matched: number;
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

/** Tuning, measured on the query table (tests/e2e/search-queries.ts; docs/performance.md). */
export const RANKING_TUNING = {
	/** Coverage of the query's terms is raised to this power: a page with half the terms keeps a quarter. */
	coveragePower: 2,
	/** Added per pair of typed words found side by side on the page (a phrase): ×(1 + adjacency). */
	adjacency: 0.5,
};

interface TermHits {
	/** Best weighted score per page. */
	score: Map<string, number>;
	/** Word positions per page, from the typed spellings only (for the phrase bonus). */
	positions: Map<string, number[]>;
}

function collect(results: { kind: AlternativeKind; pages: FoundPage[] }[]): TermHits {
	const hits: TermHits = { score: new Map(), positions: new Map() };
	for (const { kind, pages } of results) {
		const weight = ALTERNATIVE_WEIGHT[kind];
		for (const page of pages) {
			const s = page.score * weight;
			if (s > (hits.score.get(page.id) ?? 0)) hits.score.set(page.id, s);
			if (kind === 'typed' || kind === 'spelling') hits.positions.set(page.id, [...(hits.positions.get(page.id) ?? []), ...page.words]);
		}
	}
	return hits;
}

/** Inverse document frequency of a term found on `df` of `total` pages (as Pagefind computes it). */
const idf = (df: number, total: number) => Math.log(1 + (Math.max(total, df) - df + 0.5) / (df + 0.5));

export async function rankPages(search: Searcher, terms: readonly Term[], dictionary: readonly string[], total: number): Promise<Ranking> {
	const cache = new Map<string, Promise<FoundPage[]>>();
	const run = (text: string) => {
		let hit = cache.get(text);
		if (!hit) cache.set(text, (hit = search(text)));
		return hit;
	};
	const corrected: Ranking['corrected'] = [];
	const hits = await Promise.all(
		terms.map(async (term) => {
			let results = await Promise.all(term.alternatives.map(async (a) => ({ kind: a.kind, pages: await run(a.text) })));
			if (results.every((r) => r.pages.length === 0) && term.word) {
				// Nothing has this word: a Telex slip, or one letter away from a word of the site.
				const telex = fromTelex(term.typed);
				const fixed = telex !== term.typed ? telex : correctWord(term.typed, dictionaryWords(dictionary));
				if (fixed) {
					results = await Promise.all(dSpellings(fixed).map(async (text) => ({ kind: 'typo' as const, pages: await run(text) })));
					if (results.some((r) => r.pages.length)) corrected.push({ typed: term.typed, searched: fixed });
				}
			}
			return collect(results);
		}),
	);
	const found = terms.filter((_, i) => hits[i]!.score.size > 0);
	const absent = terms.filter((_, i) => hits[i]!.score.size === 0);
	const live = hits.map((h, i) => ({ h, term: terms[i]!, idf: idf(h.score.size, total) })).filter((x) => x.h.score.size > 0);
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
		return { id, score, matched };
	});
	pages.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	return { pages, found, absent, corrected, complete: pages.length > 0 && pages[0]!.matched === live.length };
}
