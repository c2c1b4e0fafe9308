// The heading band of the posters (A4 or A3, in proportion): the site's name, the title set in the
// largest size that fits, and the topic's pictogram in a white disc at the right.
import type { PDFPage } from 'pdf-lib';
import { BAND, PAPER, marginOf, pictogramBox } from '../layout.ts';
import { badge, band, fitSize, paragraph, type Fonts } from '../pdf.ts';
import { WHITE, pdfColour } from '../tokens.ts';

/** The poster's heading band (site name, title, pictogram); returns the y under it. */
export function posterBand(
	page: PDFPage,
	fonts: Fonts,
	opts: { paper: 'A4' | 'A3'; site: string; title: string; icon: string },
): number {
	const [W, H] = PAPER[opts.paper];
	const k = W / PAPER.A4[0];
	const m = marginOf(opts.paper);
	const icon = pictogramBox('poster', opts.paper)!;
	const height = BAND.poster * k;
	band(page, { y: H - height, height, colour: pdfColour('help') });
	badge(page, opts.icon, icon, WHITE, pdfColour('help'));
	const width = icon.x - m - 12 * k;
	const top = paragraph(
		page,
		opts.site,
		{ x: m, top: H - 22 * k, width },
		{ font: fonts.bold, size: 17 * k, colour: WHITE },
	);
	const room = { width, height: top - (H - height) - 16 * k };
	const size = fitSize(opts.title, fonts.bold, room, 34 * k, 18 * k, 1.12);
	paragraph(
		page,
		opts.title,
		{ x: m, top: top - 8 * k, width },
		{ font: fonts.bold, size, colour: WHITE, leading: 1.12 },
	);
	return H - height;
}
