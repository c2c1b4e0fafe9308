// What the browser keeps of a search: nothing. In a persistent Chromium profile a reader searches from
// the header of a guide and from the search page, opens a result and leaves; the browser is closed
// and its own files are read: the History database (visited addresses and titles, the words typed
// into sites' search boxes) and Web Data (the search engines Chromium registers by itself from a
// site's search form). The words are in none of them, no request carried them, and a word typed only
// here (a canary) is in no file of the profile at all.
import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromiumPath } from '../../scripts/lib/programs.ts';

/** What the reader types: a child's words (from the header) and a word found nowhere else (the canary). */
const CHILD = 'bị bố đánh';
const CANARY = 'chuột túi tím kangaroo4729';

/** Every file under a directory. */
function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

/** Rows of one query on a Chromium SQLite file, opened read-only after the browser has closed. */
function rows(file: string, sql: string): Record<string, unknown>[] {
	const db = new DatabaseSync(file, { readOnly: true });
	try {
		return db.prepare(sql).all() as Record<string, unknown>[];
	} finally {
		db.close();
	}
}

/** The text forms a typed word may take in a URL or a file: as typed, percent-encoded, with "+". */
function forms(words: string): string[] {
	return [
		...new Set([
			words,
			encodeURIComponent(words),
			encodeURIComponent(words).replace(/%20/g, '+'),
			words.replace(/ /g, '+'),
		]),
	];
}

test('tìm ở đầu trang và ở trang tìm kiếm: lịch sử, Web Data và mọi tệp của hồ sơ trình duyệt không giữ chữ đã gõ', async ({
	baseURL,
}) => {
	test.setTimeout(120_000);
	const profile = mkdtempSync(join(tmpdir(), 'bvte-profile-'));
	const origin = new URL(baseURL!).origin;
	/** Each request to the site as one text: its address, body and Referer. */
	const sent: Promise<string>[] = [];
	try {
		const executablePath = chromiumPath();
		const context = await chromium.launchPersistentContext(profile, {
			...(executablePath ? { executablePath } : {}),
			args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
			baseURL: baseURL!,
			viewport: { width: 1280, height: 800 },
		});
		context.on('request', (r) => {
			if (r.url().startsWith(origin))
				sent.push(
					r.headerValue('referer').then(
						(referer) => [r.url(), r.postData() ?? '', referer ?? ''].join(' '),
						() => r.url(),
					),
				);
		});
		const page = context.pages()[0] ?? (await context.newPage());

		// A control visit: proves the History file read below is the one this browser wrote.
		await page.goto('tong-dai/?kiem-tra-lich-su=1');

		// From the header of a guide: results in place, the address unchanged.
		await page.goto('ky-nang-an-toan/phong-chong-duoi-nuoc/');
		const before = await page.evaluate(() => history.length);
		await page.locator('#header-search-q').fill(CHILD);
		await page.locator('#header-search-q').press('Enter');
		await expect(page.locator('[data-search-status]')).toContainText(`“${CHILD}”`);
		await expect(page.locator('[data-search-help]')).toBeVisible();
		expect(page.url()).toBe(`${baseURL}ky-nang-an-toan/phong-chong-duoi-nuoc/`);
		expect(await page.evaluate(() => history.length)).toBe(before);

		// On the search page, typing (no Enter), then the canary.
		await page.goto('tim-kiem/');
		await page.locator('#search-q').fill('muon chet');
		await expect(page.locator('[data-search-status]')).toContainText('“muon chet”');
		await page.locator('#search-q').fill(CANARY);
		await page.locator('#search-q').press('Enter');
		await expect(page.locator('[data-search-status]')).toContainText(`“${CANARY}”`);
		expect(page.url()).toBe(`${baseURL}tim-kiem/`);

		// Open a result from the header search: the page of results is not kept in the tab's history.
		await page.goto('thang-hanh-dong/');
		await page.locator('#header-search-q').fill('sơ cứu bỏng');
		await page.locator('#header-search-q').press('Enter');
		await expect(page.locator('[data-search-status]')).toContainText('kết quả');
		await Promise.all([
			page.waitForURL((url) => !url.pathname.endsWith('/thang-hanh-dong/')),
			page.locator('[data-search-results] a').first().click(),
		]);
		expect(page.url()).not.toContain('?');
		// Searched, then left by the address bar and come Back to: the box and the panel are empty again.
		await page.goto('ky-nang-an-toan/');
		await page.locator('#header-search-q').fill('sơ cứu bỏng');
		await page.locator('#header-search-q').press('Enter');
		await expect(page.locator('[data-search-status]')).toContainText('kết quả');
		await page.goto('tong-dai/');
		await page.goBack();
		await expect(page).toHaveURL(/\/ky-nang-an-toan\/$/);
		await expect(page.locator('#header-search-q')).toHaveValue('');
		await expect(page.locator('[data-search-panel]')).toBeHidden();
		await page.goto('');
		const requests = await Promise.all(sent);
		await context.close();

		// No request carried the words: not in an address, a body or a Referer.
		const typed = [CHILD, 'muon chet', CANARY, 'sơ cứu bỏng'].flatMap(forms);
		expect(requests.length).toBeGreaterThan(10);
		for (const request of requests) for (const t of typed) expect(request).not.toContain(t);

		// History: the control visit is there; no search words, no "?q=", no search terms.
		const history = join(profile, 'Default', 'History');
		const urls = rows(history, 'SELECT url, title FROM urls');
		expect(urls.map((u) => String(u['url']))).toContain(`${origin}/tong-dai/?kiem-tra-lich-su=1`);
		for (const u of urls) {
			const text = `${decodeURIComponent(String(u['url']))} ${String(u['title'])}`.toLowerCase();
			for (const t of [CHILD, 'muon chet', CANARY, 'sơ cứu bỏng']) expect(text, String(u['url'])).not.toContain(t);
			expect(String(u['url'])).not.toMatch(/[?&]q=/);
		}
		expect(rows(history, 'SELECT term FROM keyword_search_terms')).toEqual([]);

		// Web Data: Chromium registered no search engine for the site.
		const webData = join(profile, 'Default', 'Web Data');
		const engines = rows(webData, 'SELECT short_name, keyword, url FROM keywords');
		expect(
			engines.filter(
				(k) =>
					String(k['url']).includes(new URL(origin).host) || String(k['keyword']).includes(new URL(origin).hostname),
			),
		).toEqual([]);
		expect(
			rows(webData, 'SELECT name, value FROM autofill').filter((a) =>
				typed.some((t) => String(a['value']).includes(t)),
			),
		).toEqual([]);

		// The canary, typed only into this site's search box, is in no file of the profile.
		const needles = forms(CANARY).map((f) => Buffer.from(f, 'utf8'));
		for (const file of files(profile)) {
			if (statSync(file).size > 50_000_000) continue;
			const bytes = readFileSync(file);
			for (const needle of needles) expect(bytes.includes(needle), file).toBe(false);
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});
