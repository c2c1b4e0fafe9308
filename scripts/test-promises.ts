// `npm run test:promises`: breaks each promise of tests/support/promises.ts on purpose and checks that
// its guarding tests fail. Works on copies of the project (tracked and new files, node_modules linked),
// never on the working tree: two copies, one per core, work side by side. First a control: every guard
// must pass on the unchanged project, so that a failure can only come from the mutation. For each mutation: apply it, build
// the site when the promise is about the built site (`lean` leaves the materials out, through the
// benchmarks' own config), run the guards, restore the file. Prints a table; exits non-zero when a
// mutation survived or no longer applies.
//   node scripts/test-promises.ts [id…]     (default: every promise)
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PROMISES, type ReaderPromise } from '../tests/support/promises.ts';

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
	promise: ReaderPromise;
	outcome: Outcome;
	seconds: number;
}

/** `n` different ports no server listens on now: each copy's web server gets its own, so a server left
 *  over from an earlier run cannot answer in its place. All are held open until all are known. */
async function freePorts(n: number): Promise<number[]> {
	const servers = await Promise.all(
		Array.from(
			{ length: n },
			() =>
				new Promise<ReturnType<typeof createServer>>((done, fail) => {
					const server = createServer();
					server.once('error', fail);
					server.listen(0, '127.0.0.1', () => done(server));
				}),
		),
	);
	const ports = servers.map((server) => (server.address() as { port: number }).port);
	await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
	return ports;
}

/** Runs a command in a copy, its output discarded (shown with PROMISE_VERBOSE=1); resolves with the exit code. */
function run(cwd: string, command: string, args: string[], port: number): Promise<number> {
	return new Promise((done) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...env, PORT: String(port), ASTRO_CACHE_DIR: join(cwd, '.cache-astro') },
			stdio: process.env['PROMISE_VERBOSE'] ? 'inherit' : 'ignore',
		});
		child.on('close', (code) => done(code ?? 1));
	});
}

/** Builds the site in a copy as the promise needs it (the release build of `npm run build`, with the
 *  materials or without them); resolves with the exit code. */
function build(kind: 'full' | 'lean', cwd: string, port: number): Promise<number> {
	const config = kind === 'lean' ? ['--config', 'scripts/bench/astro.no-materials.config.mjs'] : [];
	rmSync(join(cwd, 'dist'), { recursive: true, force: true });
	return run(cwd, process.execPath, ['scripts/build.ts', '--outDir', 'dist', ...config], port);
}

/** Runs a promise's guarding tests in a copy; resolves with the exit code. */
function guard(promise: ReaderPromise, cwd: string, port: number): Promise<number> {
	return 'vitest' in promise.guard
		? run(cwd, process.execPath, [join(cwd, 'node_modules/vitest/vitest.mjs'), 'run', ...promise.guard.vitest], port)
		: run(
				cwd,
				process.execPath,
				[join(cwd, 'node_modules/@playwright/test/cli.js'), 'test', ...promise.guard.playwright],
				port,
			);
}

async function check(promise: ReaderPromise, cwd: string, port: number): Promise<Row> {
	const started = performance.now();
	const path = join(cwd, promise.mutation.file);
	const original = readFileSync(path, 'utf8');
	const count = original.split(promise.mutation.find).length - 1;
	if (count !== 1) return { promise, outcome: 'KHÔNG ÁP DỤNG ĐƯỢC', seconds: 0 };
	writeFileSync(path, original.replace(promise.mutation.find, promise.mutation.replace));
	try {
		if (promise.build && (await build(promise.build, cwd, port)) !== 0) {
			return { promise, outcome: 'bản dựng dừng', seconds: (performance.now() - started) / 1000 };
		}
		const code = await guard(promise, cwd, port);
		return { promise, outcome: code === 0 ? 'SỐNG SÓT' : 'bắt được', seconds: (performance.now() - started) / 1000 };
	} finally {
		writeFileSync(path, original);
	}
}

/**
 * The control: every guard must pass on the unchanged project, or a failing guard would count as a
 * caught mutation. One copy builds with the materials and runs their promises' guards and the unit
 * ones; the other builds without them and runs the rest.
 */
async function baseline(
	promises: readonly ReaderPromise[],
	kind: 'full' | 'lean',
	cwd: string,
	port: number,
): Promise<string[]> {
	if (promises.length === 0) return [];
	if ((await build(kind, cwd, port)) !== 0) return [`bản dựng ${kind} không thành công khi chưa đổi gì`];
	const failing: string[] = [];
	for (const promise of promises) if ((await guard(promise, cwd, port)) !== 0) failing.push(promise.id);
	return failing;
}

// Unit-level mutations first (no build), then the built site's, shared out between the copies.
const queue = [...chosen].sort((a, b) => Number(Boolean(a.build)) - Number(Boolean(b.build)));
// Two copies at least: the control builds the site with and without the materials side by side.
const copies = Array.from({ length: Math.max(WORKERS, 2) }, (_, i) => makeCopy(i + 1));
const ports = await freePorts(copies.length);
const started = performance.now();
const broken = (
	await Promise.all([
		baseline(
			chosen.filter((p) => p.build !== 'lean'),
			'full',
			copies[0]!,
			ports[0]!,
		),
		baseline(
			chosen.filter((p) => p.build === 'lean'),
			'lean',
			copies[1]!,
			ports[1]!,
		),
	])
).flat();
if (broken.length) {
	console.error(`Kiểm thử canh giữ không qua khi chưa đổi gì: ${broken.join(', ')}. Sửa chúng trước.`);
	for (const cwd of copies) rmSync(dirname(cwd), { recursive: true, force: true });
	process.exit(1);
}
console.log(
	`Đối chứng: mọi kiểm thử canh giữ đều qua khi chưa đổi gì (${((performance.now() - started) / 1000).toFixed(0)} s).`,
);
const rows: Row[] = [];
await Promise.all(
	copies.map(async (cwd, i) => {
		const port = ports[i]!;
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
