// The front door on a 360 × 640 phone: help and the four doors on the first screen, and
// every hub, the hotline page and a guide within two taps of the home page.
import { test, expect, type Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

const DOORS = [
	'Cha mẹ và người chăm sóc trẻ',
	'Dành cho các em học sinh',
	'Giáo viên và nhà trường',
	'Người dân và tổ dân phố',
];

async function tap(page: Page, name: string | RegExp, scope = page.getByRole('main')) {
	await scope
		.getByRole('link', { name, exact: typeof name === 'string' })
		.first()
		.tap();
}

test('màn hình đầu tiên: 111 trước, rồi 113 khi nguy hiểm, 115 khi bị thương, rồi 1800 6605, và lối vào cho các em; không cần cuộn', async ({
	page,
}) => {
	await page.goto('./');
	const main = page.getByRole('main');
	const order: number[] = [];
	for (const name of [/^111 /, /^113 Đang gặp nguy hiểm/, /^115 Bị thương/, /^1800 6605 /, /^Em đang gặp chuyện gì/]) {
		const link = main.getByRole('link', { name }).first();
		await expect(link).toBeInViewport({ ratio: 1 });
		order.push((await link.boundingBox())!.y);
	}
	expect(order).toEqual([...order].sort((a, b) => a - b));
	await expect(main.getByRole('link', { name: /Cách báo tin/ })).toHaveAttribute('href', /\/bao-tin\/$/);
	for (const name of DOORS) {
		const box = (await main.getByRole('link', { name }).boundingBox())!;
		expect(box.y + box.height, name).toBeLessThanOrEqual(2 * 640);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const door of DOORS) {
	test(`một chạm tới “${door}”, hai chạm tới một trang của mục đó`, async ({ page }) => {
		await page.goto('./');
		await tap(page, door);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(door);
		const first = page.getByRole('main').locator('section ul a').first();
		const title = (await first.textContent())!.trim();
		await first.tap();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	});
}

test('hai chạm tới trang tổng đài qua mục lục, và tới “Gọi ai?” chỉ một chạm', async ({ page }) => {
	await page.goto('./');
	await page.getByText('Mục lục').tap();
	await tap(page, 'Tổng đài', page.getByRole('navigation', { name: 'Mục chính' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng đài và số khẩn cấp');
	await page.goto('./');
	await tap(page, /Không biết gọi ai/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gọi ai?');
});

test('hai chạm tới một hướng dẫn an toàn', async ({ page }) => {
	await page.goto('./');
	const first = page.getByRole('region', { name: 'Hướng dẫn an toàn cần nhất' }).getByRole('link').first();
	const title = (await first.textContent())!.trim();
	await first.tap();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page).toHaveURL(/ky-nang-an-toan\/[a-z0-9-]+\/$/);
});
