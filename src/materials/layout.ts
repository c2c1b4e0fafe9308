// Page sizes and the fixed places of each design, in PDF points (1/72 inch) from the bottom-left
// corner. Pure data: the designs draw their pictogram here, and the tests that render the PDFs look
// for its ink in the same box, without reading anything the build wrote.
import type { MaterialKind, MaterialPaper } from '../schemas/material.ts';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const MM = 72 / 25.4;

/** Page sizes of the PDF papers: ISO A4 and A3, and a 5:1 banner drawn at 100 × 20 cm (vector, so a
 *  print shop scales it to 5 × 1 m or any 5:1 size). */
export const PAPER = {
	A4: [210 * MM, 297 * MM],
	A3: [297 * MM, 420 * MM],
	'banner-5x1': [1000 * MM, 200 * MM],
} as const satisfies Partial<Record<MaterialPaper, readonly [number, number]>>;
export type PdfPaper = keyof typeof PAPER;

export function isPdfPaper(paper: MaterialPaper): paper is PdfPaper {
	return paper in PAPER;
}

/** Page margin: 12 mm on A4, scaled with the page's width on larger sheets. */
export function marginOf(paper: PdfPaper): number {
	return paper === 'banner-5x1' ? 8 * MM : (12 * MM * PAPER[paper][0]) / PAPER.A4[0];
}

/** Height of the hotline box at the foot of A4 sheets (scaled on posters): title, numbers, names,
 *  and "không mất tiền, 24 giờ" with its source. */
export const HOTLINE_BOX = 138;

/** Height of the coloured band at the top of leaflets, quizzes and talks, and of posters (per A4 width). */
export const BAND = { sheet: 128, poster: 190 };

/**
 * Where page 1 carries its pictogram, by design and paper: a square in the top band, right-aligned
 * (the banner: at its left end; the cards: on the first card, top right).
 */
export function pictogramBox(kind: MaterialKind, paper: PdfPaper): Box | undefined {
	const [W, H] = PAPER[paper];
	const m = marginOf(paper);
	const k = W / PAPER.A4[0];
	switch (kind) {
		case 'leaflet':
		case 'quiz':
		case 'talk': {
			const size = 84;
			return { x: W - m - size, y: H - BAND.sheet / 2 - size / 2, width: size, height: size };
		}
		case 'poster': {
			const size = 120 * k;
			return { x: W - m - size, y: H - (BAND.poster * k) / 2 - size / 2, width: size, height: size };
		}
		case 'banner': {
			const size = H * 0.62;
			return { x: m + H * 0.12, y: (H - size) / 2, width: size, height: size };
		}
		case 'cards': {
			const card = cardGrid();
			const size = 16 * MM;
			return {
				x: card.x0 + card.width - 5 * MM - size,
				y: card.y0 + 4 * card.height + card.height - 4 * MM - size,
				width: size,
				height: size,
			};
		}
		default:
			return undefined;
	}
}

/** The wallet cards: 85 × 55 mm (a business card), two columns by five rows, centred on A4. */
export function cardGrid(): { x0: number; y0: number; width: number; height: number; cols: number; rows: number } {
	const [W, H] = PAPER.A4;
	const width = 85 * MM;
	const height = 55 * MM;
	return { x0: (W - 2 * width) / 2, y0: (H - 5 * height) / 2, width, height, cols: 2, rows: 5 };
}

/** Link-preview images (og:image): the size Facebook and Zalo show large. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Square images to share. */
export const SQUARE = 1080;

export { MM };
