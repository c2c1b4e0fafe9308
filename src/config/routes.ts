// Every URL path the site makes, in one place. Paths are site paths without the base path: pass them
// to href() (lib/url.ts) for a link, or to absoluteUrl() for a canonical or printed address. A test
// fails when a path literal appears anywhere else in src/.
// THIS FILE IS IMPORTED BY astro.config.mjs, BUILD SCRIPTS, TESTS AND PAGES: keep it pure.

/** A site path: starts with "/"; pages end with "/", files with their extension. */
export type SitePath = `/${string}`;

/**
 * The written pages of content/pages/ that code links to by name. Each must exist as
 * content/pages/<id>.mdx (a test checks); other pages of that folder are reached through lists.
 */
export type HelpPageId = 'goi-ai' | 'bao-tin' | 'thoat-nhanh' | 'xoa-dau-vet' | 've-trang-nay' | 'khi-em-goi-111';

/** The folder of Pagefind's index and script. */
const PAGEFIND = '/pagefind/';

export const routes = {
	home: (): SitePath => '/',
	/** A written page of content/pages/. */
	page: (id: HelpPageId | (string & {})): SitePath => `/${id}/`,

	guides: (): SitePath => '/ky-nang-an-toan/',
	guide: (id: string): SitePath => `/ky-nang-an-toan/${id}/`,

	laws: (): SitePath => '/phap-luat/',
	law: (id: string): SitePath => `/phap-luat/${id}/`,
	documents: (): SitePath => '/phap-luat/van-ban/',
	document: (id: string): SitePath => `/phap-luat/van-ban/${id}/`,

	hotlines: (): SitePath => '/tong-dai/',

	situations: (): SitePath => '/giup-em/',
	situation: (id: string): SitePath => `/giup-em/${id}/`,

	campaigns: (): SitePath => '/thang-hanh-dong/',
	campaign: (year: number | string): SitePath => `/thang-hanh-dong/${year}/`,
	calendar: (): SitePath => '/thang-hanh-dong/lich/',
	calendarFile: (): SitePath => '/thang-hanh-dong/lich.ics',
	campaignFeed: (): SitePath => '/thang-hanh-dong/rss.xml',

	/** The materials library, or one of its groups (a guide's id, a campaign kit). */
	materials: (group?: string): SitePath => (group ? `/tai-lieu/#${group}` : '/tai-lieu/'),
	/** The library filtered for one reader (the filter reads this on load). */
	materialsFor: (audienceId: string): SitePath => `/tai-lieu/?doi-tuong=${audienceId}`,
	material: (file: string): SitePath => `/tai-lieu/${file}`,
	/** The link-preview image (og:image) of a page, by the page's site path. */
	ogImage: (page: string): SitePath =>
		`/anh-xem-truoc/${page.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'trang-chu'}.png`,

	hub: (audienceId: string): SitePath => `/danh-cho/${audienceId}/`,

	sources: (): SitePath => '/nguon/',
	sourceGroup: (slug: string): SitePath => `/nguon/${slug}/`,

	search: (): SitePath => '/tim-kiem/',
	/** What the search reads on first use: readers' words, crisis words, document numbers (JSON). */
	searchData: (): SitePath => '/tim-kiem/du-lieu.json',
	/** The search's script, imported on the first keystroke or submit in a search box. */
	searchScript: (): SitePath => '/tim-kiem/tim-kiem.js',

	sitemap: (): SitePath => '/sitemap-index.xml',
	favicon: (): SitePath => '/favicon.svg',
	/** Astro's folder of hashed build assets (scripts, styles). */
	assets: (): SitePath => '/_astro/',
	/** Pagefind's files: the folder, or one file in it. */
	pagefind: (file = ''): SitePath => `${PAGEFIND}${file}`,
	/** The offline copy's service worker (components/offline/): at the top, so its scope is the site. */
	serviceWorker: (): SitePath => '/sw.js',
	/** The offline copy's control script, loaded when a page's control comes near the screen. */
	offlineScript: (): SitePath => '/ban-luu.js',
} as const;

/** The site path of a written page of a content collection (guides, laws, pages, situations). */
export function entryRoute(collection: 'guides' | 'laws' | 'pages' | 'situations', id: string): SitePath {
	switch (collection) {
		case 'guides':
			return routes.guide(id);
		case 'laws':
			return routes.law(id);
		case 'situations':
			return routes.situation(id);
		case 'pages':
			return routes.page(id);
	}
}
