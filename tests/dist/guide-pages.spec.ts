// Content rules for the safety guides, checked on the files in content/guides/ and on the
// built pages. A step, a part or a myth exists only where a source supports it.
import { test, expect } from '@playwright/test';
import { GuideSchema, GUIDE_PARTS } from '../../src/schemas/guide.ts';
import { readDist, readMdxFrontmatter } from '../support/utils.ts';

interface GuideFile {
	slug: string;
	data: ReturnType<typeof GuideSchema.parse>;
}

function readGuides(): GuideFile[] {
	return readMdxFrontmatter('guides').map(({ slug, data }) => ({ slug, data: GuideSchema.parse(data) }));
}

/** Legal words a ten-year-old would not know; a children's part must say it plainly instead. */
const LEGAL_TERMS = ['nghị định', 'nghị quyết', 'thông tư', 'chỉ thị', 'quyết định', 'thẩm quyền', 'tố tụng', 'quy phạm', 'pháp nhân', 'chế tài', 'truy cứu', 'hành vi vi phạm'];

/** Sentences of a text: split after . ! ? … followed by a space or the end. */
function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?…])\s+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

const guides = readGuides();

test('mỗi hướng dẫn đầy đủ có phần cho các em, cha mẹ và thầy cô, mỗi phần ít nhất hai bước có nguồn', () => {
	for (const { slug, data } of guides.filter((g) => g.data.kind === 'full')) {
		for (const id of GUIDE_PARTS) {
			const steps = data.parts[id]?.steps ?? [];
			expect(steps.length, `${slug} › ${id}`).toBeGreaterThanOrEqual(2);
			for (const step of steps) expect(step.cite.length, `${slug} › ${id} › ${step.text}`).toBeGreaterThan(0);
		}
	}
});

test('phần cho các em: câu không quá 25 từ và không dùng từ pháp lý khó', () => {
	const problems: string[] = [];
	for (const { slug, data } of guides) {
		const part = data.parts['hoc-sinh'];
		if (!part) continue;
		const texts = [part.intro ?? '', ...part.steps.map((s) => s.text)];
		for (const sentence of texts.flatMap(sentences)) {
			const words = sentence.split(/\s+/).length;
			if (words > 25) problems.push(`${slug}: ${words} từ: "${sentence}"`);
			const lower = sentence.toLocaleLowerCase('vi');
			for (const term of LEGAL_TERMS) if (lower.includes(term)) problems.push(`${slug}: từ "${term}" trong: "${sentence}"`);
		}
	}
	expect(problems).toEqual([]);
});

test('mỗi hướng dẫn hiện nguồn, ngày cập nhật, và mỗi điều hiểu sai bắt đầu bằng "Sai:" và nằm ngoài chỉ mục tìm kiếm', () => {
	for (const { slug, data } of guides) {
		const html = readDist(`ky-nang-an-toan/${slug}/index.html`);
		expect(html, slug).toContain('data-sources');
		expect(html, slug).toMatch(/Cập nhật:\s*<time datetime="\d{4}-\d{2}-\d{2}"/);
		const myths = [...html.matchAll(/<p[^>]*data-myth[^>]*>([\s\S]*?)<\/p>/g)];
		expect(myths.length, slug).toBe(data.myths.length);
		for (const [tag, inner] of myths) {
			expect(tag, slug).toContain('data-pagefind-ignore');
			expect(inner!.replace(/<[^>]+>/g, '').trim(), slug).toMatch(/^Sai:/);
		}
	}
});

test('trang hướng dẫn đầy đủ mở đầu bằng phần dành cho các em, trước bài viết cho người lớn', () => {
	const full = guides.filter((g) => g.data.kind === 'full');
	expect(full.length).toBeGreaterThan(0);
	for (const { slug } of full) {
		const html = readDist(`ky-nang-an-toan/${slug}/index.html`);
		const afterTitle = html.slice(html.indexOf('</h1>'));
		const firstHeading = /<h2[^>]*id="([^"]+)"/.exec(afterTitle)?.[1];
		expect(firstHeading, slug).toBe('phan-hoc-sinh');
		expect(afterTitle.indexOf('data-guide-part="hoc-sinh"'), slug).toBeLessThan(afterTitle.indexOf('class="prose'));
	}
});
