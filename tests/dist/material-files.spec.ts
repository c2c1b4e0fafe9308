// The generated materials opened as a reader's software would, without a browser: every file the
// content data calls for is in dist/tai-lieu/ and nothing else; each Word and PowerPoint file unzipped
// and its text checked for the guide's title, steps and hotlines; each image's size and pixels; the
// link-preview image of every page; the schema of content/materials.yaml; and that the font the images
// and PDFs use has every character they print.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import fontkit from '@pdf-lib/fontkit';
import { parse } from 'yaml';
import { MaterialSchema, TopicSchema } from '../../src/schemas/index.ts';
import { SITE_URL, SITE_URL_IS_DEFAULT, BASE_PATH } from '../../src/config/site.ts';
import { routes } from '../../src/config/routes.ts';
import { absoluteUrl } from '../../src/lib/url.ts';
import { kitSeason, pageLink } from '../../src/materials/links.ts';
import { OG_SIZE, SQUARE } from '../../src/materials/layout.ts';
import { bar, expectedMaterials, fullGuides, hotlines, printed } from '../support/materials-expected.ts';
import { builtPages, readDist, walk } from '../support/utils.ts';

const DIR = 'dist/tai-lieu';
const file = (name: string) => readFileSync(`${DIR}/${name}`);
/** Text of the XML parts of an Office file whose names match `part`, tags removed. */
function officeText(bytes: Uint8Array, part: RegExp): { text: string; parts: string[] } {
	const zip = unzipSync(bytes);
	const parts = Object.keys(zip).filter((n) => part.test(n));
	const text = parts
		.map((n) => strFromU8(zip[n]!))
		.join(' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
	return { text, parts };
}
/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
	expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('mỗi tài liệu mà dữ liệu nội dung đòi hỏi đều có trong dist/tai-lieu, và không có tệp thừa', () => {
	const built = readdirSync(DIR)
		.filter((f) => f !== 'index.html')
		.sort();
	expect(built).toEqual(expectedMaterials.map((m) => m.file).sort());
	// One of each per full guide, and the year's kit whenever the year is in the data.
	for (const kind of ['leaflet', 'talk', 'slides', 'quiz'])
		expect(expectedMaterials.filter((m) => m.kind === kind && m.guide).length).toBeGreaterThanOrEqual(
			fullGuides.length,
		);
	expect(fullGuides.length).toBeGreaterThanOrEqual(8);
});

test('content/materials.yaml đúng lược đồ; lược đồ từ chối loại, khổ, nguồn dữ liệu và tên tệp sai', () => {
	const entries = parse(readFileSync('content/materials.yaml', 'utf8')) as Record<string, unknown>[];
	for (const e of entries) expect(MaterialSchema.safeParse(e).success, String(e['id'])).toBe(true);
	const good = entries.find((e) => e['id'] === 'to-roi')!;
	const bad: [string, Record<string, unknown>][] = [
		['đối tượng lạ', { ...good, audiences: ['hieu-truong'] }],
		['chủ đề lạ', { ...good, topic: 'khong-co' }],
		['tờ rơi dạng Word', { ...good, format: 'docx', file: 'to-roi-{guide}.docx' }],
		['quy tắc thiếu {guide}', { ...good, file: 'to-roi.pdf' }],
		['đuôi tệp khác định dạng', { ...good, file: 'to-roi-{guide}.png' }],
		['hướng dẫn không có', { ...good, from: { guide: 'khong-co' }, file: 'to-roi-x.pdf' }],
		[
			'băng rôn từ số điện thoại',
			{ ...good, kind: 'banner', paper: 'banner-5x1', from: 'hotlines', file: 'x.pdf', topic: 'tro-giup' },
		],
		[
			'áp phích số điện thoại không có chủ đề',
			{ ...good, kind: 'poster', paper: 'A3', from: 'hotlines', file: 'x.pdf' },
		],
	];
	for (const [name, value] of bad) expect(MaterialSchema.safeParse(value).success, name).toBe(false);
	expect(TopicSchema.safeParse({ id: 'x', label: 'Xx', icon: 'khong-co-bieu-tuong', order: 1 }).success).toBe(false);
	expect(TopicSchema.safeParse({ id: 'x', label: 'Xx', icon: 'swimming', order: 1 }).success).toBe(true);
});

test('không có SITE_URL thì tài liệu không in địa chỉ, không có mã QR; có thì địa chỉ tuyệt đối trên SITE_URL', () => {
	expect(pageLink(routes.hotlines(), false)).toEqual({ path: routes.hotlines() });
	const link = pageLink(routes.hotlines(), true);
	expect(link.url).toBe(absoluteUrl(routes.hotlines()));
	expect(link.address).toBe(link.url!.replace(/^https?:\/\//, ''));
});

test('bộ tài liệu Tháng hành động dẫn đầu trang giáo viên vào tháng 5 và tháng 6', () => {
	expect(['2026-04-30', '2026-05-01', '2026-06-30', '2026-07-01', '2026-11-29'].map(kitSeason)).toEqual([
		false,
		true,
		true,
		false,
		false,
	]);
});

for (const m of expectedMaterials.filter((x) => x.format === 'docx' || x.format === 'pptx')) {
	test(`${m.file}: mở được (giải nén), có tiêu đề, các bước, điều hiểu sai và số điện thoại`, () => {
		const guide = m.guide!.data;
		const { text, parts } =
			m.format === 'docx'
				? officeText(file(m.file), /^word\/document\.xml$/)
				: officeText(file(m.file), /^ppt\/slides\/slide\d+\.xml$/);
		expect(parts.length).toBeGreaterThan(0);
		expect(text).toContain(guide.title);
		for (const step of guide.parts['hoc-sinh']!.steps) expect(text, step.text).toContain(squash(printed(step.text)));
		for (const myth of guide.myths) expect(text).toContain(squash(printed(myth.myth)));
		for (const id of guide.call) expect(text).toContain(hotlines.find((h) => h.id === id)!.display);
		for (const h of bar) expect(text).toContain(h.display);
		expect(text).not.toContain('localhost');
		// The site's own address only when SITE_URL is set (the sources keep their web addresses).
		if (SITE_URL_IS_DEFAULT) expect(text).not.toContain('Bài đầy đủ trên trang web');
		else if (m.format === 'docx') expect(text).toContain(absoluteUrl(m.page).replace(/^https?:\/\//, ''));
		if (m.format === 'pptx') expect(parts.length, 'số trang chiếu').toBeGreaterThanOrEqual(4 + guide.myths.length);
	});
}

test('ảnh để chia sẻ: 1080 × 1080, dưới 150 KB', () => {
	for (const m of expectedMaterials.filter((x) => x.format === 'png')) {
		const bytes = file(m.file);
		expect(pngSize(bytes), m.file).toEqual({ width: SQUARE, height: SQUARE });
		expect(bytes.length, m.file).toBeLessThanOrEqual(150 * 1024);
	}
});

test('ảnh xem trước (og:image) của mọi trang: địa chỉ tuyệt đối trên SITE_URL, kích thước, chú thích, tệp có thật dưới 150 KB', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(50);
	const meta = (html: string, p: string) => html.match(new RegExp(`<meta property="${p}" content="([^"]*)"`))?.[1];
	for (const page of pages) {
		const html = readDist(page);
		const image = meta(html, 'og:image');
		if (SITE_URL_IS_DEFAULT) {
			expect(image, page).toBeUndefined();
			continue;
		}
		expect(image, page).toMatch(new RegExp(`^${new URL(BASE_PATH, SITE_URL).href.replace(/[.]/g, '\\.')}`));
		expect(meta(html, 'og:image:width'), page).toBe(String(OG_SIZE.width));
		expect(meta(html, 'og:image:height'), page).toBe(String(OG_SIZE.height));
		expect(meta(html, 'og:image:alt'), page).toContain(bar[0]!.display);
		const path = `dist/${new URL(image!).pathname.slice(BASE_PATH.length)}`;
		expect(existsSync(path), path).toBe(true);
		expect(statSync(path).size, path).toBeLessThanOrEqual(150 * 1024);
		expect(pngSize(readFileSync(path)), path).toEqual(OG_SIZE);
	}
	if (!SITE_URL_IS_DEFAULT)
		expect(walk('dist').filter((f) => f.startsWith(routes.ogImage('/').split('/')[1]!)).length).toBe(pages.length);
});

test('phông Be Vietnam Pro có mọi chữ mà ảnh và PDF in: tiêu đề, các bước, điều hiểu sai, tên các số điện thoại', () => {
	const require = createRequire(import.meta.url);
	const fonts = ['400Regular', '700Bold'].map((w) =>
		fontkit.create(readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${w}/BeVietnamPro_${w}.ttf`))),
	);
	const texts = [
		...fullGuides.flatMap((g) => [
			g.data.title,
			g.data.description,
			g.data.forChildren ?? '',
			...Object.values(g.data.parts).flatMap((p) => p.steps.map((s) => printed(s.text))),
			...g.data.myths.flatMap((m) => [printed(m.myth), printed(m.truth)]),
		]),
		...hotlines.flatMap((h) => [h.name, h.label, h.display]),
	];
	const missing = new Set<string>();
	for (const text of texts)
		for (const ch of text.normalize('NFC'))
			for (const font of fonts) if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
	expect([...missing]).toEqual([]);
});
