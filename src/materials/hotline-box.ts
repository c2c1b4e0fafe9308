// The hotline box most printed materials carry at their foot: "Cần giúp đỡ? Gọi ngay:", each
// child-protection line's number (large) and name, and, when the build knows SITE_URL, a QR code to
// the material's page with its printed address. A light tint with a green outline: it stands out
// without a flood of toner.
import type { PDFPage } from 'pdf-lib';
import type { Hotline } from '../schemas/hotline.ts';
import { t } from '../i18n/index.ts';
import { lines, paragraph, qrCode, type Fonts } from './pdf.ts';
import { pdfColour } from './tokens.ts';
import type { Box } from './layout.ts';
import type { PageLink } from './types.ts';

export interface HotlineBoxOptions {
	lines: readonly Hotline[];
	/** "Không mất tiền, 24 giờ …" with its source, by hotline id (Context.reassurance). */
	reassurance?: Record<string, string>;
	/** The page the QR code and address point to. */
	link: PageLink;
	/** 1 on A4; larger on posters. */
	scale?: number;
}

/** Draws the box; returns where the QR code went, if there is one. */
export function hotlineBox(page: PDFPage, fonts: Fonts, box: Box, opts: HotlineBoxOptions): Box | undefined {
	const s = opts.scale ?? 1;
	const pad = 12 * s;
	const help = pdfColour('help');
	page.drawRectangle({ ...box, color: pdfColour('help-tint'), borderColor: help, borderWidth: 2 * s });
	let qr: Box | undefined;
	let right = box.x + box.width - pad;
	if (opts.link.url) {
		// About 32 mm on A4: easy to scan, and it leaves the numbers their room.
		const size = Math.min(box.height - 2 * pad - 22 * s, 92 * s);
		qr = { x: right - size, y: box.y + box.height - pad - size, width: size, height: size };
		qrCode(page, opts.link.url, qr);
		const caption = t('materials.print.scan');
		const style = { font: fonts.regular, size: 7.5 * s, colour: pdfColour('text') };
		const width = Math.max(size, fonts.regular.widthOfTextAtSize(caption, style.size) / 2 + 4);
		paragraph(page, caption, { x: right - width, top: qr.y - 3 * s, width }, style);
		right -= width + pad;
	}
	const left = box.x + pad;
	let top = box.y + box.height - pad;
	top = paragraph(
		page,
		t('materials.print.callNow'),
		{ x: left, top, width: right - left },
		{ font: fonts.bold, size: 12 * s, colour: help },
	);
	const column = (right - left) / opts.lines.length;
	for (const [i, line] of opts.lines.entries()) {
		const x = left + i * column;
		// The number on one line, never broken: smaller only when its column is narrow.
		const size = Math.min(30 * s, ((column - 12 * s) / fonts.bold.widthOfTextAtSize(line.display, 1)) * 0.98);
		const below = paragraph(
			page,
			line.display,
			{ x, top: top - 4 * s, width: column },
			{ font: fonts.bold, size, colour: help, leading: 1.1 },
		);
		const name = { font: fonts.regular, size: 8.5 * s, colour: pdfColour('text'), leading: 1.25 };
		const after = paragraph(
			page,
			lines(line.name, name, column - 12 * s)
				.slice(0, 3)
				.join(' '),
			{ x, top: below - 2 * s, width: column - 12 * s },
			name,
		);
		const free = opts.reassurance?.[line.id];
		if (free)
			paragraph(
				page,
				free,
				{ x, top: after - 1 * s, width: column - 12 * s },
				{ ...name, font: fonts.bold, colour: help },
			);
	}
	if (opts.link.address) {
		page.drawText(opts.link.address, {
			x: left,
			y: box.y + pad * 0.7,
			size: 8.5 * s,
			font: fonts.regular,
			color: pdfColour('text'),
		});
	}
	return qr;
}
