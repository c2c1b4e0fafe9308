// Typos, the bounded way (components/search/typo.ts): what counts as one letter away, how a word typed
// in Telex with the Vietnamese keyboard off is read (the tone mark where Vietnamese writes it), which
// of the site's words a typo is corrected to, and when two typed words are read as a phrase of the site.
import { expect, test } from 'vitest';
import { correctWord, dictionaryWords, fromTelex, readPair, withinOneEdit } from '../../src/components/search/typo.ts';

test('một chữ khác: sai, thiếu, thừa hoặc đảo hai chữ liền nhau; hai chữ khác thì không', () => {
	for (const [a, b] of [
		['nuoc', 'nuoc'], // the same
		['nuoc', 'nuoi'], // one wrong (last)
		['muoc', 'nuoc'], // one wrong (first)
		['nuoc', 'nuo'], // one missing (last)
		['uoc', 'nuoc'], // one missing (first)
		['nuooc', 'nuoc'], // one extra (inside)
		['nuco', 'nuoc'], // two neighbours swapped (at the end)
		['unoc', 'nuoc'], // two neighbours swapped (at the start)
		['', 'a'],
	]) {
		expect(withinOneEdit(a!, b!), `${a} ~ ${b}`).toBe(true);
		expect(withinOneEdit(b!, a!), `${b} ~ ${a}`).toBe(true);
	}
	for (const [a, b] of [
		['nuoc', 'nc'], // two missing
		['nuoc', 'nuocxx'], // two extra
		['nuoc', 'nuxy'], // two wrong
		['nuoc', 'cuon'], // first and last exchanged: not neighbours
		['nuoc', 'onuc'], // two swaps
		['nuoc', 'nuoxd'], // one extra and one wrong
		['nuoc', 'nocc'], // two wrong, side by side
		['nuoc', 'nxuc'], // two wrong, side by side
		['nuoc', 'unxy'], // a swap and two wrong
		['abc', 'bca'], // a letter moved two places
		['', 'ab'],
	]) {
		expect(withinOneEdit(a!, b!), `${a} ≁ ${b}`).toBe(false);
		expect(withinOneEdit(b!, a!), `${b} ≁ ${a}`).toBe(false);
	}
});

test('gõ Telex: dấu thanh đặt đúng chỗ tiếng Việt viết', () => {
	for (const [typed, word] of [
		['as', 'á'], // a single vowel, first letter of the word
		['owr', 'ở'],
		['aor', 'ảo'], // two vowels: the mark on the first
		['mais', 'mái'],
		['cuar', 'của'],
		['muas', 'múa'],
		['ngoaif', 'ngoài'], // three vowels: on the middle one
		['toans', 'toán'], // a final consonant: on the last vowel
		['nuowcs', 'nước'],
		['muoons', 'muốn'], // a vowel with its own mark (ô) carries the tone
		['tieengs', 'tiếng'],
		['nguowif', 'người'], // "ươ": on ơ
		['giuwx', 'giữ'],
		['quas', 'quá'], // "qu", "gi": their u/i is part of the consonant
		['quaf', 'quà'],
		['giaf', 'già'],
		['giaos', 'giáo'], // "gi" and two vowels: on the first of them
		['thuees', 'thuế'], // "uê": on ê, the vowel with its own mark
		['gif', 'gì'], // "gi" alone: the i is the vowel
		['hoaf', 'hoà'], // oa, oe, uy: on the second vowel
		['khoer', 'khoẻ'],
		['thuys', 'thuý'],
		['ys', 'ý'],
	] as const) {
		expect(fromTelex(typed), typed).toBe(word);
	}
});

test('gõ Telex: chữ đ, ă, â, ê, ô, ơ, ư', () => {
	expect(fromTelex('ddi')).toBe('đi');
	expect(fromTelex('awn')).toBe('ăn');
	expect(fromTelex('caau')).toBe('câu');
	expect(fromTelex('eem')).toBe('êm');
	expect(fromTelex('boo')).toBe('bô');
	expect(fromTelex('bowi')).toBe('bơi');
	expect(fromTelex('tuw')).toBe('tư');
	expect(fromTelex('nhwngx')).toBe('những'); // w alone is ư
	expect(fromTelex('DDaau')).toBe('đâu'); // typed with capitals: read in lower case
});

test('từ không phải Telex giữ nguyên như đã gõ, kể cả chữ hoa', () => {
	expect(fromTelex('Nuoc')).toBe('Nuoc');
	expect(fromTelex('bao')).toBe('bao');
	expect(fromTelex('s')).toBe('s'); // a tone key alone, no vowel
	expect(fromTelex('nhf')).toBe('nhf');
	// Words with digits or with Vietnamese letters are not Telex slips.
	expect(fromTelex('1tuwj')).toBe('1tuwj');
	expect(fromTelex('tuwj1')).toBe('tuwj1');
	expect(fromTelex('đuwj')).toBe('đuwj');
	expect(fromTelex('56/2017')).toBe('56/2017');
});

test('từ của trang dùng để sửa lỗi: từ đơn, bỏ dấu, từ bốn chữ trở lên, không lặp', () => {
	expect(dictionaryWords(['đuối nước', 'nước', 'Nước', 'nuoc', 'sờ', 'bố', 'tổng đài', 'quyền', 'bạo lực'])).toEqual([
		'nuoc',
		'quyen',
	]);
	expect(dictionaryWords([])).toEqual([]);
});

test('sửa một từ: chỉ từ đủ dài, chưa có trong từ của trang, và cách một chữ', () => {
	const words = ['nuoc', 'nguoi', 'truong', 'quyen'];
	expect(correctWord('nuco', words)).toBe('nuoc');
	expect(correctWord('nguowif', words)).toBeUndefined(); // two letters away
	expect(correctWord('ngươii', words)).toBe('nguoi'); // folded before comparing
	expect(correctWord('truongf', words)).toBe('truong');
	// Already a word of the site (with or without marks): nothing to correct.
	expect(correctWord('nuoc', words)).toBeUndefined();
	expect(correctWord('nước', words)).toBeUndefined();
	// Shorter than four letters: too many words are one letter away from each other.
	expect(correctWord('nuo', words)).toBeUndefined();
	expect(correctWord('xyzt', words)).toBeUndefined();
});

test('nhiều từ cách một chữ: ưu tiên cùng chữ đầu, rồi độ dài gần nhất, rồi thứ tự chữ cái', () => {
	// "tanh": "danh" and "tinh" are both one letter away; the typed first letter is rarely the wrong one.
	expect(correctWord('tanh', ['danh', 'tinh'])).toBe('tinh');
	expect(correctWord('tanh', ['tinh', 'danh'])).toBe('tinh');
	// "benhx": "benh" (one letter less), "benhs" (one changed): the same length first.
	expect(correctWord('benhx', ['benh', 'benhs'])).toBe('benhs');
	expect(correctWord('benhx', ['benhs', 'benh'])).toBe('benhs');
	expect(correctWord('benhx', ['benh', 'benhxy', 'benhs'])).toBe('benhs');
	// Then alphabetical order.
	expect(correctWord('bant', ['bans', 'banh'])).toBe('banh');
	expect(correctWord('bant', ['banh', 'bans'])).toBe('banh');
});

const DICTIONARY = [
	'tảo hôn',
	'xâm hại',
	'tổng đài',
	'đuối nước',
	'trẻ em',
	'bạo lực',
	'khai sinh',
	'nước',
	'internet',
];

test('hai từ gõ không dấu được đọc là cụm từ của trang; đã gõ đúng thì để nguyên', () => {
	expect(readPair('tao', 'hon', DICTIONARY)).toEqual({ phrase: 'tảo hôn', typo: false });
	expect(readPair('Tao', 'HON', DICTIONARY)).toEqual({ phrase: 'tảo hôn', typo: false });
	expect(readPair('tảo', 'hôn', DICTIONARY)).toBeUndefined();
	expect(readPair('khai', 'sinh', DICTIONARY)).toBeUndefined(); // the site writes it without marks too
	// Typed with marks the site does not use ("táo hôn"): the reader meant those marks.
	expect(readPair('táo', 'hôn', DICTIONARY)).toBeUndefined();
});

test('hai từ sai một chữ được sửa về cụm từ của trang, chỉ khi đủ dài', () => {
	expect(readPair('xam', 'hau', DICTIONARY)).toEqual({ phrase: 'xâm hại', typo: true });
	expect(readPair('tong', 'daii', DICTIONARY)).toEqual({ phrase: 'tổng đài', typo: true });
	expect(readPair('bao', 'luc', DICTIONARY)).toEqual({ phrase: 'bạo lực', typo: false });
	// Five letters typed: too short to correct ("xa hai" stays what it is).
	expect(readPair('xa', 'hai', DICTIONARY)).toBeUndefined();
	// A phrase of the site under six letters is not a target of corrections either ("trẻ em").
	expect(readPair('tre', 'emm', DICTIONARY)).toBeUndefined();
	// Only two-word phrases: not a single word that happens to be one letter away.
	expect(readPair('inter', 'net', DICTIONARY)).toBeUndefined();
	expect(readPair('face', 'book', ['facebook'])).toBeUndefined();
	expect(readPair('abcd', 'efgh', DICTIONARY)).toBeUndefined();
});
