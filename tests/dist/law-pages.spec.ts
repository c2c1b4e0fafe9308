// The law and policy pages, as built: each shows its sources and its "cập nhật" date, each
// document it cites lists it back on the document's page, and the ward roles are presented as one
// ward's example, not as the city's structure.
import { test, expect } from '@playwright/test';
import { readDist, readMdxFrontmatter, visibleText } from '../support/utils.ts';

const laws = readMdxFrontmatter('laws').map(({ slug, data }) => ({ slug, data: data as { title: string; documents?: string[] } }));

test('chín trang luật và chính sách được dựng', () => {
	expect(laws.map((l) => l.slug).sort()).toEqual(
		[
			'ai-lam-gi',
			'ba-cap-do-bao-ve',
			'cong-uoc-quyen-tre-em',
			'luat-tre-em',
			'luat-tu-phap-nguoi-chua-thanh-nien',
			'phong-chong-xam-hai',
			'quyen-va-bon-phan',
			'tre-em-hoan-canh-dac-biet',
			'tre-em-tren-mang',
		].sort(),
	);
});

for (const { slug, data } of laws) {
	test(`${slug}: hiện nguồn và ngày cập nhật, và mỗi văn bản được trích dẫn ngược lại trang này`, () => {
		const html = readDist(`phap-luat/${slug}/index.html`);
		expect(html).toContain('data-sources');
		expect(html).toMatch(/Cập nhật:\s*<time datetime="\d{4}-\d{2}-\d{2}"/);
		for (const id of data.documents ?? []) {
			const doc = readDist(`phap-luat/van-ban/${id}/index.html`);
			const citedBy = doc.slice(doc.indexOf('id="trang-dan"'));
			expect(citedBy, `${id} liệt kê ${slug}`).toContain(`/phap-luat/${slug}/"`);
		}
	});
}

test('vai trò ở phường được nêu như ví dụ của phường Việt Hòa', () => {
	const text = visibleText(readDist('phap-luat/ai-lam-gi/index.html'));
	expect(text).toContain('Ví dụ ở phường Việt Hòa');
});
