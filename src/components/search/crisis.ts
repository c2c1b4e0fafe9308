// Does a query read as a child in danger or in crisis? The words are data (content/search-crisis.yaml);
// this matches them as people type on a phone: with or without diacritics, with one wrong, missing,
// extra or swapped letter in a phrase of six letters or more, and through a Telex slip. It errs
// towards showing the help box: showing it once too often costs a reader nothing. Pure functions.
import { fold, queryWords, sameWord, spelled } from './fold.ts';
import { fromTelex, withinOneEdit } from './typo.ts';
import type { CrisisWords } from './search-data.ts';

/** Phrases shorter than this (letters, without spaces) must match exactly, typos included. */
const TYPO_MIN_LETTERS = 6;

/** Whether the folded phrase occurs in the folded words, as consecutive words, allowing one typo in
 *  long phrases (also across a missing or extra space: "tutu" for "tu tu"), never in the first letter:
 *  a typo rarely hits it, and "an danh" (ẩn danh) is not "ban danh". */
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
			if (window[0]![0] === target[0]![0] && withinOneEdit(window.join(''), target.join(''))) return true;
		}
	}
	return false;
}

/** Whether the words hold the phrase spelled exactly, or a one-word phrase with one letter more or
 *  less ("hiếpp"); not one letter changed, which is another word ("hiệp", "sợ"). */
function containsMarked(words: readonly string[], phrase: string): boolean {
	if (` ${words.join(' ')} `.includes(` ${phrase} `)) return true;
	return (
		!phrase.includes(' ') && words.some((w) => Math.abs(w.length - phrase.length) === 1 && withinOneEdit(w, phrase))
	);
}

/** The crisis categories a query matches, in the data's order (empty when none). */
export function matchCrisis(query: string, categories: readonly CrisisWords[]): string[] {
	const typed = queryWords(query);
	if (typed.length === 0) return [];
	const readings = [typed.map(fold), typed.map((w) => fold(fromTelex(w)))];
	const marked = typed.map(spelled);
	return categories
		.filter(
			(c) =>
				c.marked.some((phrase) => containsMarked(marked, spelled(phrase))) ||
				c.words.some((phrase) => readings.some((words) => containsPhrase(words, fold(phrase)))),
		)
		.map((c) => c.id);
}

/** Whether a query speaks of another child ("thấy trẻ bị đánh", "con tôi bị…"), by the listed words:
 *  typed with diacritics they must match them ("thầy đánh em" is a child's, not "thấy"). */
export function aboutOthers(query: string, others: readonly string[]): boolean {
	const words = queryWords(query);
	return others.some((phrase) => {
		const target = phrase.split(' ');
		return words.some((_, i) => target.every((w, k) => words[i + k] !== undefined && sameWord(words[i + k]!, w)));
	});
}
