// The built site (dist/, from `npm run build`): the files a static host needs, and a hotline on every page.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { builtPages, readData, readDist } from '../support/utils.ts';

test('dist có trang chủ, 404, sitemap, robots.txt và chỉ mục Pagefind', () => {
	for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'robots.txt', 'pagefind/pagefind.js']) {
		expect(existsSync(`dist/${file}`), file).toBe(true);
	}
});

/** The help bar of a page: the element marked data-help-bar, up to its closing </nav>. */
function helpBarOf(html: string): string {
	const start = html.search(/<nav[^>]*data-help-bar/);
	return start < 0 ? '' : html.slice(start, html.indexOf('</nav>', start));
}

test('thanh trợ giúp của mọi trang có hai số bảo vệ trẻ em của dữ liệu, và nút Thoát nhanh', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(10);
	const bar = readData<{ number: string; kind: string }>('hotlines').filter((h) => h.kind === 'child-protection');
	expect(bar.length).toBe(2);
	for (const page of pages) {
		const html = helpBarOf(readDist(page));
		for (const { number } of bar) expect(html, `${page}: tel:${number}`).toContain(`href="tel:${number}"`);
		expect(html, page).toContain('data-quick-exit');
	}
});

test('mọi trang có lang="vi", một <h1> và một <main>', () => {
	for (const page of builtPages()) {
		const html = readDist(page);
		expect(html, page).toMatch(/<html lang="vi"/);
		expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1);
		expect(html.match(/<main[\s>]/g)?.length, page).toBe(1);
	}
});

test('robots.txt trỏ tới sitemap tuyệt đối', () => {
	expect(readDist('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});
