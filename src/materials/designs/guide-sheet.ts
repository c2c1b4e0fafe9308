// The start every A4 sheet drawn from one full guide shares (the leaflet, the quiz, the talk): the
// guide (or an error naming the design), the PDF with its metadata, the first page, its margin and the
// place of the topic's pictogram.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { t } from '../../i18n/index.ts';
import type { MaterialKind } from '../../schemas/material.ts';
import { PAPER, marginOf, pictogramBox, type Box } from '../layout.ts';
import { newDocument, type Fonts } from '../pdf.ts';
import type { Context, GuideInfo, Planned } from '../types.ts';

export interface GuideSheet {
	guide: GuideInfo;
	doc: PDFDocument;
	fonts: Fonts;
	page: PDFPage;
	/** A4 width and height, in points. */
	W: number;
	H: number;
	/** The page margin. */
	m: number;
	/** Where the pictogram goes, at the top right. */
	icon: Box;
}

/** Opens an A4 sheet for a guide; `design` names the material in the error when the subject is not a guide. */
export async function guideSheet(
	planned: Planned,
	ctx: Context,
	opts: { kind: MaterialKind; design: string; title: (guide: GuideInfo) => string },
): Promise<GuideSheet> {
	if (planned.subject.type !== 'guide') throw new Error(`${opts.design} chỉ tạo được từ một hướng dẫn`);
	const { guide } = planned.subject;
	const { doc, fonts } = await newDocument({
		title: opts.title(guide),
		subject: guide.description,
		author: ctx.site.publisher,
		date: ctx.site.buildDate,
		keywords: [ctx.site.name, guide.title, ...ctx.bar.map((h) => h.display)],
		producer: t('materials.print.producer'),
	});
	const [W, H] = PAPER.A4;
	return {
		guide,
		doc,
		fonts,
		page: doc.addPage([W, H]),
		W,
		H,
		m: marginOf('A4'),
		icon: pictogramBox(opts.kind, 'A4')!,
	};
}
