// The only way components reach a phone number: from content/hotlines.yaml.
import type { Hotline } from '../schemas/hotline.ts';
import { NUMBER_TOKEN } from '../schemas/common.ts';
import { allData, one } from './data.ts';

/** Every line, in display order. */
export async function getHotlines(): Promise<Hotline[]> {
	return (await allData('hotlines')).sort((a, b) => a.order - b.order);
}

/** The child-protection lines shown on every page (111 and 18006605), national line first. */
export async function getBarHotlines(): Promise<Hotline[]> {
	const lines = (await getHotlines()).filter((h) => h.kind === 'child-protection');
	if (lines.length === 0) throw new Error('content/hotlines.yaml không có số nào loại "child-protection"');
	return lines;
}

/** The general emergency numbers (police, fire, ambulance, rescue). */
export async function getEmergencyHotlines(): Promise<Hotline[]> {
	return (await getHotlines()).filter((h) => h.kind === 'emergency');
}

/** One line by id; throws if it is not in the data. */
export async function getHotline(id: string): Promise<Hotline> {
	return one('hotlines', id);
}

/** "tel:111": digits only, as the data stores them. */
export function telHref(hotline: Pick<Hotline, 'number'>): string {
	return `tel:${hotline.number}`;
}

/** A piece of a frontmatter sentence: plain text, or the hotline a {so:<id>} token names. */
export type TextPiece = { text: string } | { hotline: Hotline };

/** Splits a sentence at its {so:<hotline id>} tokens; an unknown id throws (fails the build). */
export function splitNumbers(text: string, hotlines: readonly Hotline[]): TextPiece[] {
	const pieces: TextPiece[] = [];
	let last = 0;
	for (const m of text.matchAll(NUMBER_TOKEN)) {
		if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
		const hotline = hotlines.find((h) => h.id === m[1]);
		if (!hotline) throw new Error(`{so:${m[1]}}: không có số này trong content/hotlines.yaml`);
		pieces.push({ hotline });
		last = m.index + m[0].length;
	}
	if (last < text.length) pieces.push({ text: text.slice(last) });
	return pieces;
}

/** The printed form of a sentence: each {so:<id>} token replaced by the number as displayed. */
export function printable(text: string, hotlines: readonly Hotline[]): string {
	return splitNumbers(text, hotlines)
		.map((p) => ('hotline' in p ? p.hotline.display : p.text))
		.join('');
}
