// The site leaves no trace, talks to no one else, and breaks none of its own security policy
// (one pass over every page, served with dist/_headers as a CDN would): no request to
// another origin, nothing stored on the device, no Content-Security-Policy violation, through a
// search with a filter and the quick exit.
import { test, expect } from '@playwright/test';
import { builtPages, pagePath } from '../support/utils.ts';
import { NOTHING_STORED, storedData, watchCspViolations, watchExternalRequests } from '../support/checks.ts';

test('không trang nào gửi yêu cầu ra ngoài, lưu gì trên máy hay vi phạm CSP, kể cả khi tìm kiếm và thoát nhanh', async ({
	page,
	context,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const external = watchExternalRequests(context, origin);
	const csp = await watchCspViolations(context);
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
		route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Trang trung lập</title>' }),
	);

	const response = await page.goto('./');
	expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");

	const paths = builtPages().map(pagePath);
	expect(paths.length).toBeGreaterThan(10);
	for (const path of paths) {
		const r = await page.goto(path === '404.html' ? 'khong-co-trang-nay/' : path, { waitUntil: 'load' });
		expect(r, path).not.toBeNull();
	}

	// A search with a filter, on the search page.
	await page.goto('tim-kiem/');
	await page.locator('#search-q').fill('đuối nước');
	await page.locator('#search-q').press('Enter');
	await expect(page.locator('[data-search-status]')).toHaveText(/kết quả|Không tìm thấy/);
	await page.getByText('Lọc kết quả').click();
	await page.getByLabel('Loại trang').selectOption({ index: 1 });
	await page.waitForLoadState('networkidle');

	expect(await storedData(page)).toEqual(NOTHING_STORED);
	expect(await context.cookies()).toEqual([]);
	expect(external.seen).toEqual([]);

	// The quick exit is the one way out, and it sends no referrer.
	external.pause();
	const [request] = await Promise.all([
		context.waitForEvent('request'),
		page.getByRole('link', { name: 'Thoát nhanh', exact: true }).click(),
	]);
	expect(new URL(request.url()).origin).not.toBe(origin);
	expect(await request.headerValue('referer')).toBeNull();
	expect(csp).toEqual([]);
});
