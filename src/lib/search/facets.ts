// Search facets of a page (Pagefind filters "loai", "doi-tuong", "chu-de"): labels, as readers see them.
import { t, type UiKey } from '../../i18n/index.ts';
import { getAudienceLabels, getTopic } from '../taxonomy.ts';

/** Kinds of page a reader can filter by, in the order the search page lists them. */
export const PAGE_TYPES = ['guide', 'law', 'document', 'campaign', 'material', 'help', 'section'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface SearchFacets {
	type: string;
	audiences: string[];
	topic?: string;
	/** Editor's search phrases (index only). */
	keywords?: readonly string[];
}

export function typeLabel(type: PageType): string {
	return t(`search.type.${type}` as UiKey);
}

/** Facets of a page from its type and, for written pages, its frontmatter ids. */
export async function facetsOf(type: PageType, data?: { audiences?: readonly string[]; topic?: string; keywords?: readonly string[] }): Promise<SearchFacets> {
	return {
		type: typeLabel(type),
		audiences: data?.audiences ? await getAudienceLabels(data.audiences) : [],
		...(data?.topic ? { topic: (await getTopic(data.topic)).label } : {}),
		...(data?.keywords?.length ? { keywords: data.keywords } : {}),
	};
}
