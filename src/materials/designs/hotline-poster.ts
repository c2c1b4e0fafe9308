// Poster of the lines to call (A3, or A4 at the same proportions): each child-protection line's number
// in type readable from across a classroom (over 100 pt on A3), its name, the emergency numbers as
// tiles, and a QR code to the hotline page. The blocks are spread down the whole sheet.
import { t } from '../../i18n/index.ts';
import { PAPER, isPdfPaper, marginOf } from '../layout.ts';
import { posterBand } from './poster-band.ts';
import { measure, newDocument, paragraph, qrCode, save } from '../pdf.ts';
import { pdfColour } from '../tokens.ts';
import type { Design } from '../types.ts';

export const hotlinePoster: Design = {
	async build(planned, ctx) {
		if (
			planned.subject.type !== 'hotlines' ||
			!isPdfPaper(planned.paper) ||
			(planned.paper !== 'A4' && planned.paper !== 'A3')
		)
			throw new Error('áp phích số điện thoại: cần from: hotlines, khổ A4 hoặc A3');
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

		// What goes down the page, measured first so the free space can be shared between the blocks; the
		// numbers shrink only if the data grows past one sheet: the second line's first, the national
		// line's at half that rate.
		const nameStyle = { font: fonts.bold, size: 20 * k, leading: 1.2 };
		const freeStyle = { font: fonts.bold, size: 20 * k, colour: help, leading: 1.2 };
		const tile = { height: 0, gap: 10 * k };
		const tileWidth = (width - (ctx.emergency.length - 1) * tile.gap) / ctx.emergency.length;
		const tileLabel = { font: fonts.regular, size: 17 * k, leading: 1.15 };
		const labels = Math.max(...ctx.emergency.map((h) => measure(h.label, tileLabel, tileWidth - 20 * k)));
		tile.height = 8 * k + 36 * k + 6 * k + labels + 10 * k;
		const emergencyHeight = 20 * k * 1.3 + 8 * k + tile.height;
		const footer = link.url ? 80 * k : 0;
		/** Space inside each line's box, above and below its text. */
		const PAD = 14 * k;
		const layout = (shrink: number) => {
			const numberStyle = (i: number) => ({
				font: fonts.bold,
				size: (i === 0 ? 110 * (1 - (1 - shrink) / 2) : 72 * shrink) * k,
				colour: help,
				leading: 1,
			});
			const lines = ctx.bar.map((h, i) => {
				const free = ctx.reassurance[h.id];
				const text =
					measure(h.name, nameStyle, width - 40 * k) + (free ? 8 * k + measure(free, freeStyle, width - 40 * k) : 0);
				return { h, free, number: numberStyle(i), height: numberStyle(i).size + 10 * k + text };
			});
			return { lines, used: lines.reduce((s, l) => s + l.height + PAD * 2, 0) + emergencyHeight + footer };
		};
		let shrink = 1;
		while (shrink > 0.5 && layout(shrink).used + (ctx.bar.length + 2) * 12 * k > bandBottom - m) shrink -= 0.05;
		const { lines, used } = layout(shrink);
		const gap = Math.max(12 * k, (bandBottom - m - used) / (lines.length + 2));

		let y = bandBottom - gap;
		for (const { h, free, number, height } of lines) {
			page.drawRectangle({
				x: m,
				y: y - height - PAD * 2,
				width,
				height: height + PAD * 2,
				borderColor: help,
				borderWidth: 3 * k,
				color: pdfColour('help-tint'),
			});
			const below = paragraph(page, h.display, { x: m + 20 * k, top: y - PAD, width: width - 40 * k }, number);
			const after = paragraph(page, h.name, { x: m + 20 * k, top: below - 10 * k, width: width - 40 * k }, nameStyle);
			if (free) paragraph(page, free, { x: m + 20 * k, top: after - 8 * k, width: width - 40 * k }, freeStyle);
			y -= height + PAD * 2 + gap;
		}
		y =
			paragraph(page, t('materials.poster.emergency'), { x: m, top: y, width }, { font: fonts.bold, size: 20 * k }) -
			8 * k;
		for (const [i, h] of ctx.emergency.entries()) {
			const x = m + i * (tileWidth + tile.gap);
			page.drawRectangle({
				x,
				y: y - tile.height,
				width: tileWidth,
				height: tile.height,
				borderColor: pdfColour('text'),
				borderWidth: 1.5 * k,
			});
			const below = paragraph(
				page,
				h.display,
				{ x: x + 10 * k, top: y - 8 * k, width: tileWidth - 20 * k },
				{ font: fonts.bold, size: 36 * k, leading: 1 },
			);
			paragraph(page, h.label, { x: x + 10 * k, top: below - 6 * k, width: tileWidth - 20 * k }, tileLabel);
		}
		if (link.url && link.address) {
			const size = 72 * k;
			qrCode(page, link.url, { x: W - m - size, y: m, width: size, height: size });
			const text = { font: fonts.regular, size: 12 * k };
			const top = paragraph(
				page,
				t('materials.print.scan'),
				{ x: m, top: m + size * 0.7, width: width - size - 12 * k },
				{ ...text, font: fonts.bold },
			);
			paragraph(page, link.address, { x: m, top: top - 2 * k, width: width - size - 12 * k }, text);
		}
		return save(doc);
	},
};
