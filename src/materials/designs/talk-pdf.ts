// The flag-ceremony talk as an A4 PDF, for a teacher or pupil who reads it from paper: the same text as
// the Word file (talk-docx.ts, both from ../texts.ts), in 13 pt type with the steps and numbers set apart, and the sources in
// small type at the end for the teacher.
import { t } from '../../i18n/index.ts';
import { BAND } from '../layout.ts';
import { paragraph, save, Writer } from '../pdf.ts';
import { WHITE, pdfColour } from '../tokens.ts';
import { talkText } from '../texts.ts';
import type { Design } from '../types.ts';
import { guideSheet } from './guide-sheet.ts';

export const talkPdf: Design = {
	async build(planned, ctx) {
		const { guide, doc, fonts, page, W, H, m, textWidth, head } = await guideSheet(planned, ctx, {
			kind: 'talk',
			design: 'bài tuyên truyền',
			title: (guide) => `${t('materials.talk.heading')}: ${guide.title}`,
		});
		const { blocks, minutes } = talkText(guide, ctx, planned.audiences);
		let top = head(ctx.site.name) - 4;
		const w = new Writer(doc, fonts, [W, H], m, H - BAND.sheet - 16);
		const body = { font: fonts.regular, size: 13, leading: 1.4 };
		for (const block of blocks) {
			if (block.type === 'subtitle')
				top = paragraph(
					page,
					block.text.toLocaleUpperCase('vi'),
					{ x: m, top, width: textWidth },
					{ font: fonts.bold, size: 11, colour: WHITE },
				);
			else if (block.type === 'title')
				paragraph(
					page,
					block.text,
					{ x: m, top: top - 6, width: textWidth },
					{ font: fonts.bold, size: 24, colour: WHITE, leading: 1.15 },
				);
			else if (block.type === 'note')
				w.text(block.text, { font: fonts.regular, size: 9.5, colour: pdfColour('text-muted') }, { gap: 10 });
			else if (block.type === 'heading')
				w.text(block.text, { font: fonts.bold, size: 11, colour: pdfColour('help') }, { gap: 4 });
			else if (block.type === 'step')
				w.text(block.text, { ...body, font: fonts.bold }, { indent: 24, prefix: `${block.n}.`, gap: 6 });
			// Sources by name only: their addresses are in the Word file and on the guide's page.
			else if (block.type === 'source')
				w.text(block.text, { font: fonts.regular, size: 8.5, colour: pdfColour('text-muted') }, { gap: 2 });
			else w.text(block.text, body, { gap: 9 });
		}
		return { ...(await save(doc)), minutes };
	},
};
