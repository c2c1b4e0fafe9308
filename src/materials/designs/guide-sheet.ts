// The start every A4 sheet drawn from one full guide shares (the leaflet, the quiz, the talk): the
// guide (or an error naming the design), the PDF with its metadata, the first page, its margin, the
// place of the topic's pictogram, and the heading band with the pictogram and the site's name.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { t } from '../../i18n/index.ts';
import type { MaterialKind } from '../../schemas/material.ts';
import { BAND, PAPER, marginOf, pictogramBox, type Box } from '../layout.ts';
import { badge, band, newDocument, paragraph, type Fonts } from '../pdf.ts';
import { WHITE, pdfColour } from '../tokens.ts';
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
	/** The width of the text beside the pictogram, in the heading band. */
	textWidth: number;
	/** Draws the heading band (`height`, the sheet's by default), the guide's pictogram and the site's
	 *  name; returns the y under the name. */
	head(siteName: string, height?: number): number;
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
	const page = doc.addPage([W, H]);
	const m = marginOf('A4');
	const icon = pictogramBox(opts.kind, 'A4')!;
	const textWidth = icon.x - m - 12;
	const head = (siteName: string, height: number = BAND.sheet) => {
		band(page, { y: H - height, height, colour: pdfColour('help') });
		badge(page, guide.icon, icon, WHITE, pdfColour('help'));
		return paragraph(
			page,
			siteName,
			{ x: m, top: H - 18, width: textWidth },
			{ font: fonts.bold, size: 10, colour: WHITE },
		);
	};
	return { guide, doc, fonts, page, W, H, m, icon, textWidth, head };
}
