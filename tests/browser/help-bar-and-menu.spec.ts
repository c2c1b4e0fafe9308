// The skeleton a reader meets on every page: hotlines first, a menu that works by keyboard and without
// JavaScript, every section reachable, and a 404 that still offers help.
import { test, expect } from '@playwright/test';

const PHONE = { width: 360, height: 640 };

for (const javaScriptEnabled of [true, false]) {
	test.describe(`điện thoại 360 px, JavaScript ${javaScriptEnabled ? 'bật' : 'tắt'}`, () => {
		test.use({ viewport: PHONE, javaScriptEnabled, isMobile: true, hasTouch: true });

		test('hai số 111 và 1800 6605 hiện ngay, không cần cuộn, và bấm là gọi', async ({ page }) => {
			await page.goto('./');
			const bar = page.getByRole('navigation', { name: 'Trợ giúp nhanh' });
			for (const [name, tel] of [
				[/^111 /, 'tel:111'],
				[/^1800 6605 /, 'tel:18006605'],
			] as const) {
				const link = bar.getByRole('link', { name });
				await expect(link).toBeInViewport({ ratio: 1 });
				await expect(link).toHaveAttribute('href', tel);
				const box = (await link.boundingBox())!;
				expect(box.height).toBeGreaterThanOrEqual(44);
				expect(box.width).toBeGreaterThanOrEqual(44);
			}
		});

		test('mục lục mở ra và dẫn tới mọi mục chính', async ({ page }) => {
			await page.goto('./');
			await page.getByText('Mục lục').click();
			const nav = page.getByRole('navigation', { name: 'Mục chính' });
			for (const name of [
				'Luật và quyền trẻ em',
				'Kỹ năng an toàn',
				'Tổng đài',
				'Tháng hành động',
				'Tài liệu',
				'Tìm kiếm',
			]) {
				await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
			}
		});
	});
}

test('mục lục mở bằng bàn phím trên điện thoại', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('./');
	const summary = page.locator('summary', { hasText: 'Mục lục' });
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Tổng đài', exact: true }),
	).toBeVisible();
});

test('trên màn hình rộng mục chính luôn hiện, không cần mở', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	await expect(page.getByText('Mục lục')).toBeHidden();
	await expect(
		page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Kỹ năng an toàn' }),
	).toBeVisible();
});

test('mọi liên kết của mục chính mở được trang có tiêu đề', async ({ page, request }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	const links = page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link');
	const hrefs = await links.evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThanOrEqual(10);
	for (const href of hrefs) {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
	}
	await links.filter({ hasText: 'Tổng đài' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng đài và số khẩn cấp');
	await expect(page.getByRole('link', { name: 'Tổng đài', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('liên kết bỏ qua là thứ đầu tiên nhận tiêu điểm và đưa tới nội dung chính', async ({ page }) => {
	await page.goto('./tong-dai/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Bỏ qua để đến nội dung' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#noi-dung$/);
});

test('ô tìm kiếm ở đầu trang tìm ngay trên trang, không đổi địa chỉ', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./phap-luat/');
	await page.getByRole('searchbox', { name: 'Tìm trong trang' }).first().fill('đuối nước');
	await page.getByRole('button', { name: 'Tìm' }).first().click();
	await expect(page.locator('[data-search-status]')).toContainText('“đuối nước”');
	await expect(page).toHaveURL(/\/phap-luat\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luật và quyền trẻ em');
});

test('trang không tồn tại trả mã 404 và vẫn có số gọi trợ giúp', async ({ page }) => {
	const response = await page.goto('./khong-co-trang-nay/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
	await expect(page.getByRole('main').getByRole('link', { name: /^111 / })).toHaveAttribute('href', 'tel:111');
});

test('sitemap liệt kê trang với địa chỉ tuyệt đối và không có trang 404', async ({ request }) => {
	const index = await (await request.get('sitemap-index.xml')).text();
	const first = index.match(/<loc>([^<]+)<\/loc>/)![1]!;
	const sitemap = await (await request.get(new URL(first).pathname)).text();
	const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
	expect(locs.length).toBeGreaterThan(10);
	for (const loc of locs) expect(loc).toMatch(/^https?:\/\/[^/]+\//);
	expect(locs.some((l) => l.includes('404'))).toBe(false);
});
