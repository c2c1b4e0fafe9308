// Internal links (src/lib/url.ts) under the base path the site is served from: at the domain root and
// in a sub-folder (BASE_PATH), with and without SITE_URL. The module reads the settings when it is
// imported, so each case sets the environment and imports it afresh.
import { afterEach, expect, test, vi } from 'vitest';

const ORIGIN = 'https://baovetreem.example.vn';

/** src/lib/url.ts imported with these settings: BASE_URL is what Astro gives the build (its `base`),
 *  SITE_URL the canonical origin ('' = not set, a preview build). */
async function urlWith(settings: { base: string; site: string }) {
	vi.resetModules();
	vi.stubEnv('BASE_URL', settings.base);
	vi.stubEnv('BASE_PATH', settings.base);
	vi.stubEnv('SITE_URL', settings.site);
	return import('../../src/lib/url.ts');
}

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

test('đường dẫn trong trang bắt đầu bằng một dấu "/"; "//" là địa chỉ trang khác', async () => {
	const { isRootRelative } = await urlWith({ base: '/', site: ORIGIN });
	expect(isRootRelative('/phap-luat/')).toBe(true);
	expect(isRootRelative('/')).toBe(true);
	expect(isRootRelative('//example.org/a')).toBe(false);
	expect(isRootRelative('https://www.who.int/')).toBe(false);
	expect(isRootRelative('phap-luat/')).toBe(false);
	expect(isRootRelative('#noi-dung')).toBe(false);
	expect(isRootRelative('')).toBe(false);
});

test('ở gốc tên miền, đường dẫn trong trang giữ nguyên; địa chỉ khác không bị đổi', async () => {
	const { href } = await urlWith({ base: '/', site: ORIGIN });
	expect(href('/phap-luat/')).toBe('/phap-luat/');
	expect(href('/')).toBe('/');
	expect(href('https://www.who.int/health-topics/drowning')).toBe('https://www.who.int/health-topics/drowning');
	expect(href('//example.org/a')).toBe('//example.org/a');
	expect(href('#noi-dung')).toBe('#noi-dung');
	expect(href('tel:111')).toBe('tel:111');
});

test('trong thư mục con, mọi đường dẫn trong trang mang thư mục ấy, có hay không có "/" cuối', async () => {
	for (const base of ['/bao-ve-tre-em/', '/bao-ve-tre-em']) {
		const { href } = await urlWith({ base, site: ORIGIN });
		expect(href('/phap-luat/'), base).toBe('/bao-ve-tre-em/phap-luat/');
		expect(href('/'), base).toBe('/bao-ve-tre-em/');
		expect(href('/tim-kiem/?q=111'), base).toBe('/bao-ve-tre-em/tim-kiem/?q=111');
		expect(href('https://www.who.int/'), base).toBe('https://www.who.int/');
		expect(href('//example.org/a'), base).toBe('//example.org/a');
	}
});

test('địa chỉ đầy đủ (thẻ canonical, sơ đồ trang, bản tin) nằm trên SITE_URL, trong thư mục con nếu có', async () => {
	const root = await urlWith({ base: '/', site: ORIGIN });
	expect(root.absoluteUrl('/phap-luat/')).toBe(`${ORIGIN}/phap-luat/`);
	expect(root.absoluteUrl('/')).toBe(`${ORIGIN}/`);
	const sub = await urlWith({ base: '/bao-ve-tre-em/', site: ORIGIN });
	expect(sub.absoluteUrl('/phap-luat/')).toBe(`${ORIGIN}/bao-ve-tre-em/phap-luat/`);
	expect(sub.absoluteUrl('/')).toBe(`${ORIGIN}/bao-ve-tre-em/`);
});

test('bản xem trước không có SITE_URL: địa chỉ đầy đủ là đường dẫn, không bao giờ là localhost', async () => {
	const root = await urlWith({ base: '/', site: '' });
	expect(root.absoluteUrl('/phap-luat/')).toBe('/phap-luat/');
	const sub = await urlWith({ base: '/bao-ve-tre-em/', site: '' });
	expect(sub.absoluteUrl('/phap-luat/')).toBe('/bao-ve-tre-em/phap-luat/');
	expect(sub.absoluteUrl('/')).toBe('/bao-ve-tre-em/');
});

test('đường dẫn của trang đã dựng bỏ thư mục con, để so với trình đơn', async () => {
	const sub = await urlWith({ base: '/bao-ve-tre-em/', site: ORIGIN });
	expect(sub.withoutBase('/bao-ve-tre-em/phap-luat/')).toBe('/phap-luat/');
	expect(sub.withoutBase('/bao-ve-tre-em/')).toBe('/');
	// A path outside the sub-folder (or the folder's name without its slash) is not the site's: left as it is.
	expect(sub.withoutBase('/khac/phap-luat/')).toBe('/khac/phap-luat/');
	expect(sub.withoutBase('/bao-ve-tre-em')).toBe('/bao-ve-tre-em');
	const root = await urlWith({ base: '/', site: ORIGIN });
	expect(root.withoutBase('/phap-luat/')).toBe('/phap-luat/');
	expect(root.withoutBase('/')).toBe('/');
});

test('href và withoutBase là hai chiều của nhau', async () => {
	for (const base of ['/', '/bao-ve-tre-em/']) {
		const { href, withoutBase } = await urlWith({ base, site: ORIGIN });
		for (const path of ['/', '/phap-luat/', '/ky-nang-an-toan/duoi-nuoc/'])
			expect(withoutBase(href(path)), `${base} ${path}`).toBe(path);
	}
});
