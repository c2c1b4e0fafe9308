// Pictograms from the Tabler icon set (@tabler/icons, MIT licence): the SVG path data of an outline
// icon on its 24 × 24 grid, drawn as vectors by the PDF designs (stroked paths) and the images (inline
// SVG). Read from the package's files, so an icon is only what the package ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_DIR } from '../schemas/icon.ts';

/** The icon grid and the stroke width Tabler draws with, in grid units. */
export const ICON_GRID = 24;
export const ICON_STROKE = 2;

const cache = new Map<string, string[]>();

/** The `d` of each visible path of an outline icon (the invisible bounding square left out). */
export function iconPaths(name: string): string[] {
	const hit = cache.get(name);
	if (hit) return hit;
	const svg = readFileSync(join(ICON_DIR, `${name}.svg`), 'utf8');
	const paths = [...svg.matchAll(/<path([^>]*)\/>/g)]
		.filter(([, attrs]) => !/stroke="none"/.test(attrs!))
		.map(([, attrs]) => attrs!.match(/\sd="([^"]+)"/)?.[1])
		.filter((d): d is string => Boolean(d));
	if (paths.length === 0) throw new Error(`@tabler/icons: biểu tượng "${name}" không có nét nào`);
	cache.set(name, paths);
	return paths;
}

/** The icon as an SVG string (for images), stroked in `colour`. */
export function iconSvg(name: string, colour: string, size: number): string {
	const body = iconPaths(name)
		.map((d) => `<path d="${d}"/>`)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${ICON_GRID} ${ICON_GRID}" fill="none" stroke="${colour}" stroke-width="${ICON_STROKE}" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
}
