#!/usr/bin/env node
// Lighthouse benchmark: serves dist/ and runs Lighthouse (mobile preset: throttled 4G and a slow CPU,
// simulated) three times on one page of each template, printing the median of the four category
// scores and of FCP, LCP, CLS and TBT. Figures, not assertions. Run after `npm run build`.
//   node scripts/bench-lighthouse.mjs [runs]
// The browser is the one the tests use (CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './lib/programs.ts';
import { serveDist } from './serve.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const PORT = 4497;
const TEMPLATES = {
	home: '',
	hub: 'danh-cho/hoc-sinh/',
	guide: 'ky-nang-an-toan/phong-chong-xam-hai-tinh-duc/',
	law: 'phap-luat/luat-tre-em/',
	document: 'phap-luat/van-ban/luat-tre-em/',
	campaign: 'thang-hanh-dong/2025/',
	materials: 'tai-lieu/',
	search: 'tim-kiem/',
	hotlines: 'tong-dai/',
	situation: 'giup-em/bi-danh-o-nha/',
	page: 'xoa-dau-vet/',
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { url, close } = await serveDist({ port: PORT });
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
try {
	console.log(
		`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, cấu hình mobile mặc định, trung vị của ${RUNS} lần`,
	);
	console.log(
		'mẫu trang   đường dẫn                                         hiệu năng  truy cập  thực hành  SEO   FCP ms   LCP ms  CLS     TBT ms',
	);
	for (const [name, path] of Object.entries(TEMPLATES)) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			const { categories, audits } = result.lhr;
			runs.push({
				performance: categories.performance.score * 100,
				accessibility: categories.accessibility.score * 100,
				bestPractices: categories['best-practices'].score * 100,
				seo: categories.seo.score * 100,
				fcp: audits['first-contentful-paint'].numericValue,
				lcp: audits['largest-contentful-paint'].numericValue,
				cls: audits['cumulative-layout-shift'].numericValue,
				tbt: audits['total-blocking-time'].numericValue,
			});
		}
		const m = (key) => median(runs.map((r) => r[key]));
		console.log(
			`${name.padEnd(11)} /${path.padEnd(48)} ${String(m('performance')).padStart(9)} ${String(m('accessibility')).padStart(9)} ${String(m('bestPractices')).padStart(10)} ${String(m('seo')).padStart(4)} ${m('fcp').toFixed(0).padStart(8)} ${m('lcp').toFixed(0).padStart(8)}  ${m('cls').toFixed(3)}  ${m('tbt').toFixed(0).padStart(6)}`,
		);
	}
} finally {
	await chrome.kill();
	close();
}
