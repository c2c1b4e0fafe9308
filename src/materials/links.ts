// Where a material points: the site path of its page, and its absolute URL and printed address only
// when the build knows the real site (SITE_URL). A preview build prints no address and no QR code,
// never a localhost one. Also when the Action Month kit leads the teachers' hub. Pure: tests import it.
import type { SitePath } from '../config/routes.ts';
import { SITE_URL_IS_DEFAULT } from '../config/site.ts';
import { absoluteUrl } from '../lib/url.ts';
import type { PageLink } from './types.ts';

export function pageLink(path: SitePath, hasSiteUrl = !SITE_URL_IS_DEFAULT): PageLink {
	if (!hasSiteUrl) return { path };
	const url = absoluteUrl(path);
	return { path, url, address: url.replace(/^https?:\/\//, '') };
}

/** The months (1–12) when the hubs lead with the Action Month kit: the month before June, and June. */
export const KIT_MONTHS = [5, 6] as const;

/** True when BUILD_DATE (YYYY-MM-DD) falls in the kit's months. */
export function kitSeason(buildDate: string): boolean {
	return (KIT_MONTHS as readonly number[]).includes(Number(buildDate.slice(5, 7)));
}

/** The id of a year's kit group on the library page (its anchor). */
export function kitGroupId(year: number): string {
	return `thang-hanh-dong-${year}`;
}
