// The preview server (scripts/serve.mjs), which the browser tests and benchmarks use as a CDN: only
// GET and HEAD, never the host's rules file or a dotfile, security headers on every response, and the
// long cache lifetimes of _headers only on files that exist.
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist } from '../../scripts/serve.mjs';
import { securityHeaders } from '../../src/config/security.ts';
import { builtStyleHashes } from '../../src/integrations/critical-css.ts';

let server: { url: string; close: () => void };
/** The headers of the build (its policy allows the critical block of its pages). */
let SECURITY_HEADERS: Record<string, string>;
test.beforeAll(async () => {
	server = await serveDist({ dist: 'dist', port: 4300 + Math.floor(Math.random() * 500) });
	SECURITY_HEADERS = securityHeaders(await builtStyleHashes(resolve('dist')));
});
test.afterAll(() => server.close());

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });

test('chỉ nhận GET và HEAD: cách khác trả 405, vẫn có tiêu đề bảo mật', async () => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
		const res = await get('', { method });
		expect(res.status, method).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
		expect(res.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
	}
	expect((await get('', { method: 'HEAD' })).status).toBe(200);
});

test('không phục vụ _headers hay tệp bắt đầu bằng dấu chấm', async () => {
	for (const path of ['_headers', '_headers/', '.git/config', '.astro/types.d.ts', '_astro/.hidden'])
		expect((await get(path)).status, path).toBe(404);
});

test('trang và tệp không có: 404 có tiêu đề bảo mật, không có thời hạn lưu dài', async () => {
	for (const path of ['_astro/khong-co.js', 'pagefind/fragment/khong-co.pf_fragment', 'khong-co-trang-nay/']) {
		const res = await get(path);
		expect(res.status, path).toBe(404);
		expect(res.headers.get('cache-control'), path).toBeNull();
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			expect(res.headers.get(name), `${path} ${name}`).toBe(value);
	}
});

test('tệp có thật trong _astro/: lưu một năm, cả khi trả 304', async () => {
	const file = readdirSync('dist/_astro')[0]!;
	const res = await get(`_astro/${file}`);
	expect(res.status).toBe(200);
	expect(res.headers.get('cache-control')).toContain('immutable');
	const again = await get(`_astro/${file}`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
	expect(again.status).toBe(304);
	expect(again.headers.get('cache-control')).toContain('immutable');
});
