// Search facets of a page (Pagefind filters "loai", "doi-tuong", "chu-de"): labels, as readers see them.
import { t, type UiKey } from '../../i18n/index.ts';
import { getAudienceLabels, getTopic } from '../../lib/taxonomy.ts';

/** Kinds of page a reader can filter by, in the order the search page lists them. */
export const PAGE_TYPES = ['guide', 'law', 'document', 'campaign', 'material', 'help', 'section'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const TYPE_LABELS = {
	guide: 'search.type.guide',
	law: 'search.type.law',
	document: 'search.type.document',
	campaign: 'search.type.campaign',
	material: 'search.type.material',
	help: 'search.type.help',
	section: 'search.type.section',
} as const satisfies Record<PageType, UiKey>;

export interface SearchFacets {
	type: string;
	audiences: string[];
	topic?: string;
	/** Editor's search phrases (index only). */
	keywords?: readonly string[];
}

export function typeLabel(type: PageType): string {
	return t(TYPE_LABELS[type]);
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
