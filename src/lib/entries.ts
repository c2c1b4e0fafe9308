// Every written page (guides, law pages, help pages, children's situations) with its URL.
import type { CollectionEntry } from 'astro:content';
import { entryRoute } from '../config/routes.ts';
import { all } from './data.ts';

export type ArticleCollection = 'guides' | 'laws' | 'pages' | 'situations';
export type ArticleEntry = CollectionEntry<ArticleCollection>;

export function entryPath(entry: Pick<ArticleEntry, 'collection' | 'id'>): string {
	return entryRoute(entry.collection, entry.id);
}

const byOrder = (a: ArticleEntry, b: ArticleEntry) =>
	a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi');

/** One collection's entries, sorted by `order` then title. */
export async function getArticles<C extends ArticleCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	return ((await all(collection)) as ArticleEntry[]).sort(byOrder) as CollectionEntry<C>[];
}

export async function getAllArticles(): Promise<ArticleEntry[]> {
	const lists = await Promise.all((['situations', 'guides', 'laws', 'pages'] as const).map((c) => getArticles(c)));
	return lists.flat();
}

export interface PageRef {
	title: string;
	path: string;
}

/** The pages whose frontmatter cites a document of the registry, in section order. */
export async function getCitingPages(documentId: string): Promise<PageRef[]> {
	return (await getAllArticles())
		.filter((entry) => entry.data.documents.includes(documentId))
		.map((entry) => ({ title: entry.data.title, path: entryPath(entry) }));
}
