// Typos, the bounded way. Pagefind 1.6 matches words by prefix and folds diacritics, but has no typo
// tolerance: "nuco" finds nothing and "xâm hạu" finds pages with "xâm" and "hậu". So a word that
// matches nothing, or two words one letter away from a phrase of the site, are corrected towards the
// site's own phrases (its titles and keywords, compiled into the search data): one wrong, missing,
// extra or swapped letter, in words of four letters or more. A Telex slip ("tuwj tuwr", typed with
// the keyboard's Vietnamese input off) is read as the word it spells. Pure functions.
import { fold } from './fold.ts';

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const la = a.length;
	const lb = b.length;
	if (Math.abs(la - lb) > 1) return false;
	let i = 0;
	while (i < Math.min(la, lb) && a[i] === b[i]) i++;
	if (la === lb) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one swap
	}
	return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Telex keys of the letters with a shape of their own, in the order they are read ("uow" before "ow"; a
 *  lone "w" is ư). */
export const TELEX_LETTERS: readonly (readonly [keys: string, letter: string])[] = [
	['dd', 'đ'],
	['uow', 'ươ'],
	['aa', 'â'],
	['aw', 'ă'],
	['ee', 'ê'],
	['oo', 'ô'],
	['ow', 'ơ'],
	['uw', 'ư'],
	['w', 'ư'],
];
const TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const VOWELS = 'aăâeêioôơuưy';

/** Where Vietnamese puts the tone mark among a word's vowels (the common rule). */
function toneIndex(word: string): number {
	const positions = [...word].map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
	if (positions.length === 0) return -1;
	const marked = positions.find((i) => 'ăâêôơư'.includes(word[i]!));
	if (marked !== undefined) {
		// "ươ": the mark goes on ơ.
		return word[marked] === 'ư' && word[marked + 1] === 'ơ' ? marked + 1 : marked;
	}
	const last = positions.at(-1)!;
	const endsInConsonant = last < word.length - 1;
	if (positions.length === 1 || endsInConsonant) return endsInConsonant ? last : positions[0]!;
	const pair = word.slice(positions.at(-2)!, last + 1);
	if (['oa', 'oe', 'uy', 'ue'].includes(pair)) return last;
	// "qu", "gi" start the word: their u/i is not the vowel that carries the mark.
	if (/^(qu|gi)/.test(word) && positions[0] === 1 && positions.length === 2) return last;
	return positions.at(-2)!;
}

/**
 * A word typed in Telex with the Vietnamese keyboard off, as the word it spells: "tuwj" → "tự",
 * "nuowcs" → "nước", "ddaau" → "đâu". Returns the word unchanged when it does not read as Telex.
 */
export function fromTelex(word: string): string {
	let w = word.toLowerCase();
	if (!/^[a-z]+$/.test(w)) return word;
	let tone = '';
	const last = w.at(-1)!;
	if (w.length > 1 && TONES[last] && /[aeiouwy]/.test(w.slice(0, -1))) {
		tone = TONES[last]!;
		w = w.slice(0, -1);
	}
	for (const [keys, letter] of TELEX_LETTERS) w = w.replaceAll(keys, letter);
	if (tone) {
		const at = toneIndex(w);
		if (at >= 0) w = `${w.slice(0, at + 1)}${tone}${w.slice(at + 1)}`;
	}
	w = w.normalize('NFC');
	return w === word.toLowerCase() ? word : w;
}

/** Worked out once per dictionary (the search reads one list per page view), not on every keystroke. */
const wordsCache = new WeakMap<readonly string[], readonly string[]>();
const pairsCache = new WeakMap<readonly string[], readonly { phrase: string; folded: string }[]>();

/** The site's single words of four letters or more (folded), from its dictionary. */
export function dictionaryWords(dictionary: readonly string[]): readonly string[] {
	let words = wordsCache.get(dictionary);
	if (!words) {
		words = [
			...new Set(
				dictionary
					.filter((p) => !p.includes(' '))
					.map(fold)
					.filter((w) => w.length >= 4),
			),
		];
		wordsCache.set(dictionary, words);
	}
	return words;
}

/** The dictionary's two-word phrases, each with its folded spelling. */
function twoWordPhrases(dictionary: readonly string[]): readonly { phrase: string; folded: string }[] {
	let pairs = pairsCache.get(dictionary);
	if (!pairs) {
		pairs = dictionary.filter((p) => p.split(' ').length === 2).map((phrase) => ({ phrase, folded: fold(phrase) }));
		pairsCache.set(dictionary, pairs);
	}
	return pairs;
}

/** Ranks candidates: same first letter first, then the closest length, then alphabetically. */
function best(typed: string, candidates: string[]): string | undefined {
	const first = (s: string) => fold(s)[0];
	return candidates.sort(
		(a, b) =>
			Number(first(b) === typed[0]) - Number(first(a) === typed[0]) ||
			Math.abs(a.length - typed.length) - Math.abs(b.length - typed.length) ||
			a.localeCompare(b),
	)[0];
}

/** A word one edit away from the typed one among the site's words (folded), or undefined. */
export function correctWord(typed: string, words: readonly string[]): string | undefined {
	const f = fold(typed);
	if (f.length < 4 || words.includes(f)) return undefined;
	return best(
		f,
		words.filter((w) => withinOneEdit(f, w)),
	);
}

/**
 * The site's two-word phrase that two typed words mean, with its diacritics: the same letters
 * ("tao hon" → "tảo hôn"), or one edit away in a phrase of six letters or more ("xam hau" → "xâm
 * hại", "tong daii" → "tổng đài"). Undefined when they are already written as the site writes them,
 * or nothing is close enough. `typo` says which of the two it was.
 */
export function readPair(
	first: string,
	second: string,
	dictionary: readonly string[],
): { phrase: string; typo: boolean } | undefined {
	const typed = `${first} ${second}`.normalize('NFC').toLowerCase();
	const folded = fold(typed);
	const pairs = twoWordPhrases(dictionary);
	if (pairs.some((p) => p.phrase === typed)) return undefined;
	const same = pairs.filter((p) => p.folded === folded).map((p) => p.phrase);
	// Typed without marks: the site's spelling. Typed with marks that the site does not use: leave it.
	if (same.length) return typed === folded ? { phrase: best(folded, same)!, typo: false } : undefined;
	if (folded.replace(' ', '').length < 6) return undefined;
	const near = best(
		folded,
		pairs.filter((p) => p.folded.length >= 7 && withinOneEdit(folded, p.folded)).map((p) => p.phrase),
	);
	return near ? { phrase: near, typo: true } : undefined;
}
