#!/usr/bin/env node
// Weight budgets over every page of dist/, as a CDN would serve it (brotli, and gzip for
// the JavaScript budget). Two passes:
//   1. every page, from its files: the HTML and what it links (stylesheets, scripts, icons, images);
//   2. the heaviest page of each template, loaded in Chromium from a local static server: what the
//      browser really fetched (this catches what the first pass cannot see, such as a font named in
//      CSS or a script loaded by a script), each response weighed as its file compressed.
// It prints, per template, bytes per resource type, request count and the byte offset of the hotline
// links, and exits non-zero when a budget is exceeded. Budgets are byte counts, so they are stable.
// Run after `npm run build`:  node scripts/bench-weight.mjs [dist]
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/programs.ts';
import { serveDist } from './serve.mjs';
import { builtPages } from '../src/lib/built-files.ts';
import { parse } from 'yaml';

const dist = process.argv[2] ?? 'dist';
/** The child-protection numbers every page must link in its first bytes, from the data. */
const barNumbers = parse(readFileSync('content/hotlines.yaml', 'utf8'))
	.filter((h) => h.kind === 'child-protection')
	.map((h) => h.number);
const BUDGET = {
	firstVisit: 40 * 1024, // HTML + CSS + JS + fonts + images, compressed
	warmPage: 10 * 1024, // a second page with CSS and JS cached: its HTML and anything new
	css: 12 * 1024,
	// gzip: the quick exit, the menu, the search hand-over and the offline copy's loader (0.1 KB, raised
	// from 1.5 KB for it: /tai-lieu/ with its filter had 34 bytes left)
	contentJs: 1.6 * 1024,
	// raw bytes of markup before both tel: links, not counting the critical block in <head>, which is
	// what paints them and has a budget of its own
	hotlineOffset: 8 * 1024,
	critical: 6 * 1024, // raw bytes of the critical block (components/critical-css/), the same on every page
};
/** The critical block of a page: the text of its one <style>, or "". */
const criticalOf = (html) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const pages = () => builtPages(dist);

function template(page) {
	if (page === 'index.html') return 'home';
	if (page.startsWith('danh-cho/')) return 'hub';
	if (/^ky-nang-an-toan\/[^/]+\/index\.html$/.test(page)) return 'guide';
	if (page.startsWith('phap-luat/van-ban/') && page !== 'phap-luat/van-ban/index.html') return 'document';
	if (/^phap-luat\/[^/]+\/index\.html$/.test(page) && !page.startsWith('phap-luat/van-ban/')) return 'law';
	if (page.startsWith('thang-hanh-dong/')) return 'campaign';
	if (page.startsWith('tai-lieu/')) return 'materials';
	if (page.startsWith('tim-kiem/')) return 'search';
	return 'other';
}

/** Files a page loads on first paint: stylesheets, scripts, fonts, images (by URL under the base). */
function assetsOf(html) {
	const urls = new Set();
	for (const m of html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload|preload)"[^>]*href="([^"]+)"/g))
		urls.add(m[1]);
	for (const m of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload|preload)"/g))
		urls.add(m[1]);
	for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(m[1]);
	for (const m of html.matchAll(/<img[^>]+src="([^"]+)"/g)) urls.add(m[1]);
	for (const m of html.matchAll(/<link[^>]+rel="icon"[^>]*href="([^"]+)"/g)) urls.add(m[1]);
	return [...urls].filter((u) => !/^(https?:|data:)/.test(u));
}

const base = (() => {
	const home = readFileSync(join(dist, 'index.html'), 'utf8');
	return home.match(/<link rel="icon" href="([^"]*)favicon\.svg"/)?.[1] ?? '/';
})();
const fileOf = (url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
const typeOf = (url) =>
	url.endsWith('.css')
		? 'css'
		: url.endsWith('.js') || url.endsWith('.mjs')
			? 'js'
			: /\.(woff2?|ttf|otf)$/.test(url)
				? 'font'
				: 'image';

const results = [];
const failures = [];
const firstAssets = new Set(assetsOf(readFileSync(join(dist, 'index.html'), 'utf8')));
for (const page of pages()) {
	const raw = readFileSync(join(dist, page));
	const html = raw.toString('utf8');
	const row = {
		page,
		template: template(page),
		html: br(raw),
		css: 0,
		js: 0,
		jsGzip: 0,
		font: 0,
		image: 0,
		requests: 1,
		warm: br(raw),
	};
	for (const url of assetsOf(html)) {
		const file = fileOf(url);
		if (!existsSync(file)) {
			failures.push(`${page}: ${url} không có trong dist`);
			continue;
		}
		const buf = readFileSync(file);
		const type = typeOf(url);
		row[type] += br(buf);
		if (type === 'js') row.jsGzip += gz(buf);
		row.requests += 1;
		if (!firstAssets.has(url)) row.warm += br(buf);
	}
	row.first = row.html + row.css + row.js + row.font + row.image;
	// Each child-protection line on its own: a missing link is -1 and fails, never hidden by the other.
	const offsets = barNumbers.map((n) => raw.indexOf(`href="tel:${n}"`));
	const critical = Buffer.byteLength(criticalOf(html));
	row.offset = offsets.includes(-1) ? -1 : Math.max(...offsets) - critical;
	// On the wire: brotli of everything before the later link, the critical block included.
	row.wireOffset = offsets.includes(-1) ? -1 : br(raw.subarray(0, Math.max(...offsets)));
	if (critical > BUDGET.critical) failures.push(`${page}: khối CSS quan trọng ${critical} B > ${BUDGET.critical} B`);
	results.push(row);
	if (row.first > BUDGET.firstVisit) failures.push(`${page}: lần đầu ${row.first} B > ${BUDGET.firstVisit} B`);
	if (row.warm > BUDGET.warmPage) failures.push(`${page}: trang thứ hai ${row.warm} B > ${BUDGET.warmPage} B`);
	if (row.css > BUDGET.css) failures.push(`${page}: CSS ${row.css} B > ${BUDGET.css} B`);
	if (row.template !== 'search' && row.jsGzip > BUDGET.contentJs)
		failures.push(`${page}: JS ${row.jsGzip} B gzip > ${BUDGET.contentJs} B`);
	if (row.offset < 0 || row.offset > BUDGET.hotlineOffset) failures.push(`${page}: liên kết gọi ở byte ${row.offset}`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Trọng lượng trang (${results.length} trang trong ${dist}/, brotli như CDN; JS cũng tính gzip)`);
console.log(
	'mẫu trang    trang nặng nhất                                        HTML     CSS      JS(br/gz)     lần đầu  trang 2  yêu cầu  byte số gọi',
);
const templates = [...new Set(results.map((r) => r.template))];
for (const name of templates) {
	const heaviest = results.filter((r) => r.template === name).sort((a, b) => b.first - a.first)[0];
	console.log(
		`${name.padEnd(12)} ${heaviest.page.padEnd(54)} ${kb(heaviest.html).padStart(8)} ${kb(heaviest.css).padStart(8)} ${`${kb(heaviest.js)}/${kb(heaviest.jsGzip)}`.padStart(14)} ${kb(heaviest.first).padStart(9)} ${kb(heaviest.warm).padStart(8)} ${String(heaviest.requests).padStart(8)} ${String(heaviest.offset).padStart(12)}`,
	);
}
// Pass 2: the browser. The weight of a response is its file in dist/ compressed as in pass 1 (brotli
// at its highest quality, above what the local server uses), so the two passes compare.
const PORT = 4496;
const { url: origin, close } = await serveDist({ dist, base, port: PORT });
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
console.log('\nTrong Chromium (trang nặng nhất mỗi mẫu, bộ nhớ đệm trống, 360 × 640):');
console.log('mẫu trang    yêu cầu  tải (br)  theo loại');
try {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
	for (const name of templates) {
		const heaviest = results.filter((r) => r.template === name).sort((a, b) => b.first - a.first)[0];
		const page = await context.newPage();
		const fetched = [];
		// Every request the page starts, including those that fail or that the CSP blocks: a blocked
		// tracker never finishes, but it is still a request to another origin.
		page.on('request', (request) => fetched.push(new URL(request.url())));
		await page.goto(`${origin}${heaviest.page.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
		const byType = {};
		let total = 0;
		for (const u of fetched) {
			if (u.protocol === 'data:') continue;
			if (u.origin !== new URL(origin).origin) {
				failures.push(`${heaviest.page}: Chromium gọi ra ngoài ${u.href}`);
				continue;
			}
			const path = decodeURIComponent(u.pathname.slice(base.length));
			const file = join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
			const size = existsSync(file) && statSync(file).isFile() ? br(readFileSync(file)) : 0;
			const type = u.pathname.endsWith('/') || u.pathname.endsWith('.html') ? 'html' : typeOf(u.pathname);
			byType[type] = (byType[type] ?? 0) + size;
			total += size;
		}
		await page.close();
		if (total > BUDGET.firstVisit) failures.push(`${heaviest.page}: Chromium tải ${total} B > ${BUDGET.firstVisit} B`);
		const types = Object.entries(byType)
			.map(([t, n]) => `${t} ${kb(n)}`)
			.join(', ');
		console.log(`${name.padEnd(12)} ${String(fetched.length).padStart(7)} ${kb(total).padStart(9)}  ${types}`);
	}
} finally {
	await browser.close();
	close();
}

const maxOffset = results.reduce((a, b) => (b.offset > a.offset ? b : a));
const maxWire = results.reduce((a, b) => (b.wireOffset > a.wireOffset ? b : a));
const criticalBytes = Buffer.byteLength(criticalOf(readFileSync(join(dist, 'index.html'), 'utf8')));
console.log(
	`Liên kết gọi muộn nhất: byte ${maxOffset.offset} của phần HTML ngoài khối CSS quan trọng ở ${maxOffset.page}; trên đường truyền (brotli, kể cả khối): ${maxWire.wireOffset} B ở ${maxWire.page}`,
);
console.log(
	`Khối CSS quan trọng: ${criticalBytes} B (${br(Buffer.from(criticalOf(readFileSync(join(dist, 'index.html'), 'utf8'))))} B brotli), giống nhau trên mọi trang`,
);
console.log(
	`Ngân sách: lần đầu ≤ ${kb(BUDGET.firstVisit)}, trang 2 ≤ ${kb(BUDGET.warmPage)}, CSS ≤ ${kb(BUDGET.css)}, JS trang nội dung ≤ ${kb(BUDGET.contentJs)} gzip, số gọi trong ${BUDGET.hotlineOffset} byte đầu (ngoài khối CSS quan trọng ≤ ${kb(BUDGET.critical)}).`,
);
if (failures.length) {
	console.error(`\nVượt ngân sách (${failures.length}):\n${failures.join('\n')}`);
	process.exit(1);
}
console.log('Mọi trang trong ngân sách.');
