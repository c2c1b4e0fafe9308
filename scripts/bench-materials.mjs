#!/usr/bin/env node
// What the materials cost (npm run bench:materials): builds the site with its materials and, through
// the benchmark's own config (scripts/bench/astro.no-materials.config.mjs), without them (no PDFs, Word,
// PowerPoint, share images or link-preview images), alternating over BENCH_ROUNDS rounds (default 3),
// each into its own temporary folder; prints the materials by kind and format, their total size, the
// link-preview images, and the build time they add (median wall clock and median CPU time, user +
// system, which is steadier on a shared machine). Figures, not assertions.
//   BUILD_DATE and SITE_URL are passed on (default: 2026-11-29 and https://baovetreem.example.vn).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const env = {
	...process.env,
	BUILD_DATE: process.env.BUILD_DATE ?? '2026-11-29',
	SITE_URL: process.env.SITE_URL ?? 'https://baovetreem.example.vn',
};
const tmp = mkdtempSync(join(tmpdir(), 'bvte-bench-materials-'));

function build(withMaterials, round) {
	const out = join(tmp, `${withMaterials ? 'with' : 'without'}-${round}`);
	const args = [
		'-f',
		'%e %U %S',
		'npx',
		'astro',
		'build',
		'--outDir',
		out,
		...(withMaterials ? [] : ['--config', 'scripts/bench/astro.no-materials.config.mjs']),
	];
	const run = spawnSync('/usr/bin/time', args, {
		env: { ...env, ASTRO_CACHE_DIR: join(tmp, `cache-${withMaterials}`) },
		encoding: 'utf8',
		maxBuffer: 1 << 28,
	});
	if (run.status !== 0)
		throw new Error(`astro build thất bại:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
	const [wall, user, sys] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
	const og = run.stdout.match(/(\d+) ảnh xem trước \(og:image\), (\d+) KB, (\d+) ms/);
	const drawn = run.stdout.match(/\[bvte:materials\] (\d+) tài liệu, (\d+) KB, (\d+) ms/);
	return {
		out,
		wall,
		cpu: user + sys,
		og: og && { count: Number(og[1]), kb: Number(og[2]), ms: Number(og[3]) },
		drawn: drawn && { ms: Number(drawn[3]) },
	};
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = { with: [], without: [] };
try {
	for (let round = 0; round < ROUNDS; round++) {
		for (const withMaterials of round % 2 ? [false, true] : [true, false])
			runs[withMaterials ? 'with' : 'without'].push(build(withMaterials, round));
	}
	const last = runs.with.at(-1);
	const files = readdirSync(join(last.out, 'tai-lieu')).filter((f) => f !== 'index.html');
	// Each file's kind and format, from the entry of content/materials.yaml whose file name it matches.
	const entries = parse(readFileSync('content/materials.yaml', 'utf8')).map((e) => ({
		key: `${e.kind} (${e.format})`,
		pattern: new RegExp(
			`^${e.file.replace(/[.]/g, '\\.').replace('{guide}', '[a-z0-9-]+').replace('{year}', '\\d{4}')}$`,
		),
	}));
	const byType = new Map();
	let total = 0;
	for (const f of files) {
		const size = statSync(join(last.out, 'tai-lieu', f)).size;
		const key = entries.find((e) => e.pattern.test(f))?.key ?? f;
		const row = byType.get(key) ?? { count: 0, bytes: 0 };
		row.count++;
		row.bytes += size;
		byType.set(key, row);
		total += size;
	}
	const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
	console.log(`Tài liệu (${env.BUILD_DATE}, SITE_URL=${env.SITE_URL}), ${ROUNDS} lần dựng mỗi kiểu, xen kẽ`);
	console.log('loại (định dạng)                   số tệp   tổng');
	for (const [key, row] of [...byType].sort())
		console.log(`${key.padEnd(34)} ${String(row.count).padStart(5)}  ${kb(row.bytes).padStart(8)}`);
	console.log(`${'tất cả'.padEnd(34)} ${String(files.length).padStart(5)}  ${kb(total).padStart(8)}`);
	console.log(`vẽ các tài liệu: ${median(runs.with.map((r) => r.drawn?.ms ?? 0))} ms (trung vị, trong lúc dựng trang)`);
	if (last.og)
		console.log(
			`ảnh xem trước (og:image): ${last.og.count} ảnh, ${last.og.kb} KB, vẽ trong ${median(runs.with.map((r) => r.og.ms))} ms (trung vị)`,
		);
	const w = { wall: median(runs.with.map((r) => r.wall)), cpu: median(runs.with.map((r) => r.cpu)) };
	const wo = { wall: median(runs.without.map((r) => r.wall)), cpu: median(runs.without.map((r) => r.cpu)) };
	console.log(`dựng có tài liệu:    ${w.wall.toFixed(1)} s (CPU ${w.cpu.toFixed(1)} s)`);
	console.log(`dựng không tài liệu: ${wo.wall.toFixed(1)} s (CPU ${wo.cpu.toFixed(1)} s)`);
	console.log(`tài liệu thêm:       ${(w.wall - wo.wall).toFixed(1)} s (CPU ${(w.cpu - wo.cpu).toFixed(1)} s)`);
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
