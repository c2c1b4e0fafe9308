// Build time: the search's data from content/ (the JSON the browser loads on first use) and the
// pages the help box links to. Reads the collections; the pure compiling is in search-data.ts.
import { all, one } from '../../lib/data.ts';
import { entryRoute, routes, type SitePath } from '../../config/routes.ts';
import type { Crisis } from '../../schemas/search.ts';
import { href } from '../../lib/url.ts';
import { t, template } from '../../i18n/index.ts';
import { compileSearchData, type SearchData, type SearchTexts } from './search-data.ts';
import { PAGE_TYPES, TYPE_FACTOR, typeLabel } from './page-types.ts';

export async function getSearchData(): Promise<SearchData> {
	const [words, crisis, documents, guides, laws, pages] = await Promise.all([
		all('searchWords'),
		all('searchCrisis'),
		all('documents'),
		all('guides'),
		all('laws'),
		all('pages'),
	]);
	const written = [...guides, ...laws, ...pages].filter((e) => e.data.search);
	const texts: SearchTexts = {
		messages: {
			count: template('search.count'),
			partial: template('search.countPartial'),
			none: template('search.none'),
			missing: template('search.missing'),
			helpAbove: t('search.helpAbove'),
			searched: template('search.searched'),
			dropped: template('search.dropped'),
			corrected: template('search.corrected'),
			absent: template('search.absent'),
			missingHelp: t('search.missingHelp'),
			missingList: t('search.missingList'),
		},
		crisisLinks: (await getCrisisLinks()).map((l) => ({
			categories: l.categories,
			href: href(l.path),
			label: t('search.help.more', { title: l.title }),
		})),
		documentsHref: href(routes.documents()),
		typeFactors: PAGE_TYPES.filter((type) => TYPE_FACTOR[type].factor !== 1 || TYPE_FACTOR[type].named !== 1).map(
			(type) => ({ label: typeLabel(type), ...TYPE_FACTOR[type] }),
		),
	};
	const data = compileSearchData({
		words: words.map((e) => e.data),
		crisis: crisis.map((e) => e.data),
		documents: documents.map((e) => ({ ...e.data, id: e.id })),
		phrases: [...written.flatMap((e) => [e.data.title, ...e.data.keywords]), ...documents.map((e) => e.data.title)],
	});
	return { texts, ...data };
}

/** A page the help box may point to, and the crisis categories that point to it. */
export interface CrisisLink {
	path: SitePath;
	title: string;
	categories: string[];
}

let crisisLinks: Promise<CrisisLink[]> | undefined;

/** The help box's links: one per page named in content/search-crisis.yaml, in the data's order. */
export function getCrisisLinks(): Promise<CrisisLink[]> {
	crisisLinks ??= readCrisisLinks();
	return crisisLinks;
}

async function readCrisisLinks(): Promise<CrisisLink[]> {
	const links = new Map<string, CrisisLink>();
	for (const { data } of await all('searchCrisis')) {
		const { collection, id } = (data as Crisis).link;
		const key = `${collection}/${id}`;
		const known = links.get(key);
		if (known) {
			known.categories.push(data.id);
			continue;
		}
		// The schema has checked that the page exists.
		const { title } = await one(collection, id);
		links.set(key, { path: entryRoute(collection, id), title, categories: [data.id] });
	}
	return [...links.values()];
}
