// What a query becomes before Pagefind sees it (components/search/query.ts), term by term, on a small
// word list made for the test, so that each expected term follows from the rules the module states:
// filler dropped, readers' words carry the site's words, d-words also tried with đ, two words that
// spell a phrase of the site read as that phrase, documents named by kind and number.
import { expect, test } from 'vitest';
import { documentRef, tokenize, understand, MAX_TERMS } from '../../src/components/search/query.ts';
import type { SearchData } from '../../src/components/search/search-data.ts';
import { searchData } from '../support/search-data.ts';

const DATA: SearchData = {
	filler: ['phải làm sao', 'làm sao', 'ạ', 'em', 'ở', 'về', 'lúc'],
	fillerMarked: ['cực', 'quá'],
	keep: ['trẻ em', 'em bé'],
	synonyms: [
		{ words: ['bạo hành'], means: ['bạo lực'] },
		{ words: ['chơi game'], means: ['trò chơi', 'chơi game'] },
		{ words: ['dượng'], means: ['người quen'] },
	],
	documentKinds: [
		{ type: 'Bộ luật', words: ['bộ luật', 'blhs'] },
		{ type: 'Luật', words: ['luật', 'qh'] },
		{ type: 'Nghị định', words: ['nghị định', 'nđ'] },
	],
	documents: [],
	crisis: [],
	others: [],
	dictionary: ['bạo lực', 'bảo vệ', 'dạy em', 'dịu êm', 'đuối nước', 'tảo hôn', 'trẻ em', 'xâm hại', 'ở trường'],
};

/** understand() on DATA, with a fresh copy of its dictionary: the module keeps the site's phrases per
 *  dictionary list, and each case here should read them from the list as it is. */
const read = (query: string) => understand(query, { ...DATA, dictionary: [...DATA.dictionary] });
const typed = (text: string) => ({ text, kind: 'typed' as const });
const spelling = (text: string) => ({ text, kind: 'spelling' as const });

test('câu hỏi được cắt khoảng trắng thừa; từ của người đọc kèm từ của trang; cụm từ giữ nguyên; từ đệm bỏ', () => {
	expect(read('  Bạo   hành  trẻ em ạ ')).toEqual({
		typed: 'Bạo hành trẻ em ạ',
		terms: [
			{ typed: 'bạo hành', word: false, alternatives: [typed('bạo hành'), { text: 'bạo lực', kind: 'synonym' }] },
			{ typed: 'trẻ em', word: false, alternatives: [typed('trẻ em')] },
		],
		dropped: ['ạ'],
	});
});

test('từ của trang trùng với từ đã gõ thì không tìm hai lần', () => {
	expect(read('chơi game').terms).toEqual([
		{ typed: 'chơi game', word: false, alternatives: [typed('chơi game'), { text: 'trò chơi', kind: 'synonym' }] },
	]);
});

test('từ đơn: tìm như đã gõ, từ bắt đầu bằng d thì tìm thêm với đ', () => {
	expect(read('duong').terms).toEqual([
		{ typed: 'duong', word: true, alternatives: [typed('duong'), spelling('đuong')] },
	]);
	expect(read('nuoc').terms).toEqual([{ typed: 'nuoc', word: true, alternatives: [typed('nuoc')] }]);
	// "dượng" typed with its marks is the reader's word for a relative: the site's word comes with it.
	expect(read('dượng').terms).toEqual([
		{
			typed: 'dượng',
			word: false,
			alternatives: [typed('dượng'), spelling('đượng'), { text: 'người quen', kind: 'synonym' }],
		},
	]);
});

test('chỉ toàn từ đệm: tìm từng từ đã gõ, đúng như gõ', () => {
	expect(read('làm sao ạ')).toEqual({
		typed: 'làm sao ạ',
		terms: [
			{ typed: 'làm', word: true, alternatives: [typed('làm')] },
			{ typed: 'sao', word: true, alternatives: [typed('sao')] },
			{ typed: 'ạ', word: true, alternatives: [typed('ạ')] },
		],
		dropped: ['làm sao', 'ạ'],
	});
});

test(`tìm nhiều nhất ${MAX_TERMS} từ`, () => {
	const terms = read('một hai ba bốn năm sáu bảy tám').terms;
	expect(terms.map((t) => t.typed)).toEqual(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu']);
});

test('hai từ gõ không dấu, một từ trông như từ đệm: đọc là cụm từ của trang', () => {
	// "ve" would be dropped as "về"; "bao ve" is "bảo vệ".
	expect(read('bao ve')).toEqual({
		typed: 'bao ve',
		terms: [{ typed: 'bao ve', word: false, alternatives: [typed('bao ve'), spelling('bảo vệ')] }],
		dropped: [],
	});
	expect(read('bao luc').terms).toEqual([
		{ typed: 'bao luc', word: false, alternatives: [typed('bao luc'), spelling('bạo lực')] },
	]);
	// Not a phrase of the site that holds a filler word itself ("ở trường"): "ở" is dropped.
	expect(read('o truong').terms.map((t) => t.typed)).toEqual(['truong']);
	// Not across a phrase that starts at the second word: in "diu em be", "em bé" stays a phrase
	// (not "dịu êm" and "be"); "dạy em" holds a filler word, so "day em" is no phrase of the site either.
	for (const query of ['diu em be', 'day em be'])
		expect(
			read(query).terms.map((t) => t.typed),
			query,
		).toEqual([query.split(' ')[0], 'em be']);
	expect(read('day em be').terms[0]).toEqual({
		typed: 'day',
		word: true,
		alternatives: [typed('day'), spelling('đay')],
	});
	// Typed with marks that make other words ("táo hôn"): two words, as typed.
	expect(read('táo hôn').terms.map((t) => t.typed)).toEqual(['táo', 'hôn']);
});

test('hai từ đơn liền nhau gần đúng cụm từ của trang thành một: không dấu, hoặc sai một chữ', () => {
	expect(read('tao hon').terms).toEqual([
		{ typed: 'tao hon', word: false, alternatives: [typed('tao hon'), spelling('tảo hôn')] },
	]);
	expect(read('xam hau').terms).toEqual([
		{ typed: 'xam hau', word: false, alternatives: [typed('xam hau'), { text: 'xâm hại', kind: 'typo' }] },
	]);
	// The d-word of the pair is also searched with đ.
	expect(read('duoi nuco').terms).toEqual([
		{
			typed: 'duoi nuco',
			word: false,
			alternatives: [typed('duoi nuco'), spelling('đuoi nuco'), { text: 'đuối nước', kind: 'typo' }],
		},
	]);
});

test('tách từ bỏ dấu "/" và "-" ở đầu hay cuối từ', () => {
	expect(tokenize('--56/2017/-- số -')).toEqual(['56/2017', 'số']);
});

test('văn bản gọi theo loại và số hiệu: loại, số, năm và phần đã gõ', () => {
	const ref = (q: string, data: Pick<SearchData, 'documentKinds'> = searchData()) => documentRef(tokenize(q), data);
	expect(ref('nghị định 56/2017')).toEqual({
		typed: 'nghị định 56/2017',
		type: 'Nghị định',
		number: '56',
		year: '2017',
	});
	expect(ref('xem nghị định 56')).toEqual({ typed: 'nghị định 56', type: 'Nghị định', number: '56' });
	expect(ref('quyết định số 9999')).toEqual({ typed: 'quyết định số 9999', type: 'Quyết định', number: '9999' });
	// An abbreviation typed without đ.
	expect(ref('nd 56')).toEqual({ typed: 'nd 56', type: 'Nghị định', number: '56' });
	// A kind and a year: the year of a law.
	expect(ref('luật 2016')).toEqual({ typed: 'luật 2016', type: 'Luật', year: '2016' });
	// The kind in the symbol ("KH"), or none: "QH13" ends the symbols of laws and resolutions alike.
	expect(ref('66/KH-SYT')).toEqual({ typed: '66/kh-syt', type: 'Kế hoạch', number: '66' });
	expect(ref('102/2016/QH13')).toEqual({ typed: '102/2016/qh13', number: '102', year: '2016' });
	expect(ref('Luật 102/2016/QH13')).toEqual({ typed: 'luật 102/2016/qh13', type: 'Luật', number: '102', year: '2016' });
	expect(ref('15/2020/xyz')).toEqual({ typed: '15/2020/xyz', number: '15', year: '2020' });
	// A date is not a symbol.
	expect(ref('ngày 1/6/2025')).toBeUndefined();
	// The longest name of a kind wins, whatever the order of the list.
	expect(ref('bộ luật 92/2015', DATA)).toEqual({
		typed: 'bộ luật 92/2015',
		type: 'Bộ luật',
		number: '92',
		year: '2015',
	});
	expect(read('nghị định 56').document).toEqual({ typed: 'nghị định 56', type: 'Nghị định', number: '56' });
});
