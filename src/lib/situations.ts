// The situations of "Em đang gặp chuyện gì?" (content/situations/), loaded once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryRoute, type SitePath } from '../config/routes.ts';
import type { Citation } from '../schemas/common.ts';

export type SituationEntry = CollectionEntry<'situations'>;

let all: SituationEntry[] | undefined;

/** Every situation, by `order`, then title. */
export async function getSituations(): Promise<SituationEntry[]> {
	all ??= (await getCollection('situations')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
	return all;
}

/** The page of a situation: /giup-em/<slug>/. */
export function situationPath(entry: Pick<SituationEntry, 'id'>): SitePath {
	return entryRoute('situations', entry.id);
}

/** Citations without repeats (same document or source, same place), in their first order. */
export function uniqueCitations(cites: readonly Citation[]): Citation[] {
	const seen = new Set<string>();
	return cites.filter((c) => {
		const key = `${c.document ?? ''}|${c.source ?? ''}|${c.at ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
