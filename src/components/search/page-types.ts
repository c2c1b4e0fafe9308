// The kinds of page search knows (the "loai" filter), their labels, and how much a page's text counts
// in the ranking for its kind. Pure (no Astro runtime): the search page, the layouts and the Pagefind
// integration share it.
import { t, type UiKey } from '../../i18n/index.ts';

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

export function typeLabel(type: PageType): string {
	return t(TYPE_LABELS[type]);
}

/**
 * Weight of a page's body text in the index by kind (Pagefind's data-pagefind-weight; 1 is normal,
 * and the effect is about the square). Guides, law pages and help pages answer topic questions;
 * registry entries, hubs and campaign years only name or list them, so for a topic query they come
 * after the pages that explain it. Titles keep their full weight (they are metadata), so a query for
 * a document's symbol or a hub's name still finds that page first. Tuned on the query table.
 */
export const TYPE_WEIGHT: Record<PageType, number> = {
	guide: 1,
	law: 1,
	help: 1,
	material: 1,
	campaign: 1,
	document: 1,
	section: 1,
};

/** The kind whose label is `label` (as the index's "loai" filter holds it), or undefined. */
export function typeOfLabel(label: string): PageType | undefined {
	return PAGE_TYPES.find((type) => typeLabel(type) === label);
}

/**
 * After ranking, a page's score is multiplied by this for its kind: a registry entry or a hub that
 * only names or lists a topic comes after the guide that explains it. `named` applies instead when
 * the page's title or keywords name everything the reader asked: a hub, a campaign year or the
 * materials page is then the answer ("tháng hành động", "tài liệu in"); a registry entry much less
 * so, since its title is a subject line full of topic words ("bảo đảm quyền trẻ em"). None applies
 * when the query names a document ("nghị định 56"): then the registry entry is the answer. Tuned on
 * the query table.
 */
export const TYPE_FACTOR: Record<PageType, { factor: number; named: number }> = {
	guide: { factor: 1, named: 1 },
	law: { factor: 1, named: 1 },
	help: { factor: 1, named: 1 },
	material: { factor: 0.8, named: 1 },
	campaign: { factor: 0.8, named: 1 },
	document: { factor: 0.5, named: 0.8 },
	section: { factor: 0.6, named: 1 },
};
