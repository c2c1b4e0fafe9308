// The only way components reach a phone number: from content/hotlines.yaml.
import { getCollection } from 'astro:content';
import type { Hotline } from '../schemas/hotline.ts';

let all: Hotline[] | undefined;

/** Every line, in display order. */
export async function getHotlines(): Promise<Hotline[]> {
	all ??= (await getCollection('hotlines')).map((e) => e.data).sort((a, b) => a.order - b.order);
	return all;
}

/** The child-protection lines shown on every page (111 and 18006605). */
export async function getBarHotlines(): Promise<Hotline[]> {
	const lines = (await getHotlines()).filter((h) => h.kind === 'child-protection');
	if (lines.length === 0) throw new Error('content/hotlines.yaml không có số nào loại "child-protection"');
	return lines;
}

/** One line by id; throws if it is not in the data. */
export async function getHotline(id: string): Promise<Hotline> {
	const found = (await getHotlines()).find((h) => h.id === id);
	if (!found) throw new Error(`Không có số "${id}" trong content/hotlines.yaml`);
	return found;
}

/** "tel:111": digits only, as the data stores them. */
export function telHref(hotline: Pick<Hotline, 'number'>): string {
	return `tel:${hotline.number}`;
}
