// Cited web sources (content/sources.yaml) and whether each may become a link.
import { getCollection } from 'astro:content';
import type { Source } from '../schemas/source.ts';

let byId: Map<string, Source> | undefined;

async function index(): Promise<Map<string, Source>> {
	byId ??= new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
	return byId;
}

/** One source by id; throws (failing the build) if it is not in the data. */
export async function getSource(id: string): Promise<Source> {
	const found = (await index()).get(id);
	if (!found) throw new Error(`Nguồn "${id}" không có trong content/sources.yaml`);
	return found;
}

export async function getSources(ids: readonly string[]): Promise<Source[]> {
	return Promise.all(ids.map(getSource));
}

export async function getAllSources(): Promise<Source[]> {
	return [...(await index()).values()];
}

export { isSafeUrl, linkTarget } from './links.ts';
