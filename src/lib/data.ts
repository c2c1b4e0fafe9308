// The one way pages and helpers read content collections: every entry of a collection, or one entry
// by id. An unknown id throws with the file it was looked up in, failing the build; Astro's content
// store already keeps the data in memory, so nothing is cached here.
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

/** Where editors find each collection, for error messages. */
const WHERE: Record<string, string> = {
	guides: 'content/guides/',
	laws: 'content/laws/',
	pages: 'content/pages/',
	situations: 'content/situations/',
	documents: 'content/documents.yaml',
	sources: 'content/sources.yaml',
	hotlines: 'content/hotlines.yaml',
	campaigns: 'content/campaigns.yaml',
	audiences: 'content/audiences.yaml',
	topics: 'content/topics.yaml',
	campaignActions: 'content/campaign-actions.yaml',
	observances: 'content/observances.yaml',
	materials: 'content/materials.yaml',
};

/** Every entry of a collection, in file order. */
export async function all<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
	return getCollection(collection);
}

/** Every entry's data of a collection, in file order. */
export async function allData<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>['data'][]> {
	return (await getCollection(collection)).map((e) => e.data);
}

/** One entry's data by id; throws when the id is not in the collection. */
export async function one<C extends CollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>['data']> {
	const entry = await getEntry(collection, id as never);
	if (!entry) throw new Error(`"${id}" không có trong ${WHERE[collection] ?? collection}`);
	return (entry as CollectionEntry<C>).data;
}
