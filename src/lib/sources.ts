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

/** Collections whose entries may cite a web source (a `source` in a citation, or a `sources` list). */
const CITING = [
	'guides',
	'laws',
	'pages',
	'situations',
	'documents',
	'hotlines',
	'campaigns',
	'campaignActions',
	'audiences',
	'observances',
] as const;

/** Ids of every source some entry cites, anywhere in its data. */
function citedIn(value: unknown, found: Set<string>): Set<string> {
	if (Array.isArray(value)) for (const item of value) citedIn(item, found);
	else if (value && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) {
			if (key === 'source' && typeof inner === 'string') found.add(inner);
			else if (key === 'sources' && Array.isArray(inner)) for (const id of inner) found.add(String(id));
			else citedIn(inner, found);
		}
	}
	return found;
}

/**
 * The sources the site cites, in file order: the public source list shows these, not the whole
 * archive of content/sources.yaml (a source no page cites any more stays there for the editors).
 */
export async function getCitedSources(): Promise<Source[]> {
	const found = new Set<string>();
	for (const collection of CITING) citedIn(await allData(collection), found);
	return (await getAllSources()).filter((s) => found.has(s.id));
}

export { isSafeUrl, linkTarget } from './links.ts';
