// `npm run test:promises`: breaks each promise of tests/support/promises.ts on purpose and checks that
// its guarding tests fail. Works on copies of the project (tracked and new files, node_modules linked),
// never on the working tree: two copies, one per core, work side by side. For each mutation: apply it, build
// the site when the promise is about the built site (`lean` leaves the materials out, through the
// benchmarks' own config), run the guards, restore the file. Prints a table; exits non-zero when a
// mutation survived or no longer applies.
//   node scripts/test-promises.ts [id…]     (default: every promise)
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { PROMISES, type Promise as Promised } from '../tests/support/promises.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const chosen = only.length ? PROMISES.filter((p) => only.includes(p.id)) : PROMISES;
if (chosen.length === 0) throw new Error(`Không có lời hứa nào tên ${only.join(', ')}`);
const WORKERS = Math.max(1, Math.min(Number(process.env['PROMISE_WORKERS'] ?? 2), chosen.length));
const env = {
	...process.env,
	SITE_URL: process.env['SITE_URL'] ?? 'https://baovetreem.example.vn',
	BUILD_DATE: process.env['BUILD_DATE'] ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
	CI: '',
};
const astro = resolve(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** A copy of the project's tracked and new files, with the same node_modules. */
function makeCopy(n: number): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'bvte-loi-hua-')), 'site');
	const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
		.split('\0')
		.filter(Boolean);
	for (const file of files) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		try {
			cpSync(join(root, file), join(dir, file));
		} catch {
			// A tracked file deleted in the working tree is not part of the copy.
		}
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	console.log(`Bản sao ${n}: ${dir}`);
	return dir;
}

type Outcome = 'bắt được' | 'bản dựng dừng' | 'SỐNG SÓT' | 'KHÔNG ÁP DỤNG ĐƯỢC';
interface Row {
	promise: Promised;
	outcome: Outcome;
	seconds: number;
}

/** Runs a command in a copy, its output discarded; resolves with the exit code. */
function run(cwd: string, command: string, args: string[], port: number): globalThis.Promise<number> {
	return new globalThis.Promise((done) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...env, PORT: String(port), ASTRO_CACHE_DIR: join(cwd, '.cache-astro') },
			stdio: 'ignore',
		});
		child.on('close', (code) => done(code ?? 1));
	});
}

async function check(promise: Promised, cwd: string, port: number): globalThis.Promise<Row> {
	const started = performance.now();
	const path = join(cwd, promise.mutation.file);
	const original = readFileSync(path, 'utf8');
	const count = original.split(promise.mutation.find).length - 1;
	if (count !== 1) return { promise, outcome: 'KHÔNG ÁP DỤNG ĐƯỢC', seconds: 0 };
	writeFileSync(path, original.replace(promise.mutation.find, promise.mutation.replace));
	try {
		if (promise.build) {
			const config = promise.build === 'lean' ? ['--config', 'scripts/bench/astro.no-materials.config.mjs'] : [];
			rmSync(join(cwd, 'dist'), { recursive: true, force: true });
			if ((await run(cwd, process.execPath, [astro, 'build', '--outDir', 'dist', ...config], port)) !== 0) {
				return { promise, outcome: 'bản dựng dừng', seconds: (performance.now() - started) / 1000 };
			}
		}
		const guard =
			'vitest' in promise.guard
				? await run(
						cwd,
						process.execPath,
						[join(cwd, 'node_modules/vitest/vitest.mjs'), 'run', ...promise.guard.vitest],
						port,
					)
				: await run(
						cwd,
						process.execPath,
						[join(cwd, 'node_modules/@playwright/test/cli.js'), 'test', ...promise.guard.playwright],
						port,
					);
		return { promise, outcome: guard === 0 ? 'SỐNG SÓT' : 'bắt được', seconds: (performance.now() - started) / 1000 };
	} finally {
		writeFileSync(path, original);
	}
}

// Unit-level mutations first (no build), then the built site's, shared out between the copies.
const queue = [...chosen].sort((a, b) => Number(Boolean(a.build)) - Number(Boolean(b.build)));
const copies = Array.from({ length: WORKERS }, (_, i) => makeCopy(i + 1));
const started = performance.now();
const rows: Row[] = [];
await Promise.all(
	copies.map(async (cwd, i) => {
		const port = 4610 + i * 10;
		for (let next = queue.shift(); next; next = queue.shift()) {
			const row = await check(next, cwd, port);
			rows.push(row);
			console.log(`${row.outcome.padEnd(18)} ${row.promise.id.padEnd(28)} ${row.seconds.toFixed(0).padStart(4)} s`);
		}
	}),
);
for (const cwd of copies) rmSync(dirname(cwd), { recursive: true, force: true });

rows.sort((a, b) => PROMISES.indexOf(a.promise) - PROMISES.indexOf(b.promise));
const caught = rows.filter((r) => r.outcome === 'bắt được' || r.outcome === 'bản dựng dừng');
console.log(`\nLời hứa                       Kết quả             Kiểm thử canh giữ`);
for (const r of rows) {
	const guard = 'vitest' in r.promise.guard ? r.promise.guard.vitest.join(' ') : r.promise.guard.playwright.join(' ');
	console.log(`${r.promise.id.padEnd(29)} ${r.outcome.padEnd(19)} ${guard}`);
}
console.log(
	`\n${caught.length}/${rows.length} thay đổi bị bắt, ${rows.length - caught.length} còn sống hoặc không áp dụng được; ${((performance.now() - started) / 60000).toFixed(1)} phút.`,
);
process.exit(caught.length === rows.length ? 0 : 1);
