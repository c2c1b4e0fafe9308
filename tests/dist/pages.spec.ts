// The built site (dist/, from `npm run build`): the files a static host needs, and a hotline on every page.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { builtPages, readDist } from '../support/utils.ts';

test('dist có trang chủ, 404, sitemap, robots.txt và chỉ mục Pagefind', () => {
	for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'robots.txt', 'pagefind/pagefind.js']) {
		expect(existsSync(`dist/${file}`), file).toBe(true);
	}
});

test('mọi trang đều có liên kết gọi tel:111 và tel:18006605', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(10);
	for (const page of pages) {
		const html = readDist(page);
		expect(html, page).toContain('href="tel:111"');
		expect(html, page).toContain('href="tel:18006605"');
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
