// Poster of the lines to call (A3, or A4 at the same proportions): each child-protection line's number
// in type readable from across a classroom (over 100 pt on A3), its name, the emergency numbers as
// tiles, and a QR code to the hotline page. The blocks are spread down the whole sheet.
import type { PDFPage } from 'pdf-lib';
import { t } from '../../i18n/index.ts';
import { BAND, PAPER, isPdfPaper, marginOf, pictogramBox } from '../layout.ts';
import { badge, band, fitSize, measure, newDocument, paragraph, qrCode, save, type Fonts } from '../pdf.ts';
import { WHITE, pdfColour } from '../tokens.ts';
import type { Design } from '../types.ts';

/** The poster's heading band (site name, title, pictogram); returns the y under it. */
export function posterBand(page: PDFPage, fonts: Fonts, opts: { paper: 'A4' | 'A3'; site: string; title: string; icon: string }): number {
	const [W, H] = PAPER[opts.paper];
	const k = W / PAPER.A4[0];
	const m = marginOf(opts.paper);
	const icon = pictogramBox('poster', opts.paper)!;
	const height = BAND.poster * k;
	band(page, { y: H - height, height, colour: pdfColour('help') });
	badge(page, opts.icon, icon, WHITE, pdfColour('help'));
	const width = icon.x - m - 12 * k;
	const top = paragraph(page, opts.site, { x: m, top: H - 22 * k, width }, { font: fonts.bold, size: 17 * k, colour: WHITE });
	const room = { width, height: top - (H - height) - 16 * k };
	const size = fitSize(opts.title, fonts.bold, room, 34 * k, 18 * k, 1.12);
	paragraph(page, opts.title, { x: m, top: top - 8 * k, width }, { font: fonts.bold, size, colour: WHITE, leading: 1.12 });
	return H - height;
}

export const hotlinePoster: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'hotlines' || !isPdfPaper(planned.paper) || (planned.paper !== 'A4' && planned.paper !== 'A3')) throw new Error('áp phích số điện thoại: cần from: hotlines, khổ A4 hoặc A3');
		const { link } = planned.subject;
		const paper = planned.paper;
		const title = t('materials.poster.hotlinesTitle');
		const { doc, fonts } = await newDocument({
			title,
			subject: t('materials.poster.hotlinesSubject'),
			author: ctx.site.publisher,
			date: ctx.site.buildDate,
			keywords: [ctx.site.name, ...ctx.bar.map((h) => h.display)],
			producer: t('materials.print.producer'),
		});
		const [W, H] = PAPER[paper];
		const k = W / PAPER.A4[0];
		const m = marginOf(paper);
		const page = doc.addPage([W, H]);
		const help = pdfColour('help');
		const width = W - 2 * m;
		const bandBottom = posterBand(page, fonts, { paper, site: ctx.site.name, title, icon: planned.icon });

		// What goes down the page, measured first so the free space can be shared between the blocks.
		const numberStyle = (i: number) => ({ font: fonts.bold, size: (i === 0 ? 110 : 72) * k, colour: help, leading: 1 });
		const nameStyle = { font: fonts.bold, size: 20 * k, leading: 1.2 };
		const lines = ctx.bar.map((h, i) => ({ h, height: numberStyle(i).size + 10 * k + measure(h.name, nameStyle, width - 40 * k) }));
		const tile = { height: 0, gap: 10 * k };
		const tileWidth = (width - (ctx.emergency.length - 1) * tile.gap) / ctx.emergency.length;
		const tileLabel = { font: fonts.regular, size: 17 * k, leading: 1.15 };
		tile.height = 8 * k + 36 * k + 6 * k + Math.max(...ctx.emergency.map((h) => measure(h.label, tileLabel, tileWidth - 20 * k))) + 10 * k;
		const emergencyHeight = 20 * k * 1.3 + 8 * k + tile.height;
		const footer = link.url ? 96 * k : 0;
		const used = lines.reduce((s, l) => s + l.height + 40 * k, 0) + emergencyHeight + footer;
		const gap = Math.max(12 * k, (bandBottom - m - used) / (lines.length + 2));

		let y = bandBottom - gap;
		for (const [i, { h, height }] of lines.entries()) {
			page.drawRectangle({ x: m, y: y - height - 40 * k, width, height: height + 40 * k, borderColor: help, borderWidth: 3 * k, color: pdfColour('help-tint') });
			const below = paragraph(page, h.display, { x: m + 20 * k, top: y - 20 * k, width: width - 40 * k }, numberStyle(i));
			paragraph(page, h.name, { x: m + 20 * k, top: below - 10 * k, width: width - 40 * k }, nameStyle);
			y -= height + 40 * k + gap;
		}
		y = paragraph(page, t('materials.poster.emergency'), { x: m, top: y, width }, { font: fonts.bold, size: 20 * k }) - 8 * k;
		for (const [i, h] of ctx.emergency.entries()) {
			const x = m + i * (tileWidth + tile.gap);
			page.drawRectangle({ x, y: y - tile.height, width: tileWidth, height: tile.height, borderColor: pdfColour('text'), borderWidth: 1.5 * k });
			const below = paragraph(page, h.display, { x: x + 10 * k, top: y - 8 * k, width: tileWidth - 20 * k }, { font: fonts.bold, size: 36 * k, leading: 1 });
			paragraph(page, h.label, { x: x + 10 * k, top: below - 6 * k, width: tileWidth - 20 * k }, tileLabel);
		}
		if (link.url && link.address) {
			const size = 84 * k;
			qrCode(page, link.url, { x: W - m - size, y: m, width: size, height: size });
			const text = { font: fonts.regular, size: 12 * k };
			const top = paragraph(page, t('materials.print.scan'), { x: m, top: m + size * 0.7, width: width - size - 12 * k }, { ...text, font: fonts.bold });
			paragraph(page, link.address, { x: m, top: top - 2 * k, width: width - size - 12 * k }, text);
		}
		return save(doc);
	},
};
