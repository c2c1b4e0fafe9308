// Offline by choice: nothing is stored until a reader presses "Lưu để đọc khi mất mạng"; then, with the
// network cut, every kept page opens (hotline and help pages, the children's pages, every guide, the
// materials page and the search page), a printable PDF comes from the copy, search finds pages, and a
// page the copy does not keep falls back to the hotline page. "Xóa bản lưu" (on the control, and on
// /xoa-dau-vet/) leaves no worker, no cache, no storage. Without JavaScript the control is hidden.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { NOTHING_STORED, storedData } from '../support/checks.ts';
import { addressOf, keptFiles } from '../../src/components/offline/offline-files.ts';
import { walk } from '../support/utils.ts';

const WORKER = 'dist/sw.js';

/** The pages the copy keeps, as addresses under the base ("tong-dai/"). */
const keptPages = () =>
	keptFiles(walk('dist'))
		.filter((f) => f.endsWith('.html'))
		.map(addressOf);

/** The page's offline control, brought near the screen (its script loads then) and ready. */
async function readyControl(page: Page) {
	const control = page.locator('[data-offline]');
	await control.scrollIntoViewIfNeeded();
	await expect(control).toHaveAttribute('data-state', /.+/);
	return control;
}

async function saveCopy(page: Page) {
	await page.goto('tong-dai/');
	const control = await readyControl(page);
	await expect(control).toHaveAttribute('data-state', 'none');
	await control.getByRole('button', { name: 'Lưu để đọc khi mất mạng' }).click();
	await expect(control.locator('[data-offline-status]')).toHaveText(
		/đang giữ bản lưu để đọc khi mất mạng \([\d,]+ (MB|KB)\)/,
		{
			timeout: 60_000,
		},
	);
	await expect(control.getByRole('button', { name: 'Xóa bản lưu' })).toBeVisible();
	await expect(control.getByRole('button', { name: 'Lưu để đọc khi mất mạng' })).toBeHidden();
}

test('mặc định không lưu gì: nút chỉ đọc trạng thái, không tạo worker hay bộ nhớ đệm', async ({ page }) => {
	for (const path of ['tong-dai/', 'tai-lieu/', 'ky-nang-an-toan/phong-chong-duoi-nuoc/', 'xoa-dau-vet/']) {
		await page.goto(path);
		await expect(await readyControl(page)).toHaveAttribute('data-state', 'none');
	}
	await expect(page.locator('[data-offline-status]')).toHaveText('Điện thoại này không giữ bản lưu nào của trang web.');
	expect(await storedData(page)).toEqual(NOTHING_STORED);
});

test('lưu, mất mạng: mọi trang được giữ mở được, PDF, tìm kiếm; trang không giữ thì hiện trang số điện thoại', async ({
	page,
	context,
}) => {
	test.setTimeout(180_000);
	await saveCopy(page);
	const stored = await storedData(page);
	expect(stored.serviceWorkers).toBe(1);
	expect(stored.caches).toHaveLength(1);
	expect({ ...stored, caches: [], serviceWorkers: 0 }).toEqual(NOTHING_STORED);

	await context.setOffline(true);
	const pages = keptPages();
	expect(pages.length).toBeGreaterThan(30);
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('[data-help-bar] a[href="tel:111"]'), path).toBeVisible();
		await expect(page.locator('main h1'), path).toBeVisible();
	}

	// A printable material, as the materials page links it.
	await page.goto('tai-lieu/');
	const pdf = await page.locator('a[href$=".pdf"]').first().getAttribute('href');
	const file = await page.evaluate(async (url) => {
		const r = await fetch(url!);
		return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
	}, pdf);
	expect(file.status).toBe(200);
	expect(file.type).toBe('application/pdf');
	const name = pdf!.split('/').pop()!;
	expect(readdirSync('dist/tai-lieu')).toContain(name);

	// Search, from the kept index.
	await page.goto('tim-kiem/');
	await page.locator('#search-q').fill('đuối nước');
	await expect(page.locator('[data-search-status]')).toHaveText(/Có \d+ kết quả/, { timeout: 15_000 });
	await expect(page.locator('[data-search-results] li a').first()).toBeVisible();

	// A page the copy does not keep: the hotline page instead of the browser's error.
	await page.goto('phap-luat/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng đài và số khẩn cấp');

	await context.setOffline(false);
	await page.goto('tong-dai/');
	await expect(await readyControl(page)).toHaveAttribute('data-state', 'saved');
	await page.getByRole('button', { name: 'Xóa bản lưu' }).click();
	await expect(page.locator('[data-offline-status]')).toHaveText(
		'Đã xóa bản lưu. Trang web không còn giữ gì trên điện thoại này.',
	);
	expect(await storedData(page)).toEqual(NOTHING_STORED);
	await page.reload();
	expect(await storedData(page)).toEqual(NOTHING_STORED);
	await expect(await readyControl(page)).toHaveAttribute('data-state', 'none');
});

test('“Xóa bản lưu” trên trang xóa dấu vết xóa worker và mọi bộ nhớ đệm', async ({ page }) => {
	test.setTimeout(120_000);
	await saveCopy(page);
	await page.goto('xoa-dau-vet/');
	const control = await readyControl(page);
	await expect(control).toHaveAttribute('data-state', 'saved');
	await expect(control.getByRole('button', { name: 'Lưu để đọc khi mất mạng' })).toHaveCount(0);
	await control.getByRole('button', { name: 'Xóa bản lưu' }).click();
	await expect(control.locator('[data-offline-status]')).toHaveText(/Đã xóa bản lưu/);
	expect(await storedData(page)).toEqual(NOTHING_STORED);
});

test('bản lưu cập nhật khi trang web đổi: worker mới chỉ tải lại tệp đã đổi, rồi xóa bản cũ', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	await saveCopy(page);
	await page.goto('tai-lieu/');
	await readyControl(page);
	// What the worker asks the server for while it updates.
	const fetched: string[] = [];
	context.on('request', (request) => {
		if (request.serviceWorker()) fetched.push(new URL(request.url()).pathname);
	});
	// A new build, as the next `npm run build` would write it: the worker's list with the hotline page's
	// hash changed. Served from dist/ for this test only, then put back.
	const original = readFileSync(WORKER, 'utf8');
	try {
		writeFileSync(
			WORKER,
			original
				.replace(/version:"([0-9a-f]+)"/, 'version:"0000$1"')
				.replace(/(path:"tong-dai\/",hash:")[0-9a-f]+/, '$1ffffffffffffffff'),
		);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await expect
			.poll(() => page.evaluate(async () => (await caches.keys()).join()), { timeout: 30_000 })
			.toMatch(/^bvte-ban-luu-0000[0-9a-f]+$/);
	} finally {
		writeFileSync(WORKER, original);
	}
	// The browser's own check of the worker script aside, only the changed file was fetched.
	expect(fetched.filter((path) => !path.endsWith('/sw.js'))).toEqual(['/tong-dai/']);
	await page.getByRole('button', { name: 'Xóa bản lưu' }).click();
	expect(await storedData(page)).toEqual(NOTHING_STORED);
});

test.describe('không có JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('nút lưu bị ẩn, vì không làm được gì', async ({ page }) => {
		for (const path of ['tong-dai/', 'xoa-dau-vet/']) {
			await page.goto(path);
			await expect(page.locator('[data-offline]')).toBeHidden();
		}
	});
});
