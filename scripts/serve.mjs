#!/usr/bin/env node
// Serves dist/ as a static CDN would: under BASE_PATH, compressed (brotli or gzip, as the browser
// asks), with the headers of dist/_headers (Netlify and Cloudflare Pages format) and dist/404.html for
// missing pages. Used by `npm run preview`, the tests and the benchmarks.
//   PORT (default 4321), HOST (default 127.0.0.1), BASE_PATH (default /), DIST (default dist)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';

const dist = resolve(process.env.DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(resolve(dist, 'index.html'))) {
	console.error(`Không thấy ${dist}/index.html: hãy chạy "npm run build" trước.`);
	process.exit(1);
}

/** Rules of a _headers file: [pattern as RegExp, [name, value][]] in file order. */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
			rules.push([new RegExp(`^${pattern}$`), []]);
		} else if (rules.length) {
			const at = line.indexOf(':');
			if (at > 0) rules.at(-1)[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

const rules = readHeaderRules(resolve(dist, '_headers'));
const notFound = readFileSync(resolve(dist, '404.html'));
const files = sirv(dist, { dev: false, etag: true, extensions: ['html'], dotfiles: false });

function applyHeaders(res, sitePath) {
	for (const [pattern, headers] of rules) {
		if (pattern.test(sitePath)) for (const [name, value] of headers) res.setHeader(name, value);
	}
}

const compress = compression();

const server = createServer((req, res) => compress(req, res, () => serve(req, res)));

function serve(req, res) {
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
	applyHeaders(res, sitePath);
	req.url = sitePath + url.search;
	files(req, res, () => {
		applyHeaders(res, '/404.html');
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(notFound);
	});
}

server.listen(port, host, () => {
	console.log(`Đang phục vụ ${dist} tại http://${host}:${port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
