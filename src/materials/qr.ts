// QR codes of page addresses (qrcode): the module grid only, so the PDFs draw it as vector squares and
// the images as SVG rectangles, both sharp at any size. Medium error correction (about 15 % of the
// code may be damaged or dirty and it still reads), suited to posters on a notice board.
import QRCode from 'qrcode';

/** The QR grid of `text`: its width in modules and, per row, the runs of dark modules [start, length). */
export interface QrGrid {
	size: number;
	runs: [row: number, start: number, length: number][];
}

/** The quiet zone around a code that scanners need, in modules. */
export const QUIET_ZONE = 4;

/** One grid per address: the same page's code is drawn on several materials and ten times on the cards. */
const grids = new Map<string, QrGrid>();

export function qrGrid(text: string): QrGrid {
	let grid = grids.get(text);
	if (!grid) grids.set(text, (grid = encode(text)));
	return grid;
}

function encode(text: string): QrGrid {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const runs: QrGrid['runs'] = [];
	for (let row = 0; row < modules.size; row++) {
		let start = -1;
		for (let col = 0; col <= modules.size; col++) {
			const dark = col < modules.size && modules.get(row, col);
			if (dark && start < 0) start = col;
			if (!dark && start >= 0) {
				runs.push([row, start, col - start]);
				start = -1;
			}
		}
	}
	return { size: modules.size, runs };
}
