#!/usr/bin/env node
// Search benchmark: serves dist/, types queries into the search page in headless Chromium and prints,
// per query, the bytes fetched before the first result is on screen and in all (as brotli/gzip would
// send them; Pagefind's own files are already compressed), the number of requests and the
// milliseconds until results are shown; and the index size on disk. Figures, not assertions.
// Run after `npm run build`.
//   node scripts/bench-search.mjs [dist] [queries…]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/programs.ts';
import { serveDist } from './serve.mjs';

const [dist = 'dist', ...rest] = process.argv.slice(2);
const QUERIES = rest.length
	? rest
	: [
			'đuối nước',
			'duoi',
			'xam hai',
			'tong dai',
			'me do dau',
			'dang ky khai sinh',
			'56/2017',
			'bat nat',
			'bị bố đánh',
			'con bi bat nat o truong phai lam sao',
		];
const PORT = 4498;

let indexBytes = 0;
let indexFiles = 0;
for (const e of readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })) {
	if (!e.isFile()) continue;
	indexBytes += statSync(join(e.parentPath, e.name)).size;
	indexFiles += 1;
}

const { url, close } = await serveDist({ dist, port: PORT });
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
	const page = await browser.newPage();
	let bytes = 0;
	let requests = 0;
	let kinds = {};
	const kindOf = (url) =>
		url.includes('/fragment/')
			? 'fragment'
			: /\/(index|filter)\/|pf_meta|entry\.json|du-lieu\.json/.test(url)
				? 'index'
				: 'code';
	/** Bytes of the responses finished before the first result appeared (set by the page's observer). */
	let firstShownAt = Infinity;
	let beforeFirst = 0;
	page.on('response', async (response) => {
		const at = performance.now();
		try {
			const body = await response.body();
			const already = /\.pf_|\.pagefind$|wasm/.test(response.url());
			const size = already ? body.length : brotliCompressSync(body).length;
			const kind = kindOf(response.url());
			if (at <= firstShownAt) beforeFirst += size;
			bytes += size;
			requests += 1;
			kinds[kind] ??= { bytes: 0, n: 0 };
			kinds[kind].bytes += size;
			kinds[kind].n += 1;
		} catch {
			// A response without a body (a redirect, a request cut short): nothing to weigh.
		}
	});
	await page.exposeFunction('benchFirstResult', () => {
		firstShownAt = performance.now();
	});
	await page.goto(`${url}tim-kiem/`);
	await page.waitForLoadState('networkidle');
	console.log(`Tìm kiếm: ${dist}/pagefind ${(indexBytes / 1024).toFixed(0)} KB trên đĩa, ${indexFiles} tệp`);
	console.log(
		'truy vấn                              lần  KB tới kết quả đầu  KB tải  yêu cầu  ms tới kết quả  số kết quả  mã (KB/yc)  chỉ mục (KB/yc)  đoạn trích (KB/yc)',
	);
	for (const [i, query] of QUERIES.entries()) {
		bytes = 0;
		beforeFirst = 0;
		firstShownAt = Infinity;
		requests = 0;
		kinds = {};
		const input = page.locator('#search-q');
		await input.fill('');
		await page.waitForTimeout(400);
		bytes = 0;
		beforeFirst = 0;
		requests = 0;
		kinds = {};
		await page.evaluate(() => {
			const list = document.querySelector('[data-search-results]');
			const observer = new MutationObserver(() => {
				if (list.children.length) {
					observer.disconnect();
					window.benchFirstResult();
				}
			});
			observer.observe(list, { childList: true });
		});
		// Time from the end of the typing pause to results, measured in the page (no polling delay).
		const done = page.evaluate(
			() =>
				new Promise((resolve) => {
					const status = document.querySelector('[data-search-status]');
					const started = performance.now();
					new MutationObserver((_, observer) => {
						if (/kết quả|Không tìm thấy/.test(status.textContent ?? '')) {
							observer.disconnect();
							resolve(performance.now() - started);
						}
					}).observe(status, { childList: true, characterData: true, subtree: true });
				}),
		);
		await input.fill(query);
		const ms = Math.round((await done) - 300); // minus the typing debounce
		// The rest of the first screen (results 4 and 5) loads after the first three are shown: wait
		// until no response has come for 400 ms.
		for (let seen = -1; seen !== requests;) {
			seen = requests;
			await page.waitForTimeout(400);
		}
		const status = await page.locator('[data-search-status]').textContent();
		const part = (k) => `${((kinds[k]?.bytes ?? 0) / 1024).toFixed(1)}/${kinds[k]?.n ?? 0}`;
		console.log(
			`${query.padEnd(37)} ${String(i + 1).padStart(3)} ${(Math.min(beforeFirst, bytes) / 1024).toFixed(1).padStart(19)} ${(bytes / 1024).toFixed(1).padStart(7)} ${String(requests).padStart(8)} ${String(ms).padStart(15)}  ${String(status?.match(/\d+/)?.[0] ?? 0).padStart(10)}  ${part('code').padStart(10)}  ${part('index').padStart(15)}  ${part('fragment').padStart(18)}`,
		);
	}
} finally {
	await browser.close();
	close();
}
