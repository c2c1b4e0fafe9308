// A true/false quiz of a full guide for pupils: the myths the guide sets right (answer: sai) mixed with
// as many of the children's steps (answer: đúng), in an order fixed per guide; tick boxes, lines to
// write "why", a line for name and class, and the hotline box on page 1; the answer key with each
// myth's truth and the sources on a separate page for the teacher.
import type { PDFPage } from 'pdf-lib';
import { t } from '../../i18n/index.ts';
import { BAND, HOTLINE_BOX as BOX_HEIGHT } from '../layout.ts';
import { measure, paragraph, save, Writer, type Fonts } from '../pdf.ts';
import { hotlineBox } from '../hotline-box.ts';
import { WHITE, pdfColour } from '../tokens.ts';
import { quizItems } from '../texts.ts';
import type { Design } from '../types.ts';
import { guideSheet } from './guide-sheet.ts';

function tickBox(page: PDFPage, fonts: Fonts, x: number, top: number, label: string): void {
	const size = 15;
	page.drawRectangle({ x, y: top - size, width: size, height: size, borderColor: pdfColour('text'), borderWidth: 1 });
	page.drawText(label, { x: x + size + 3, y: top - size + 3.5, size: 10, font: fonts.bold, color: pdfColour('text') });
}

export const quiz: Design = {
	async build(planned, ctx) {
		const { guide, doc, fonts, page, W, H, m, textWidth, head } = await guideSheet(planned, ctx, {
			kind: 'quiz',
			design: 'câu hỏi đúng – sai',
			title: (guide) => `${t('materials.quiz.heading')}: ${guide.title}`,
		});
		const items = quizItems(guide);
		const site = head(ctx.site.name);
		const top = paragraph(
			page,
			t('materials.quiz.heading').toLocaleUpperCase('vi'),
			{ x: m, top: site - 4, width: textWidth },
			{ font: fonts.bold, size: 11, colour: WHITE },
		);
		paragraph(
			page,
			guide.title,
			{ x: m, top: top - 6, width: textWidth },
			{ font: fonts.bold, size: 24, colour: WHITE, leading: 1.15 },
		);

		const w = new Writer(doc, fonts, [W, H], m, H - BAND.sheet - 18, BOX_HEIGHT + 14);
		w.text(t('materials.quiz.name'), { font: fonts.regular, size: 11 }, { gap: 8 });
		w.text(t('materials.quiz.instructions'), { font: fonts.bold, size: 11 }, { gap: 12 });
		const size = items.length > 6 ? 12 : 13.5;
		const statement = { font: fonts.regular, size, leading: 1.35 };
		// The room left on the sheet becomes writing lines under each statement ("Vì sao em nghĩ vậy?").
		const needed = items.reduce((h, item) => h + measure(item.statement, statement, w.width - 104) + size * 0.9, 0);
		const room = w.y - (m + BOX_HEIGHT + 14) - needed;
		const writing = Math.max(0, Math.min(3, Math.floor(room / items.length / 21 - 0.6)));
		for (const [i, item] of items.entries()) {
			w.ensure(40);
			tickBox(w.page, fonts, m, w.y, t('materials.quiz.true'));
			tickBox(w.page, fonts, m + 38, w.y, t('materials.quiz.false'));
			w.text(item.statement, statement, { indent: 104, prefix: `${i + 1}.`, gap: 4 });
			if (writing > 0) {
				w.text(
					t('materials.quiz.why'),
					{ font: fonts.regular, size: 9, colour: pdfColour('text-muted') },
					{ indent: 104, gap: 0 },
				);
				for (let l = 0; l < writing; l++) {
					w.y -= 19;
					w.page.drawLine({
						start: { x: m + 104, y: w.y },
						end: { x: W - m, y: w.y },
						thickness: 0.6,
						color: pdfColour('border'),
						dashArray: [1.5, 2.5],
					});
				}
			}
			w.y -= size * 0.9;
		}
		hotlineBox(
			page,
			fonts,
			{ x: m, y: m, width: W - 2 * m, height: BOX_HEIGHT },
			{ lines: ctx.bar, link: guide.link, reassurance: ctx.reassurance },
		);

		// The answer key, on a page of its own so the quiz sheet can be copied without it.
		doc.addPage([W, H]);
		const k = new Writer(doc, fonts, [W, H], m, H - m);
		k.text(t('materials.quiz.keyFor'), { font: fonts.bold, size: 16, colour: pdfColour('help') }, { gap: 4 });
		k.text(guide.title, { font: fonts.regular, size: 11, colour: pdfColour('text-muted') }, { gap: 14 });
		for (const [i, item] of items.entries()) {
			const answer = item.answer ? t('materials.quiz.keyTrue') : t('materials.quiz.keyFalse');
			k.text(
				`${answer} ${item.explanation ?? item.statement}`,
				{ font: fonts.regular, size: 11 },
				{ indent: 22, prefix: `${i + 1}.`, gap: 2 },
			);
			k.text(
				t('materials.poster.sources', { sources: item.cite.join('; ') }),
				{ font: fonts.regular, size: 8.5, colour: pdfColour('text-muted') },
				{ indent: 22, gap: 10 },
			);
		}
		return save(doc);
	},
};
