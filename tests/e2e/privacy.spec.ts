// The site leaves no trace and talks to no one else (issue 6): every page, a search and the quick exit,
// with no request to another origin and nothing written to cookies, storage, IndexedDB, caches or a
// service worker.
import { test, expect } from '@playwright/test';
import { builtPages, pagePath } from '../utils.ts';

test('không trang nào gửi yêu cầu ra ngoài hay lưu gì trên máy, kể cả khi tìm kiếm và thoát nhanh', async ({ page, context, baseURL }) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const outside: string[] = [];
	let leaving = false;
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin && !leaving) outside.push(`${page.url()} → ${url}`);
	});
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
		route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Trang trung lập</title>' }),
	);

	const paths = builtPages().map(pagePath);
	expect(paths.length).toBeGreaterThan(10);
	for (const path of paths) {
		const response = await page.goto(path === '404.html' ? 'khong-co-trang-nay/' : path, { waitUntil: 'load' });
		expect(response, path).not.toBeNull();
	}

	// A search, as a reader types it.
	await page.goto('tim-kiem/?q=đuối nước');
	await page.waitForLoadState('networkidle');

	const stored = await page.evaluate(async () => ({
		cookie: document.cookie,
		local: localStorage.length,
		session: sessionStorage.length,
		indexedDB: (await indexedDB.databases()).map((d) => d.name),
		caches: await caches.keys(),
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
	}));
	expect(stored).toEqual({ cookie: '', local: 0, session: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
	expect(await context.cookies()).toEqual([]);
	expect(outside).toEqual([]);

	// The quick exit is the one way out, and it sends no referrer.
	leaving = true;
	const [request] = await Promise.all([context.waitForEvent('request'), page.getByRole('link', { name: 'Thoát nhanh', exact: true }).click()]);
	expect(new URL(request.url()).origin).not.toBe(origin);
	expect(await request.headerValue('referer')).toBeNull();
});
