// The kinds of page search knows (the "loai" filter), their labels, and how much a page of each kind
// counts in the ranking. Pure (no Astro runtime): the search page, the layouts and the search data share it.
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
