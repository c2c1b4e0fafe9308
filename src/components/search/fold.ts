// Vietnamese with and without diacritics, for search. Pagefind folds tone and vowel marks by itself
// ("nuoc" finds "nước"), but not the letter đ, which Unicode does not decompose into d: "duoi" never
// meets "đuối". The index therefore carries, per page, a small searchable field with the folded
// spellings of that page's đ-words (see integrations/pagefind.ts), and each d-word of a query is also
// searched with đ. Pure functions: the build, the browser and the unit tests share them.

/** "Đuối" → "duoi": tone and vowel marks removed, đ/Đ → d, lower case. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase();
}

/** True when a word carries any Vietnamese mark or đ ("sờ", "đi"), i.e. was typed with diacritics. */
export function hasMarks(word: string): boolean {
	return fold(word) !== word.toLowerCase();
}

/** A word as written, for comparing spellings: lower case, composed (NFC). */
export function spelled(word: string): string {
	return word.normalize('NFC').toLowerCase();
}

/**
 * Whether a typed word means the listed word: the same spelling when it was typed with diacritics,
 * the same letters when typed without them ("so" means "sờ"; "sợ" does not).
 */
export function sameWord(typed: string, listed: string): boolean {
	return hasMarks(typed) ? spelled(typed) === spelled(listed) : fold(typed) === fold(listed);
}

/** The words of a text that contain đ or Đ, folded, unique, in order of first use. */
export function foldedDWords(text: string): string[] {
	const words = text.match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
	return [...new Set(words.map(fold))];
}

/**
 * The spellings a reader may have meant by a word typed with "d": itself and with đ ("duong" →
 * "duong", "đuong"; Pagefind folds the tone marks itself). Other words, and words already written
 * with đ, have one spelling.
 */
export function dSpellings(word: string): string[] {
	return /^[dD]/.test(word) ? [word, `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`] : [word];
}

/** Words of a query or a title, lower case with their diacritics (NFC), without punctuation. */
export function queryWords(query: string): string[] {
	return query
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}
