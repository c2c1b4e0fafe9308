// Finds phone-number-like strings in text: the short codes 110–119 and long numbers (0…, +84…,
// 1800…, 1900…) written with spaces, dots, hyphens or brackets. Only the numbers of
// content/hotlines.yaml may appear on the site, and only through that data, so the build fails on
// any other (and on any number typed into content by hand). Years, dates, document symbols
// (56/2017/NĐ-CP), article numbers ("Điều 112"), amounts (1.900) and URLs are not phone numbers.
// Pure: used by the build (frontmatter, MDX text, built pages) and by the tests.

export interface PhoneMatch {
	/** As written, e.g. "(0225) 3 123-456". */
	text: string;
	/** Digits only, e.g. "18006605": compared with `number` of content/hotlines.yaml. */
	digits: string;
	/** Offset in the text searched. */
	index: number;
}

/** Words after which a number is a part of a legal text or a document, not a phone number. */
const NOT_A_PHONE_BEFORE =
	/(?:điều|khoản|điểm|chương|mục|phần|trang|phụ lục|tiết|số hiệu|năm|tháng|ngày|lần thứ)\s*$/iu;

/** URLs and e-mail addresses: their digits are never phone numbers. */
const URLS = /\b(?:https?:\/\/|www\.)[^\s"'<>]+|[\w.+-]+@[\w-]+\.[\w.-]+/gu;

const SEPARATOR = /[ \u00a0\u202f.\-–]/u;
const DIGIT = /\d/;
const WORD = /[\p{L}\p{N}_]/u;

/** How many digits a long number of this start may have. */
function longNumberFits(digits: string, international: boolean): boolean {
	if (international) return digits.startsWith('84') && digits.length >= 10 && digits.length <= 12;
	if (digits.startsWith('0')) return digits.length >= 9 && digits.length <= 11;
	if (/^1[89]00/.test(digits)) return digits.length === 8 || digits.length === 10;
	return false;
}

/**
 * Reads a run of digit groups from `start`, in the shapes people type: a mobile number in groups
 * (09xx xxx xxx), an area code in brackets ((02xx) xxxx-xxx), the country code (+84 9xx.xxx.xxx).
 * Returns the end of the longest prefix that is a phone number, or -1.
 */
function readLongNumber(text: string, start: number): { end: number; digits: string } | undefined {
	let i = start;
	const international = text[i] === '+';
	if (international) i += 1;
	let digits = '';
	let best: { end: number; digits: string } | undefined;
	for (let group = 0; group < 8; group++) {
		const groupStart = i;
		if (text[i] === '(') i += 1;
		const digitsStart = i;
		while (i < text.length && DIGIT.test(text[i]!)) i += 1;
		if (i === digitsStart) return best;
		digits += text.slice(digitsStart, i);
		if (text[groupStart] === '(' && text[i] === ')') i += 1;
		if (digits.length > 13) return best;
		const next = text[i];
		// A group ends the number only at a boundary: not inside a word, a symbol (12/2016) or a decimal.
		const boundary = next === undefined || !(WORD.test(next) || next === '/');
		if (boundary && longNumberFits(digits, international)) best = { end: i, digits };
		// Go on over one separator followed by another group.
		const sep = text[i];
		const after = text[i + 1];
		if (
			sep !== undefined &&
			(SEPARATOR.test(sep) || sep === ')') &&
			after !== undefined &&
			(DIGIT.test(after) || after === '(')
		) {
			i += 1;
			if (text[i] === ' ' && sep === ')') i += 1;
		} else if (sep === ')' && text[i + 1] === ' ' && text[i + 2] !== undefined && DIGIT.test(text[i + 2]!)) {
			i += 2;
		} else {
			return best;
		}
	}
	return best;
}

/** Every phone-number-like string in `text`, in order. */
export function phoneNumbersIn(text: string): PhoneMatch[] {
	const clean = text.replace(URLS, (url) => ' '.repeat(url.length));
	const found: PhoneMatch[] = [];
	// Long numbers first; their characters are then blanked so the short-code pass does not see them.
	const blanked = clean.split('');
	const starts = /(?<![\p{L}\p{N}_/.,\-+])(?:\+84|\(0\d|0\d|1[89]00)/gu;
	for (const m of clean.matchAll(starts)) {
		const long = readLongNumber(clean, m.index);
		if (!long) continue;
		found.push({ text: clean.slice(m.index, long.end), digits: long.digits, index: m.index });
		for (let k = m.index; k < long.end; k++) blanked[k] = ' ';
		starts.lastIndex = long.end;
	}
	const rest = blanked.join('');
	// Short codes: a standalone 110–119, not a part of a number, a symbol (111/2016) or a decimal.
	for (const m of rest.matchAll(/(?<![\p{L}\p{N}_/]|\d[.,])11\d(?![\p{L}\p{N}_/]|[.,]\d)/gu)) {
		if (NOT_A_PHONE_BEFORE.test(rest.slice(Math.max(0, m.index - 12), m.index))) continue;
		found.push({ text: m[0], digits: m[0], index: m.index });
	}
	return found.sort((a, b) => a.index - b.index);
}

/** Phone-number-like strings of `text` whose digits are not among `allowed`. */
export function strayPhoneNumbers(text: string, allowed: ReadonlySet<string>): PhoneMatch[] {
	return phoneNumbersIn(text).filter((m) => !allowed.has(m.digits));
}

/** A few whole words around a match, to show the editor where it is. */
export function around(text: string, match: PhoneMatch, width = 30): string {
	let from = Math.max(0, match.index - width);
	let to = Math.min(text.length, match.index + match.text.length + width);
	// Cut between words, never inside one.
	if (from > 0) from = Math.min(match.index, text.indexOf(' ', from) + 1 || match.index);
	if (to < text.length) to = Math.max(match.index + match.text.length, text.lastIndexOf(' ', to));
	return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
