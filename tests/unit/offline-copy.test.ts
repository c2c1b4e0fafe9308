// The offline copy's pure logic: which built files it keeps (and which it never does), addresses of
// pages, the manifest's version, what an update copies, fetches and drops, and sizes as readers read them.
import { describe, expect, test } from 'vitest';
import {
	addressOf,
	digest,
	formatSize,
	keptFiles,
	manifestOf,
	planUpdate,
	totalSize,
} from '../../src/components/offline/offline-files.ts';

const BUILT = [
	'index.html',
	'404.html',
	'_headers',
	'sw.js',
	'favicon.svg',
	'robots.txt',
	'sitemap-index.xml',
	'_astro/BaseLayout.abc12345.css',
	'_astro/a.abc12345.js',
	'tong-dai/index.html',
	'goi-ai/index.html',
	'xoa-dau-vet/index.html',
	'giup-em/index.html',
	'giup-em/bi-danh-o-nha/index.html',
	'ky-nang-an-toan/index.html',
	'ky-nang-an-toan/phong-chong-duoi-nuoc/index.html',
	'tai-lieu/index.html',
	'tai-lieu/the-so-dien-thoai.pdf',
	'tai-lieu/anh-duoi-nuoc.png',
	'tai-lieu/bai-noi-chuyen.docx',
	'tai-lieu/bai-trinh-chieu.pptx',
	'tim-kiem/index.html',
	'pagefind/pagefind.js',
	'pagefind/index/vi_1.pf_index',
	'phap-luat/index.html',
	'phap-luat/luat-tre-em/index.html',
	'thang-hanh-dong/lich.ics',
	'nguon/index.html',
	'danh-cho/cha-me/index.html',
];

describe('những tệp bản lưu giữ', () => {
	test('trang chủ, số điện thoại, trang trợ giúp, trang cho em, hướng dẫn, tài liệu in, tìm kiếm, kiểu và mã', () => {
		expect(keptFiles(BUILT)).toEqual(
			[
				'_astro/BaseLayout.abc12345.css',
				'_astro/a.abc12345.js',
				'favicon.svg',
				'giup-em/bi-danh-o-nha/index.html',
				'giup-em/index.html',
				'goi-ai/index.html',
				'index.html',
				'ky-nang-an-toan/index.html',
				'ky-nang-an-toan/phong-chong-duoi-nuoc/index.html',
				'pagefind/index/vi_1.pf_index',
				'pagefind/pagefind.js',
				'tai-lieu/index.html',
				'tai-lieu/the-so-dien-thoai.pdf',
				'tim-kiem/index.html',
				'tong-dai/index.html',
				'xoa-dau-vet/index.html',
			].sort(),
		);
	});

	test('không giữ chính worker, tệp của máy chủ, trang luật, nguồn, trang 404, ảnh chia sẻ hay tệp Word, PowerPoint', () => {
		const kept = keptFiles(BUILT);
		for (const file of [
			'sw.js',
			'_headers',
			'404.html',
			'phap-luat/index.html',
			'nguon/index.html',
			'robots.txt',
			'danh-cho/cha-me/index.html',
		])
			expect(kept).not.toContain(file);
	});

	test('địa chỉ của trang là thư mục của nó', () => {
		expect(addressOf('index.html')).toBe('');
		expect(addressOf('tong-dai/index.html')).toBe('tong-dai/');
		expect(addressOf('tai-lieu/a.pdf')).toBe('tai-lieu/a.pdf');
	});
});

describe('phiên bản và cập nhật', () => {
	test('phiên bản đổi khi một tệp đổi, không đổi theo thứ tự', async () => {
		const a = { path: 'a', hash: await digest(new TextEncoder().encode('a')), size: 1 };
		const b = { path: 'b', hash: await digest(new TextEncoder().encode('b')), size: 1 };
		expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
		const one = await manifestOf([a, b]);
		expect((await manifestOf([b, a])).version).toBe(one.version);
		expect((await manifestOf([a, { ...b, hash: a.hash }])).version).not.toBe(one.version);
		expect(one.entries.map((e) => e.path)).toEqual(['a', 'b']);
	});

	test('cập nhật: chép tệp không đổi, tải tệp đổi hoặc mới, bỏ tệp không còn', () => {
		const plan = planUpdate(
			[
				{ path: 'giu', hash: '1', size: 1 },
				{ path: 'doi', hash: '1', size: 1 },
				{ path: 'bo', hash: '1', size: 1 },
			],
			[
				{ path: 'giu', hash: '1', size: 1 },
				{ path: 'doi', hash: '2', size: 1 },
				{ path: 'moi', hash: '1', size: 1 },
			],
		);
		expect(plan.copy.map((e) => e.path)).toEqual(['giu']);
		expect(plan.fetch.map((e) => e.path)).toEqual(['doi', 'moi']);
		expect(plan.drop).toEqual(['bo']);
		expect(planUpdate(undefined, [{ path: 'a', hash: '1', size: 1 }]).fetch).toHaveLength(1);
	});

	test('dung lượng như người đọc đọc', () => {
		expect(formatSize(1.5 * 1024 * 1024)).toBe('1,5 MB');
		expect(formatSize(640 * 1024)).toBe('640 KB');
		expect(formatSize(10)).toBe('1 KB');
		expect(
			totalSize([
				{ path: 'a', hash: '', size: 3 },
				{ path: 'b', hash: '', size: 4 },
			]),
		).toBe(7);
	});
});
