// The drawing primitives every PDF design is built from (pdf-lib): a document with Be Vietnam Pro
// (a full TTF that covers Vietnamese, subset per file), a coloured band, wrapped paragraphs (pdf-lib's
// own maxWidth wrapping, measured with the same line breaker), the largest size that fits a box, a
// pictogram drawn as vector paths, a QR code as vector squares, and a flowing writer for long text.
import {
	LineCapStyle,
	LineJoinStyle,
	PDFDocument,
	breakTextIntoLines,
	popGraphicsState,
	pushGraphicsState,
	setLineJoin,
	type PDFFont,
	type PDFPage,
	type RGB,
} from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { BOLD, REGULAR } from './fonts.ts';
import { ICON_GRID, ICON_STROKE, iconPaths } from './icons.ts';
import { QUIET_ZONE, qrGrid } from './qr.ts';
import { BLACK, WHITE, pdfColour } from './tokens.ts';
import type { Box } from './layout.ts';

export interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

export interface Meta {
	title: string;
	subject: string;
	author: string;
	/** YYYY-MM-DD: the build's date, so a rebuild gives the same file. */
	date: string;
	keywords: string[];
	producer: string;
}

export async function newDocument(meta: Meta): Promise<{ doc: PDFDocument; fonts: Fonts }> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const fonts = {
		regular: await doc.embedFont(REGULAR, { subset: true }),
		bold: await doc.embedFont(BOLD, { subset: true }),
	};
	const when = new Date(`${meta.date}T00:00:00Z`);
	doc.setTitle(meta.title, { showInWindowTitleBar: true });
	doc.setSubject(meta.subject);
	doc.setAuthor(meta.author);
	doc.setKeywords(meta.keywords);
	doc.setLanguage('vi-VN');
	doc.setProducer(meta.producer);
	doc.setCreator(meta.producer);
	doc.setCreationDate(when);
	doc.setModificationDate(when);
	return { doc, fonts };
}

/** The file's bytes; object streams off keeps it readable by every viewer. */
export async function save(doc: PDFDocument): Promise<{ bytes: Uint8Array; pages: number }> {
	return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}

/** A filled rectangle across the page (or from x with width). */
export function band(
	page: PDFPage,
	opts: { y: number; height: number; colour: RGB; x?: number; width?: number },
): void {
	page.drawRectangle({
		x: opts.x ?? 0,
		y: opts.y,
		width: opts.width ?? page.getWidth(),
		height: opts.height,
		color: opts.colour,
	});
}

export interface TextStyle {
	font: PDFFont;
	size: number;
	colour?: RGB;
	/** Line height as a multiple of the size. */
	leading?: number;
}

/** Width of `text` at size 1, per font: the designs measure the same words many times while they
 *  look for the size that fills a box, and each measurement is a full text layout in fontkit. */
const widths = new WeakMap<PDFFont, Map<string, number>>();
function unitWidth(font: PDFFont, text: string): number {
	let cache = widths.get(font);
	if (!cache) widths.set(font, (cache = new Map()));
	let width = cache.get(text);
	if (width === undefined) cache.set(text, (width = font.widthOfTextAtSize(text, 1)));
	return width;
}

/** The lines `text` breaks into at `width`, as pdf-lib's maxWidth wrapping breaks them. */
export function lines(text: string, style: TextStyle, width: number): string[] {
	return breakTextIntoLines(text, [' '], width, (s) => unitWidth(style.font, s) * style.size);
}

/** Height of a wrapped paragraph. */
export function measure(text: string, style: TextStyle, width: number): number {
	return lines(text, style, width).length * style.size * (style.leading ?? 1.3);
}

/** Draws a wrapped paragraph whose first line's top is at `top`; returns the y under its last line. */
export function paragraph(
	page: PDFPage,
	text: string,
	at: { x: number; top: number; width: number },
	style: TextStyle,
): number {
	const lineHeight = style.size * (style.leading ?? 1.3);
	const count = lines(text, style, at.width).length;
	page.drawText(text, {
		x: at.x,
		y: at.top - style.size * 0.95,
		size: style.size,
		font: style.font,
		color: style.colour ?? pdfColour('text'),
		maxWidth: at.width,
		lineHeight,
		wordBreaks: [' '],
	});
	return at.top - count * lineHeight;
}

/** The largest size from `max` down to `min` at which `text` fits `width` × `height`. */
export function fitSize(
	text: string,
	font: PDFFont,
	box: { width: number; height: number },
	max: number,
	min: number,
	leading = 1.2,
): number {
	for (let size = max; size > min; size -= Math.max(0.5, size / 40)) {
		if (measure(text, { font, size, leading }, box.width) <= box.height) return size;
	}
	return min;
}

/** A Tabler pictogram drawn as stroked vector paths in a square box (top-left of the box at x, y+size). */
export function pictogram(page: PDFPage, name: string, box: Box, colour: RGB): void {
	const scale = box.width / ICON_GRID;
	page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
	for (const d of iconPaths(name)) {
		page.drawSvgPath(d, {
			x: box.x,
			y: box.y + box.height,
			scale,
			borderColor: colour,
			borderWidth: ICON_STROKE,
			borderLineCap: LineCapStyle.Round,
		});
	}
	page.pushOperators(popGraphicsState());
}

/** A pictogram in a filled circle (for coloured bands). */
export function badge(page: PDFPage, name: string, box: Box, circle: RGB, stroke: RGB): void {
	const r = box.width / 2;
	page.drawCircle({ x: box.x + r, y: box.y + r, size: r, color: circle });
	const inner = box.width * 0.62;
	pictogram(
		page,
		name,
		{ x: box.x + (box.width - inner) / 2, y: box.y + (box.height - inner) / 2, width: inner, height: inner },
		stroke,
	);
}

/** A QR code of `url` in a square box (quiet zone included, on white), as vector squares. */
export function qrCode(page: PDFPage, url: string, box: Box, colour: RGB = BLACK): void {
	const grid = qrGrid(url);
	const unit = box.width / (grid.size + 2 * QUIET_ZONE);
	page.drawRectangle({ x: box.x, y: box.y, width: box.width, height: box.width, color: WHITE });
	const left = box.x + QUIET_ZONE * unit;
	const top = box.y + box.width - QUIET_ZONE * unit;
	for (const [row, start, length] of grid.runs) {
		// A hair of overlap so that no white seam shows between neighbouring squares at any zoom.
		page.drawRectangle({
			x: left + start * unit,
			y: top - (row + 1) * unit,
			width: length * unit + 0.05,
			height: unit + 0.05,
			color: colour,
		});
	}
}

/** A cursor that writes wrapped paragraphs down the pages of a document, from its last page on,
 *  adding a page when one is full. */
export class Writer {
	page: PDFPage;
	y: number;
	private readonly start: PDFPage;
	constructor(
		private doc: PDFDocument,
		readonly fonts: Fonts,
		private size: readonly [number, number],
		readonly margin: number,
		/** Where writing starts on the current last page (under its band). */
		top: number,
		/** Space kept free at the foot of that first page (for the hotline box). */
		private footer = 0,
	) {
		this.page = doc.getPage(doc.getPageCount() - 1);
		this.start = this.page;
		this.y = top;
	}
	get width(): number {
		return this.page.getWidth() - 2 * this.margin;
	}
	private bottom(): number {
		return this.page === this.start ? this.margin + this.footer : this.margin;
	}
	/** Starts a new page unless `height` still fits on this one. */
	ensure(height: number): void {
		if (this.y - height < this.bottom()) {
			this.page = this.doc.addPage([this.size[0], this.size[1]]);
			this.y = this.page.getHeight() - this.margin;
		}
	}
	/** A paragraph, optionally indented with a prefix (a number, a box) in the indent. */
	text(text: string, style: TextStyle, opts: { indent?: number; prefix?: string; gap?: number } = {}): void {
		const { indent = 0, prefix, gap = style.size * 0.4 } = opts;
		const x = this.margin + indent;
		const width = this.width - indent;
		const all = lines(text, style, width);
		const lineHeight = style.size * (style.leading ?? 1.3);
		// Keep at least two lines together, or the whole paragraph when it is short.
		this.ensure(Math.min(all.length, 2) * lineHeight);
		for (const [i, line] of all.entries()) {
			this.ensure(lineHeight);
			if (i === 0 && prefix) {
				const w = this.fonts.bold.widthOfTextAtSize(prefix, style.size);
				this.page.drawText(prefix, {
					x: x - w - 5,
					y: this.y - style.size * 0.95,
					size: style.size,
					font: this.fonts.bold,
					color: style.colour ?? pdfColour('text'),
				});
			}
			this.page.drawText(line, {
				x,
				y: this.y - style.size * 0.95,
				size: style.size,
				font: style.font,
				color: style.colour ?? pdfColour('text'),
			});
			this.y -= lineHeight;
		}
		this.y -= gap;
	}
}
