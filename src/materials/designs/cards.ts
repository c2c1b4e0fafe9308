// Ten wallet cards (85 × 55 mm) on one A4 sheet, with cut marks: each child-protection line's number
// and label, the pictogram, and a QR code to the hotline page when the build knows SITE_URL. Drawn in
// outlines and type only, no solid fill, so they print light and clear on a black-and-white laser.
import type { PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import { t } from '../../i18n/index.ts';
import { MM, PAPER, cardGrid, pictogramBox } from '../layout.ts';
import { newDocument, paragraph, pictogram, qrCode, save, type Fonts } from '../pdf.ts';
import { pdfColour } from '../tokens.ts';
import type { Context, Design, PageLink } from '../types.ts';

function card(page: PDFPage, fonts: Fonts, ctx: Context, x: number, y: number, icon: string, link: PageLink): void {
	const { width, height } = cardGrid();
	const pad = 5 * MM;
	const help = pdfColour('help');
	page.drawRectangle({
		x: x + 1.5 * MM,
		y: y + 1.5 * MM,
		width: width - 3 * MM,
		height: height - 3 * MM,
		borderColor: help,
		borderWidth: 1,
	});
	// The pictogram sits where pictogramBox() says for the first card, and at the same place on every card.
	const first = pictogramBox('cards', 'A4')!;
	const grid = cardGrid();
	const ix = x + (first.x - grid.x0);
	const iy = y + (first.y - (grid.y0 + 4 * grid.height));
	pictogram(page, icon, { x: ix, y: iy, width: first.width, height: first.height }, help);
	const left = x + pad;
	const textWidth = first.x - grid.x0 - pad - 4 * MM;
	let top = paragraph(
		page,
		ctx.site.name,
		{ x: left, top: y + height - pad, width: textWidth },
		{ font: fonts.bold, size: 8, colour: help },
	);
	for (const [i, h] of ctx.bar.entries()) {
		top = paragraph(
			page,
			h.display,
			{ x: left, top: top - 3, width: textWidth },
			{ font: fonts.bold, size: i === 0 ? 26 : 19, leading: 1.05 },
		);
		top = paragraph(
			page,
			h.label,
			{ x: left, top: top - 1, width: textWidth },
			{ font: fonts.regular, size: 7.5, leading: 1.2 },
		);
		const free = ctx.reassurance[h.id];
		if (free)
			top = paragraph(
				page,
				free,
				{ x: left, top, width: textWidth },
				{ font: fonts.bold, size: 6, leading: 1.2, colour: help },
			);
	}
	if (link.url && link.address) {
		const size = 18 * MM;
		qrCode(page, link.url, { x: x + width - pad - size + 1 * MM, y: y + pad - 1 * MM, width: size, height: size });
		page.drawText(link.address, { x: left, y: y + pad - 1, size: 6.5, font: fonts.regular, color: pdfColour('text') });
	}
}

export const cards: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'hotlines') throw new Error('thẻ số điện thoại: cần from: hotlines');
		const { link } = planned.subject;
		const { doc, fonts } = await newDocument({
			title: planned.title,
			subject: t('materials.cards.subject'),
			author: ctx.site.publisher,
			date: ctx.site.buildDate,
			keywords: [ctx.site.name, ...ctx.bar.map((h) => h.display)],
			producer: t('materials.print.producer'),
		});
		const page = doc.addPage([...PAPER.A4]);
		const g = cardGrid();
		for (let row = 0; row < g.rows; row++) {
			for (let col = 0; col < g.cols; col++)
				card(page, fonts, ctx, g.x0 + col * g.width, g.y0 + row * g.height, planned.icon, link);
		}
		// Cut marks outside the grid, on every cutting line.
		const mark = { thickness: 0.5, color: rgb(0.3, 0.3, 0.3) };
		const right = g.x0 + g.cols * g.width;
		const top = g.y0 + g.rows * g.height;
		for (let i = 0; i <= g.cols; i++) {
			const x = g.x0 + i * g.width;
			page.drawLine({ start: { x, y: g.y0 - 18 }, end: { x, y: g.y0 - 4 }, ...mark });
			page.drawLine({ start: { x, y: top + 4 }, end: { x, y: top + 18 }, ...mark });
		}
		for (let j = 0; j <= g.rows; j++) {
			const y = g.y0 + j * g.height;
			page.drawLine({ start: { x: g.x0 - 18, y }, end: { x: g.x0 - 4, y }, ...mark });
			page.drawLine({ start: { x: right + 4, y }, end: { x: right + 18, y }, ...mark });
		}
		return save(doc);
	},
};
