// Every written page (guides, law pages, other pages) with its URL, loaded once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryRoute } from '../config/routes.ts';

export type ArticleCollection = 'guides' | 'laws' | 'pages';
export type ArticleEntry = CollectionEntry<ArticleCollection>;

export function entryPath(entry: Pick<ArticleEntry, 'collection' | 'id'>): string {
	return entryRoute(entry.collection, entry.id);
}

const byOrder = (a: ArticleEntry, b: ArticleEntry) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi');

const cache = new Map<ArticleCollection, ArticleEntry[]>();

/** One collection's entries, sorted by `order` then title. */
export async function getArticles<C extends ArticleCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	let list = cache.get(collection);
	if (!list) {
		list = ((await getCollection(collection)) as ArticleEntry[]).sort(byOrder);
		cache.set(collection, list);
	}
	return list as CollectionEntry<C>[];
}

export async function getAllArticles(): Promise<ArticleEntry[]> {
	const lists = await Promise.all((['guides', 'laws', 'pages'] as const).map((c) => getArticles(c)));
	return lists.flat();
}

export interface PageRef {
	title: string;
	path: string;
}

let citedBy: Map<string, PageRef[]> | undefined;

/**
 * Reverse index: for each document id, the pages that cite it. Built once per build from the
 * frontmatter of every page (not by scanning all pages for each document page).
 */
export async function getCitingPages(documentId: string): Promise<PageRef[]> {
	if (!citedBy) {
		citedBy = new Map();
		for (const entry of await getAllArticles()) {
			for (const id of entry.data.documents) {
				const list = citedBy.get(id) ?? [];
				list.push({ title: entry.data.title, path: entryPath(entry) });
				citedBy.set(id, list);
			}
		}
	}
	return citedBy.get(documentId) ?? [];
}
