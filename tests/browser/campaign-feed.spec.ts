// The campaign feed and pages in the browser: the RSS feed is well-formed XML with absolute
// links from SITE_URL, and each year's page quotes its sourced theme or says calmly that none was found.
import { test, expect } from '@playwright/test';
import { readData } from '../support/utils.ts';
import { SITE_URL } from '../../src/config/site.ts';

test('RSS là XML hợp lệ, mỗi năm một mục, liên kết tuyệt đối từ SITE_URL', async ({ page }) => {
	const xml = await (await page.request.get('thang-hanh-dong/rss.xml')).text();
	await page.route('**/__xml-test/', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
	);
	await page.goto('__xml-test/');
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
			language: doc.querySelector('channel > language')?.textContent,
		};
	}, xml);
	expect(feed.error).toBeNull();
	expect(feed.language).toBe('vi');
	expect(feed.links.length).toBe(readData('campaigns').length);
	for (const link of feed.links) expect(link.startsWith(SITE_URL)).toBe(true);
});

test('mỗi năm trích nguyên văn chủ đề có nguồn, năm không có nguồn ghi rõ', async ({ page }) => {
	for (const c of readData<{ id: string; theme?: { value: string } }>('campaigns')) {
		await page.goto(`thang-hanh-dong/${c.id}/`);
		const main = page.getByRole('main');
		if (c.theme) await expect(main.locator('q').first()).toHaveText(c.theme.value);
		else await expect(main).toContainText('chưa tìm được thông báo chính thức');
		await expect(main.getByRole('link', { name: /Tài liệu in/ })).toBeVisible();
	}
});
