// Ranking across a query's terms (components/search/rank.ts) against a fake Pagefind: a page missing
// one word still comes, after those with all; words side by side count as a phrase; an alternative
// with a word the index lacks is not used; a word that matches nothing is corrected; the site's
// phrases count fully only where they stand together; kinds of page weigh as page-types.ts says.
import { test, expect } from 'vitest';
import { rankPages, withFactors, type FoundPage, type Searcher } from '../../src/components/search/rank.ts';
import type { Term } from '../../src/components/search/query.ts';

/** Pagefind's folding: marks removed, đ kept, lower case. */
const pf = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/** A fake index: page id → its words in order (with "title:" words for the title); words match by
 *  prefix and folded, as in Pagefind. */
function fakeIndex(pages: Record<string, string>, calls: { text: string; marked: boolean }[] = []): Searcher {
	let marked = false;
	const docs = Object.entries(pages).map(([id, text]) => ({
		id,
		words: text.split(' ').map((w) => w.replace(/^title:/, '')),
		title: new Set(
			text
				.split(' ')
				.filter((w) => w.startsWith('title:'))
				.map((w) => w.slice(6)),
		),
	}));
	const find = (text: string): FoundPage[] => {
		const exact = text.startsWith('"');
		const words = text.replace(/"/g, '').split(' ');
		return docs.flatMap((d) => {
			const positions = words.map((w) => d.words.flatMap((x, i) => (pf(x).startsWith(pf(w)) ? [i] : [])));
			if (positions.some((p) => p.length === 0)) return [];
			if (exact && !positions[0]!.some((p) => words.every((_, k) => positions[k]!.includes(p + k)))) return [];
			const named = words.every((w) => d.title.has(w));
			return [
				{
					id: d.id,
					score: positions.flat().length / d.words.length + (named ? 1 : 0),
					words: positions.flat(),
					...(named ? { matchedMetaFields: ['title'] } : {}),
				},
			];
		});
	};
	return {
		search: async (text) => {
			calls.push({ text, marked });
			return find(text);
		},
		exactMarks: async (m) => {
			marked = m;
		},
	};
}

const word = (w: string): Term => ({ typed: w, word: true, alternatives: [{ text: w, kind: 'typed' }] });
const phrase = (typed: string, ...means: string[]): Term => ({
	typed,
	word: false,
	alternatives: [{ text: typed, kind: 'typed' }, ...means.map((m) => ({ text: m, kind: 'synonym' as const }))],
});

test('trang thiếu một từ vẫn có, sau các trang có đủ từ; từ không trang nào có thì bỏ và báo', async () => {
	const index = fakeIndex({ a: 'bắt nạt ở trường lớp', b: 'bắt nạt trên mạng', c: 'đuối nước' });
	const r = await rankPages(index, [word('bắt'), word('trường'), word('xyzt')], { dictionary: [], total: 3 });
	expect(r.pages.map((p) => p.id)).toEqual(['a', 'b']);
	expect(r.pages[0]!.matched).toBe(2);
	expect(r.complete).toBe(true);
	expect(r.absent.map((t) => t.typed)).toEqual(['xyzt']);
});

test('hai từ gõ đứng cạnh nhau trên trang được cộng điểm', async () => {
	const index = fakeIndex({ a: 'tảo hôn là cấm', b: 'tạo ra hơn nữa tảo cũng hôn' });
	const r = await rankPages(index, [word('tảo'), word('hôn')], { dictionary: [], total: 2 });
	expect(r.pages[0]!.id).toBe('a');
});

test('từ có dấu tìm sau, với thưởng dấu; không dấu tìm trước, không thưởng', async () => {
	const calls: { text: string; marked: boolean }[] = [];
	await rankPages(fakeIndex({ a: 'bạo lực' }, calls), [phrase('bao luc', 'bạo lực')], { dictionary: [], total: 1 });
	expect(calls.find((c) => c.text === 'bao luc')!.marked).toBe(false);
	expect(calls.find((c) => c.text === 'bạo lực')!.marked).toBe(true);
});

test('một phương án có từ chỉ mục không có thì không dùng (Pagefind sẽ lặng lẽ bỏ từ ấy)', async () => {
	const index = fakeIndex({ a: 'trẻ chơi ngoài nước', b: 'ứng dụng trò chơi của con' });
	const r = await rankPages(index, [phrase('chơi game', 'trò chơi')], { dictionary: [], total: 2 });
	expect(r.pages.map((p) => p.id)).toEqual(['b']);
});

test('cụm từ của trang chỉ được tính đủ khi các từ đứng liền nhau', async () => {
	const index = fakeIndex({ a: 'trò chuyện và chơi với con', b: 'ứng dụng trò chơi' });
	const r = await rankPages(index, [phrase('game', 'trò chơi')], { dictionary: [], total: 2 });
	expect(r.pages.map((p) => p.id)).toEqual(['b', 'a']);
});

test('từ không trang nào có được sửa về từ của trang (sai một chữ, hoặc gõ Telex)', async () => {
	const index = fakeIndex({ a: 'phòng chống đuối nước', b: 'tự tử' });
	const typo = await rankPages(index, [word('nuco')], { dictionary: ['nước', 'đuối nước'], total: 2 });
	expect(typo.corrected).toEqual([{ typed: 'nuco', searched: 'nuoc' }]);
	const telex = await rankPages(fakeIndex({ b: 'tự tử' }), [word('tuwj')], { dictionary: [], total: 1 });
	expect(telex.corrected).toEqual([{ typed: 'tuwj', searched: 'tự' }]);
	expect(telex.pages.map((p) => p.id)).toEqual(['b']);
});

test('hệ số theo loại trang; trang có tiêu đề gọi đúng điều hỏi dùng hệ số "named"', async () => {
	const index = fakeIndex({
		guide: 'quyền trẻ em được bảo vệ quyền',
		doc: 'title:quyền quyền quyền',
		hub: 'title:quyền',
	});
	const factors: Record<string, { factor: number; named: number }> = {
		doc: { factor: 0.5, named: 0.8 },
		hub: { factor: 0.6, named: 1 },
	};
	const factor = (id: string, named: boolean) => (factors[id] ? (named ? factors[id]!.named : factors[id]!.factor) : 1);
	const r = await rankPages(index, [word('quyền')], { dictionary: [], total: 3 });
	const scores = Object.fromEntries(withFactors(r.pages, factor).map((p) => [p.id, p.score]));
	const plain = Object.fromEntries(r.pages.map((p) => [p.id, p.score]));
	expect(scores['doc']).toBeCloseTo(plain['doc']! * 0.8);
	expect(scores['hub']).toBeCloseTo(plain['hub']!);
	expect(scores['guide']).toBeCloseTo(plain['guide']!);
});
