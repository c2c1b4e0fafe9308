// The campaign calendar as an iCalendar file (the `ics` library), from the same dates as the page.
// DTSTAMP comes from BUILD_DATE, the build's only clock, so a rebuild gives the same bytes.
import { routes } from '~/config/routes';
import type { APIRoute } from 'astro';
import { createEvents, type EventAttributes } from 'ics';
import { getCalendar } from '~/lib/calendar';
import { BUILD_DATE, SITE_ORIGIN, site } from '~/config/site';
import { absoluteUrl } from '~/lib/url';
import { t } from '~/i18n';

/** Folds content lines at 75 octets (RFC 5545 §3.1); the library counts characters, and Vietnamese
 *  letters take two or three bytes in UTF-8. Never splits a character. */
export function foldOctets(ics: string): string {
	const encoder = new TextEncoder();
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.map((line) => {
			const out: string[] = [];
			let current = '';
			let bytes = 0;
			for (const ch of line) {
				const size = encoder.encode(ch).length;
				const limit = out.length === 0 ? 75 : 74;
				if (bytes + size > limit) {
					out.push(current);
					current = '';
					bytes = 0;
				}
				current += ch;
				bytes += size;
			}
			out.push(current);
			return out.join('\r\n ');
		})
		.join('\r\n');
}

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export const GET: APIRoute = async () => {
	// Without SITE_URL (a preview) the events carry no address, and their ids a name that is no host.
	const host = SITE_ORIGIN ? new URL(SITE_ORIGIN).hostname : 'ban-xem-thu.invalid';
	const timestamp = Date.parse(`${BUILD_DATE}T00:00:00Z`);
	const events: EventAttributes[] = (await getCalendar()).map(
		(d) =>
			({
				uid: `${d.id}-${d.year}@${host}`,
				title: d.name,
				description: d.about,
				start: parts(d.start),
				end: parts(nextDay(d.end)),
				...(SITE_ORIGIN ? { url: absoluteUrl(routes.calendar()) } : {}),
				transp: 'TRANSPARENT',
				timestamp,
			}) as EventAttributes,
	);
	const { error, value } = createEvents(events, {
		productId: `-//${site.name}//lich//VI`,
		calName: `${site.name}: ${t('calendar.title')}`,
	});
	if (error || !value) throw new Error(`Không tạo được tệp lịch .ics: ${error?.message}`);
	return new Response(foldOctets(value), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
