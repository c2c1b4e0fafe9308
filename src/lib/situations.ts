// The situations of "Em đang gặp chuyện gì?" (content/situations/).
import type { CollectionEntry } from 'astro:content';
import { entryRoute, type SitePath } from '../config/routes.ts';
import { all } from './data.ts';

export type SituationEntry = CollectionEntry<'situations'>;

/** Every situation, by `order`, then title. */
export async function getSituations(): Promise<SituationEntry[]> {
	return (await all('situations')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
}

/** The page of a situation: /giup-em/<slug>/. */
export function situationPath(entry: Pick<SituationEntry, 'id'>): SitePath {
	return entryRoute('situations', entry.id);
}

