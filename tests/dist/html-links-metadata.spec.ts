// Quality gates over every file of the built site: valid HTML, links that resolve (at the
// root and under BASE_PATH), external links only to cited sources, metadata, and content rules. Each
// checker also runs on a fixture page with a known fault (tests/fixtures/gates/).
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { builtPages, readData, walk } from '../support/utils.ts';
import { badExternalLinks, brokenLinks, htmlErrors } from '../support/checks.ts';
import { QUICK_EXIT_URL, SITE_URL, BASE_PATH } from '../../src/config/site.ts';

const pages = builtPages();
const html = new Map(pages.map((p) => [p, readFileSync(`dist/${p}`, 'utf8')]));
const sources = readData<{ url: string; original?: string }>('sources');
// A copy links to its original (lib/links.ts linkTarget), so originals are allowed too.
const allowedExternal = new Set([...sources.flatMap((s) => [s.url, ...(s.original ? [s.original] : [])]), QUICK_EXIT_URL]);

/** The second build the link check needs: the same site under a sub-path (npm run build:base). */
const BASE_DIST = 'dist-base';
const SUB_PATH = '/bao-ve-tre-em/';

test('HTML hợp lệ trên mọi trang (html-validate, bộ luật khuyến nghị)', async () => {
	const errors: string[] = [];
	for (const [page, text] of html) errors.push(...(await htmlErrors(text, page)));
	expect(errors).toEqual([]);
});

test('mọi liên kết và tài nguyên nội bộ tới được tệp và neo có thật, ở gốc', () => {
	const broken = pages.flatMap((p) => brokenLinks(html.get(p)!, p, 'dist', BASE_PATH));
	expect(broken).toEqual([]);
});

test(`mọi liên kết nội bộ đi qua BASE_PATH khi dựng dưới ${SUB_PATH}`, () => {
	expect(existsSync(`${BASE_DIST}/index.html`), `chạy "npm run build:base" trước`).toBe(true);
	const basePages = builtPages(BASE_DIST);
	expect(basePages.length).toBe(pages.length);
	const broken = basePages.flatMap((p) => brokenLinks(readFileSync(`${BASE_DIST}/${p}`, 'utf8'), p, BASE_DIST, SUB_PATH));
	expect(broken).toEqual([]);
	expect(readFileSync(`${BASE_DIST}/index.html`, 'utf8')).toContain(`href="${SUB_PATH}tong-dai/"`);
});

test('liên kết ra ngoài chỉ tới nguồn đã trích, bằng https, có rel="noopener noreferrer"', () => {
	const bad = pages.flatMap((p) => badExternalLinks(html.get(p)!, p, allowedExternal));
	expect(bad).toEqual([]);
});

test('siêu dữ liệu: tiêu đề và mô tả riêng, địa chỉ chuẩn từ SITE_URL, Open Graph, lang="vi", có trong sitemap', () => {
	const sitemap = walk('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(`dist/${f}`, 'utf8')).join('\n');
	const titles = new Map<string, string>();
	const descriptions = new Map<string, string>();
	const problems: string[] = [];
	for (const [page, text] of html) {
		const title = text.match(/<title>([^<]*)<\/title>/)?.[1];
		const description = text.match(/<meta name="description" content="([^"]*)"/)?.[1];
		const canonical = text.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
		if (!title || !description || !canonical) problems.push(`${page}: thiếu title/description/canonical`);
		if (title && titles.has(title)) problems.push(`${page}: tiêu đề trùng với ${titles.get(title)}`);
		if (description && descriptions.has(description)) problems.push(`${page}: mô tả trùng với ${descriptions.get(description)}`);
		if (title) titles.set(title, page);
		if (description) descriptions.set(description, page);
		if (canonical && !canonical.startsWith(SITE_URL)) problems.push(`${page}: canonical ${canonical} không dùng SITE_URL`);
		for (const og of ['og:title', 'og:description', 'og:url', 'og:locale']) if (!text.includes(`property="${og}"`)) problems.push(`${page}: thiếu ${og}`);
		if (!/<html lang="vi"/.test(text)) problems.push(`${page}: thiếu lang="vi"`);
		const inSitemap = canonical ? sitemap.includes(`<loc>${canonical}</loc>`) : false;
		if (page === '404.html' ? inSitemap : !inSitemap) problems.push(`${page}: ${page === '404.html' ? 'không được' : 'phải'} có trong sitemap`);
	}
	expect(problems).toEqual([]);
});

/** Content faults a machine sees: empty sections, skipped heading levels, images without alt. */
function contentProblems(text: string, page: string): string[] {
	const problems: string[] = [];
	const main = text.match(/<main\b[\s\S]*<\/main>/)?.[0] ?? '';
	let previous = 1;
	for (const [, level] of main.matchAll(/<h([1-6])\b/g)) {
		const n = Number(level);
		if (n > previous + 1) problems.push(`${page}: h${n} sau h${previous}`);
		previous = n;
	}
	for (const [section] of main.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)) {
		const body = section.replace(/<h[1-6]\b[\s\S]*?<\/h[1-6]>/g, '').replace(/<[^>]+>/g, '').trim();
		if (!body) problems.push(`${page}: mục rỗng ${section.slice(0, 60)}`);
	}
	for (const [img] of text.matchAll(/<img\b[^>]*>/g)) if (!/\salt="/.test(img)) problems.push(`${page}: ảnh thiếu alt`);
	return problems;
}

test('nội dung: không mục rỗng, tiêu đề đúng thứ bậc, ảnh có alt, hướng dẫn hiện nguồn', () => {
	const problems = pages.flatMap((p) => contentProblems(html.get(p)!, p));
	for (const p of pages.filter((x) => /^ky-nang-an-toan\/[^/]+\/index\.html$/.test(x))) {
		if (!html.get(p)!.includes('data-sources')) problems.push(`${p}: không hiện nguồn`);
	}
	expect(problems).toEqual([]);
});

test.describe('mỗi bộ kiểm tra bắt được lỗi của trang mẫu', () => {
	const fixture = (name: string) => readFileSync(`tests/fixtures/gates/${name}`, 'utf8');

	test('html-validate', async () => {
		const errors = (await htmlErrors(fixture('invalid.html'), 'invalid.html')).join('\n');
		for (const rule of ['close-order', 'no-implicit-button-type', 'no-dup-id']) expect(errors).toContain(rule);
	});

	test('liên kết hỏng, neo không có, liên kết không qua BASE_PATH', () => {
		const broken = brokenLinks(fixture('broken-link.html'), 'index.html', 'dist', '/').join('\n');
		expect(broken).toContain('/trang-khong-co/');
		expect(broken).toContain('#khong-co-id');
		expect(broken).toContain('/tong-dai/#khong-co-id');
		expect(broken).toContain('tuong-doi/');
	});

	test('liên kết ra ngoài không phải https, địa chỉ IP, không có trong nguồn, thiếu rel', () => {
		const bad = badExternalLinks(fixture('broken-link.html'), 'mau.html', allowedExternal).join('\n');
		for (const fault of ['không phải https', 'địa chỉ IP', 'không có trong nguồn', 'thiếu rel']) expect(bad).toContain(fault);
	});

	test('nội dung: tiêu đề nhảy bậc, mục rỗng, ảnh thiếu alt', () => {
		const text = '<main><h1>A</h1><h3>C</h3><section><h2>Rỗng</h2></section><img src="x.png"></main>';
		expect(contentProblems(text, 'mau.html')).toHaveLength(3);
	});
});
