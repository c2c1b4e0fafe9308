// Search as a reader uses it (issue 7): from the header box, with or without diacritics (the letter đ
// included), filters, a page that works without JavaScript, and Pagefind loaded only when needed.
import { test, expect, type Page } from '@playwright/test';
import { QUERIES } from './search-queries.ts';

/** Runs a query on the search page and returns the paths of the results shown, best first. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.goto('tim-kiem/');
	await page.getByRole('searchbox', { name: 'Tìm trong trang' }).last().fill(query);
	const status = page.locator('[data-search-status]');
	await expect(status).toHaveText(/kết quả|Không tìm thấy/, { timeout: 10_000 });
	const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return hrefs;
}

test.describe('bảng truy vấn: trang cần tìm nằm trong ba kết quả đầu', () => {
	for (const { query, expect: path } of QUERIES) {
		test(`“${query}” → ${path}`, async ({ page, baseURL }) => {
			const base = new URL(baseURL!).pathname;
			const results = await search(page, query);
			expect(results.slice(0, 3), `kết quả: ${results.slice(0, 5).join(', ')}`).toContain(`${base}${path}`);
		});
	}
});

test('ô tìm ở đầu trang đưa tới kết quả, đọc số kết quả cho trình đọc màn hình, rồi xóa từ khóa khỏi địa chỉ', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto('tong-dai/');
	const box = page.locator('#header-search-q');
	await box.fill('tổng đài');
	await box.press('Enter');
	const status = page.getByRole('status').filter({ hasText: 'kết quả' });
	await expect(status).toHaveText(/^Có \d+ kết quả cho “tổng đài”\.$/);
	await expect(page.locator('[data-search-status]')).toHaveAttribute('aria-live', 'polite');
	await expect(page).toHaveURL(/\/tim-kiem\/$/);
	await expect(page.locator('#search-q')).toHaveValue('tổng đài');
	await expect(page.locator('[data-search-results] li').first()).toContainText('Tổng đài');
	await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
});

test('Pagefind chỉ tải khi người đọc tìm trên trang tìm kiếm', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) loaded.push(r.url());
	});
	await page.goto('./');
	await page.goto('ky-nang-an-toan/');
	await page.goto('tim-kiem/');
	await page.waitForTimeout(500);
	expect(loaded).toEqual([]);
	await page.locator('#search-q').fill('trẻ em');
	await expect(page.locator('[data-search-status]')).toHaveText(/kết quả/);
	expect(loaded.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test('bộ lọc thu hẹp kết quả', async ({ page }) => {
	await page.goto('tim-kiem/');
	await page.locator('#search-q').fill('trẻ em');
	const status = page.locator('[data-search-status]');
	await expect(status).toHaveText(/kết quả/);
	const all = Number((await status.textContent())!.match(/\d+/)![0]);
	await page.getByText('Lọc kết quả').click();
	await page.getByLabel('Loại trang').selectOption('Văn bản');
	await expect(status).not.toHaveText(`Có ${all} kết quả cho “trẻ em”.`);
	await expect(status).toHaveText(/^Có \d+ kết quả/);
	const narrowed = Number((await status.textContent())!.match(/\d+/)![0]);
	expect(narrowed).toBeGreaterThan(0);
	expect(narrowed).toBeLessThan(all);
	for (const about of await page.locator('[data-search-results] li > p:first-of-type').allTextContents()) expect(about).toContain('Văn bản');
});

test('bàn phím: Enter tìm, Tab tới kết quả, “Xem thêm” đưa tiêu điểm tới kết quả mới', async ({ page }) => {
	await page.goto('tim-kiem/');
	await page.locator('#search-q').focus();
	await page.keyboard.type('tre em');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-search-status]')).toHaveText(/kết quả/);
	const links = page.locator('[data-search-results] h2 a');
	const before = await links.count();
	const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
	await expect(more).toBeVisible();
	await more.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => links.count()).toBeGreaterThan(before);
	await expect(links.nth(before)).toBeFocused();
});

test.describe('JavaScript tắt', () => {
	test.use({ javaScriptEnabled: false });

	test('trang tìm kiếm nói cần JavaScript và đưa ra các mục chính', async ({ page }) => {
		await page.goto('./');
		await page.setViewportSize({ width: 1024, height: 800 });
		await page.locator('#header-search-q').fill('duoi nuoc');
		await page.locator('#header-search-q').press('Enter');
		await expect(page).toHaveURL(/tim-kiem\/\?q=duoi\+nuoc/);
		await expect(page.getByText('Ô tìm kiếm cần JavaScript')).toBeVisible();
		for (const name of ['Luật và quyền trẻ em', 'Kỹ năng an toàn', 'Tổng đài']) {
			await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
		}
	});
});
