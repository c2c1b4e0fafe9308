// "Em đang gặp chuyện gì?" (content/situations/ → /giup-em/): short pages a frightened child can read
// on a phone. Checked on the files and on the built pages: the call block first (the child-protection
// line, then the police when in danger), the parts in order, sources last, and a short text.
import { test, expect } from '@playwright/test';
import { SituationSchema } from '../../src/schemas/situation.ts';
import { readData, readDist, readMdxFrontmatter, visibleText } from '../support/utils.ts';

const situations = readMdxFrontmatter('situations').map(({ slug, data }) => ({ slug, data: SituationSchema.parse(data) }));
const hotlines = readData<{ id: string; number: string }>('hotlines');
const numberOf = (id: string) => hotlines.find((h) => h.id === id)!.number;

/** About 250 syllables (Vietnamese words are written syllable by syllable) of visible text at most. */
const MAX_SYLLABLES = 250;

/** Legal words a ten-year-old would not know (as in the guides' children's parts). */
const LEGAL_TERMS = ['nghị định', 'nghị quyết', 'thông tư', 'chỉ thị', 'quyết định', 'thẩm quyền', 'tố tụng', 'quy phạm', 'pháp nhân', 'chế tài', 'truy cứu', 'hành vi vi phạm'];

/** The article of a built situation page, without its "Nguồn" block. */
function articleOf(slug: string): { html: string; text: string } {
	const page = readDist(`giup-em/${slug}/index.html`);
	const article = page.match(/<article[^>]*data-situation[^>]*>([\s\S]*?)<\/article>/)?.[1] ?? '';
	const html = article.replace(/<section[^>]*data-sources[\s\S]*?<\/section>/, '');
	return { html, text: visibleText(html).trim() };
}

test('ít nhất tám tình huống, mỗi tình huống có trang và có trong trang “Em đang gặp chuyện gì?”', () => {
	expect(situations.length).toBeGreaterThanOrEqual(8);
	const hub = readDist('giup-em/index.html');
	for (const { slug } of situations) expect(hub, slug).toContain(`href="/giup-em/${slug}/"`);
});

test('khung gọi ngay dưới tiêu đề: số bảo vệ trẻ em trước, “không mất tiền, 24 giờ” có dẫn Điều 23, rồi số công an khi nguy hiểm', () => {
	for (const { slug, data } of situations) {
		const { html } = articleOf(slug);
		const afterTitle = html.slice(html.indexOf('</h1>') + 5).trimStart();
		expect(afterTitle.startsWith('<section'), slug).toBe(true);
		const block = afterTitle.slice(0, afterTitle.indexOf('</section>'));
		expect(block, slug).toContain('data-call-block');
		const tels = [...block.matchAll(/href="tel:(\d+)"/g)].map((m) => m[1]);
		const expected = [numberOf('tong-dai-111'), ...(data.danger ? [numberOf('cong-an-113')] : []), ...data.call.map(numberOf)];
		expect(tels, slug).toEqual(expected);
		expect(visibleText(block), slug).toMatch(/Không mất tiền, 24 giờ.*Điều 23/);
	}
});

test('các phần theo thứ tự: Làm ngay, Kể với ai, Không phải lỗi của em, trang “Khi em gọi…”, nguồn sau cùng', () => {
	for (const { slug } of situations) {
		const page = readDist(`giup-em/${slug}/index.html`);
		const at = ['data-steps="now"', 'data-steps="tell"', 'data-steps="fault"', 'data-how-it-works', 'data-sources'].map((marker) => page.indexOf(marker));
		for (const i of at) expect(i, slug).toBeGreaterThan(0);
		expect([...at].sort((a, b) => a - b), slug).toEqual(at);
		expect(page, slug).toContain('href="/khi-em-goi-111/"');
	}
});

test(`mỗi trang tình huống ngắn: không quá ${MAX_SYLLABLES} tiếng, câu không quá 25 từ, không dùng từ pháp lý khó`, () => {
	const problems: string[] = [];
	for (const { slug, data } of situations) {
		const syllables = articleOf(slug).text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
		if (syllables > MAX_SYLLABLES) problems.push(`${slug}: ${syllables} tiếng`);
		const texts = [...data.now, ...data.tell, data.notYourFault].map((s) => s.text.replace(/\{so:[a-z0-9-]+\}/g, 'số'));
		for (const sentence of texts.flatMap((t) => t.split(/(?<=[.!?])\s+/))) {
			if (sentence.split(/\s+/).length > 25) problems.push(`${slug}: câu dài: "${sentence}"`);
			const lower = sentence.toLocaleLowerCase('vi');
			for (const term of LEGAL_TERMS) if (lower.includes(term)) problems.push(`${slug}: từ "${term}" trong: "${sentence}"`);
		}
	}
	expect(problems).toEqual([]);
});
