// Search as readers use it: the query table (children, parents, teachers, citizens) scored against its
// targets; the header box searching in place on any page; the help box for a child in danger, the
// numbers when nothing is found, and "no such document"; filters, keyboard and the phone menu; the
// search code loaded only on first use; and the page without JavaScript, which sends no words.
import { test, expect, type Page } from '@playwright/test';
import { QUERIES, type Audience } from '../support/search-queries.ts';
import { failures, runTable, score, scoreTable } from '../support/search-table.ts';

const status = (page: Page) => page.locator('[data-search-status]');

test('bảng truy vấn: ≥ 90 % trang cần tìm trong ba kết quả đầu ở mỗi nhóm người đọc, hộp trợ giúp ở mọi câu nguy hiểm', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(240_000);
	await page.goto('tim-kiem/');
	const outcomes = await runTable(page, QUERIES, new URL(baseURL!).pathname);
	const scores = score(outcomes);
	const report = `${scoreTable(scores)}\n\n${failures(outcomes).join('\n')}`;
	for (const s of scores) {
		expect(s.top3 / s.answerable, `${s.audience}: top 3\n${report}`).toBeGreaterThanOrEqual(0.9);
		expect(s.helped, `${s.audience}: hộp trợ giúp\n${report}`).toBe(s.danger);
		expect(s.missingSaid, `${s.audience}: văn bản không có\n${report}`).toBe(s.missing);
		expect(s.empty, `${s.audience}: không có kết quả dù có trang trả lời\n${report}`).toBe(0);
	}
	const audiences: Audience[] = ['child', 'parent', 'teacher', 'citizen'];
	expect(new Set(QUERIES.map((q) => q.audience))).toEqual(new Set(audiences));
	expect(QUERIES.length).toBeGreaterThanOrEqual(120);
});

test('ô tìm ở đầu trang tìm ngay trên trang: không đổi địa chỉ, không thêm vào lịch sử, đọc số kết quả cho trình đọc màn hình', async ({
	page,
	baseURL,
}) => {
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto('tong-dai/');
	const length = await page.evaluate(() => history.length);
	const box = page.locator('#header-search-q');
	await box.fill('tổng đài');
	await box.press('Enter');
	await expect(status(page)).toHaveText(/^Có \d+ kết quả cho “tổng đài”\./);
	await expect(status(page)).toHaveAttribute('aria-live', 'polite');
	expect(page.url()).toBe(`${baseURL}tong-dai/`);
	expect(await page.evaluate(() => history.length)).toBe(length);
	await expect(page.getByRole('region', { name: 'Kết quả tìm kiếm' })).toBeVisible();
	await expect(page.locator('[data-search-results] li').first()).toContainText('Tổng đài');
	await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
	// The result links carry no query.
	for (const href of await page
		.locator('[data-search-results] a')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
		expect(href).not.toContain('?');
	// Closing forgets the words.
	await page.getByRole('button', { name: 'Đóng kết quả tìm kiếm' }).click();
	await expect(page.locator('[data-search-panel]')).toBeHidden();
	await expect(box).toHaveValue('');
	await expect(box).toBeFocused();
});

test('mã tìm kiếm và Pagefind chỉ tải khi người đọc gõ vào ô tìm', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (/\/pagefind\/|\/tim-kiem\/(tim-kiem\.js|du-lieu\.json)/.test(r.url())) loaded.push(r.url());
	});
	await page.setViewportSize({ width: 1024, height: 800 });
	// The page's clock is Playwright's: ten minutes of timers run at once, so a search loaded on a
	// delay (after the page opens, on idle) would show up here, without sleeping.
	await page.clock.install();
	for (const path of ['./', 'ky-nang-an-toan/', 'tim-kiem/']) {
		await page.goto(path);
		await page.locator('#search-q, input[type="search"]').first().focus();
		await page.clock.runFor(10 * 60_000);
		await page.waitForLoadState('networkidle');
	}
	expect(loaded).toEqual([]);
	await page.clock.resume();
	await page.locator('#search-q').fill('trẻ em');
	await expect(status(page)).toHaveText(/kết quả/);
	expect(loaded.some((u) => u.endsWith('pagefind.js'))).toBe(true);
	expect(loaded.some((u) => u.endsWith('tim-kiem.js'))).toBe(true);
});

test('câu của một em đang gặp nguy hiểm: hộp trợ giúp 111, 113, 115 đứng trước kết quả, trang “Em đang gặp chuyện gì?” cho chuyện đó đứng đầu', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto('./');
	await page.locator('#header-search-q').fill('bi bo danh');
	await page.locator('#header-search-q').press('Enter');
	const help = page.locator('[data-search-help]');
	await expect(help).toBeVisible();
	for (const n of ['111', '113', '115']) await expect(help.locator(`a[href="tel:${n}"]`)).toBeVisible();
	await expect(help).toContainText('24 giờ, không mất tiền');
	await expect(help.getByRole('link', { name: 'Nghị định 56/2017/NĐ-CP' })).toBeVisible();
	await expect(help).toContainText('Điều 23');
	await expect(help.getByRole('link', { name: /^Xem thêm: Em bị đánh/ })).toBeVisible();
	await expect(status(page)).toContainText('Số điện thoại trợ giúp ở ngay phía trên');
	const order = await page.evaluate(() => {
		const box = document.querySelector('[data-search-help]')!;
		const results = document.querySelector('[data-search-results]')!;
		return box.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order).toBeTruthy();
	await expect(page.locator('[data-search-results] li').first()).toContainText('Em bị đánh');
	// An adult asking about another child: the help box, but the ranking as it is.
	await page.locator('#header-search-q').fill('thấy trẻ bị đánh gọi số nào');
	await page.locator('#header-search-q').press('Enter');
	await expect(status(page)).toContainText('“thấy trẻ bị đánh gọi số nào”');
	await expect(help).toBeVisible();
	// An everyday question shows no help box.
	await page.locator('#header-search-q').fill('dinh dưỡng');
	await page.locator('#header-search-q').press('Enter');
	await expect(status(page)).toContainText('“dinh dưỡng”');
	await expect(help).toBeHidden();
});

test('không tìm thấy gì: nói rõ và đưa 111, 113 thành liên kết gọi', async ({ page }) => {
	await page.goto('tim-kiem/');
	await page.locator('#search-q').fill('qwxzv');
	await page.locator('#search-q').press('Enter');
	await expect(status(page)).toHaveText('Không tìm thấy trang nào cho “qwxzv”.');
	const none = page.locator('[data-search-none]');
	await expect(none.locator('a[href="tel:111"]')).toBeVisible();
	await expect(none.locator('a[href="tel:113"]')).toBeVisible();
});

test('văn bản không có trong danh mục: nói là trang không có, không đưa văn bản na ná', async ({ page }) => {
	await page.goto('tim-kiem/');
	for (const q of ['QĐ 2058', 'nghị định 999/2020']) {
		await page.locator('#search-q').fill(q);
		await page.locator('#search-q').press('Enter');
		await expect(status(page)).toHaveText(`Không có văn bản nào khớp “${q}” trên trang này.`);
		await expect(page.locator('[data-search-results] li')).toHaveCount(0);
		await expect(
			page.locator('[data-search-missing]').getByRole('link', { name: 'Xem danh mục văn bản' }),
		).toBeVisible();
	}
	await page.locator('#search-q').fill('nghị định 56/2017');
	await page.locator('#search-q').press('Enter');
	await expect(page.locator('[data-search-results] li').first()).toContainText('Nghị định 56/2017/NĐ-CP');
});

test('câu hỏi dài: bỏ từ đệm và nói đã tìm theo những từ nào', async ({ page }) => {
	await page.goto('tim-kiem/');
	await page.locator('#search-q').fill('con bị bắt nạt ở trường phải làm sao ạ');
	await page.locator('#search-q').press('Enter');
	await expect(page.locator('[data-search-results] li').first()).toContainText('Bạo lực học đường');
	await expect(page.locator('[data-search-note]')).toContainText('Đã tìm theo: bắt nạt, trường.');
	await expect(page.locator('[data-search-note]')).toContainText('Bỏ qua:');
});

test('bộ lọc thu hẹp kết quả', async ({ page }) => {
	await page.goto('tim-kiem/');
	await page.locator('#search-q').fill('trẻ em');
	await expect(status(page)).toHaveText(/kết quả/);
	const all = Number((await status(page).textContent())!.match(/\d+/)![0]);
	await page.getByText('Lọc kết quả').click();
	await page.getByLabel('Loại trang').selectOption('Văn bản');
	await expect(status(page)).not.toHaveText(`Có ${all} kết quả cho “trẻ em”.`);
	await expect(status(page)).toHaveText(/^Có \d+ kết quả/);
	const narrowed = Number((await status(page).textContent())!.match(/\d+/)![0]);
	expect(narrowed).toBeGreaterThan(0);
	expect(narrowed).toBeLessThan(all);
	for (const about of await page.locator('[data-search-results] li > p:first-of-type').allTextContents())
		expect(about).toContain('Văn bản');
});

test('bàn phím: Enter tìm, Tab tới kết quả, “Xem thêm” đưa tiêu điểm tới kết quả mới', async ({ page }) => {
	await page.goto('tim-kiem/');
	await page.locator('#search-q').focus();
	await page.keyboard.type('tre em');
	await page.keyboard.press('Enter');
	await expect(status(page)).toHaveText(/kết quả/);
	const links = page.locator('[data-search-results] h3 a');
	const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
	// The button shows once the whole first page of results is there.
	await expect(more).toBeVisible();
	const before = await links.count();
	expect(before).toBe(5);
	await more.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => links.count()).toBeGreaterThan(before);
	await expect(links.nth(before)).toBeFocused();
});

test('trên điện thoại: tìm trong mục lục thì mục lục đóng lại và kết quả hiện ngay dưới đầu trang', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('phap-luat/');
	await page.getByText('Mục lục').click();
	await page.locator('#menu-search-q').fill('đuối nước');
	await page.locator('#menu-search-q').press('Enter');
	await expect(status(page)).toContainText('“đuối nước”');
	await expect(page.locator('details[data-site-menu]')).not.toHaveAttribute('open');
	await expect(page.getByRole('heading', { name: 'Kết quả tìm kiếm' })).toBeFocused();
	await expect(page.locator('[data-search-results] li').first()).toBeInViewport();
});

test('ô tìm ở trang chủ hiện kết quả ngay dưới ô', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto('./');
	await page.locator('#home-search-q').fill('sơ cứu');
	await page.locator('#home-search-q').press('Enter');
	await expect(status(page)).toContainText('“sơ cứu”');
	const follows = await page.evaluate(() => {
		const form = document.querySelector('#home-search-q')!.closest('form')!;
		return form.nextElementSibling?.hasAttribute('data-search-panel') ?? false;
	});
	expect(follows).toBe(true);
});

test.describe('JavaScript tắt', () => {
	test.use({ javaScriptEnabled: false });

	test('ô tìm ở đầu trang không gửi chữ đã gõ; trang tìm kiếm nói cần JavaScript và đưa ra các mục chính', async ({
		page,
		baseURL,
	}) => {
		await page.setViewportSize({ width: 1024, height: 800 });
		await page.goto('./');
		await page.locator('#header-search-q').fill('duoi nuoc');
		await page.locator('#header-search-q').press('Enter');
		await page.waitForURL(/tim-kiem\//);
		expect(page.url()).not.toContain('duoi');
		expect(new URL(page.url()).pathname).toBe(`${new URL(baseURL!).pathname}tim-kiem/`);
		await expect(page.getByText('Ô tìm kiếm cần JavaScript')).toBeVisible();
		for (const name of ['Luật và quyền trẻ em', 'Kỹ năng an toàn', 'Tổng đài']) {
			await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
		}
		await expect(page.locator('[data-search-help]')).toBeHidden();
	});
});
