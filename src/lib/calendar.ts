// The calendar of campaign dates (content/observances.yaml) as Gregorian dates for the years around
// BUILD_DATE, shared by the calendar page and the .ics file.
import type { Observance } from '../schemas/observance.ts';
import type { Citation } from '../schemas/common.ts';
import { BUILD_DATE } from '../config/site.ts';
import { lunarToIso } from './lunar.ts';
import { getCampaigns } from './campaigns.ts';
import { isoDate } from './format-date.ts';
import { allData } from './data.ts';

export interface CalendarDate {
	id: string;
	name: string;
	about: string;
	year: number;
	/** First day, YYYY-MM-DD. */
	start: string;
	/** Last day (inclusive), YYYY-MM-DD. */
	end: string;
	/** "âm lịch" dates say which lunar day they are. */
	lunar?: { day: number; month: number };
	cite: Citation[];
}

/** The years the calendar shows: last year, this year and the next two (by BUILD_DATE). */
export function calendarYears(): number[] {
	const year = Number(BUILD_DATE.slice(0, 4));
	return [year - 1, year, year + 1, year + 2];
}

const pad = (n: number) => String(n).padStart(2, '0');

export async function getObservances(): Promise<Observance[]> {
	return allData('observances');
}

/** Every date of every observance for the given years, in date order. */
export async function getCalendar(years = calendarYears()): Promise<CalendarDate[]> {
	const observances = await getObservances();
	const campaigns = await getCampaigns();
	const dates: CalendarDate[] = [];
	for (const year of years) {
		for (const o of observances) {
			const base = { id: o.id, name: o.name, about: o.about, year, cite: o.cite };
			if (o.solar) {
				const day = `${year}-${pad(o.solar.month)}-${pad(o.solar.day)}`;
				dates.push({ ...base, start: day, end: day });
			} else if (o.lunar) {
				const day = lunarToIso(o.lunar.day, o.lunar.month, year);
				dates.push({ ...base, start: day, end: day, lunar: o.lunar });
			} else {
				// The campaign month: this year's dates from campaigns.yaml, else 1–30 June (Luật Trẻ em, Điều 11).
				const c = campaigns.find((x) => x.year === year);
				dates.push({
					...base,
					start: c ? isoDate(c.start) : `${year}-06-01`,
					end: c ? isoDate(c.end) : `${year}-06-30`,
					cite: c ? [...c.datesCite] : o.cite,
				});
			}
		}
	}
	return dates.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
