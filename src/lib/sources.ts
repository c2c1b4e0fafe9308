// Cited web sources (content/sources.yaml) and whether each may become a link.
import type { Source } from '../schemas/source.ts';
import { allData, one } from './data.ts';

/** One source by id; throws (failing the build) if it is not in the data. */
export async function getSource(id: string): Promise<Source> {
	return one('sources', id);
}

export async function getSources(ids: readonly string[]): Promise<Source[]> {
	return Promise.all(ids.map(getSource));
}

export async function getAllSources(): Promise<Source[]> {
	return allData('sources');
}

export { isSafeUrl, linkTarget } from './links.ts';
