#!/usr/bin/env node
// Serves a built site with nginx (Debian's package; NGINX_PATH elsewhere) and the configuration the
// build wrote beside it (dist-config/nginx/, src/integrations/nginx.ts), as a host would: the browser
// tests run against it (playwright.config.ts), and `npm run preview:nginx` shows it. With brotli when
// nginx has the module (NGINX_MODULES, else Debian's folder), gzip only otherwise. nginx runs in the
// foreground with its files in a temporary folder; SIGINT or SIGTERM stop it.
//   PORT (default 4322), HOST (default 127.0.0.1), BASE_PATH (default /), DIST (default dist)
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDirFor, nginxMainConfig } from '../src/integrations/nginx.ts';
import { nginxBrotli, nginxPath } from './lib/programs.ts';
import { normaliseBasePath } from '../src/config/site.ts';

/**
 * Starts nginx for the build in `dist` under `base`; resolves once it answers, with its URL (ending in
 * the base) and stop(), which ends nginx, waits for it and removes its folder. `configDir` is where the
 * build wrote site.conf (default: beside `dist`, dist-config/nginx).
 */
export async function serveNginx({
	dist = 'dist',
	base = '/',
	port = 4322,
	host = '127.0.0.1',
	configDir = configDirFor(dist),
} = {}) {
	const nginx = nginxPath();
	if (!nginx) throw new Error('Không thấy nginx: chạy "npm run test:setup" (hoặc đặt NGINX_PATH).');
	const site = resolve(dist);
	base = normaliseBasePath(base);
	const brotliModule = nginxBrotli();
	const conf = join(resolve(configDir), brotliModule ? 'site-brotli.conf' : 'site.conf');
	if (!existsSync(conf)) throw new Error(`Không thấy ${conf}: hãy chạy "npm run build" trước.`);
	const runDir = mkdtempSync(join(tmpdir(), 'bvte-nginx-'));
	// Started as root, nginx's workers would run as nobody, who cannot enter a private folder (a clone
	// in `mktemp -d`, the promise runner's copies): they run as root, the test server's own user.
	chmodSync(runDir, 0o755);
	const user = process.getuid?.() === 0 ? 'root' : undefined;
	// The server's root holds the site under its base path: a link named after the base.
	let root = site;
	if (base !== '/') {
		root = join(runDir, 'root');
		mkdirSync(join(root, base, '..'), { recursive: true });
		symlinkSync(site, join(root, base.slice(0, -1)));
	}
	const main = join(runDir, 'nginx.conf');
	writeFileSync(main, nginxMainConfig({ site: conf, root, host, port, runDir, brotliModule, user }));
	const child = spawn(nginx, ['-p', runDir, '-c', main], { stdio: ['ignore', 'inherit', 'inherit'] });
	const url = `http://${host}:${port}${base}`;
	// Waits for nginx to finish (graceful, then forced after 5 s), so no process is left behind.
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const done = new Promise((end) => child.once('exit', end));
			child.kill('SIGQUIT');
			const force = setTimeout(() => child.kill('SIGKILL'), 5000);
			await done;
			clearTimeout(force);
		}
		rmSync(runDir, { recursive: true, force: true });
	};
	const exited = new Promise((_, fail) =>
		child.once('exit', (code) => fail(new Error(`nginx dừng (mã ${code}), xem lỗi ở trên.`))),
	);
	for (let i = 0; ; i++) {
		try {
			await Promise.race([fetch(url, { method: 'HEAD' }), exited]);
			break;
		} catch (error) {
			if (child.exitCode !== null || i > 100) {
				await stop();
				throw error;
			}
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	return { url, stop, brotli: Boolean(brotliModule), config: conf };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const { url, stop, brotli, config } = await serveNginx({
			dist: process.env.DIST ?? 'dist',
			base: process.env.BASE_PATH,
			port: Number(process.env.PORT ?? 4322),
			host: process.env.HOST,
		});
		console.log(`nginx phục vụ ${url} với ${config}${brotli ? '' : ' (chỉ gzip: không có mô-đun brotli)'}`);
		for (const signal of ['SIGINT', 'SIGTERM']) {
			process.on(signal, async () => {
				await stop();
				process.exit(0);
			});
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
