// Quality gates over every built page in a real browser: axe-core WCAG 2.2 A/AA, reflow at
// 320 CSS px, 200% text, reduced motion, focus never hidden under the sticky bar. Each browser checker
// is also fed a fixture page with a known fault (tests/fixtures/gates/), so a checker that stops
// checking fails the suite.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, pagePath } from '../support/utils.ts';
import { axeViolations, watchCspViolations, watchExternalRequests } from '../support/checks.ts';
import { SECURITY_HEADERS } from '../../src/config/security.ts';

const pages = builtPages().map((p) => (p === '404.html' ? 'khong-co-trang-nay/' : pagePath(p)));

test('axe: không trang nào có lỗi WCAG 2.2 A/AA hay lỗi thực hành tốt (best-practice, kể cả "region")', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const violations: string[] = [];
	for (const path of pages) {
		await page.goto(path);
		violations.push(...(await axeViolations(page)));
	}
	expect(violations).toEqual([]);
});

/** Every page whose content is wider than the viewport at `width` CSS px, after `prepare` (if any). */
async function pagesScrollingSideways(page: Page, width: number, prepare?: () => Promise<unknown>): Promise<string[]> {
	const wide: string[] = [];
	for (const path of pages) {
		await page.goto(path);
		await prepare?.();
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		if (scrollWidth > width) wide.push(`${path}: ${scrollWidth}px`);
	}
	return wide;
}

test('co giãn: ở 320 px không trang nào phải cuộn ngang', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 640 });
	expect(await pagesScrollingSideways(page, 320)).toEqual([]);
});

test('chữ phóng to 200%: không cuộn ngang ở 640 px (màn hình 1280 px phóng 200%)', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 640, height: 800 });
	const zoomText = () => page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
	expect(await pagesScrollingSideways(page, 640, zoomText)).toEqual([]);
});

/** Elements that move (a transition or animation longer than 0.01 s) and the page's scroll behaviour. */
async function motionOn(page: Page): Promise<{ scroll: string; moving: string[] }> {
	return page.evaluate(() => {
		const seconds = (v: string) =>
			Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1) || 0));
		const moving = [...document.querySelectorAll<HTMLElement>('*')]
			.filter((el) => {
				const s = getComputedStyle(el);
				return seconds(s.transitionDuration) > 0.01 || seconds(s.animationDuration) > 0.01;
			})
			.map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : ''));
		return { scroll: getComputedStyle(document.documentElement).scrollBehavior, moving };
	});
}

test('giảm chuyển động: trên mọi trang không cuộn mượt, không hiệu ứng khi người dùng chọn giảm chuyển động', async ({
	page,
}) => {
	test.setTimeout(180_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const problems: string[] = [];
	for (const file of builtPages()) {
		await page.goto(pagePath(file));
		const { scroll, moving } = await motionOn(page);
		if (scroll !== 'auto' || moving.length)
			problems.push(`${file}: scroll-behavior ${scroll}; ${moving.slice(0, 3).join(', ')}`);
	}
	expect(problems).toEqual([]);
});

test('bộ kiểm tra chuyển động bắt được cuộn mượt và hiệu ứng của trang mẫu', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setContent('<style>html{scroll-behavior:smooth} a{transition:color .4s}</style><a href="#x">x</a>');
	const { scroll, moving } = await motionOn(page);
	expect(scroll).toBe('smooth');
	expect(moving).toContain('a');
});

test('bàn phím trên điện thoại: mọi chỗ nhận tiêu điểm đều hiện rõ, không bị thanh trên cùng che', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('goi-ai/');
	const hidden: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const state = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			// The first line box (a link may wrap over two lines); what is drawn on top at its centre
			// must be the element itself.
			const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
			const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
			const style = getComputedStyle(el);
			const visible =
				style.outlineStyle !== 'none' || style.boxShadow !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
			return {
				name: el.textContent?.trim().slice(0, 30),
				covered: !(top && (el === top || el.contains(top))),
				visible,
			};
		});
		if (state && (state.covered || !state.visible)) hidden.push(JSON.stringify(state));
	}
	expect(hidden).toEqual([]);
});

test.describe('mỗi bộ kiểm tra trong trình duyệt bắt được lỗi của trang mẫu', () => {
	const fixture = (name: string) => readFileSync(`tests/fixtures/gates/${name}`, 'utf8');

	test('axe báo lỗi của trang mẫu', async ({ page }) => {
		await page.route('**/__mau/axe/', (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('axe-violation.html') }),
		);
		await page.goto('__mau/axe/');
		const found = (await axeViolations(page)).join('\n');
		for (const rule of ['image-alt', 'color-contrast', 'link-name']) expect(found).toContain(rule);
	});

	test('bộ theo dõi yêu cầu ra ngoài và CSP báo lỗi của trang mẫu', async ({ page, context, baseURL }) => {
		const external = watchExternalRequests(context, new URL(baseURL!).origin);
		const csp = await watchCspViolations(context);
		await context.route('https://thong-ke.example/**', (route) => route.fulfill({ status: 204 }));
		await page.route('**/__mau/csp/', (route) =>
			route.fulfill({
				contentType: 'text/html; charset=utf-8',
				headers: SECURITY_HEADERS,
				body: fixture('external-and-csp.html'),
			}),
		);
		await page.goto('__mau/csp/');
		await page.waitForLoadState('load');
		await expect.poll(() => csp.length).toBeGreaterThan(0);
		expect(csp.join('\n')).toMatch(/script-src/);
		expect(csp.join('\n')).toMatch(/img-src/);
		await expect(page).not.toHaveTitle('mã nội tuyến đã chạy');
		// The image is blocked by the policy; without the policy it would leave the site.
		const unprotected = watchExternalRequests(context, new URL(baseURL!).origin);
		await page.route('**/__mau/ngoai/', (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('external-and-csp.html') }),
		);
		await page.goto('__mau/ngoai/');
		await page.waitForLoadState('load');
		expect(unprotected.seen).toContain('https://thong-ke.example/pixel.gif');
		expect(external.seen.length).toBeGreaterThan(0);
	});
});
