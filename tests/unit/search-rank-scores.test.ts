// The ranking's arithmetic (components/search/rank.ts) against a searcher that answers from a table,
// so every score can be worked out by hand from the rule the module states: each term's best weighted
// Pagefind score (typed 1, spelling 1, synonym 0.8, typo 0.9; a phrase whose words are not together
// on the page ×0.3), summed, times the squared share of the query's terms the page has (weighted by
// Pagefind's idf, ln(1 + (N − df + 0.5) / (df + 0.5))), times 1.5 for each pair of typed words side by
// side. Also: what is searched, how often, and when a word is corrected.
import { expect, test } from 'vitest';
import {
	rankPages,
	withFactors,
	type FoundPage,
	type RankedPage,
	type Searcher,
} from '../../src/components/search/rank.ts';
import type { Term } from '../../src/components/search/query.ts';

/** A searcher answering from a table (text → pages; a text not in it finds nothing), recording each
 *  search and each switch of the exact-marks bonus. */
function tableSearcher(table: Record<string, FoundPage[]>, options: { exactMarks?: boolean } = {}) {
	const calls: string[] = [];
	const marks: boolean[] = [];
	const searcher: Searcher = {
		search: async (text) => {
			calls.push(text);
			return table[text] ?? [];
		},
		...(options.exactMarks === false ? {} : { exactMarks: async (marked: boolean) => void marks.push(marked) }),
	};
	return { searcher, calls, marks };
}

const page = (id: string, score: number, words: number[] = [], matchedMetaFields?: string[]): FoundPage => ({
	id,
	score,
	words,
	...(matchedMetaFields ? { matchedMetaFields } : {}),
});
const word = (w: string): Term => ({ typed: w, word: true, alternatives: [{ text: w, kind: 'typed' }] });
const idf = (df: number, total: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));
const scores = (pages: RankedPage[]) => pages.map((p) => [p.id, Number(p.score.toFixed(6))]);

test('điểm: tổng điểm các từ, nhân bình phương phần từ trang có (theo idf), nhân 1,5 cho mỗi cặp từ đứng cạnh nhau', async () => {
	const { searcher, marks } = tableSearcher({
		bắt: [page('p', 2, [3]), page('q', 1, [10])],
		nạt: [page('p', 1, [4])],
	});
	const r = await rankPages(searcher, [word('bắt'), word('nạt')], { dictionary: [], total: 10 });
	const share = idf(2, 10) / (idf(2, 10) + idf(1, 10));
	expect(scores(r.pages)).toEqual([
		['p', 4.5], // (2 + 1) × 1² × 1.5: both words, side by side
		['q', Number((1 * share ** 2).toFixed(6))],
	]);
	expect(r.pages.map((p) => [p.id, p.matched, p.named])).toEqual([
		['p', 2, false],
		['q', 1, false],
	]);
	expect(r.complete).toBe(true);
	expect(r.found.map((t) => t.typed)).toEqual(['bắt', 'nạt']);
	expect(r.absent).toEqual([]);
	// Only text with marks was searched: the exact-marks bonus was switched on, and never off.
	expect(marks).toEqual([true]);
});

test('cặp từ chỉ được cộng khi hai từ gõ đơn đứng liền nhau, đúng thứ tự, ở bất kỳ chỗ nào trên trang', async () => {
	const total = { dictionary: [], total: 1 };
	const together = tableSearcher({ tảo: [page('p', 1, [3, 10])], hôn: [page('p', 1, [4])] });
	expect(scores((await rankPages(together.searcher, [word('tảo'), word('hôn')], total)).pages)).toEqual([['p', 3]]);
	const reversed = tableSearcher({ tảo: [page('p', 1, [7])], hôn: [page('p', 1, [6])] });
	expect(scores((await rankPages(reversed.searcher, [word('tảo'), word('hôn')], total)).pages)).toEqual([['p', 2]]);
	// A reader's phrase is not a single typed word: its neighbour does not make a pair with it.
	const notWord: Term = { typed: 'tảo', word: false, alternatives: [{ text: 'tảo', kind: 'typed' }] };
	expect(scores((await rankPages(together.searcher, [notWord, word('hôn')], total)).pages)).toEqual([['p', 2]]);
	expect(scores((await rankPages(together.searcher, [word('hôn'), notWord], total)).pages)).toEqual([['p', 2]]);
	// The đ spelling of a word typed with d counts as typed; a corrected word does not.
	const spelled: Term = {
		typed: 'duoi',
		word: true,
		alternatives: [
			{ text: 'duoi', kind: 'typed' },
			{ text: 'đuoi', kind: 'spelling' },
		],
	};
	const d = tableSearcher({ đuoi: [page('p', 1, [2])], nuoc: [page('p', 1, [3])] });
	expect(scores((await rankPages(d.searcher, [spelled, word('nuoc')], total)).pages)).toEqual([['p', 3]]);
	const typo = tableSearcher({ xâm: [page('p', 1, [5])], hại: [page('p', 1, [6])] });
	const corrected = await rankPages(typo.searcher, [word('xâm'), word('haij')], total);
	expect(corrected.corrected).toEqual([{ typed: 'haij', searched: 'hại' }]);
	expect(scores(corrected.pages)).toEqual([['p', 1.9]]); // 1 + 0.9 × 1, no pair
});

test('phương án của một từ: lấy điểm cao nhất sau khi nhân hệ số; cụm từ không đứng liền nhau ×0,3', async () => {
	const { searcher, calls } = tableSearcher({
		'bạo hành': [page('p', 2), page('q', 1), page('s', 3)],
		bạo: [page('p', 1), page('q', 1), page('r', 1), page('s', 1)],
		hành: [page('p', 1), page('q', 1), page('s', 1)],
		'"bạo hành"': [page('p', 2), page('s', 3)],
		'bạo lực': [page('q', 5), page('r', 1), page('s', 1)],
		lực: [page('q', 1), page('r', 1), page('s', 1)],
		'"bạo lực"': [page('q', 5), page('s', 1)],
	});
	const term: Term = {
		typed: 'bạo hành',
		word: false,
		alternatives: [
			{ text: 'bạo hành', kind: 'typed' },
			{ text: 'bạo lực', kind: 'synonym' },
		],
	};
	const r = await rankPages(searcher, [term], { dictionary: [], total: 4 });
	expect(scores(r.pages)).toEqual([
		['q', 4], // the site's word, together: 5 × 0.8 (better than the typed words, scattered: 1 × 0.3)
		['s', 3], // typed, together: 3 (better than 1 × 0.8)
		['p', 2],
		['r', 0.24], // the site's word, scattered: 1 × 0.8 × 0.3
	]);
	// Each alternative, each of its words (does the index have it?) and the phrase in quotes, once each.
	expect(calls).toEqual(['bạo hành', 'bạo', 'hành', '"bạo hành"', 'bạo lực', 'lực', '"bạo lực"']);
});

test('phương án có từ chỉ mục không có thì bỏ, kể cả khi Pagefind vẫn trả trang cho các từ còn lại', async () => {
	// Pagefind drops a word it does not know: "chơi game" returns the pages with "chơi".
	const { searcher } = tableSearcher({
		'chơi game': [page('a', 1)],
		chơi: [page('a', 1), page('b', 1)],
		'trò chơi': [page('b', 2)],
		trò: [page('b', 1)],
		'"trò chơi"': [page('b', 2)],
	});
	const term: Term = {
		typed: 'chơi game',
		word: false,
		alternatives: [
			{ text: 'chơi game', kind: 'typed' },
			{ text: 'trò chơi', kind: 'synonym' },
		],
	};
	const r = await rankPages(searcher, [term], { dictionary: [], total: 2 });
	expect(scores(r.pages)).toEqual([['b', 1.6]]);
});

test('mỗi chuỗi chỉ tìm một lần, dù nhiều từ dùng lại nó', async () => {
	const { searcher, calls } = tableSearcher({
		bạo: [page('p', 1, [0])],
		lực: [page('p', 1, [1])],
		'bạo lực': [page('p', 1, [0, 1])],
		'"bạo lực"': [page('p', 1, [0, 1])],
	});
	const phrase: Term = { typed: 'bạo lực', word: false, alternatives: [{ text: 'bạo lực', kind: 'typed' }] };
	await rankPages(searcher, [word('bạo'), phrase, word('lực')], { dictionary: [], total: 1 });
	expect(calls.toSorted()).toEqual(['"bạo lực"', 'bạo', 'bạo lực', 'lực']);
});

test('tiêu đề hay từ khoá của trang gọi đúng mọi từ đã hỏi thì trang "được gọi tên"', async () => {
	const { searcher } = tableSearcher({
		quyền: [
			page('a', 1, [0], ['title']),
			page('b', 1, [5], ['tukhoa']),
			page('c', 1, [2], ['noidung']),
			page('d', 1, [0], ['noidung', 'title']),
			page('e', 1, [0], ['title']),
			page('f', 1, [0], ['title']),
		],
		trẻ: [
			page('a', 1, [1], ['title']),
			page('b', 1, [7], ['tukhoa']),
			page('c', 1, [3]),
			page('d', 1, [9], ['tukhoa']),
			page('f', 1, [8]),
		],
	});
	const r = await rankPages(searcher, [word('quyền'), word('trẻ')], { dictionary: [], total: 6 });
	const named = Object.fromEntries(r.pages.map((p) => [p.id, p.named]));
	expect(named).toEqual({ a: true, b: true, c: false, d: true, e: false, f: false });
});

test('trang đứng đầu thiếu một từ thì kết quả "chưa đủ"', async () => {
	const { searcher } = tableSearcher({ bơi: [page('p', 10, [0]), page('q', 0.1, [0])], lội: [page('q', 0.1, [0])] });
	const r = await rankPages(searcher, [word('bơi'), word('lội')], { dictionary: [], total: 2 });
	expect(r.pages.map((p) => [p.id, p.matched])).toEqual([
		['p', 1],
		['q', 2],
	]);
	expect(r.complete).toBe(false);
});

test('từ không trang nào có: sửa Telex hay sai một chữ, báo đã sửa chỉ khi bản sửa tìm được trang', async () => {
	// A word found as typed is never "corrected", even when it reads as Telex ("oo" would be ô).
	const found = tableSearcher({ facebook: [page('p', 1)], facebôk: [] });
	const asTyped = await rankPages(found.searcher, [word('facebook')], { dictionary: [], total: 1 });
	expect(asTyped.corrected).toEqual([]);
	expect(asTyped.pages.map((p) => p.id)).toEqual(['p']);
	// Corrected to a word of the site, searched with d and đ: found with đ.
	const d = tableSearcher({ đuoi: [page('p', 1)] });
	const fixed = await rankPages(d.searcher, [word('duoii')], { dictionary: ['đuối nước', 'đuối'], total: 1 });
	expect(fixed.corrected).toEqual([{ typed: 'duoii', searched: 'duoi' }]);
	expect(d.calls).toEqual(['duoii', 'duoi', 'đuoi']);
	expect(d.marks).toEqual([false, false]);
	// The correction finds nothing either: not reported, the word is absent, nothing is complete.
	const none = tableSearcher({});
	const nothing = await rankPages(none.searcher, [word('nuco')], { dictionary: ['nước'], total: 1 });
	expect(nothing).toEqual({ pages: [], found: [], absent: [word('nuco')], corrected: [], complete: false });
});

test('trình tìm kiếm không có nút thưởng dấu vẫn dùng được', async () => {
	const { searcher } = tableSearcher({ nuoc: [page('p', 1)], nước: [page('p', 1)] }, { exactMarks: false });
	expect((await rankPages(searcher, [word('nước')], { dictionary: [], total: 1 })).pages).toHaveLength(1);
	expect((await rankPages(searcher, [word('nuco')], { dictionary: ['nước'], total: 1 })).corrected).toEqual([
		{ typed: 'nuco', searched: 'nuoc' },
	]);
});

test('hệ số theo loại trang: điểm nhân hệ số rồi xếp lại; bằng điểm thì theo mã trang', () => {
	const seen: [string, boolean][] = [];
	const factor = (id: string, named: boolean) => {
		seen.push([id, named]);
		return id === 'b' ? 0.25 : 1;
	};
	const pages: RankedPage[] = [
		{ id: 'b', score: 2, matched: 1 },
		{ id: 'c', score: 1, matched: 1 },
		{ id: 'a', score: 1, matched: 1, named: true },
	];
	expect(withFactors(pages, factor)).toEqual([
		{ id: 'a', score: 1, matched: 1, named: true },
		{ id: 'c', score: 1, matched: 1 },
		{ id: 'b', score: 0.5, matched: 1 },
	]);
	expect(seen).toEqual([
		['b', false],
		['c', false],
		['a', true],
	]);
});
