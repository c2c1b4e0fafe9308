// The printable materials, generated at build time from content data (never committed binaries):
// an A4 leaflet per full safety guide (its key steps from frontmatter), an A3 poster of the two
// child-protection lines, an A4 poster of the latest campaign year with a sourced theme, and a sheet of
// hotline cards with cut marks. Built once per build (memoised) and shared by the PDF endpoints and
// the library page, which reads each file's size and page count from its bytes.
import { routes } from '../../config/routes.ts';
import { PDFDocument, rgb } from 'pdf-lib';
import { getArticles, entryPath } from '../entries.ts';
import { getBarHotlines, getHotlines, printable } from '../hotlines.ts';
import { getCampaigns } from '../campaigns.ts';
import { getAudienceLabels, getTopic } from '../taxonomy.ts';
import { absoluteUrl } from '../url.ts';
import { BUILD_DATE, site } from '../../config/site.ts';
import { GUIDE_PARTS } from '../../schemas/guide.ts';
import { t } from '../../i18n/index.ts';
import { GUIDE_PART_TITLES } from '../../components/guide/part-titles.ts';
import { formatDate } from '../format-date.ts';
import { HELP, HELP_TINT, INK, MUTED, PAPER, WHITE, Writer, drawHotlineBox, newDocument, wrap, type Box, type Paper } from './pdf.ts';

export type MaterialKind = 'leaflet' | 'poster' | 'cards';

export interface Material {
	/** File name under /tai-lieu/, e.g. "to-roi-phong-chong-duoi-nuoc.pdf". */
	file: string;
	title: string;
	kind: MaterialKind;
	paper: Paper;
	audiences: string[];
	topic: string;
	/** The guide page a leaflet prints, if any. */
	guidePath?: string;
	/** What the preview shows: a heading and a few lines, from the same data as the PDF. */
	preview: { heading: string; lines: string[] };
	/** Where the hotline box sits on page 1, in PDF points from the bottom-left corner. */
	box: Box;
	bytes: Uint8Array;
	pages: number;
}


const A4_MARGIN = 40;
const BOX_HEIGHT = 112;

function siteAddress(): string {
	return absoluteUrl(routes.home()).replace(/^https?:\/\//, '').replace(/\/$/, '');
}

async function finish(doc: PDFDocument): Promise<{ bytes: Uint8Array; pages: number }> {
	// Object streams off keeps the files readable by every viewer; fonts are subset, so they stay small.
	const bytes = await doc.save({ useObjectStreams: false });
	return { bytes, pages: doc.getPageCount() };
}

async function guideLeaflets(): Promise<Material[]> {
	const hotlines = await getHotlines();
	const bar = await getBarHotlines();
	const guides = (await getArticles('guides')).filter((g) => g.data.kind === 'full');
	const out: Material[] = [];
	for (const guide of guides) {
		const { data } = guide;
		const url = absoluteUrl(entryPath(guide));
		const { doc, fonts } = await newDocument({
			title: `${data.title}: tờ rơi`,
			subject: data.description,
			author: site.publisher,
			date: BUILD_DATE,
			keywords: ['bảo vệ trẻ em', 'Hải Phòng', data.title],
		});
		const w = new Writer(doc, fonts, 'A4', A4_MARGIN, BOX_HEIGHT + 16);
		w.page.drawRectangle({ x: 0, y: w.page.getHeight() - 8, width: w.page.getWidth(), height: 8, color: HELP });
		w.text(site.name, { size: 10, bold: true, color: HELP, gap: 2 });
		w.text(data.title, { size: 22, bold: true, gap: 6 });
		w.text(`${t('article.for')} ${(await getAudienceLabels(data.audiences)).join(', ')}`, { size: 10, color: MUTED, gap: 10 });
		for (const id of GUIDE_PARTS) {
			const part = data.parts[id];
			if (!part) continue;
			w.ensure(60);
			w.text(t(GUIDE_PART_TITLES[id]), { size: 14, bold: true, color: HELP, gap: 4 });
			for (const [i, step] of part.steps.entries()) w.text(printable(step.text, hotlines), { size: 11, indent: 18, prefix: `${i + 1}.`, gap: 3 });
			w.y -= 6;
		}
		w.text(`Đọc bài đầy đủ, có nguồn của từng bước: ${url}`, { size: 9, color: MUTED, gap: 2 });
		w.text(`Cập nhật: ${formatDate(data.updated)}`, { size: 9, color: MUTED });
		const box = drawHotlineBox(doc.getPage(0), fonts, bar, siteAddress(), { margin: A4_MARGIN, height: BOX_HEIGHT });
		const file = `to-roi-${guide.id}.pdf`;
		out.push({
			file,
			title: `Tờ rơi: ${data.title}`,
			kind: 'leaflet',
			paper: 'A4',
			audiences: data.audiences,
			topic: (await getTopic(data.topic)).label,
			guidePath: entryPath(guide),
			preview: { heading: data.title, lines: (data.parts['cha-me'] ?? data.parts['hoc-sinh'])!.steps.slice(0, 3).map((s) => printable(s.text, hotlines)) },
			box,
			...(await finish(doc)),
		});
	}
	return out;
}

async function hotlinePoster(): Promise<Material> {
	const bar = await getBarHotlines();
	const emergency = (await getHotlines()).filter((h) => h.kind === 'emergency');
	const title = 'Số điện thoại bảo vệ trẻ em';
	const { doc, fonts } = await newDocument({ title, subject: 'Áp phích A3: hai tổng đài bảo vệ, chăm sóc trẻ em và các số khẩn cấp', author: site.publisher, date: BUILD_DATE, keywords: [...bar.map((h) => h.number), 'Hải Phòng'] });
	const [W, H] = PAPER.A3;
	const margin = 56;
	const boxHeight = 160;
	const page = doc.addPage([W, H]);
	page.drawRectangle({ x: 0, y: H - 16, width: W, height: 16, color: HELP });
	let y = H - 110;
	page.drawText(site.name, { x: margin, y, size: 26, font: fonts.bold, color: HELP });
	y -= 64;
	page.drawText(title, { x: margin, y, size: 44, font: fonts.bold, color: INK });
	y -= 40;
	for (const h of bar) {
		y -= 130;
		page.drawRectangle({ x: margin, y: y - 40, width: W - 2 * margin, height: 160, color: HELP_TINT });
		page.drawText(h.display, { x: margin + 24, y: y + 40, size: 84, font: fonts.bold, color: HELP });
		for (const [i, line] of wrap(h.name, fonts.bold, 20, W - 2 * margin - 48).entries()) page.drawText(line, { x: margin + 24, y: y + 6 - i * 26, size: 20, font: fonts.bold, color: INK });
		y -= 60;
	}
	y -= 60;
	page.drawText('Khi có nguy hiểm khẩn cấp:', { x: margin, y, size: 22, font: fonts.bold, color: INK });
	y -= 40;
	// One line per row of numbers that fits the sheet: a number and its label never split across rows.
	const rows: string[] = [];
	for (const item of emergency.map((h) => `${h.display} ${h.label}`)) {
		const last = rows.at(-1);
		const joined = last === undefined ? item : `${last}    ·    ${item}`;
		if (last !== undefined && fonts.bold.widthOfTextAtSize(joined, 26) <= W - 2 * margin) rows[rows.length - 1] = joined;
		else rows.push(item);
	}
	for (const [i, row] of rows.entries()) page.drawText(row, { x: margin, y: y - i * 36, size: 26, font: fonts.bold, color: INK });
	const box = drawHotlineBox(page, fonts, bar, siteAddress(), { margin, height: boxHeight, scale: 1.4 });
	return {
		file: 'ap-phich-tong-dai-a3.pdf',
		title: 'Áp phích: số điện thoại bảo vệ trẻ em',
		kind: 'poster',
		paper: 'A3',
		audiences: ['cha-me', 'hoc-sinh', 'giao-vien', 'nguoi-dan'],
		topic: (await getTopic('tro-giup')).label,
		preview: { heading: title, lines: bar.map((h) => `${h.display}: ${h.name}`) },
		box,
		...(await finish(doc)),
	};
}

async function campaignPoster(): Promise<Material | undefined> {
	const campaign = (await getCampaigns()).find((c) => c.theme);
	if (!campaign?.theme) return undefined;
	const bar = await getBarHotlines();
	const heading = t('campaign.yearTitle', { year: campaign.year });
	const { doc, fonts } = await newDocument({ title: heading, subject: `Chủ đề: ${campaign.theme.value}`, author: site.publisher, date: BUILD_DATE, keywords: ['Tháng hành động vì trẻ em', String(campaign.year)] });
	const [W, H] = PAPER.A4;
	const margin = A4_MARGIN;
	const page = doc.addPage([W, H]);
	page.drawRectangle({ x: 0, y: H - 200, width: W, height: 200, color: HELP });
	page.drawText(site.name, { x: margin, y: H - 60, size: 14, font: fonts.bold, color: WHITE });
	for (const [i, line] of wrap(heading, fonts.bold, 30, W - 2 * margin).entries()) page.drawText(line, { x: margin, y: H - 110 - i * 38, size: 30, font: fonts.bold, color: WHITE });
	let y = H - 270;
	page.drawText('Chủ đề năm nay', { x: margin, y, size: 14, font: fonts.bold, color: MUTED });
	for (const line of wrap(`“${campaign.theme.value}”`, fonts.bold, 30, W - 2 * margin)) {
		y -= 42;
		page.drawText(line, { x: margin, y, size: 30, font: fonts.bold, color: INK });
	}
	y -= 40;
	const dates = `Từ ${formatDate(campaign.start)} đến ${formatDate(campaign.end)}`;
	page.drawText(dates, { x: margin, y, size: 16, font: fonts.regular, color: INK });
	y -= 30;
	for (const line of wrap(`Chi tiết và nguồn: ${absoluteUrl(routes.campaign(campaign.id))}`, fonts.regular, 10, W - 2 * margin)) {
		page.drawText(line, { x: margin, y, size: 10, font: fonts.regular, color: MUTED });
		y -= 14;
	}
	const box = drawHotlineBox(page, fonts, bar, siteAddress(), { margin, height: BOX_HEIGHT });
	return {
		file: `ap-phich-thang-hanh-dong-${campaign.year}.pdf`,
		title: `Áp phích: ${heading}`,
		kind: 'poster',
		paper: 'A4',
		audiences: ['giao-vien', 'nguoi-dan', 'cha-me'],
		topic: (await getTopic('chien-dich')).label,
		preview: { heading, lines: [`“${campaign.theme.value}”`, dates] },
		box,
		...(await finish(doc)),
	};
}

async function hotlineCards(): Promise<Material> {
	const bar = await getBarHotlines();
	const title = 'Thẻ số điện thoại bảo vệ trẻ em';
	const { doc, fonts } = await newDocument({ title, subject: 'Mười thẻ cỡ danh thiếp trên một tờ A4, có dấu cắt', author: site.publisher, date: BUILD_DATE, keywords: [...bar.map((h) => h.number), 'thẻ'] });
	const [W, H] = PAPER.A4;
	const page = doc.addPage([W, H]);
	// Business-card size, 85 × 55 mm, two columns by five rows.
	const cw = 85 * 2.8346;
	const ch = 55 * 2.8346;
	const x0 = (W - 2 * cw) / 2;
	const y0 = (H - 5 * ch) / 2;
	const mark = rgb(0.3, 0.3, 0.3);
	for (let row = 0; row < 5; row++) {
		for (let col = 0; col < 2; col++) {
			const x = x0 + col * cw;
			const y = y0 + row * ch;
			page.drawRectangle({ x: x + 6, y: y + 6, width: cw - 12, height: ch - 12, color: HELP });
			page.drawText(site.name, { x: x + 16, y: y + ch - 26, size: 9, font: fonts.bold, color: WHITE });
			for (const [i, h] of bar.entries()) {
				page.drawText(h.display, { x: x + 16, y: y + ch - 58 - i * 40, size: 24, font: fonts.bold, color: WHITE });
				page.drawText(h.label, { x: x + 16, y: y + ch - 72 - i * 40, size: 7.5, font: fonts.regular, color: WHITE });
			}
			page.drawText(siteAddress(), { x: x + 16, y: y + 14, size: 7, font: fonts.regular, color: WHITE });
		}
	}
	// Cut marks outside the card grid, at every cutting line.
	for (let i = 0; i <= 2; i++) {
		const x = x0 + i * cw;
		page.drawLine({ start: { x, y: y0 - 18 }, end: { x, y: y0 - 4 }, thickness: 0.5, color: mark });
		page.drawLine({ start: { x, y: y0 + 5 * ch + 4 }, end: { x, y: y0 + 5 * ch + 18 }, thickness: 0.5, color: mark });
	}
	for (let j = 0; j <= 5; j++) {
		const y = y0 + j * ch;
		page.drawLine({ start: { x: x0 - 18, y }, end: { x: x0 - 4, y }, thickness: 0.5, color: mark });
		page.drawLine({ start: { x: x0 + 2 * cw + 4, y }, end: { x: x0 + 2 * cw + 18, y }, thickness: 0.5, color: mark });
	}
	return {
		file: 'the-so-dien-thoai.pdf',
		title: 'Thẻ số điện thoại (10 thẻ trên một tờ A4)',
		kind: 'cards',
		paper: 'A4',
		audiences: ['hoc-sinh', 'cha-me', 'giao-vien', 'nguoi-dan'],
		topic: (await getTopic('tro-giup')).label,
		preview: { heading: site.name, lines: bar.map((h) => `${h.display} ${h.label}`) },
		box: { x: x0 + 6, y: y0 + 6, width: cw - 12, height: ch - 12 },
		...(await finish(doc)),
	};
}

let built: Promise<Material[]> | undefined;

/** Every material, built once per build. */
export function getMaterials(): Promise<Material[]> {
	built ??= (async () => {
		const campaign = await campaignPoster();
		return [await hotlinePoster(), ...(campaign ? [campaign] : []), await hotlineCards(), ...(await guideLeaflets())];
	})();
	return built;
}

/** The leaflet of a guide page, if it has one. */
export async function leafletOf(guidePath: string): Promise<Material | undefined> {
	return (await getMaterials()).find((m) => m.guidePath === guidePath);
}
