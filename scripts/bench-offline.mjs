#!/usr/bin/env node
// Offline copy benchmark: how much "Lưu để đọc khi mất mạng" stores, and how long filling it takes on
// throttled connections. Serves dist/ with nginx (scripts/serve-nginx.mjs: brotli or gzip, as a host
// would), presses the button in Chromium with the connection throttled through the DevTools protocol
// (Network.emulateNetworkConditions, on the page and on the service worker, which fetches the files),
// and times from the press to "đang giữ bản lưu". The worker is its own DevTools target, which the
// page's throttling does not reach: a second DevTools client (Chromium's debugging port) attaches to
// every new target, the worker included, and throttles it before it runs its first instruction.
// Figures, not assertions. Run after `npm run build`.
//   node scripts/bench-offline.mjs
// The store: the files the worker lists (their bytes on disk, as the Cache API keeps them unpacked)
// and what the browser reports for the site's storage (navigator.storage.estimate()).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/programs.ts';
import { serveNginx } from './serve-nginx.mjs';

/** Download and upload in bytes per second, latency in ms; the first two as Chrome DevTools and
 *  Lighthouse name them. */
const PROFILES = [
	{ name: 'Slow 4G (Lighthouse)', latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
	{ name: '3G', latency: 300, down: (750 * 1024) / 8, up: (250 * 1024) / 8 },
	{ name: 'Slow 3G (DevTools)', latency: 400, down: (400 * 1024) / 8, up: (400 * 1024) / 8 },
];

const worker = readFileSync('dist/sw.js', 'utf8');
const sizes = [...worker.matchAll(/size:(\d+)/g)].map((m) => Number(m[1]));
const listed = sizes.reduce((a, b) => a + b, 0);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(
	`Bản lưu: ${sizes.length} tệp, ${mb(listed)} trên đĩa; worker ${(worker.length / 1024).toFixed(1)} KB (danh sách nằm trong)`,
);

const DEBUG_PORT = 9339;
const server = await serveNginx({ dist: 'dist', port: 4495 });
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: ['--no-sandbox', '--disable-dev-shm-usage', `--remote-debugging-port=${DEBUG_PORT}`],
});

/** A DevTools client on the browser that throttles every target it attaches to, paused at its start. */
async function throttleEveryTarget(conditions) {
	const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`)).json();
	const socket = new WebSocket(webSocketDebuggerUrl);
	await new Promise((done) => socket.addEventListener('open', done, { once: true }));
	let id = 0;
	const send = (method, params = {}, sessionId) =>
		socket.send(JSON.stringify({ id: ++id, method, params, ...(sessionId ? { sessionId } : {}) }));
	socket.addEventListener('message', (event) => {
		const message = JSON.parse(String(event.data));
		if (message.method !== 'Target.attachedToTarget') return;
		const { sessionId } = message.params;
		send('Network.enable', {}, sessionId);
		send('Network.emulateNetworkConditions', conditions, sessionId);
		send('Runtime.runIfWaitingForDebugger', {}, sessionId);
	});
	send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
	return () => socket.close();
}
try {
	console.log('kết nối                  độ trễ  tải xuống   thời gian lưu  bộ nhớ trình duyệt báo');
	for (const profile of PROFILES) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const conditions = {
			offline: false,
			latency: profile.latency,
			downloadThroughput: profile.down,
			uploadThroughput: profile.up,
		};
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', conditions);
		const stopThrottling = await throttleEveryTarget(conditions);
		await page.goto(`${server.url}tong-dai/`);
		// The control's script loads when it comes near the screen.
		const control = page.locator('[data-offline]');
		await control.scrollIntoViewIfNeeded();
		await control.and(page.locator('[data-state="none"]')).waitFor({ timeout: 120_000 });
		const started = Date.now();
		await page.getByRole('button', { name: 'Lưu để đọc khi mất mạng' }).click();
		await page.locator('[data-offline-status]').filter({ hasText: 'đang giữ bản lưu' }).waitFor({ timeout: 600_000 });
		const seconds = (Date.now() - started) / 1000;
		const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
		console.log(
			`${profile.name.padEnd(24)} ${String(profile.latency).padStart(5)} ms ${`${Math.round((profile.down * 8) / 1024)} kb/s`.padStart(10)} ${`${seconds.toFixed(1)} s`.padStart(14)}  ${mb(usage)}`,
		);
		stopThrottling();
		await context.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
