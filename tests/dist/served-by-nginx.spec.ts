// The built site as nginx serves it with the configuration the build wrote (dist-config/nginx/): what a
// client sees, fetched with Playwright's request API from the tests' own server (playwright.config.ts)
// and from a second nginx serving the preview built under BASE_PATH (dist-base/). Every header of
// src/config/security.ts on every kind of response, the policy allowing the critical block, cache
// lifetimes on existing files only, the 404 page with its status, the type of every kind of file, the
// trailing-slash redirect, compression, and GET/HEAD only.
import { test, expect, request as newRequest, type APIRequestContext } from '@playwright/test';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT_TYPES, REVALIDATE, cspHeader, cspMeta, securityHeaders } from '../../src/config/security.ts';
import { builtStyleHashes } from '../../src/integrations/critical-css.ts';
import { configDirFor } from '../../src/integrations/nginx.ts';
import { cspHash, inlineStyles } from '../../src/components/critical-css/critical-css.ts';
import { serveNginx } from '../../scripts/serve-nginx.mjs';
import { nginxBrotli } from '../../scripts/lib/programs.ts';
import { readDist } from '../support/utils.ts';

const YEAR = 'public, max-age=31536000, immutable';
const FIVE_MINUTES = 'public, max-age=300, must-revalidate';
const asset = (ext: string) => readdirSync('dist/_astro').find((f) => f.endsWith(`.${ext}`))!;
const firstFile = (dir: string) => `${dir}/${readdirSync(`dist/${dir}`)[0]!}`;
const pdf = () => `tai-lieu/${readdirSync('dist/tai-lieu').find((f) => f.endsWith('.pdf'))!}`;

let headers: Record<string, string>;
test.beforeAll(async () => {
	headers = securityHeaders(await builtStyleHashes(resolve('dist')));
});

/** Every security header, exactly as security.ts gives them. */
function expectSecurityHeaders(got: Record<string, string>, what: string) {
	for (const [name, value] of Object.entries(headers)) expect(got[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

const get = (request: APIRequestContext, path: string, init: Parameters<APIRequestContext['get']>[1] = {}) =>
	request.get(path, { maxRedirects: 0, ...init });

test('mọi tiêu đề bảo mật trên trang, tệp, 404, chuyển hướng và 405', async ({ request }) => {
	const responses = {
		'trang chủ': await get(request, ''),
		'trang con': await get(request, 'tong-dai/'),
		'CSS có mã băm': await get(request, `_astro/${asset('css')}`),
		PDF: await get(request, pdf()),
		'trang không có': await get(request, 'khong-co-trang-nay/'),
		'chuyển hướng': await get(request, 'tong-dai'),
		'405': await request.post('', { maxRedirects: 0 }),
	};
	for (const [what, response] of Object.entries(responses)) expectSecurityHeaders(response.headers(), what);
});

test('CSP của trang: tiêu đề và <meta> cho phép đúng khối CSS quan trọng, không gì khác', async ({ request }) => {
	const response = await get(request, 'ky-nang-an-toan/');
	const html = await response.text();
	const styles = inlineStyles(html);
	expect(styles).toHaveLength(1);
	const hash = cspHash(styles[0]!);
	expect(response.headers()['content-security-policy']).toBe(cspHeader([hash]));
	expect(html).toContain(`content="${cspMeta([hash])}"`);
	expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');
	expect(response.headers()['content-security-policy']).toContain("worker-src 'self'");
});

test('thời hạn lưu: tệp có mã băm một năm, tệp Pagefind không băm 5 phút, còn lại hỏi lại mỗi lần', async ({
	request,
}) => {
	const cases: [string, string][] = [
		[`_astro/${asset('css')}`, YEAR],
		[`_astro/${asset('js')}`, YEAR],
		[firstFile('pagefind/fragment'), YEAR],
		[firstFile('pagefind/index'), YEAR],
		['pagefind/pagefind.js', FIVE_MINUTES],
		['pagefind/pagefind-entry.json', FIVE_MINUTES],
		['', REVALIDATE],
		['tong-dai/', REVALIDATE],
		['favicon.svg', REVALIDATE],
		['thang-hanh-dong/lich.ics', REVALIDATE],
	];
	for (const [path, cache] of cases) {
		const response = await get(request, path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe(cache);
	}
	// A 304 keeps the lifetime.
	const css = await get(request, `_astro/${asset('css')}`);
	const again = await get(request, `_astro/${asset('css')}`, { headers: { 'If-None-Match': css.headers()['etag']! } });
	expect(again.status()).toBe(304);
	expect(again.headers()['cache-control']).toBe(YEAR);
});

test('404: trang 404 của trang web, mã 404, không lưu lâu, kể cả dưới _astro/ và pagefind/', async ({ request }) => {
	const page404 = readDist('404.html');
	for (const path of [
		'khong-co-trang-nay/',
		'_astro/khong-co.js',
		'pagefind/fragment/khong-co.pf_fragment',
		'tai-lieu/khong-co.pdf',
	]) {
		const response = await get(request, path);
		expect(response.status(), path).toBe(404);
		expect(response.headers()['cache-control'], path).toBeUndefined();
		expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
		expect(await response.text(), path).toBe(page404);
	}
});

test('kiểu nội dung của mọi loại tệp được xuất bản', async ({ request }) => {
	const text = new Set([
		'text/html',
		'text/css',
		'text/javascript',
		'application/json',
		'application/xml',
		'text/plain',
		'text/calendar',
		'image/svg+xml',
	]);
	const expected = (ext: string) => `${CONTENT_TYPES[ext]}${text.has(CONTENT_TYPES[ext]!) ? '; charset=utf-8' : ''}`;
	const cases: [string, string][] = [
		['', 'html'],
		[`_astro/${asset('css')}`, 'css'],
		[`_astro/${asset('js')}`, 'js'],
		['pagefind/pagefind-entry.json', 'json'],
		['sitemap-index.xml', 'xml'],
		['thang-hanh-dong/rss.xml', 'xml'],
		['robots.txt', 'txt'],
		['thang-hanh-dong/lich.ics', 'ics'],
		['favicon.svg', 'svg'],
		[pdf(), 'pdf'],
		[firstFile('pagefind/fragment'), 'pf_fragment'],
		[firstFile('pagefind/index'), 'pf_index'],
		[`pagefind/${readdirSync('dist/pagefind').find((f) => f.endsWith('.pf_meta'))!}`, 'pf_meta'],
		[`pagefind/${readdirSync('dist/pagefind').find((f) => f.endsWith('.pagefind'))!}`, 'pagefind'],
	];
	for (const [path, ext] of cases) {
		const response = await get(request, path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-type'], path).toBe(expected(ext));
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
	}
});

test('dấu / cuối: chuyển hướng tương đối, giữ câu hỏi; không có trang trùng địa chỉ', async ({ request }) => {
	const redirect = await get(request, 'tong-dai');
	expect(redirect.status()).toBe(301);
	expect(redirect.headers()['location']).toBe('/tong-dai/');
	expect((await get(request, 'tim-kiem?q=abc')).headers()['location']).toBe('/tim-kiem/?q=abc');
	for (const path of ['tong-dai/index', 'tai-lieu/the-so-dien-thoai.pdf/', 'tong-dai//khong-co'])
		expect((await get(request, path)).status(), path).toBe(404);
});

test('chỉ GET và HEAD; không phục vụ _headers hay tệp bắt đầu bằng dấu chấm', async ({ request }) => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
		const response = await request.fetch('', { method, maxRedirects: 0 });
		expect(response.status(), method).toBe(405);
		expect(response.headers()['allow'], method).toBe('GET, HEAD');
	}
	const head = await request.head('');
	expect(head.status()).toBe(200);
	expect(head.headers()['allow']).toBeUndefined();
	for (const path of ['_headers', '.git/config', '_astro/.an', 'tai-lieu/.env'])
		expect((await get(request, path)).status(), path).toBe(404);
});

test('nén: brotli (khi nginx có mô-đun) hoặc gzip cho chữ, không nén lại tệp Pagefind đã nén', async ({ request }) => {
	const encoding = nginxBrotli() ? 'br' : 'gzip';
	for (const path of ['', `_astro/${asset('css')}`, `_astro/${asset('js')}`, 'thang-hanh-dong/lich.ics']) {
		const response = await get(request, path, { headers: { 'Accept-Encoding': 'br, gzip' } });
		expect(response.headers()['content-encoding'], path).toBe(encoding);
		expect(response.headers()['vary'], path).toContain('Accept-Encoding');
	}
	const gzip = await get(request, '', { headers: { 'Accept-Encoding': 'gzip' } });
	expect(gzip.headers()['content-encoding']).toBe('gzip');
	const fragment = await get(request, firstFile('pagefind/fragment'), { headers: { 'Accept-Encoding': 'br, gzip' } });
	expect(fragment.headers()['content-encoding']).toBeUndefined();
});

test.describe('dưới BASE_PATH (bản dist-base/)', () => {
	const BASE = '/bao-ve-tre-em/';
	let server: Awaited<ReturnType<typeof serveNginx>>;
	let api: APIRequestContext;
	let site: string;
	test.beforeAll(async () => {
		// The preview built under the base, plus a few kinds of file the site may publish later (the
		// office formats of printable materials, an image), linked into a folder of their own.
		site = mkdtempSync(join(tmpdir(), 'bvte-site-'));
		chmodSync(site, 0o755);
		for (const entry of readdirSync('dist-base')) symlinkSync(resolve('dist-base', entry), join(site, entry));
		for (const ext of ['docx', 'pptx', 'png']) writeFileSync(join(site, `mau.${ext}`), 'x');
		cpSync(configDirFor('dist-base'), configDirFor(site), { recursive: true });
		server = await serveNginx({ dist: site, base: BASE, port: 4700 + Math.floor(Math.random() * 200) });
		api = await newRequest.newContext({ baseURL: server.url });
	});
	test.afterAll(async () => {
		await api?.dispose();
		await server?.stop();
		rmSync(site, { recursive: true, force: true });
		rmSync(join(configDirFor(site), '..'), { recursive: true, force: true });
	});

	test('trang, tệp, 404 và chuyển hướng đều dưới đường dẫn gốc', async () => {
		const page = await get(api, 'tong-dai/');
		expect(page.status()).toBe(200);
		expect(await page.text()).toContain(`href="${BASE}tim-kiem/"`);
		const hashes = await builtStyleHashes(resolve('dist-base'));
		expect(page.headers()['content-security-policy']).toBe(cspHeader(hashes));
		const missing = await get(api, 'khong-co-trang-nay/');
		expect(missing.status()).toBe(404);
		expect(await missing.text()).toBe(readFileSync('dist-base/404.html', 'utf8'));
		expect(missing.headers()['cache-control']).toBeUndefined();
		expect((await get(api, 'tong-dai')).headers()['location']).toBe(`${BASE}tong-dai/`);
		expect((await get(api, BASE.slice(0, -1))).headers()['location']).toBe(BASE);
		const css = readdirSync('dist-base/_astro').find((f) => f.endsWith('.css'))!;
		expect((await get(api, `_astro/${css}`)).headers()['cache-control']).toBe(YEAR);
		expect((await get(api, '_astro/khong-co.css')).headers()['cache-control']).toBeUndefined();
		expect((await get(api, '_headers')).status()).toBe(404);
	});

	test('kiểu của tài liệu Word, PowerPoint và ảnh PNG', async () => {
		for (const ext of ['docx', 'pptx', 'png']) {
			const response = await get(api, `mau.${ext}`);
			expect(response.status(), ext).toBe(200);
			expect(response.headers()['content-type'], ext).toBe(CONTENT_TYPES[ext]);
		}
	});
});
