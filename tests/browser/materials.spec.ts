// Printable materials opened in Chromium as a reader's software would (pdfjs-dist): every PDF the
// content data calls for (tests/materials-expected.ts, never a list the build wrote) has its text
// (Vietnamese, the guide's steps or the year's theme, both hotlines), its paper size, a vector
// pictogram that really has ink, a page filled top to bottom, and a QR code that decodes (jsQR) to
// its page on SITE_URL, or, without SITE_URL, no address and no code at all. Also the library page
// and its filters, the guide's links to its materials, the print of every full guide (three A4 pages
// at most), the share images' titles and the teachers' hub.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import { SITE_URL_IS_DEFAULT, BUILD_DATE } from '../../src/config/site.ts';
import { absoluteUrl, href } from '../../src/lib/url.ts';
import { routes } from '../../src/config/routes.ts';
import { PAPER, cardGrid, pictogramBox, type Box, type PdfPaper } from '../../src/materials/layout.ts';
import { kitGroupId, kitSeason } from '../../src/materials/links.ts';
import {
	bar,
	currentCampaign,
	expectedMaterials,
	fullGuides,
	printed,
	type Expected,
} from '../support/materials-expected.ts';
import type { MaterialKind } from '../../src/schemas/material.ts';
import { kilobytes } from '../../src/components/materials/facts.ts';
import { readData } from '../support/utils.ts';

const require = createRequire(import.meta.url);
const pdfs = expectedMaterials.filter((m) => m.format === 'pdf');
const national = readData<{ kind: string; order: number; hours?: unknown; cost?: unknown }>('hotlines')
	.filter((h) => h.kind === 'child-protection')
	.sort((a, b) => a.order - b.order)[0]!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const kb = (file: string) => kilobytes(statSync(`dist/tai-lieu/${file}`).size);
/** Kinds that carry a QR code to their page when SITE_URL is set. */
const WITH_QR = new Set(['leaflet', 'poster', 'cards', 'quiz']);

interface Read {
	pages: number;
	text: string;
	sizes: number[][];
	/** Text items of page 1: size in points and characters. */
	runs: { size: number; chars: number; str: string }[];
	/** Share of inked pixels in the middle of the pictogram box (the icon's strokes). */
	iconInk: number;
	/** The page draws stroked paths with round caps (the pictograms: nothing else uses them). */
	roundCaps: boolean;
	/** Largest run of blank pixel rows on page 1, as a share of the page height. */
	blankRun: number;
	/** Share of inked pixels on page 1. */
	ink: number;
	qr: string | null;
}

/** Opens a PDF with pdfjs-dist in the page and measures page 1 (rendered at `scale`). */
async function readPdf(page: Page, url: string, icon: Box | undefined, scale: number, qrArea?: Box): Promise<Read> {
	return page.evaluate(
		async ({ url, icon, scale, qrArea }) => {
			const pdfjs = await import('/__pdfjs/pdf.mjs' as string);
			pdfjs.GlobalWorkerOptions.workerSrc = '/__pdfjs/pdf.worker.mjs';
			const doc = await pdfjs.getDocument({ url }).promise;
			const texts: string[] = [];
			const sizes: number[][] = [];
			for (let i = 1; i <= doc.numPages; i++) {
				const p = await doc.getPage(i);
				sizes.push(p.view.slice(2));
				const content = await p.getTextContent();
				texts.push(
					content.items
						.map((item: { str?: string; hasEOL?: boolean }) => (item.str ?? '') + (item.hasEOL ? '\n' : ' '))
						.join(''),
				);
			}
			const first = await doc.getPage(1);
			const runs = (await first.getTextContent()).items
				.filter((i: { str?: string }) => i.str?.trim())
				.map((i: { str: string; transform: number[] }) => ({
					size: Math.hypot(i.transform[0]!, i.transform[1]!),
					chars: i.str.replace(/\s/g, '').length,
					str: i.str,
				}));
			const ops = await first.getOperatorList();
			let roundCaps = false;
			ops.fnArray.forEach((fn: number, i: number) => {
				if (fn === pdfjs.OPS.setLineCap && ops.argsArray[i][0] === 1) roundCaps = true;
			});
			const viewport = first.getViewport({ scale });
			const canvas = document.createElement('canvas');
			canvas.width = Math.ceil(viewport.width);
			canvas.height = Math.ceil(viewport.height);
			const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, canvas.width, canvas.height);
			await first.render({ canvasContext: ctx, viewport, canvas }).promise;
			const all = ctx.getImageData(0, 0, canvas.width, canvas.height);
			const inked = (i: number) => all.data[i]! + all.data[i + 1]! + all.data[i + 2]! < 690;
			let ink = 0;
			let run = 0;
			let blankRun = 0;
			for (let y = 0; y < canvas.height; y++) {
				let rowInk = 0;
				for (let x = 0; x < canvas.width; x++) if (inked((y * canvas.width + x) * 4)) rowInk++;
				ink += rowInk;
				run = rowInk === 0 ? run + 1 : 0;
				blankRun = Math.max(blankRun, run);
			}
			let iconInk = 0;
			if (icon) {
				// The middle of the box: inside the badge's white circle only the icon's strokes are ink.
				const x0 = Math.round((icon.x + icon.width * 0.3) * scale);
				const y0 = Math.round((viewport.height / scale - icon.y - icon.height * 0.7) * scale);
				const w = Math.round(icon.width * 0.4 * scale);
				let n = 0;
				for (let y = y0; y < y0 + w; y++) for (let x = x0; x < x0 + w; x++) if (inked((y * canvas.width + x) * 4)) n++;
				iconInk = n / (w * w);
			}
			const area = qrArea
				? ctx.getImageData(
						Math.round(qrArea.x * scale),
						Math.round((viewport.height / scale - qrArea.y - qrArea.height) * scale),
						Math.round(qrArea.width * scale),
						Math.round(qrArea.height * scale),
					)
				: all;
			const qr = (
				window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
			).jsQR(area.data, area.width, area.height);
			return {
				pages: doc.numPages,
				text: texts.join('\n'),
				sizes,
				runs,
				iconInk,
				roundCaps,
				blankRun: blankRun / canvas.height,
				ink: ink / (canvas.width * canvas.height),
				qr: qr?.data ?? null,
			};
		},
		{ url, icon, scale, qrArea },
	);
}

test.beforeEach(async ({ page }) => {
	await page.route('**/__pdfjs/*', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop()!;
		route.fulfill({ contentType: 'text/javascript', body: readFileSync(`node_modules/pdfjs-dist/build/${name}`) });
	});
	await page.route('**/__pdf-test/', (route) =>
		route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>pdf</title>' }),
	);
});

/** What every PDF of this kind and data must say. */
function mustSay(m: Expected): string[] {
	// A banner carries only the year's name and the national line; everything else names the site too.
	const say = m.kind === 'banner' ? [bar[0]!.display] : ['Bảo vệ trẻ em Hải Phòng', ...bar.map((h) => h.display)];
	const g = m.guide?.data;
	if (g) say.push(g.title);
	if (g && m.kind === 'leaflet')
		say.push(...Object.values(g.parts).flatMap((p) => p.steps.map((s) => printed(s.text))));
	if (g && m.kind === 'quiz') say.push(...g.myths.flatMap((x) => [printed(x.myth), printed(x.truth)]));
	if (g && m.kind === 'talk')
		say.push(...g.parts['hoc-sinh']!.steps.map((s) => printed(s.text)), ...g.myths.map((x) => printed(x.myth)));
	if (m.campaign) say.push(String(m.campaign.year));
	if (m.campaign?.theme) say.push(m.campaign.theme.value);
	if (m.campaign?.messages && m.kind === 'poster') say.push(...m.campaign.messages.values);
	return say.map(squash);
}

for (const m of pdfs) {
	test(`PDF ${m.file}: chữ, số điện thoại, khổ giấy, hình vẽ có mực, kín trang, mã QR đúng trang`, async ({ page }) => {
		await page.goto('__pdf-test/');
		await page.addScriptTag({ path: require.resolve('jsqr') });
		const paper = m.paper as PdfPaper;
		const icon = pictogramBox(m.kind as MaterialKind, paper);
		// Ten cards carry ten codes: the scanner reads the first card's.
		const g = cardGrid();
		const firstCard = { x: g.x0, y: g.y0 + (g.rows - 1) * g.height, width: g.width, height: g.height };
		const pdf = await readPdf(
			page,
			href(routes.material(m.file)),
			icon,
			m.kind === 'cards' ? 3 : m.kind === 'banner' ? 0.5 : 2,
			m.kind === 'cards' ? firstCard : undefined,
		);
		const text = squash(pdf.text);
		for (const s of mustSay(m)) expect(text, s).toContain(s);
		for (const [w, h] of pdf.sizes) {
			expect(Math.abs(w! - PAPER[paper][0]), `${m.file} rộng ${w}`).toBeLessThan(1);
			expect(Math.abs(h! - PAPER[paper][1]), `${m.file} cao ${h}`).toBeLessThan(1);
		}
		// "Free, 24 hours" only beside its decree, and on every sheet with the hotline box while the data
		// gives both facts of the national line.
		if (/24 giờ|mất tiền|miễn phí/.test(text)) expect(text).toContain('Nghị định 56/2017/NĐ-CP, Điều 23');
		if (national.hours && national.cost && ['leaflet', 'poster', 'quiz', 'cards'].includes(m.kind))
			expect(text).toContain('24 giờ');
		// A year's material is named with its year; never "năm nay" over a theme.
		expect(text).not.toMatch(/năm nay/i);
		if (m.campaign?.theme && m.kind === 'poster') expect(text).toContain(`Chủ đề năm ${m.campaign.year}`);
		if (m.campaign && !m.campaign.theme) expect(text).not.toContain('Chủ đề');
		// Pictures, not only text: the pictogram is drawn as stroked vector paths and has ink.
		expect(pdf.roundCaps, 'nét vẽ của hình').toBe(true);
		expect(pdf.iconInk, 'mực của hình').toBeGreaterThan(0.03);
		expect(pdf.iconInk, 'hình không phải một mảng màu').toBeLessThan(0.7);
		expect(text).not.toContain('localhost');
		const url = absoluteUrl(m.page);
		if (SITE_URL_IS_DEFAULT) {
			expect(pdf.qr, 'không có mã QR khi thiếu SITE_URL').toBeNull();
			expect(text).not.toMatch(/https?:|\.vn\//);
		} else if (WITH_QR.has(m.kind)) {
			expect(pdf.qr, 'mã QR đọc được').toBe(url);
			expect(text).toContain(url.replace(/^https:\/\//, ''));
		}
		if (m.kind === 'cards') expect(pdf.ink, 'thẻ chỉ in nét, tốn ít mực').toBeLessThan(0.12);
		if (m.kind === 'leaflet' || m.kind === 'poster')
			expect(pdf.blankRun, 'khoảng trắng liền lớn nhất').toBeLessThan(0.12);
		if (m.kind === 'poster' && paper === 'A3') {
			// Readable from two metres: the national number at 100 pt or more, the main text at 24 pt or
			// more (only the fine print is smaller: the hotline box's names, sources, the address), and
			// nothing under 12 pt.
			const chars = pdf.runs.reduce((n, r) => n + r.chars, 0);
			const large = pdf.runs.filter((r) => r.size >= 24).reduce((n, r) => n + r.chars, 0);
			expect(large / chars, 'phần chữ từ 24 pt').toBeGreaterThan(0.55);
			expect(Math.min(...pdf.runs.map((r) => r.size))).toBeGreaterThanOrEqual(12);
			const numberSize = Math.max(...pdf.runs.filter((r) => r.str.trim() === bar[0]!.display).map((r) => r.size));
			expect(numberSize, `cỡ chữ số ${bar[0]!.display}`).toBeGreaterThanOrEqual(100);
		}
	});
}

test('mỗi tờ rơi giữ trên một trang A4', async ({ page }) => {
	await page.goto('__pdf-test/');
	await page.addScriptTag({ path: require.resolve('jsqr') });
	for (const m of pdfs.filter((x) => x.kind === 'leaflet'))
		expect((await readPdf(page, href(routes.material(m.file)), undefined, 0.5)).pages, m.file).toBe(1);
});

test('ảnh để chia sẻ của mỗi hướng dẫn có tiêu đề vẽ ra (vùng tiêu đề có chữ trắng, khác nhau giữa các hướng dẫn)', async ({
	page,
}) => {
	await page.goto('__pdf-test/');
	const images = expectedMaterials.filter((m) => m.kind === 'share-image');
	const prints: string[] = [];
	for (const m of images) {
		const measure = await page.evaluate(
			async (src) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				const canvas = document.createElement('canvas');
				canvas.width = img.width;
				canvas.height = img.height;
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				// The title sits in the green head, left of the pictogram: count white pixels there.
				const data = ctx.getImageData(56, 100, 760, 170).data;
				let white = 0;
				let hash = 0;
				for (let i = 0; i < data.length; i += 4) {
					const on = data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200;
					if (on) white++;
					hash = (hash * 31 + (on ? 1 : 0)) >>> 0;
				}
				return { white: white / (data.length / 4), hash: String(hash) };
			},
			href(routes.material(m.file)),
		);
		expect(measure.white, m.file).toBeGreaterThan(0.05);
		prints.push(measure.hash);
	}
	expect(new Set(prints).size).toBe(images.length);
});

test('trang tài liệu: mọi tài liệu với loại, khổ, số trang hay trang chiếu, dung lượng, người đọc và hình xem trước', async ({
	page,
}) => {
	await page.goto('tai-lieu/');
	const items = page.locator('[data-materials] li[data-loai]');
	await expect(items).toHaveCount(expectedMaterials.length);
	for (const m of expectedMaterials) {
		const item = items.filter({ has: page.locator(`[data-download="${m.file}"]`) });
		const facts = item.locator('[data-file-facts]');
		await expect(facts).toContainText(kb(m.file));
		if (m.format === 'pptx') {
			const slides = Object.keys(unzipSync(readFileSync(`dist/tai-lieu/${m.file}`))).filter((n) =>
				/^ppt\/slides\/slide\d+\.xml$/.test(n),
			).length;
			await expect(facts).toContainText(`${slides} trang chiếu`);
		}
		if (m.format === 'pdf' && m.paper !== 'banner-5x1') {
			const pages = (readFileSync(`dist/tai-lieu/${m.file}`, 'latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
			await expect(facts).toContainText(`${pages} trang`);
		}
		await expect(item.locator('.material-preview')).toHaveCount(1);
		const response = await page.request.get(`tai-lieu/${m.file}`);
		expect(response.ok()).toBe(true);
	}
	if (currentCampaign) await expect(page.locator(`#${kitGroupId(currentCampaign.year)}`)).toBeVisible();
});

test('bộ lọc: lọc theo người đọc, báo khi không có gì khớp, "Xóa bộ lọc" đưa mọi thứ trở lại, mở được từ địa chỉ', async ({
	page,
}) => {
	await page.goto('tai-lieu/');
	const items = page.locator('[data-materials] li[data-loai]');
	const total = expectedMaterials.length;
	const visible = () => items.evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).length);
	const reset = page.getByRole('link', { name: 'Xóa bộ lọc' });
	await expect(reset).toBeHidden();
	await page.getByLabel('Dành cho').selectOption('hoc-sinh');
	const forChildren = expectedMaterials.filter((m) => m.audiences.includes('hoc-sinh')).length;
	expect(await visible()).toBe(forChildren);
	await expect(page.locator('[data-material-count]')).toHaveText(`Đang hiện ${forChildren} / ${total} tài liệu.`);
	await expect(reset).toBeVisible();
	// Học sinh + băng rôn: nothing matches; every group folds away and the status says so.
	await page.getByLabel('Loại').selectOption('banner');
	expect(await visible()).toBe(0);
	await expect(page.locator('[data-material-group]:visible')).toHaveCount(0);
	await expect(page.locator('[data-material-count]')).toContainText('Không có tài liệu nào khớp');
	await reset.click();
	await expect(page.getByLabel('Loại')).toHaveValue('');
	expect(await visible()).toBe(total);
	await expect(reset).toBeHidden();
	expect(new URL(page.url()).search).toBe('');
	// The hubs' address opens the same filter.
	await page.goto('tai-lieu/?doi-tuong=giao-vien');
	await expect(page.getByLabel('Dành cho')).toHaveValue('giao-vien');
	expect(await visible()).toBe(expectedMaterials.filter((m) => m.audiences.includes('giao-vien')).length);
});

test('trang hướng dẫn dẫn tới tờ rơi và bộ tài liệu lớp học của chính nó', async ({ page }) => {
	const guide = fullGuides[0]!;
	await page.goto(routes.guide(guide.id).slice(1));
	const leaflet = expectedMaterials.find((m) => m.kind === 'leaflet' && m.guide?.id === guide.id)!;
	await expect(page.locator('a[data-leaflet]')).toHaveAttribute('href', new RegExp(`/tai-lieu/${leaflet.file}$`));
	await expect(page.locator('a[data-guide-kit]')).toHaveAttribute('href', new RegExp(`/tai-lieu/#${guide.id}$`));
	await page.locator('a[data-guide-kit]').click();
	await expect(page.locator(`#${guide.id}`)).toBeInViewport();
});

for (const guide of fullGuides) {
	test(`in hướng dẫn ${guide.id} từ trình duyệt: tối đa ba trang A4, không mục lục, còn hai số và địa chỉ trang`, async ({
		page,
	}) => {
		await page.goto(routes.guide(guide.id).slice(1));
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site-header')).toBeHidden();
		await expect(page.locator('a[data-quick-exit]')).toBeHidden();
		await expect(page.locator('footer')).toBeHidden();
		await expect(page.locator('nav.no-print')).toHaveCount(2);
		for (const nav of await page.locator('nav.no-print').all()) await expect(nav).toBeHidden();
		for (const h of bar)
			await expect(page.locator(`[data-help-bar] a[href="tel:${h.display.replace(/\s/g, '')}"]`)).toBeVisible();
		await expect(page.locator('[data-print-address]')).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
		expect(pages, 'số trang A4').toBeLessThanOrEqual(3);
		expect(pages).toBeGreaterThan(0);
	});
}

test(`trang giáo viên: ${kitSeason(BUILD_DATE) ? 'mở đầu bằng' : 'có đường tới'} bộ tài liệu Tháng hành động năm nay`, async ({
	page,
}) => {
	test.skip(!currentCampaign, 'không có năm chiến dịch nào trong dữ liệu');
	await page.goto(routes.hub('giao-vien').slice(1));
	if (kitSeason(BUILD_DATE)) {
		const kit = page.locator('[data-campaign-kit]');
		await expect(kit).toBeVisible();
		// It leads: the first section after the page title.
		expect(await page.locator('main section').first().getAttribute('data-campaign-kit')).not.toBeNull();
		for (const m of expectedMaterials.filter((x) => x.current && x.audiences.includes('giao-vien')))
			await expect(kit.locator(`[data-download="${m.file}"]`)).toHaveCount(1);
	} else {
		await expect(page.locator('[data-campaign-kit-link]')).toHaveAttribute(
			'href',
			new RegExp(`#${kitGroupId(currentCampaign!.year)}$`),
		);
	}
});

test.describe('JavaScript tắt', () => {
	test.use({ javaScriptEnabled: false });

	test('trang tài liệu không hiện bộ lọc không dùng được, và vẫn liệt kê mọi tài liệu', async ({ page }) => {
		await page.goto('tai-lieu/');
		await expect(page.getByLabel('Dành cho')).toBeHidden();
		await expect(page.locator('[data-materials] li[data-loai]:visible')).toHaveCount(expectedMaterials.length);
	});
});
