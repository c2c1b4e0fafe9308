// Does a query read as a child in danger or in crisis? The words are data (content/search-crisis.yaml);
// this matches them as people type on a phone: with or without diacritics, with one wrong, missing,
// extra or swapped letter in a phrase of six letters or more, and through a Telex slip. It errs
// towards showing the help box: showing it once too often costs a reader nothing. Pure functions.
import { fold, spelled } from './fold.ts';
import { fromTelex, withinOneEdit } from './typo.ts';
import type { CrisisWords } from './search-data.ts';

/** Words of a query, lower case, without punctuation. */
export function queryWords(query: string): string[] {
	return query
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

/** Phrases shorter than this (letters, without spaces) must match exactly, typos included. */
const TYPO_MIN_LETTERS = 6;

/** Whether the folded phrase occurs in the folded words, as consecutive words, allowing one typo in
 *  long phrases (also across a missing space: "tutu" for "tu tu"). */
function containsPhrase(words: readonly string[], phrase: string): boolean {
	const target = phrase.split(' ');
	const letters = phrase.replace(/ /g, '').length;
	for (let size = Math.max(1, target.length - 1); size <= target.length + 1; size++) {
		for (let i = 0; i + size <= words.length; i++) {
			const window = words.slice(i, i + size);
			if (size === target.length && window.join(' ') === phrase) return true;
			if (letters < TYPO_MIN_LETTERS) {
				if (window.join('') === target.join('') && size !== target.length) return true;
				continue;
			}
			if (size === target.length && withinOneEdit(window.join(' '), phrase)) return true;
			if (withinOneEdit(window.join(''), target.join(''))) return true;
		}
	}
	return false;
}

/** The crisis categories a query matches, in the data's order (empty when none). */
export function matchCrisis(query: string, categories: readonly CrisisWords[]): string[] {
	const typed = queryWords(query);
	if (typed.length === 0) return [];
	const readings = [typed.map(fold), typed.map((w) => fold(fromTelex(w)))];
	const marked = new Set(typed.map(spelled));
	return categories
		.filter(
			(c) =>
				c.marked.some((w) => marked.has(spelled(w))) ||
				c.words.some((phrase) => readings.some((words) => containsPhrase(words, fold(phrase)))),
		)
		.map((c) => c.id);
}
