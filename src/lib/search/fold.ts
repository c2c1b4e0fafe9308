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
