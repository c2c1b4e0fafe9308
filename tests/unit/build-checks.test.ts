// The pure checkers of src/build-checks/, which the build calls: no browser, no build.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { phoneNumbersIn, strayPhoneNumbers } from '../../src/build-checks/phones.ts';
import { dateFault, isRealDate } from '../../src/build-checks/dates.ts';
import { layoutFromConfig, slugify } from '../../src/build-checks/content-files.ts';
import { staticRoutes } from '../../src/build-checks/routes.ts';
import { imageFault, linkFault } from '../../src/build-checks/mdx.ts';
import { pageProblems, readableText } from '../../src/build-checks/dist.ts';
import { formatProblem, positionOf } from '../../src/build-checks/problem.ts';

const digits = (text: string) => phoneNumbersIn(text).map((m) => m.digits);

test('bộ tìm số điện thoại: số ngắn, số dài viết cách, chấm, gạch nối, ngoặc, +84', () => {
	expect(digits('Gọi 112 hoặc 0225 3 123 456 hay 1800 1567')).toEqual(['112', '02253123456', '18001567']);
	expect(digits('Hãy gọi số 111.')).toEqual(['111']);
	expect(digits('Gọi 111, hoặc 113; 114 – 115')).toEqual(['111', '113', '114', '115']);
	expect(digits('0912-345-678, (0225) 3123 456, (0225) 3.123.456, +84 912 345 678, 1800-1567, 1900.1234')).toEqual([
		'0912345678',
		'02253123456',
		'02253123456',
		'84912345678',
		'18001567',
		'19001234',
	]);
	expect(digits('số 0987654321. Năm 2026')).toEqual(['0987654321']);
});

test('bộ tìm số điện thoại bỏ qua năm, ngày, số hiệu văn bản, điều luật, số tiền, địa chỉ web, mã định danh', () => {
	for (const text of [
		'Luật số 102/2016/QH13, Điều 112, ngày 19/5/2004, năm 2017, 1.900 trẻ',
		'Nghị định 56/2017/NĐ-CP ngày 09/05/2017',
		'2026-11-29',
		'08:00 – 17:00',
		'100.000 đồng, 1.111 trẻ, 0,5 %',
		'https://x.vn/0912345678 và www.tongdai111.vn',
		'khoản 111, điểm 112',
		'tongdai111.vn',
	]) {
		expect(digits(text), text).toEqual([]);
	}
	expect(strayPhoneNumbers('Gọi 111 hoặc 0912 345 678', new Set(['111'])).map((m) => m.digits)).toEqual(['0912345678']);
});

test('ngày: chỉ ngày có trên lịch, dạng YYYY-MM-DD, không sau ngày dựng', () => {
	expect(isRealDate('2026-11-29')).toBe(true);
	expect(isRealDate('2024-02-29')).toBe(true);
	for (const bad of ['2026-02-30', '2026-13-45', '2025-02-29', '2026-1-5', '29/11/2026', '2026-04-31'])
		expect(isRealDate(bad), bad).toBe(false);
	expect(dateFault('2026-02-30')).toBe('ngày "2026-02-30" không có trên lịch');
	expect(dateFault('22/11/2026')).toBe('"22/11/2026" không phải dạng YYYY-MM-DD');
	expect(dateFault('2026-11-30', '2026-11-29')).toBe('ngày "2026-11-30" ở sau ngày dựng trang 2026-11-29');
	expect(dateFault('2026-11-29', '2026-11-29')).toBeUndefined();
});

test('tên tệp thành địa chỉ: bỏ dấu, đ thành d, chữ thường, dấu "-"', () => {
	expect(slugify('Đuối Nước Mới')).toBe('duoi-nuoc-moi');
	expect(slugify('_nháp  bài (2)')).toBe('nhap-bai-2');
});

test('các bộ nội dung đọc từ src/content.config.ts', () => {
	const layout = layoutFromConfig(readFileSync('src/content.config.ts', 'utf8'));
	expect(layout.folders).toMatchObject({ guides: 'guides', laws: 'laws', pages: 'pages' });
	expect(layout.dataFiles).toEqual(expect.arrayContaining(['hotlines', 'documents', 'sources', 'topics', 'audiences']));
	expect(() => layoutFromConfig('export const collections = {};')).toThrow(/src\/content\.config\.ts/);
});

test('địa chỉ của các trang cố định trong src/pages', () => {
	const routes = staticRoutes([
		'index.astro',
		'tong-dai/index.astro',
		'robots.txt.ts',
		'404.astro',
		'thang-hanh-dong/lich.astro',
		'thang-hanh-dong/rss.xml.ts',
		'[page].astro',
		'nguon/[group].astro',
		'_nhap.astro',
	]);
	expect([...routes.keys()]).toEqual([
		'/',
		'/tong-dai/',
		'/robots.txt',
		'/404/',
		'/thang-hanh-dong/lich/',
		'/thang-hanh-dong/rss.xml',
	]);
});

test('liên kết và ảnh trong MDX', () => {
	for (const ok of ['/tong-dai/', '#muc-1', 'https://thuvienphapluat.vn/van-ban/x', 'mailto:a@b.vn'])
		expect(linkFault(ok), ok).toBeUndefined();
	for (const bad of [
		'http://x.vn/',
		'//x.vn/',
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'data:text/html,x',
		'tel:111',
		'tong-dai/',
		'https://192.168.1.1/',
		'ftp://x.vn/',
	])
		expect(linkFault(bad), bad).toBeDefined();
	expect(imageFault('/anh.png')).toBeUndefined();
	for (const bad of ['https://x.vn/a.png', '//x.vn/a.png', 'anh.png']) expect(imageFault(bad), bad).toBeDefined();
});

test('chữ người đọc thấy trên trang: nội dung, mô tả, nhãn; không có mã', () => {
	const text = readableText(
		'<head><meta name="description" content="Gọi 0912 345 678"><script>var x = "0987654321";</script></head><p>A&nbsp;&amp;&#x42;</p><img alt="số 113">',
	);
	expect(text).toContain('Gọi 0912 345 678');
	expect(text).toContain('A &B');
	expect(text).toContain('số 113');
	expect(text).not.toContain('0987654321');
	expect(
		pageProblems(
			'x.html',
			'<html><body><script type="application/ld+json">{}</script><script type="module" src="/a.js"></script></body></html>',
			{ allowedNumbers: new Set() },
		),
	).toEqual([]);
});

test('thông báo lỗi: tệp, dòng, cột, trường, cách sửa', () => {
	expect(formatProblem({ file: 'content/a.yaml', line: 3, column: 7, field: 'id', message: 'sai', fix: 'sửa' })).toBe(
		'content/a.yaml:3:7 › id: sai\n    → Cách sửa: sửa',
	);
	expect(formatProblem({ file: 'SITE_URL', message: 'thiếu', fix: 'đặt' })).toBe(
		'SITE_URL: thiếu\n    → Cách sửa: đặt',
	);
	expect(positionOf('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
});
