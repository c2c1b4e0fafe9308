// A child in trouble on a 360 px phone: help in their own words within two taps of the home page, the
// national line in the first screen of every situation page, every call link big enough to tap, and
// a help bar that stays small when the text is made twice as large.
import { test, expect, type Page } from '@playwright/test';
import { readMdxFrontmatter, builtPages, pagePath } from '../support/utils.ts';

const PHONE = { width: 360, height: 640 };
const situations = readMdxFrontmatter('situations').map(({ slug, data }) => ({
	slug,
	title: (data as { title: string }).title,
}));

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

async function tapLink(page: Page, name: string | RegExp) {
	await page.getByRole('main').getByRole('link', { name }).first().tap();
}

test('có ít nhất tám trang “Em đang gặp chuyện gì?”', () => {
	expect(situations.length).toBeGreaterThanOrEqual(8);
});

for (const { slug, title } of situations) {
	test(`trang chủ → “${title}” trong hai chạm; 111 ở màn hình đầu; có “Khi em gọi…” và nguồn`, async ({ page }) => {
		await page.goto('./');
		await tapLink(page, 'Em đang gặp chuyện gì?');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Em đang gặp chuyện gì?');
		await tapLink(page, title);
		await expect(page).toHaveURL(new RegExp(`/giup-em/${slug}/$`));
		const call = page.getByRole('main').locator('a[href="tel:111"]').first();
		await expect(call).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('main').getByRole('link', { name: /^Khi em gọi/ })).toHaveAttribute(
			'href',
			/\/khi-em-goi-111\/$/,
		);
		await expect(page.getByRole('heading', { name: 'Nguồn', exact: true })).toBeAttached();
	});
}

test('trang chủ → “Khi em gọi…” trong hai chạm, → Báo tin trong một chạm', async ({ page }) => {
	await page.goto('./');
	await tapLink(page, 'Em đang gặp chuyện gì?');
	await tapLink(page, /^Khi em gọi/);
	await expect(page).toHaveURL(/\/khi-em-goi-111\/$/);
	await page.goto('./');
	await tapLink(page, /Cách báo tin/);
	await expect(page).toHaveURL(/\/bao-tin\/$/);
});

test('chữ phóng to 200% trên màn hình 320 × 640: thanh trợ giúp chiếm tối đa một phần tư, số không bị ngắt dòng', async ({
	page,
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['./', 'giup-em/bi-danh-o-nha/', 'ky-nang-an-toan/phong-chong-duoi-nuoc/']) {
		await page.goto(path);
		await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
		const bar = page.locator('[data-help-bar]');
		const box = (await bar.boundingBox())!;
		expect(box.height, path).toBeLessThanOrEqual(640 / 4);
		for (const link of await bar.locator('a[href^="tel:"]').all()) {
			const number = link.locator('span').first();
			const lines = await number.evaluate((el) =>
				Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
			);
			expect(lines, `${path} ${await number.innerText()}`).toBe(1);
			const linkBox = (await link.boundingBox())!;
			expect(linkBox.x + linkBox.width, path).toBeLessThanOrEqual(320);
		}
		await expect(bar.locator('a[data-quick-exit]')).toBeInViewport({ ratio: 1 });
	}
});

test('mọi liên kết gọi điện, cả trong câu chữ, rộng và cao ít nhất 44 × 44 px', async ({ page }) => {
	test.setTimeout(180_000);
	const small: string[] = [];
	for (const file of builtPages()) {
		await page.goto(pagePath(file));
		const sizes = await page.locator('a[href^="tel:"]').evaluateAll((links) =>
			links
				.filter((a) => (a as HTMLElement).offsetParent !== null)
				.map((a) => {
					const r = a.getBoundingClientRect();
					return { text: a.textContent?.trim().slice(0, 20) ?? '', w: Math.round(r.width), h: Math.round(r.height) };
				}),
		);
		for (const s of sizes) if (s.w < 44 || s.h < 44) small.push(`${file}: "${s.text}" ${s.w}×${s.h}`);
	}
	expect(small).toEqual([]);
});
