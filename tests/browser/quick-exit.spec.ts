// Help one tap away and leaving in one tap: the hotline bar on a phone, the quick exit by
// click, Shift ×3 and Esc ×2, what it ignores, Back after leaving, and print.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';

const PHONE = { width: 360, height: 640 };
const NEUTRAL_TITLE = 'Trang trung lập (thử nghiệm)';

/** Route the neutral site (another origin, configured by QUICK_EXIT_URL) to a local stub page. */
async function stubNeutralSite(context: BrowserContext, page: Page): Promise<string> {
	await page.goto('./');
	const exit = await page.locator('a[data-quick-exit]').getAttribute('href');
	const origin = new URL(exit!).origin;
	await context.route(`${origin}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><title>${NEUTRAL_TITLE}</title><h1>Thời tiết</h1>`,
		}),
	);
	return exit!;
}

/** True once the quick exit has started: it hides the page in the key or click handler itself. */
const isLeaving = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('is-leaving'));
const status = (page: Page) => page.locator('[role="status"][data-quick-exit-status]');

async function expectLeft(page: Page) {
	await expect(page).toHaveTitle(NEUTRAL_TITLE);
}

test.describe('thoát nhanh', () => {
	test.use({ viewport: PHONE });

	test('bấm nút: sang trang trung lập, và nút Quay lại không trở về trang vừa đọc', async ({ page, context }) => {
		await stubNeutralSite(context, page);
		await page.goto('./');
		await page.goto('tong-dai/');
		await page.getByRole('link', { name: 'Thoát nhanh', exact: true }).click();
		await expectLeft(page);
		await page.goBack();
		// Back skips the hotline page (its history entry was replaced) and lands on the page before it.
		await expect(page).toHaveURL(/\/$/);
		await expect(page).not.toHaveURL(/tong-dai/);
		// …and that page is shown, never left blank by the hiding overlay.
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
	});

	test('cả lần đọc chỉ là một bước trong lịch sử: sau khi thoát, Quay lại về trang mở trước khi vào trang này', async ({
		page,
		context,
	}) => {
		const exit = await stubNeutralSite(context, page);
		// A page of another site the reader had open before this one (the neutral stub's origin).
		const before = new URL('/truoc-do', exit).href;
		await page.goto(before);
		await page.goto('./');
		await page
			.getByRole('main')
			.getByRole('link', { name: /Không biết gọi ai/ })
			.click();
		await expect(page).toHaveURL(/goi-ai\/$/);
		await page.getByRole('navigation', { name: 'Bạn đang ở' }).getByRole('link', { name: 'Trang chủ' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảo vệ trẻ em Hải Phòng');
		await page.getByRole('link', { name: 'Thoát nhanh', exact: true }).click();
		await expectLeft(page);
		await page.goBack();
		await expect(page).toHaveURL(before);
	});

	test('bấm nút: trang bị ẩn ngay khi trang trung lập còn đang tải', async ({ page, context }) => {
		await page.goto('tong-dai/');
		const exit = (await page.locator('a[data-quick-exit]').getAttribute('href'))!;
		// The neutral site answers only when the test lets it: meanwhile this page must already be hidden.
		let answer: () => void = () => undefined;
		const answered = new Promise<void>((resolve) => (answer = resolve));
		await context.route(`${new URL(exit).origin}/**`, async (route) => {
			await answered;
			await route.fulfill({
				contentType: 'text/html; charset=utf-8',
				body: `<!doctype html><title>${NEUTRAL_TITLE}</title>`,
			});
		});
		// The page reports its own state the moment the exit starts (a console message arrives even while
		// the navigation is pending, when the page cannot be queried).
		await page.evaluate(() => {
			new MutationObserver(() => {
				if (document.documentElement.classList.contains('is-leaving')) {
					// The next frame: the style is the one a reader would see.
					requestAnimationFrame(() =>
						console.log(`leaving|${getComputedStyle(document.body).visibility}|${document.title}`),
					);
				}
			}).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
		});
		const report = page.waitForEvent('console', (m) => m.text().startsWith('leaving|'));
		await page.getByRole('link', { name: 'Thoát nhanh', exact: true }).click({ noWaitAfter: true });
		expect((await report).text()).toBe('leaving|hidden|');
		answer();
		await expectLeft(page);
	});

	test('bấm Shift ba lần thì thoát, và mỗi lần bấm được đọc cho trình đọc màn hình', async ({ page, context }) => {
		await stubNeutralSite(context, page);
		await page.goto('tong-dai/');
		await page.keyboard.press('Shift');
		await expect(page.locator('[role="status"][data-quick-exit-status]')).toHaveText(/Shift thêm 2 lần/);
		await page.keyboard.press('Shift');
		await expect(page.locator('[data-quick-exit-status]')).toHaveText(/Shift thêm 1 lần/);
		await page.keyboard.press('Shift');
		await expectLeft(page);
	});

	test('bấm Esc hai lần thì thoát', async ({ page, context }) => {
		await stubNeutralSite(context, page);
		await page.goto('tong-dai/');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expectLeft(page);
	});

	test('gõ chữ hoa trong ô tìm kiếm không làm trang thoát', async ({ page, context }) => {
		await stubNeutralSite(context, page);
		await page.goto('tim-kiem/');
		const box = page.getByRole('searchbox').first();
		await box.focus();
		for (const key of ['Shift', 'Shift', 'Shift', 'Shift+KeyH', 'Shift+KeyA', 'Shift+KeyI'])
			await page.keyboard.press(key);
		await expect(box).toHaveValue('HAI');
		for (const key of ['Escape', 'Escape']) await page.keyboard.press(key);
		// Leaving hides the page in the same key handler, before the navigation starts: no wait needed.
		expect(await isLeaving(page)).toBe(false);
		await expect(status(page)).toHaveText('');
		await expect(page).toHaveURL(/tim-kiem/);
	});

	test('phím khác ở giữa làm lại từ đầu; Esc khi mục lục đang mở chỉ đóng mục lục', async ({ page, context }) => {
		await stubNeutralSite(context, page);
		await page.goto('tong-dai/');
		for (const key of ['Shift', 'Shift', 'a']) await page.keyboard.press(key);
		await expect(status(page)).toHaveText('');
		await page.keyboard.press('Shift');
		await expect(status(page)).toHaveText(/Shift thêm 2 lần/);
		expect(await isLeaving(page)).toBe(false);
		await page.getByText('Mục lục').click();
		await page.keyboard.press('Escape');
		await expect(page.locator('details[data-site-menu]')).not.toHaveAttribute('open');
		expect(await isLeaving(page)).toBe(false);
		// The Esc that closed the menu did not count: one more Esc starts the count, it does not leave.
		await page.keyboard.press('Escape');
		await expect(status(page)).toHaveText(/Esc thêm 1 lần/);
		expect(await isLeaving(page)).toBe(false);
		await expect(page).toHaveURL(/tong-dai/);
	});

	test('là điểm dừng đầu tiên sau liên kết bỏ qua, và không in ra giấy', async ({ page }) => {
		await page.goto('tong-dai/');
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveText('Bỏ qua để đến nội dung');
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit', '');
		await expect(page.locator(':focus')).toBeInViewport({ ratio: 1 });
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('a[data-quick-exit]')).toBeHidden();
	});

	test('đứng yên ở đầu màn hình khi cuộn, không che nội dung khi chưa cuộn', async ({ page }) => {
		await page.goto('xoa-dau-vet/');
		const exit = page.locator('a[data-quick-exit]');
		const header = page.locator('header').first();
		const exitBox = (await exit.boundingBox())!;
		const headerBox = (await header.boundingBox())!;
		expect(exitBox.y + exitBox.height).toBeLessThanOrEqual(headerBox.y + 0.5);
		await page.mouse.wheel(0, 1500);
		await expect(exit).toBeInViewport({ ratio: 1 });
	});
});

test.describe('JavaScript tắt', () => {
	test.use({ viewport: PHONE, javaScriptEnabled: false });

	test('Thoát nhanh vẫn là một liên kết thường tới trang trung lập, không gửi địa chỉ trang', async ({ page }) => {
		await page.goto('tong-dai/');
		const exit = page.getByRole('link', { name: 'Thoát nhanh', exact: true });
		await expect(exit).toBeInViewport({ ratio: 1 });
		await expect(exit).toHaveAttribute('rel', /noreferrer/);
		const href = (await exit.getAttribute('href'))!;
		expect(new URL(href).origin).not.toBe(new URL(page.url()).origin);
	});
});

test('tên đọc được của hai số bắt đầu bằng chữ hiện trên màn hình và nói rõ số đó là gì', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('./');
	const bar = page.getByRole('navigation', { name: 'Trợ giúp nhanh' });
	const links = bar.locator('a[href^="tel:"]');
	await expect(links).toHaveCount(2);
	for (const link of await links.all()) {
		const visible = (await link.innerText()).replace(/\s+/g, ' ').trim();
		await expect(link).toHaveAccessibleName(visible);
		expect(visible).toMatch(/^(111|1800 6605) \S/);
	}
});
