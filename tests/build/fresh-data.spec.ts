// No stale data and no localhost: with a warm content cache, an edited hotline number is what every
// page and every PDF shows after the next build, and a broken or emptied hotlines.yaml fails the build
// (Astro's own file loader kept yesterday's numbers and exited 0). The builds here are previews
// without SITE_URL, so they also show that nothing printed points at localhost.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import { build, sandbox, type Sandbox } from '../support/build.ts';
import { readableText } from '../../src/build-checks/dist.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)));

/** The text of every page of a PDF, as pdfjs-dist extracts it. */
async function pdfText(path: string): Promise<string> {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
	const texts: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await doc.cleanup();
	return texts.join('\n');
}

let box: Sandbox;
test.beforeAll(() => {
	box = sandbox();
});
test.afterAll(() => rmSync(box.root, { recursive: true, force: true }));

test('bản xem thử không có SITE_URL: không tệp nào nhắc localhost, địa chỉ là đường dẫn', async () => {
	const { code, output } = build(box, { preview: true });
	expect(code, output.slice(-2000)).toBe(0);
	const built = files(box.out);
	const mentions = built.filter(
		(f) => !f.endsWith('.pdf') && /localhost|127\.0\.0\.1/.test(readFileSync(join(box.out, f), 'latin1')),
	);
	expect(mentions).toEqual([]);
	for (const pdf of built.filter((f) => f.endsWith('.pdf')))
		expect(await pdfText(join(box.out, pdf)), pdf).not.toMatch(/localhost|127\.0\.0\.1/);
	const page = readFileSync(join(box.out, 'tong-dai/index.html'), 'utf8');
	expect(page.includes('<link rel="canonical" href="/tong-dai/">'), 'canonical là đường dẫn').toBe(true);
	expect(page.includes('<meta property="og:url" content="/tong-dai/">'), 'og:url là đường dẫn').toBe(true);
	expect(page.includes('In từ trang: /tong-dai/'), 'địa chỉ khi in là đường dẫn').toBe(true);
	expect(readFileSync(join(box.out, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
	expect(built).not.toContain('sitemap-index.xml');
	expect(readFileSync(join(box.out, 'thang-hanh-dong/rss.xml'), 'utf8')).toContain('<link>/thang-hanh-dong/');
});

test('sửa một số trong hotlines.yaml, dựng lại với bộ nhớ đệm còn ấm: số mới ở mọi trang và mọi PDF', async () => {
	const file = join(box.content, 'hotlines.yaml');
	writeFileSync(
		file,
		readFileSync(file, 'utf8')
			.replace('number: "18006605"', 'number: "18001567"')
			.replace('display: "1800 6605"', 'display: "1800 1567"'),
	);
	const { code, output } = build(box, { preview: true });
	expect(code, output.slice(-2000)).toBe(0);
	expect(output, 'bộ nhớ đệm phải còn ấm').not.toContain('Clearing content store');
	const built = files(box.out);
	const pages = built.filter((f) => f.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(10);
	for (const page of pages) {
		const html = readFileSync(join(box.out, page), 'utf8');
		expect(html.includes('href="tel:18001567"'), `${page}: tel:18001567`).toBe(true);
		expect(html.includes('tel:18006605'), `${page}: còn tel:18006605`).toBe(false);
		expect(/18006605|1800 6605/.test(readableText(html)), `${page}: còn số cũ trong chữ`).toBe(false);
	}
	const pdfs = built.filter((f) => f.endsWith('.pdf'));
	expect(pdfs.length).toBeGreaterThanOrEqual(10);
	// A banner (content/materials.yaml, kind: banner) carries only the national line, by design.
	const banners = (parse(readFileSync(join(box.content, 'materials.yaml'), 'utf8')) as { kind: string; file: string }[])
		.filter((m) => m.kind === 'banner')
		.map((m) => new RegExp(`(^|/)${m.file.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[a-z0-9-]+')}$`));
	for (const pdf of pdfs) {
		const text = await pdfText(join(box.out, pdf));
		if (!banners.some((b) => b.test(pdf))) expect(text, pdf).toContain('1800 1567');
		expect(text, pdf).not.toContain('1800 6605');
	}
});

test('hotlines.yaml hỏng hoặc rỗng với bộ nhớ đệm ấm: bản dựng dừng, bản trước giữ nguyên', () => {
	const file = join(box.content, 'hotlines.yaml');
	const good = readFileSync(file, 'utf8');
	writeFileSync(file, good.replace('display: "1800 1567"', 'display: "1800 1567'));
	const broken = build(box, { preview: true });
	expect(broken.code).not.toBe(0);
	expect(broken.output).toMatch(/content\/hotlines\.yaml:\d+:\d+: YAML sai cú pháp: thiếu dấu đóng/);
	writeFileSync(file, '');
	const empty = build(box, { preview: true });
	expect(empty.code).not.toBe(0);
	expect(empty.output).toContain('content/hotlines.yaml: tệp rỗng: không có mục nào');
	expect(
		readFileSync(join(box.out, 'index.html'), 'utf8').includes('href="tel:18001567"'),
		'bản trước còn nguyên',
	).toBe(true);
});
