#!/usr/bin/env node
// Search quality: serves dist/, runs the whole query table (tests/support/search-queries.yaml) on the search
// page in headless Chromium and prints top-1 and top-3 per audience, the help box on danger queries,
// and every query that misses. Figures, not assertions (the e2e test asserts the targets).
// Run after `npm run build`:  node scripts/search-quality.mjs [dist] [--json file]
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/programs.ts';
import { QUERIES } from '../tests/support/search-queries.ts';
import { failures, runTable, score, scoreTable } from '../tests/support/search-table.ts';
import { serveDist } from './serve.mjs';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const [dist = 'dist'] = args;

const { url, close } = await serveDist({ dist, port: 4497 });
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
	const page = await browser.newPage();
	await page.goto(`${url}tim-kiem/`);
	const started = performance.now();
	const outcomes = await runTable(page, QUERIES, new URL(url).pathname);
	console.log(`${QUERIES.length} truy vấn, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
	console.log(scoreTable(score(outcomes)));
	const misses = failures(outcomes);
	console.log(`\nTruy vấn chưa đạt (${misses.length}):\n${misses.join('\n')}`);
	if (json) writeFileSync(json, JSON.stringify(outcomes, null, '\t'));
} finally {
	await browser.close();
	close();
}
