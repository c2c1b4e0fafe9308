#!/usr/bin/env node
// Build-scaling benchmark: builds the site with 1,000 and 5,000 synthetic guide pages of
// Vietnamese text in a temporary CONTENT_DIR (never committed; synthetic guides are "short" pages, so
// they make no leaflets), once with the real layout and once with a bare one-line layout
// (its own config, scripts/bench/astro.bare.config.mjs), and prints build seconds, Pagefind seconds, pages per second, peak memory,
// dist/ size and index size. Figures, not assertions: see docs/performance.md.
//   node scripts/bench-build.mjs [sizes…]   (default: 1000 5000)
// BENCH_ROUNDS (default 2) sets how many times each layout is built, alternating.
// BENCH_KEEP=1 keeps the temporary folder (its dist/ is what `bench:search` measures at that size).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 5000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

// Vietnamese words from the site's own guides, so the text has realistic letters and word lengths.
const corpus = readdirSync('content/guides')
	.map((f) => readFileSync(`content/guides/${f}`, 'utf8').split(/^---$/m).slice(2).join(' '))
	.join(' ')
	.replace(/<[^>]+>|[#*[\]()`{}]/g, ' ')
	.split(/\s+/)
	.filter((w) => /^[\p{L}]+[.,]?$/u.test(w));

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const sentence = () => {
	const n = 8 + Math.floor(random() * 14);
	const words = Array.from({ length: n }, () => corpus[Math.floor(random() * corpus.length)].replace(/[.,]$/, ''));
	return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
};

function synthetic(dir, count) {
	// The site's real content stays (the help box's data points at real guides); the synthetic guides
	// are added beside them.
	cpSync('content', dir, { recursive: true });
	for (let i = 0; i < count; i++) {
		const sections = Array.from(
			{ length: 6 },
			(_, s) =>
				`## Phần ${s + 1}\n\n${Array.from({ length: 3 }, () => Array.from({ length: 6 }, sentence).join(' ')).join('\n\n')}`,
		);
		writeFileSync(
			join(dir, 'guides', `bai-mau-${i}.mdx`),
			`---\ntitle: Bài mẫu số ${i}\ndescription: Bài mẫu số ${i} để đo thời gian dựng trang với nhiều bài, không đăng lên trang thật.\naudiences: [cha-me]\ntopic: ky-nang-song\ndocuments: [luat-tre-em]\nupdated: 2026-11-23\nkind: short\n---\n\n${sections.join('\n\n')}\n`,
		);
	}
}

function du(path) {
	let total = 0;
	for (const e of readdirSync(path, { recursive: true, withFileTypes: true }))
		if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
	return total;
}

function build(dir, bare) {
	const out = join(dir, bare ? 'dist-bare' : 'dist');
	const env = {
		...process.env,
		PREVIEW: '1',
		CONTENT_DIR: dir,
		ASTRO_CACHE_DIR: join(dir, bare ? '.cache-bare' : '.cache'),
	};
	const started = performance.now();
	const run = spawnSync(
		'/usr/bin/time',
		[
			'-v',
			'npx',
			'astro',
			'build',
			'--outDir',
			out,
			...(bare ? ['--config', 'scripts/bench/astro.bare.config.mjs'] : []),
		],
		{ env, encoding: 'utf8', maxBuffer: 1 << 28 },
	);
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0)
		throw new Error(`astro build thất bại:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
	const log = run.stdout + run.stderr;
	const rss = Number(log.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
	const pagefindMs = Number(log.match(/Pagefind: \d+ trang.*?, (\d+) ms/)?.[1] ?? 0);
	const pages = Number(log.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
	return {
		seconds,
		rssMb: rss / 1024,
		pagefind: pagefindMs / 1000,
		pages,
		dist: du(out) / 1048576,
		index: du(join(out, 'pagefind')) / 1048576,
	};
}

console.log(
	`Đo dựng trang (${new Date().toISOString().slice(0, 10)}, ${process.platform}, node ${process.version} qua npx)`,
);
console.log('bài   bố cục    giây   trang/giây  ms/trang  Pagefind(s)  RAM đỉnh (MB)  dist (MB)  chỉ mục (MB)');
for (const count of SIZES) {
	const dir = mkdtempSync(join(tmpdir(), `bvte-bench-${count}-`));
	try {
		synthetic(dir, count);
		// Two rounds, alternating bare and real, so neither layout always builds with cold caches;
		// the ratio compares the faster build of each.
		const rows = { bare: [], real: [] };
		for (let round = 0; round < ROUNDS; round++) {
			for (const bare of [true, false]) {
				const r = build(dir, bare);
				rows[bare ? 'bare' : 'real'].push(r);
				console.log(
					`${String(count).padEnd(5)} ${(bare ? 'trần' : 'thật').padEnd(8)} ${r.seconds.toFixed(1).padStart(6)} ${(r.pages / r.seconds).toFixed(0).padStart(11)} ${((r.seconds * 1000) / r.pages).toFixed(1).padStart(9)} ${r.pagefind.toFixed(1).padStart(12)} ${r.rssMb.toFixed(0).padStart(14)} ${r.dist.toFixed(1).padStart(10)} ${r.index.toFixed(1).padStart(13)}`,
				);
			}
		}
		const best = (list) => Math.max(...list.map((r) => r.pages / r.seconds));
		console.log(
			`      bố cục thật / bố cục trần (trang/giây, lần nhanh nhất mỗi bố cục): ${(best(rows.real) / best(rows.bare)).toFixed(2)}`,
		);
	} finally {
		if (process.env.BENCH_KEEP) console.log(`      giữ lại: ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}
