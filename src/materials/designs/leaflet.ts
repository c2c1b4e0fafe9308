// A4 leaflet of a full guide: a green band with the title, the guide's description and its topic's
// pictogram; each reader's numbered steps (children first), set in the largest size from 13 pt down
// to 9 pt that fills one page; the hotline box with a QR code to the guide at the foot.
import { t } from '../../i18n/index.ts';
import { BAND, HOTLINE_BOX as BOX_HEIGHT } from '../layout.ts';
import { measure, paragraph, save, Writer, type Fonts } from '../pdf.ts';
import { hotlineBox } from '../hotline-box.ts';
import { WHITE, pdfColour } from '../tokens.ts';
import type { Design, GuideInfo } from '../types.ts';
import { guideSheet } from './guide-sheet.ts';

/** Height of the parts at a given text size (the same arithmetic the writer follows). */
function heightAt(guide: GuideInfo, fonts: Fonts, size: number, width: number): number {
	let h = 0;
	for (const part of guide.parts) {
		h += size * 1.25 * 1.3 + 4 + size * 0.6;
		for (const step of part.steps)
			h += measure(step.text, { font: fonts.regular, size }, width - 2 * size) + size * 0.4;
		h += size * 0.6;
	}
	return h + 3 * 9 * 1.3;
}

export const leaflet: Design = {
	async build(planned, ctx) {
		const { guide, doc, fonts, page, W, H, m, textWidth, head } = await guideSheet(planned, ctx, {
			kind: 'leaflet',
			design: 'tờ rơi',
			title: (guide) => t('materials.print.leafletTitle', { title: guide.title }),
		});
		const titleStyle = { font: fonts.bold, size: 24, colour: WHITE, leading: 1.15 };
		const leadStyle = { font: fonts.regular, size: 10, colour: WHITE };
		const bandHeight = Math.max(
			BAND.sheet,
			40 + measure(guide.title, titleStyle, textWidth) + measure(guide.description, leadStyle, textWidth) + 16,
		);
		let top = head(ctx.site.name, bandHeight);
		top = paragraph(page, guide.title, { x: m, top: top - 6, width: textWidth }, titleStyle);
		paragraph(page, guide.description, { x: m, top: top - 6, width: textWidth }, leadStyle);

		const bodyTop = H - bandHeight - 16;
		const room = bodyTop - (m + BOX_HEIGHT + 12);
		// The largest size, in quarter points from 9 to 13, at which the parts fill the room (bisection).
		let [low, high] = [36, 52];
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if (heightAt(guide, fonts, mid / 4, W - 2 * m) <= room) low = mid;
			else high = mid - 1;
		}
		const size = low / 4;
		const w = new Writer(doc, fonts, [W, H], m, bodyTop, BOX_HEIGHT + 12);
		for (const part of guide.parts) {
			const hs = size * 1.25;
			w.ensure(hs * 1.3 + 4 + size * 3);
			w.page.drawRectangle({
				x: m,
				y: w.y - hs * 1.3 - 4,
				width: W - 2 * m,
				height: hs * 1.3 + 4,
				color: pdfColour('help-tint'),
			});
			w.y -= 2;
			w.text(part.title, { font: fonts.bold, size: hs, colour: pdfColour('help') }, { indent: 6, gap: 2 + size * 0.6 });
			for (const [i, step] of part.steps.entries())
				w.text(step.text, { font: fonts.regular, size }, { indent: 2 * size, prefix: `${i + 1}.` });
			w.y -= size * 0.6;
		}
		const note = { font: fonts.regular, size: 8.5, colour: pdfColour('text-muted') };
		if (guide.link.address) w.text(`${t('materials.print.readMore')} ${guide.link.address}`, note, { gap: 1 });
		w.text(t('materials.print.updated', { date: guide.updated }), note);
		hotlineBox(
			page,
			fonts,
			{ x: m, y: m, width: W - 2 * m, height: BOX_HEIGHT },
			{ lines: ctx.bar, link: guide.link, reassurance: ctx.reassurance },
		);
		return save(doc);
	},
};
