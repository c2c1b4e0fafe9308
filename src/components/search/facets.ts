// Search facets of a page (Pagefind filters "loai", "doi-tuong", "chu-de"): labels, as readers see them.
import { typeLabel, type PageType } from './page-types.ts';
import { getAudienceLabels, getTopic } from '../../lib/taxonomy.ts';

export { PAGE_TYPES, typeLabel, type PageType } from './page-types.ts';

export interface SearchFacets {
	type: string;
	audiences: string[];
	topic?: string;
	/** Editor's search phrases (index only). */
	keywords?: readonly string[];
}

/** Facets of a page from its type and, for written pages, its frontmatter ids. */
export async function facetsOf(
	type: PageType,
	data?: { audiences?: readonly string[]; topic?: string; keywords?: readonly string[] },
): Promise<SearchFacets> {
	return {
		type: typeLabel(type),
		audiences: data?.audiences ? await getAudienceLabels(data.audiences) : [],
		...(data?.topic ? { topic: (await getTopic(data.topic)).label } : {}),
		...(data?.keywords?.length ? { keywords: data.keywords } : {}),
	};
}
