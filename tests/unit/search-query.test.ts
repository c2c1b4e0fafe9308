// What a query asks for (components/search/query.ts, typo.ts), with the site's real word lists:
// filler words dropped, readers' words given the site's words, words typed bare read as the site
// writes them, typos corrected, documents named by kind and number recognised.
import { test, expect } from 'vitest';
import { CrisisSchema, SearchWordSchema } from '../../src/schemas/index.ts';
import { documentRef, documentsNamed, tokenize, understand } from '../../src/components/search/query.ts';
import { correctWord, dictionaryWords, fromTelex, readPair, withinOneEdit } from '../../src/components/search/typo.ts';
import { readData } from '../support/utils.ts';
import { searchData } from '../support/search-data.ts';

const data = searchData();
/** The typed text of each term, and the texts searched for each. */
const terms = (query: string) => understand(query, data).terms.map((t) => t.typed);
const searched = (query: string) => understand(query, data).terms.map((t) => t.alternatives.map((a) => a.text));

test('mọi mục của content/search-words.yaml và search-crisis.yaml đúng lược đồ, id riêng', () => {
	for (const [name, schema] of [
		['search-words', SearchWordSchema],
		['search-crisis', CrisisSchema],
	] as const) {
		const entries = readData(name);
		for (const entry of entries) {
			const result = schema.safeParse(entry);
			expect(
				result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
				`${name} › ${String(entry['id'])}`,
			).toEqual([]);
		}
		expect(new Set(entries.map((e) => e['id'])).size).toBe(entries.length);
	}
});

test('lược đồ từ tìm kiếm bắt lỗi viết hoa, dấu câu, trang trợ giúp không có', () => {
	expect(SearchWordSchema.safeParse({ id: 'x', kind: 'filler', words: ['Phải Làm Sao'] }).success).toBe(false);
	expect(SearchWordSchema.safeParse({ id: 'x', kind: 'filler', words: ['làm sao?'] }).success).toBe(false);
	expect(SearchWordSchema.safeParse({ id: 'x', kind: 'synonym', words: ['bạo hành'] }).success).toBe(false);
	expect(SearchWordSchema.safeParse({ id: 'x', kind: 'document', type: 'Sắc lệnh', words: ['sl'] }).success).toBe(
		false,
	);
	expect(
		CrisisSchema.safeParse({ id: 'x', words: ['tự tử'], link: { collection: 'pages', id: 'khong-co-trang-nay' } })
			.success,
	).toBe(false);
	expect(
		CrisisSchema.safeParse({ id: 'x', words: ['tự tử'], link: { collection: 'guides', id: 'suc-khoe-tam-than' } })
			.success,
	).toBe(true);
});

test('tách từ: chữ thường, bỏ dấu câu, giữ "/" và "-" trong số hiệu', () => {
	expect(tokenize('  Bố em ĐÁNH em, đau lắm!!! ')).toEqual(['bố', 'em', 'đánh', 'em', 'đau', 'lắm']);
	expect(tokenize('Nghị định 56/2017/NĐ-CP?')).toEqual(['nghị', 'định', '56/2017/nđ-cp']);
});

test('bỏ từ đệm và câu hỏi, có dấu hay không dấu', () => {
	expect(terms('bạn cùng lớp bắt nạt em phải làm sao ạ')).not.toContain('phải');
	expect(understand('bạn cùng lớp bắt nạt em phải làm sao ạ', data).dropped).toEqual(
		expect.arrayContaining(['em', 'phải làm sao', 'ạ']),
	);
	expect(terms('con bi bat nat o truong phai lam sao')).toEqual(['bat nat', 'truong']);
	expect(terms('ko dám về nhà')).toEqual(['dám', 'nhà']);
	expect(terms('gọi 111 có mất tiền không')).toEqual(['gọi', '111', 'mất tiền']);
});

test('"trẻ em" giữ nguyên chữ "em"; một từ có dấu khác từ đệm thì giữ lại ("dì" không phải "đi")', () => {
	expect(terms('quyền trẻ em')).toEqual(['quyền', 'trẻ em']);
	expect(terms('bị dì đánh')).toContain('dì');
	expect(terms('đi bơi')).toEqual(['đi bơi']);
});

test('từ đệm chỉ có dấu ("cực") thì gõ không dấu vẫn giữ ("cuc" có thể là "cục")', () => {
	expect(terms('ky luat tich cuc')).toContain('cuc');
	expect(terms('đau cực')).toEqual(['đau']);
});

test('chỉ toàn từ đệm thì tìm đúng những gì đã gõ', () => {
	expect(terms('làm sao ạ')).toEqual(['làm', 'sao', 'ạ']);
});

test('từ người đọc hay dùng được tìm kèm từ của trang', () => {
	expect(searched('bạo hành trẻ em')[0]).toEqual(['bạo hành', 'bạo lực']);
	expect(searched('bao hanh tre em')[0]).toEqual(['bao hanh', 'bạo lực']);
	expect(searched('dọa tung ảnh')[0]).toContain('tống tiền bằng ảnh');
	expect(searched('con chơi game nhiều quá')[0]).toEqual(['chơi game', 'trò chơi']);
});

test('một từ đơn có dấu trong danh sách phải gõ có dấu mới được coi là từ ấy ("duong" không phải "dượng")', () => {
	expect(searched('duong').flat()).not.toContain('người quen');
	expect(searched('dượng').flat()).toContain('người quen');
});

test('từ gõ bằng d được tìm cả với đ', () => {
	expect(searched('duoi')).toEqual([['duoi', 'đuoi']]);
	expect(searched('nuoc')).toEqual([['nuoc']]);
});

test('hai từ gõ không dấu được đọc như cụm từ của trang', () => {
	expect(searched('tao hon')).toEqual([['tao hon', 'tảo hôn']]);
	expect(searched('bao luc')).toEqual([['bao luc', 'bạo lực']]);
	expect(understand('bao luc', data).terms[0]!.alternatives[1]!.kind).toBe('spelling');
	expect(readPair('đuối', 'nước', data.dictionary)).toBeUndefined();
});

test('hai từ sai một chữ được sửa về cụm từ của trang', () => {
	expect(readPair('xâm', 'hạu', data.dictionary)).toEqual({ phrase: 'xâm hại', typo: true });
	expect(readPair('bắt', 'nạy', data.dictionary)).toEqual({ phrase: 'bắt nạt', typo: true });
	expect(readPair('tong', 'daii', data.dictionary)).toEqual({ phrase: 'tổng đài', typo: true });
	expect(readPair('duoi', 'nuco', data.dictionary)).toEqual({ phrase: 'đuối nước', typo: true });
	expect(searched('xâm hạu')).toEqual([['xâm hạu', 'xâm hại']]);
});

test('sửa lỗi gõ có giới hạn: một chữ, từ đủ dài, chỉ về từ của trang', () => {
	expect(withinOneEdit('nuco', 'nuoc')).toBe(true);
	expect(withinOneEdit('daii', 'dai')).toBe(true);
	expect(withinOneEdit('xam', 'xom')).toBe(true);
	expect(withinOneEdit('nuoc', 'nc')).toBe(false);
	const words = dictionaryWords(data.dictionary);
	expect(correctWord('nguoif', words)).toBe('nguoi');
	expect(correctWord('bo', words)).toBeUndefined();
	expect(correctWord('qwertyuiop', words)).toBeUndefined();
});

test('gõ Telex khi tắt bộ gõ tiếng Việt được đọc ra chữ', () => {
	expect(fromTelex('tuwj')).toBe('tự');
	expect(fromTelex('tuwr')).toBe('tử');
	expect(fromTelex('nuowcs')).toBe('nước');
	expect(fromTelex('ddaau')).toBe('đâu');
	expect(fromTelex('hoaf')).toBe('hoà');
	expect(fromTelex('nuoc')).toBe('nuoc');
	expect(fromTelex('111')).toBe('111');
});

test('văn bản gọi theo loại và số hiệu: có trong danh mục, hay không có', () => {
	const ref = (q: string) => documentRef(tokenize(q), data);
	const named = (q: string) => documentsNamed(ref(q)!, data.documents);
	expect(ref('QĐ 2058')).toMatchObject({ type: 'Quyết định' });
	expect(named('QĐ 2058')).toEqual([]);
	expect(named('nghị định 999/2020')).toEqual([]);
	expect(named('thong tu 45/2030')).toEqual([]);
	expect(named('quyết định số 9999')).toEqual([]);
	expect(named('Nghị định 56/2017/NĐ-CP')).toEqual([expect.objectContaining({ number: '56', year: '2017' })]);
	expect(named('nghi dinh 56')).toHaveLength(1);
	expect(named('nghi quyet 22')).toHaveLength(1);
	expect(named('kế hoạch 365')).toHaveLength(1);
	expect(named('66/KH-SYT')).toHaveLength(1);
	expect(named('chỉ thị 28')).toHaveLength(1);
	expect(named('luật 102/2016')).toHaveLength(1);
	expect(named('56/2017')).toHaveLength(1);
	expect(named('luật 2016')).toHaveLength(1);
	for (const q of ['111', '1800 6605', 'tháng hành động 2025', 'luật trẻ em', 'ngày 1/6', 'trẻ em 16 tuổi'])
		expect(ref(q), q).toBeUndefined();
});
