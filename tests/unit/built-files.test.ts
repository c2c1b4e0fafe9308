// The files of a built site (src/lib/built-files.ts), on a small site written to a temporary folder:
// every file, nested, with "/" separators and sorted; the pages are the HTML files outside Pagefind's
// folder; a folder that does not exist (no build yet) gives none.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtPages, filesUnder } from '../../src/lib/built-files.ts';

let dist = '';
const FILES = [
	'index.html',
	'404.html',
	'phap-luat/index.html',
	'phap-luat/luat-tre-em/index.html',
	'ky-nang-an-toan/duoi-nuoc/index.html',
	'tai-lieu/to-roi.pdf',
	'_astro/site.css',
	'pagefind/pagefind.js',
	'pagefind/fragment/vi_1.html',
	'sitemap-index.xml',
	'tai-lieu/ban-in.html.txt',
];

beforeAll(() => {
	dist = mkdtempSync(join(tmpdir(), 'bvte-dist-'));
	for (const file of FILES) {
		mkdirSync(join(dist, dirname(file)), { recursive: true });
		writeFileSync(join(dist, file), '');
	}
	// An empty folder is no file.
	mkdirSync(join(dist, 'trong'), { recursive: true });
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('mọi tệp trong thư mục, kể cả thư mục con, tính từ thư mục ấy với dấu "/" và theo thứ tự', () => {
	expect(filesUnder(dist)).toEqual([...FILES].sort());
	expect(filesUnder(join(dist, 'phap-luat'))).toEqual(['index.html', 'luat-tre-em/index.html']);
});

test('các trang là tệp HTML, trừ tệp của Pagefind', () => {
	expect(builtPages(dist)).toEqual([
		'404.html',
		'index.html',
		'ky-nang-an-toan/duoi-nuoc/index.html',
		'phap-luat/index.html',
		'phap-luat/luat-tre-em/index.html',
	]);
});

test('chưa dựng trang (thư mục không có) thì không có tệp nào', () => {
	expect(filesUnder(join(dist, 'khong-co'))).toEqual([]);
	expect(builtPages(join(dist, 'khong-co'))).toEqual([]);
});
