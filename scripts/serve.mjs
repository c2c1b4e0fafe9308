#!/usr/bin/env node
// Serves dist/ as a static CDN would: under BASE_PATH, compressed (brotli or gzip, as the browser
// asks), with the headers of dist/_headers (Netlify and Cloudflare Pages format) and dist/404.html for
// missing pages. Only GET and HEAD (405 otherwise); never _headers itself or a dotfile. The "/*" block
// of _headers (the security headers) goes on every response; the other blocks (cache lifetimes) only
// on 2xx and 304, so a missing hashed file is never cached for a year. Used by `npm run preview` and the tests (as a command) and by the benchmarks (they
// import serveDist and run it in their own process).
//   PORT (default 4321), HOST (default 127.0.0.1), BASE_PATH (default /), DIST (default dist)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import compression from 'compression';
import { normaliseBasePath } from '../src/config/site.ts';

/** Rules of a _headers file: [pattern as RegExp, [name, value][], pattern as written] in file order. */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:\w+/g, '[^/]+');
			rules.push([new RegExp(`^${pattern}$`), [], line.trim()]);
		} else if (rules.length) {
			const at = line.indexOf(':');
			if (at > 0) rules.at(-1)[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * Starts serving `dist` under `base` on `host:port`; resolves once it listens, with its URL (ending in
 * the base) and a close() that also ends open keep-alive connections. Throws when dist/ is not built.
 */
export async function serveDist({ dist = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
	const root = resolve(dist);
	base = normaliseBasePath(base);
	if (!existsSync(resolve(root, 'index.html')))
		throw new Error(`Không thấy ${dist}/index.html: hãy chạy "npm run build" trước.`);
	const rules = readHeaderRules(resolve(root, '_headers'));
	const everyResponse = rules.filter(([, , written]) => written === '/*');
	const onSuccess = rules.filter(([, , written]) => written !== '/*');
	const notFound = readFileSync(resolve(root, '404.html'));
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'], dotfiles: false });
	const compress = compression();

	const applyHeaders = (res, sitePath, which) => {
		for (const [pattern, headers] of which) {
			if (pattern.test(sitePath)) for (const [name, value] of headers) res.setHeader(name, value);
		}
	};

	const notFoundPage = (res) => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(notFound);
	};

	const serve = (req, res) => {
		applyHeaders(res, '/', everyResponse);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			return res.end('405 Method Not Allowed');
		}
		const url = new URL(req.url ?? '/', 'http://x');
		if (!url.pathname.startsWith(base)) {
			if (url.pathname === base.slice(0, -1)) {
				res.writeHead(301, { Location: base });
				return res.end();
			}
			res.statusCode = 404;
			return res.end('Not found');
		}
		const sitePath = `/${url.pathname.slice(base.length)}`;
		// The host's rules file is configuration, not a page.
		if (/^\/_headers\/?$/i.test(sitePath)) return notFoundPage(res);
		// Cache rules only for a file that is there (2xx) or unchanged (304).
		const writeHead = res.writeHead;
		res.writeHead = function (status, ...rest) {
			if ((status >= 200 && status < 300) || status === 304) applyHeaders(res, sitePath, onSuccess);
			return writeHead.call(this, status, ...rest);
		};
		req.url = sitePath + url.search;
		files(req, res, () => notFoundPage(res));
	};

	const server = createServer((req, res) => compress(req, res, () => serve(req, res)));
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, done);
	});
	const close = () => {
		server.closeAllConnections();
		server.close();
	};
	return { url: `http://${host}:${port}${base}`, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const dist = process.env.DIST ?? 'dist';
		const { url, close } = await serveDist({
			dist,
			base: process.env.BASE_PATH,
			port: Number(process.env.PORT ?? 4321),
			host: process.env.HOST,
		});
		console.log(`Đang phục vụ ${resolve(dist)} tại ${url}`);
		for (const signal of ['SIGINT', 'SIGTERM']) {
			process.on(signal, () => {
				close();
				process.exit(0);
			});
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
