// Raster images at build time: a layout of plain element objects is turned into SVG by satori (text
// as paths in Be Vietnam Pro, the PDFs' font, so Vietnamese diacritics render exactly) and rasterised
// by resvg into a PNG. Used by the square share images (designs/share-image.ts), the link-preview
// images of every page (og-image.ts), and the pictogram and QR pictures in the slides.
import satori from 'satori';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { BOLD, REGULAR } from './fonts.ts';
import { iconSvg } from './icons.ts';
import { QUIET_ZONE, qrGrid } from './qr.ts';

/** One array for every call: satori keeps the parsed fonts of an array it has seen. */
const FONTS = [
	{ name: 'Be Vietnam Pro', data: REGULAR, weight: 400 as const, style: 'normal' as const },
	{ name: 'Be Vietnam Pro', data: BOLD, weight: 700 as const, style: 'normal' as const },
];

/** An element for satori: a tag, its CSS (flexbox) style, and its children. */
export interface Node {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: Child | Child[];
		src?: string;
		width?: number;
		height?: number;
	};
}
type Child = Node | string;

export function el(type: string, style: Record<string, string | number>, children?: Child | Child[]): Node {
	return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/** An <img> of an SVG string, sized in pixels. */
export function svgImage(svg: string, width: number, height = width): Node {
	return {
		type: 'img',
		props: {
			src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
			width,
			height,
			style: { width, height },
		},
	};
}

/** The layout as SVG (the text already turned into glyph paths). */
export async function toSvg(node: Node, width: number, height: number): Promise<string> {
	return satori(node as unknown as Parameters<typeof satori>[0], { width, height, fonts: FONTS });
}

/** An SVG rasterised to PNG at its own size (or scaled to `width`). */
export function svgToPng(svg: string, width?: number): Uint8Array {
	const fitTo = width ? { mode: 'width' as const, value: width } : { mode: 'original' as const };
	return new Resvg(svg, { fitTo, font: { loadSystemFonts: false }, background: 'white' }).render().asPng();
}

/** The layout as a PNG; resvg rasterises on a worker thread, so the next layout can start meanwhile. */
export async function renderPng(node: Node, width: number, height: number): Promise<Uint8Array> {
	const svg = await toSvg(node, width, height);
	return (
		await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background: 'white' })
	).asPng();
}

/** A QR code of `url` as SVG rectangles on white, quiet zone included. */
export function qrSvg(url: string, size: number): string {
	const grid = qrGrid(url);
	const total = grid.size + 2 * QUIET_ZONE;
	const rects = grid.runs
		.map(
			([row, start, length]) =>
				`<rect x="${start + QUIET_ZONE}" y="${row + QUIET_ZONE}" width="${length}" height="1"/>`,
		)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><g fill="#000">${rects}</g></svg>`;
}

/** A pictogram in a filled circle, as SVG (for images and slides). */
export function badgeSvg(icon: string, circle: string, stroke: string, size: number): string {
	const inner = iconSvg(icon, stroke, size * 0.62).replace('<svg ', `<svg x="${size * 0.19}" y="${size * 0.19}" `);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}" fill="${circle}"/>${inner}</svg>`;
}
