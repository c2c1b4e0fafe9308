// Vietnamese without diacritics, for search. Pagefind folds tone and vowel marks by itself ("nuoc"
// finds "nước"), but not the letter đ, which Unicode does not decompose into d: "duoi" never meets
// "đuối". The index therefore carries, per page, a small searchable field with the folded spellings
// of that page's đ-words only (see integrations/pagefind.ts); page texts are not duplicated.

/** "Đuối" → "duoi": tone and vowel marks removed, đ/Đ → d, lower case. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase();
}

/** The words of a text that contain đ or Đ, folded, unique, in order of first use. */
export function foldedDWords(text: string): string[] {
	const words = text.match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
	return [...new Set(words.map(fold))];
}

/** At most this many spellings of one query are searched. */
export const MAX_VARIANTS = 8;

/**
 * The spellings of a query a reader may have meant by "d": each word that starts with d/D is tried
 * as itself and with đ ("duong" → "duong", "đuong"; Pagefind folds the tone marks itself), giving at
 * most MAX_VARIANTS queries, the typed one first. Words already written with đ are kept as they are.
 */
export function dVariants(query: string): string[] {
	let out = [''];
	for (const word of query.trim().split(/\s+/).filter(Boolean)) {
		const options = /^[dD]/.test(word) ? [word, `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`] : [word];
		out = out.flatMap((prefix) => options.map((w) => (prefix ? `${prefix} ${w}` : w)));
		if (out.length > MAX_VARIANTS) out = out.slice(0, MAX_VARIANTS);
	}
	return out.filter(Boolean);
}
