// Every internal link goes through here, so the site works from any sub-folder (BASE_PATH).
// THIS FILE IS IMPORTED IN BOTH SERVER CODE AND MDX COMPONENTS.
import { BASE_PATH, SITE_ORIGIN } from '../config/site.ts';

// Astro's BASE_URL inside the build; the same value from the environment in plain Node (tests, scripts).
const BASE_URL: string = import.meta.env?.BASE_URL ?? BASE_PATH;
const BASE = BASE_URL.endsWith('/') ? BASE_URL : `${BASE_URL}/`;

/** True for a site-internal absolute path ("/phap-luat/"), as written in content and components. */
export function isRootRelative(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}

/** "/phap-luat/" → "/bao-ve-tre-em/phap-luat/" under BASE_PATH. Other hrefs are returned as they are. */
export function href(path: string): string {
	if (!isRootRelative(path)) return path;
	return BASE + path.slice(1);
}

/** Absolute URL of a site path on SITE_URL (canonical links, sitemap, feeds, PDFs); without SITE_URL
 *  (a preview build) the path with its base, never a localhost address. */
export function absoluteUrl(path: string): string {
	return SITE_ORIGIN ? new URL(href(path), SITE_ORIGIN).href : href(path);
}

/** The site's path of a built page URL (base removed), e.g. for comparing with navigation. */
export function withoutBase(pathname: string): string {
	return pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
}
