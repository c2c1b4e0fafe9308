// Drawing printable PDFs with pdf-lib: Be Vietnam Pro (a full TTF that covers Vietnamese, subset per
// file), wrapped text, and the hotline box every material carries at the foot of its first page.
// Pure layout: what to print comes from content data through ./index.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) => readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`));
const REGULAR = fontFile('400Regular');
const BOLD = fontFile('700Bold');

/** Paper sizes in PDF points (1/72 inch). */
export const PAPER = {
	A4: [595.28, 841.89],
	A3: [841.89, 1190.55],
} as const;
export type Paper = keyof typeof PAPER;

/** Print colours: the site's help green and text ink, as RGB. */
export const INK = rgb(0.09, 0.1, 0.12);
export const HELP = rgb(0.05, 0.29, 0.2);
export const HELP_TINT = rgb(0.88, 0.96, 0.91);
export const MUTED = rgb(0.35, 0.36, 0.4);
export const WHITE = rgb(1, 1, 1);

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
}

export async function newDocument(meta: Meta): Promise<{ doc: PDFDocument; fonts: Fonts }> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const fonts = { regular: await doc.embedFont(REGULAR, { subset: true }), bold: await doc.embedFont(BOLD, { subset: true }) };
	const when = new Date(`${meta.date}T00:00:00Z`);
	doc.setTitle(meta.title, { showInWindowTitleBar: true });
	doc.setSubject(meta.subject);
	doc.setAuthor(meta.author);
	doc.setKeywords(meta.keywords);
	doc.setLanguage('vi-VN');
	doc.setProducer('Bảo vệ trẻ em Hải Phòng (pdf-lib)');
	doc.setCreator('Bảo vệ trẻ em Hải Phòng');
	doc.setCreationDate(when);
	doc.setModificationDate(when);
	return { doc, fonts };
}

/** Splits text into lines that fit `width` at `size`. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** A cursor that writes wrapped paragraphs down a page and adds pages when one is full. */
export class Writer {
	page: PDFPage;
	y: number;
	constructor(
		private doc: PDFDocument,
		readonly fonts: Fonts,
		private paper: Paper,
		readonly margin: number,
		/** Space kept free at the foot of the first page for the hotline box. */
		private footer: number,
	) {
		this.page = doc.addPage([...PAPER[paper]]);
		this.y = this.page.getHeight() - margin;
	}
	get width(): number {
		return this.page.getWidth() - 2 * this.margin;
	}
	private bottom(): number {
		return this.doc.getPageCount() === 1 ? this.margin + this.footer : this.margin;
	}
	ensure(height: number): void {
		if (this.y - height < this.bottom()) {
			this.page = this.doc.addPage([...PAPER[this.paper]]);
			this.y = this.page.getHeight() - this.margin;
		}
	}
	text(text: string, opts: { size?: number; bold?: boolean; color?: RGB; indent?: number; gap?: number; prefix?: string } = {}): void {
		const { size = 11, bold = false, color = INK, indent = 0, gap = 4, prefix } = opts;
		const font = bold ? this.fonts.bold : this.fonts.regular;
		const lead = size * 1.35;
		const lines = wrap(text, font, size, this.width - indent);
		for (const [i, line] of lines.entries()) {
			this.ensure(lead);
			this.y -= lead;
			if (i === 0 && prefix) this.page.drawText(prefix, { x: this.margin + indent - font.widthOfTextAtSize(prefix, size) - 4, y: this.y + size * 0.25, size, font: this.fonts.bold, color });
			this.page.drawText(line, { x: this.margin + indent, y: this.y + size * 0.25, size, font, color });
		}
		this.y -= gap;
	}
}

/** A rectangle on a page, in PDF points from the bottom-left corner. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface BoxLine {
	display: string;
	name: string;
}

/**
 * The hotline box at the foot of page 1: a filled green band with each line's number (large) and name,
 * and the site's address. Always at the same place relative to the page, so tests can look for its ink;
 * returns where it was drawn.
 */
export function drawHotlineBox(page: PDFPage, fonts: Fonts, lines: readonly BoxLine[], address: string, opts: { margin: number; height: number; scale?: number }): Box {
	const { margin, height, scale = 1 } = opts;
	const width = page.getWidth() - 2 * margin;
	page.drawRectangle({ x: margin, y: margin, width, height, color: HELP });
	const title = 'Cần giúp đỡ? Gọi ngay:';
	let y = margin + height - 22 * scale;
	page.drawText(title, { x: margin + 14 * scale, y, size: 12 * scale, font: fonts.bold, color: WHITE });
	const column = width / lines.length;
	for (const [i, line] of lines.entries()) {
		const x = margin + 14 * scale + i * column;
		page.drawText(line.display, { x, y: y - 34 * scale, size: 28 * scale, font: fonts.bold, color: WHITE });
		for (const [j, part] of wrap(line.name, fonts.regular, 8.5 * scale, column - 24 * scale).slice(0, 3).entries()) {
			page.drawText(part, { x, y: y - (50 + j * 11) * scale, size: 8.5 * scale, font: fonts.regular, color: WHITE });
		}
	}
	page.drawText(address, { x: margin + 14 * scale, y: margin + 10 * scale, size: 9 * scale, font: fonts.regular, color: WHITE });
	return { x: margin, y: margin, width, height };
}
