// Printable materials (issue 8): every generated PDF opened with pdfjs-dist in Chromium — its text
// extracted and checked (Vietnamese words, the guide's key steps, both hotlines, the site's address),
// its page size checked, and page 1 rendered to check that the hotline box really has ink (extraction
// alone passes a blank page). Also the library page, the guide's link to its leaflet, and print.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { readData, readMdxFrontmatter, walk } from '../utils.ts';
import { SITE_URL, BASE_PATH } from '../../src/config/site.ts';
import { PAPER } from '../../src/lib/materials/pdf.ts';
import { routes } from '../../src/config/routes.ts';
import { href } from '../../src/lib/url.ts';

interface Listed {
	file: string;
	url: string;
	kind: 'leaflet' | 'poster' | 'cards';
	paper: keyof typeof PAPER;
	pages: number;
	size: number;
	guidePath?: string;
}

/** Page objects of a PDF written without object streams (lib/materials: useObjectStreams: false). */
const pageCount = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** What the library must hold, from content data (the site publishes no list of its own): one A4
 *  leaflet per full guide, the A3 hotline poster, the A4 poster of the newest campaign year with a
 *  theme, and the sheet of hotline cards. Size and page count are read from the built files. */
function expectedMaterials(): Listed[] {
	const guides = readMdxFrontmatter('guides').filter(({ data }) => (data as { kind?: string }).kind === 'full');
	const campaign = readData<{ year: number; theme?: unknown }>('campaigns')
		.filter((c) => c.theme)
		.sort((a, b) => b.year - a.year)[0];
	const items: Omit<Listed, 'url' | 'pages' | 'size'>[] = [
		{ file: 'ap-phich-tong-dai-a3.pdf', kind: 'poster', paper: 'A3' },
		...(campaign ? [{ file: `ap-phich-thang-hanh-dong-${campaign.year}.pdf`, kind: 'poster' as const, paper: 'A4' as const }] : []),
		{ file: 'the-so-dien-thoai.pdf', kind: 'cards', paper: 'A4' },
		...guides.map(({ slug }) => ({ file: `to-roi-${slug}.pdf`, kind: 'leaflet' as const, paper: 'A4' as const, guidePath: routes.guide(slug) })),
	];
	return items.map((m) => {
		const bytes = readFileSync(`dist/tai-lieu/${m.file}`);
		return { ...m, url: href(routes.material(m.file)), size: statSync(`dist/tai-lieu/${m.file}`).size, pages: pageCount(bytes) };
	});
}
const listed = expectedMaterials();
const hotlines = readData<{ id: string; display: string; kind: string }>('hotlines');
const display = (text: string) => text.replace(/\{so:([a-z0-9-]+)\}/g, (_, id) => hotlines.find((h) => h.id === id)!.display);
const address = new URL(BASE_PATH, SITE_URL).href.replace(/^https?:\/\//, '').replace(/\/$/, '');
/** The number printed in every hotline box: the first child-protection line. */
const boxNumber = hotlines.find((h) => h.kind === 'child-protection')!.display;

/** The key steps of a guide, read from its frontmatter. */
function stepsOf(guidePath: string): string[] {
	const slug = guidePath.split('/').filter(Boolean).at(-1)!;
	const front = parse(readFileSync(`content/guides/${slug}.mdx`, 'utf8').split(/^---$/m)[1]!);
	return Object.values(front.parts as Record<string, { steps: { text: string }[] }>).flatMap((p) => p.steps.map((s) => display(s.text)));
}

/** Opens a PDF with pdfjs-dist in the page: text of every page, page sizes, and the share of inked
 *  pixels around the lowest printing of `boxNumber` on page 1 (the hotline box at its foot: white
 *  digits on a filled band, so mostly ink; a blank render would have none). */
async function readPdf(page: Page, url: string, boxNumber: string) {
	return page.evaluate(
		async ({ url, boxNumber }) => {
			const pdfjs = await import('/__pdfjs/pdf.mjs' as string);
			pdfjs.GlobalWorkerOptions.workerSrc = '/__pdfjs/pdf.worker.mjs';
			const doc = await pdfjs.getDocument({ url }).promise;
			const texts: string[] = [];
			const sizes: number[][] = [];
			for (let i = 1; i <= doc.numPages; i++) {
				const p = await doc.getPage(i);
				sizes.push(p.view.slice(2));
				const content = await p.getTextContent();
				texts.push(content.items.map((item: { str?: string; hasEOL?: boolean }) => (item.str ?? '') + (item.hasEOL ? '\n' : ' ')).join(''));
			}
			const first = await doc.getPage(1);
			const items = (await first.getTextContent()).items as { str?: string; transform: number[]; width: number; height: number }[];
			const number = items.filter((i) => i.str?.trim() === boxNumber).sort((a, b) => a.transform[5]! - b.transform[5]!)[0];
			if (!number) return { pages: doc.numPages, texts, sizes, boxInk: 0, pageInk: 0 };
			const box = { x: number.transform[4]! - 6, y: number.transform[5]! - 6, width: number.width + 12, height: number.height + 12 };
			const viewport = first.getViewport({ scale: 1 });
			const canvas = document.createElement('canvas');
			canvas.width = Math.ceil(viewport.width);
			canvas.height = Math.ceil(viewport.height);
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, canvas.width, canvas.height);
			await first.render({ canvasContext: ctx, viewport, canvas }).promise;
			const top = Math.round(viewport.height - box.y - box.height);
			const pixels = ctx.getImageData(Math.round(box.x), top, Math.round(box.width), Math.round(box.height)).data;
			let inked = 0;
			for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 600) inked++;
			const all = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
			let inkedPage = 0;
			for (let i = 0; i < all.length; i += 4) if (all[i]! + all[i + 1]! + all[i + 2]! < 600) inkedPage++;
			return { pages: doc.numPages, texts, sizes, boxInk: inked / (pixels.length / 4), pageInk: inkedPage / (all.length / 4) };
		},
		{ url, boxNumber },
	);
}

test.beforeEach(async ({ page }) => {
	await page.route('**/__pdfjs/*', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop()!;
		route.fulfill({ contentType: 'text/javascript', body: readFileSync(`node_modules/pdfjs-dist/build/${name}`) });
	});
	await page.route('**/__pdf-test/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>pdf</title>' }));
});

test('có ít nhất 10 tệp PDF, đúng danh sách, mỗi tệp dưới 200 KB', () => {
	const files = walk('dist/tai-lieu').filter((f) => f.endsWith('.pdf'));
	expect(files.length).toBeGreaterThanOrEqual(10);
	expect(files.sort()).toEqual(listed.map((m) => m.file).sort());
	for (const m of listed) expect(m.size, m.file).toBeLessThanOrEqual(200 * 1024);
});

for (const m of listed) {
	test(`PDF ${m.file}: chữ tiếng Việt trích ra được, có hai số, địa chỉ trang, đúng khổ giấy, ô số điện thoại có mực`, async ({ page }) => {
		await page.goto('__pdf-test/');
		const pdf = await readPdf(page, m.url, boxNumber);
		const text = pdf.texts.join('\n').replace(/\s+/g, ' ');
		expect(pdf.pages).toBe(m.pages);
		for (const [w, h] of pdf.sizes) {
			expect(Math.abs(w! - PAPER[m.paper][0]), `${m.file} rộng ${w}`).toBeLessThan(1);
			expect(Math.abs(h! - PAPER[m.paper][1]), `${m.file} cao ${h}`).toBeLessThan(1);
		}
		for (const h of hotlines.filter((x) => x.kind === 'child-protection')) expect(text).toContain(h.display);
		expect(text).toContain(address);
		expect(text).toContain('Bảo vệ trẻ em Hải Phòng');
		if (m.guidePath) for (const step of stepsOf(m.guidePath)) expect(text, step).toContain(step);
		// The hotline box is a filled band: most of it is ink, and the page is not blank.
		expect(pdf.boxInk, 'mực trong ô số điện thoại').toBeGreaterThan(0.5);
		expect(pdf.pageInk).toBeGreaterThan(0.02);
	});
}

test('trang tài liệu: kích thước, số trang đọc từ tệp, tải được, và lọc theo người đọc', async ({ page }) => {
	await page.goto('tai-lieu/');
	const items = page.locator('[data-materials] > li');
	await expect(items).toHaveCount(listed.length);
	for (const m of listed) {
		const item = items.filter({ has: page.locator(`[data-download="${m.file}"]`) });
		await expect(item.locator('[data-file-facts]')).toContainText(`khổ ${m.paper}, ${m.pages} trang, ${Math.max(1, Math.round(m.size / 1024))} KB`);
		const response = await page.request.get(m.url);
		expect(response.headers()['content-type']).toContain('application/pdf');
	}
	await page.getByLabel('Dành cho').selectOption('hoc-sinh');
	const visible = await items.evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).length);
	expect(visible).toBeGreaterThan(0);
	expect(visible).toBeLessThan(listed.length);
	await expect(page.locator('[data-material-count]')).toHaveText(`Đang hiện ${visible} / ${listed.length} tài liệu.`);
});

test('trang hướng dẫn dẫn tới tờ rơi của chính nó, và khi in chỉ còn nội dung, hai số và địa chỉ trang', async ({ page }) => {
	const leaflet = listed.find((m) => m.guidePath)!;
	await page.goto(leaflet.guidePath!.slice(1));
	await expect(page.locator('a[data-leaflet]')).toHaveAttribute('href', leaflet.url);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site-header')).toBeHidden();
	await expect(page.locator('a[data-quick-exit]')).toBeHidden();
	await expect(page.locator('footer')).toBeHidden();
	await expect(page.locator('[data-help-bar] a[href="tel:111"]')).toBeVisible();
	await expect(page.locator('[data-help-bar] a[href="tel:18006605"]')).toBeVisible();
	await expect(page.locator('[data-print-address]')).toBeVisible();
	await expect(page.locator('[data-print-address]')).toContainText(leaflet.guidePath!);
});

test.describe('JavaScript tắt', () => {
	test.use({ javaScriptEnabled: false });

	test('trang tài liệu không hiện bộ lọc không dùng được, và vẫn liệt kê mọi tài liệu', async ({ page }) => {
		await page.goto('tai-lieu/');
		await expect(page.getByLabel('Dành cho')).toBeHidden();
		await expect(page.locator('[data-materials] > li:visible')).toHaveCount(listed.length);
	});
});
