// The site's colours for the materials, read from the one place they are defined: the @theme custom
// properties of src/styles/theme.css (oklch; the tokens of the full stylesheet and the critical block),
// converted to sRGB with culori at build time. PDFs get pdf-lib colours, images and Office files get
// hex. A token missing from the CSS fails the build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clampRgb, converter, formatHex } from 'culori';
import { rgb, type RGB } from 'pdf-lib';

const toRgb = converter('rgb');

/** The tokens the materials use, by their CSS name without "--color-". */
const NAMES = [
	'help',
	'help-tint',
	'text',
	'text-muted',
	'brand',
	'brand-dark',
	'brand-tint',
	'danger-dark',
	'warning-tint',
	'border',
	'surface',
] as const;
export type Token = (typeof NAMES)[number];

function readTokens(): Record<Token, { r: number; g: number; b: number }> {
	const css = readFileSync(resolve('src/styles/theme.css'), 'utf8');
	const theme = css.match(/@theme\s*\{([\s\S]*?)\n\}/)?.[1] ?? '';
	const out = {} as Record<Token, { r: number; g: number; b: number }>;
	for (const name of NAMES) {
		const value = theme.match(new RegExp(`--color-${name}:\\s*([^;]+);`))?.[1];
		const colour = value ? toRgb(value) : undefined;
		if (!colour) throw new Error(`src/styles/theme.css: không đọc được màu --color-${name} trong @theme`);
		const { r, g, b } = clampRgb(colour);
		out[name] = { r, g, b };
	}
	return out;
}

const TOKENS = readTokens();

/** A token as a pdf-lib colour. */
export function pdfColour(name: Token): RGB {
	const { r, g, b } = TOKENS[name];
	return rgb(r, g, b);
}

/** A token as "#rrggbb" (images); `bare` drops the "#" (Office files). */
export function hexColour(name: Token, bare = false): string {
	const hex = formatHex({ mode: 'rgb', ...TOKENS[name] });
	return bare ? hex.slice(1) : hex;
}

/** Plain white and black, which are not tokens. */
export const WHITE = rgb(1, 1, 1);
export const BLACK = rgb(0, 0, 0);
