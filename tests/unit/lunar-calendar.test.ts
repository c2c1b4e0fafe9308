// The lunar calendar (src/lib/lunar.ts) checked against independent ones: the Chinese and Korean
// calendars of the JavaScript engine (ICU, Intl.DateTimeFormat with `-u-ca-chinese`, `-u-ca-dangi`),
// which follow the same rules in China's time zone (UTC+8) and Korea's (UTC+9). So the site's
// algorithm run at UTC+8 must give, for every lunar month from 1930 (China has kept UTC+8 since
// 1929) to 2100, the day ICU says the month starts, leap months included; and at UTC+9 the same for
// Korea from 1962 (UTC+9 since 1961). The rare months where they disagree are listed with the reason.
// Also: Julian day numbers at well-known dates, and the Vietnamese (UTC+7) dates the site prints.
import { expect, test } from 'vitest';
import { jdFromDate, jdToDate, lunarToIso, lunarToSolar } from '../../src/lib/lunar.ts';

const DAY = 86_400_000;
const calendar = (name: 'chinese' | 'dangi') =>
	new Intl.DateTimeFormat(`en-u-ca-${name}`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const chinese = calendar('chinese');
const korean = calendar('dangi');

/** ICU's lunar date of a civil day (a UTC midnight): lunar year, month, leap month?, day. */
function lunarDate(
	format: Intl.DateTimeFormat,
	time: number,
): { year: number; month: number; leap: boolean; day: number } {
	const parts = Object.fromEntries(format.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
	return {
		year: Number(parts['relatedYear']),
		month: Number.parseInt(parts['month']!, 10),
		leap: parts['month']!.endsWith('bis'),
		day: Number(parts['day']),
	};
}

/** [day, month, year] of a UTC midnight. */
const civil = (time: number): [number, number, number] => {
	const d = new Date(time);
	return [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
};

/**
 * Months where ICU and this algorithm disagree, with the date a precise ephemeris gives (new moons
 * and solar terms from the astronomy-engine library, VSOP87/ELP, in Beijing time). Both calendars
 * compute the new moon from a shortened series; when it falls within minutes of midnight they can
 * land on different days. Values: the first day of the month (null: the new moon falls within a
 * minute of midnight, too close for either series to call; not checked).
 */
const ICU_DIFFERS: Record<string, [number, number, number] | null> = {
	'1954/1': [3, 2, 1954], // new moon 3 Feb 1954, 23:55 (Tết 1954 in China: 3 Feb)
	'1955/2': [22, 2, 1955], // new moon 22 Feb 1955, 23:54
	// 1987: the solar term at 150° (Xử thử) comes at 00:09 on 24 Aug, the first day of the month that
	// follows, so the month from 26 Jul has no major solar term and is the leap 6th month (China's
	// calendar of 1987 has a leap 6th month); ICU puts the term before midnight and the leap after 7.
	'1987/7': [24, 8, 1987],
	'1987/7bis': null,
	'1998/12': [17, 1, 1999], // new moon 17 Jan 1999, 23:46
	'2012/7': [17, 8, 2012], // new moon 17 Aug 2012, 23:55
	'2018/10': [8, 11, 2018], // new moon 8 Nov 2018, 00:02
	'2027/1': [6, 2, 2027], // new moon 6 Feb 2027, 23:56 (Tết 2027 in China: 6 Feb)
	'2030/1': [3, 2, 2030], // new moon 3 Feb 2030, 00:08 (Tết 2030 in China: 3 Feb)
	'2057/9': null, // new moon 29 Sep 2057, 00:00
	'2070/2': [12, 3, 2070], // new moon 12 Mar 2070, 23:52
	'2097/7': null, // new moon 8 Aug 2097, 00:00
};

/**
 * The same for ICU's Korean calendar, in Seoul time (ephemeris as above). The algorithm's own series
 * are good to about a minute for new moons and a quarter of an hour for solar terms.
 */
const ICU_KOREA_DIFFERS: Record<string, [number, number, number] | null> = {
	'2005/11': null, // new moon 2 Dec 2005, 00:01
	'2017/2': null, // new moon 26 Feb 2017, 23:59
	// 2017: the solar term at 120° comes at 00:15 on 23 Jul, the first day of a month: too close for
	// the algorithm's solar series, which puts it before midnight and the leap month after the 6th.
	'2017/5bis': null,
	'2017/6': null,
	'2051/7': [7, 8, 2051], // new moon 7 Aug 2051, 00:05
	'2051/10': null, // new moon 3 Nov 2051, 23:59
};

/** The first day of every month of an ICU lunar calendar between two years, walked month by month. */
function monthStarts(format: Intl.DateTimeFormat, fromYear: number, toYear: number) {
	let time = Date.UTC(fromYear, 0, 1);
	while (lunarDate(format, time).day !== 1) time += DAY;
	const starts: { time: number; year: number; month: number; leap: boolean }[] = [];
	while (time < Date.UTC(toYear, 0, 1)) {
		const { year, month, leap } = lunarDate(format, time);
		starts.push({ time, year, month, leap });
		// A lunar month has 29 or 30 days.
		time += 29 * DAY;
		if (lunarDate(format, time).day !== 1) time += DAY;
	}
	return starts;
}

/** The months where the algorithm at `tz` gives another first day (or day 29) than ICU, listed ones apart. */
function differencesFromIcu(
	starts: ReturnType<typeof monthStarts>,
	tz: number,
	known: Record<string, [number, number, number] | null>,
): string[] {
	const differences: string[] = [];
	for (const { time, year, month, leap } of starts) {
		const key = `${year}/${month}${leap ? 'bis' : ''}`;
		if (key in known) {
			const expected = known[key];
			if (expected) expect(lunarToSolar(1, month, year, leap, tz), key).toEqual(expected);
			continue;
		}
		// The first day, and day 29, 28 days later.
		for (const day of [1, 29]) {
			const got = lunarToSolar(day, month, year, leap, tz).join('/');
			const icu = civil(time + (day - 1) * DAY).join('/');
			if (got !== icu) differences.push(`${day}/${key}: ${got}, ICU ${icu}`);
		}
	}
	return differences;
}

test('ở múi giờ Trung Quốc (UTC+8), mọi tháng âm lịch 1930–2100 bắt đầu đúng ngày như lịch của ICU, kể cả tháng nhuận', () => {
	const starts = monthStarts(chinese, 1930, 2101);
	expect(starts.length).toBeGreaterThan(2100);
	expect(starts.filter((s) => s.leap).length).toBeGreaterThan(60);
	expect(differencesFromIcu(starts, 8, ICU_DIFFERS)).toEqual([]);
	// The leap month the precise ephemeris gives for 1987: after the 6th month, from 26 Jul.
	expect(lunarToSolar(1, 6, 1987, true, 8)).toEqual([26, 7, 1987]);
	expect(lunarToSolar(1, 6, 1987, false, 8)).toEqual([26, 6, 1987]);
});

test('ở múi giờ Hàn Quốc (UTC+9), mọi tháng âm lịch 1962–2100 bắt đầu đúng ngày như lịch Hàn Quốc của ICU', () => {
	const starts = monthStarts(korean, 1962, 2101);
	expect(starts.length).toBeGreaterThan(1700);
	expect(differencesFromIcu(starts, 9, ICU_KOREA_DIFFERS)).toEqual([]);
});

test('hỏi tháng nhuận của một tháng không nhuận thì báo lỗi, không trả về ngày sai', () => {
	// 2025 (Ất Tỵ) has a leap 6th month in Việt Nam; the 5th is not leap.
	expect(lunarToIso(1, 6, 2025)).toBe('2025-06-25');
	expect(lunarToSolar(1, 6, 2025, true)).toEqual([25, 7, 2025]);
	expect(lunarToSolar(1, 7, 2025)).toEqual([23, 8, 2025]);
	expect(() => lunarToSolar(1, 5, 2025, true)).toThrow(/tháng 5 âm lịch năm 2025 không phải tháng nhuận/i);
	expect(() => lunarToSolar(1, 7, 2025, true)).toThrow(/không phải tháng nhuận/);
});

test('số ngày Julius của những ngày mốc đã biết, hai chiều', () => {
	const known: [number, [number, number, number]][] = [
		[2451545, [1, 1, 2000]], // J2000
		[2440588, [1, 1, 1970]], // the Unix epoch
		[2400001, [17, 11, 1858]], // MJD 0 is JD 2400000.5
		[2415021, [1, 1, 1900]],
		[2299161, [15, 10, 1582]], // first day of the Gregorian calendar
		[2299160, [4, 10, 1582]], // the day before: the last of the Julian calendar
		[0, [1, 1, -4712]], // day 0: 1 January 4713 BC in the Julian calendar
	];
	for (const [jd, date] of known) {
		expect(jdFromDate(...date), date.join('/')).toBe(jd);
		expect(jdToDate(jd), String(jd)).toEqual(date);
	}
	// Every day from 1500 to 2100 converts back to itself, and the days add up to the calendars' length:
	// 601 years of 365 days, the Julian leap days of 1500–1582 (every fourth year: 21), the Gregorian
	// ones of 1583–2100 (every fourth year, 130, less 1700, 1800, 1900 and 2100: 126), less the 10 days
	// dropped in October 1582.
	const first = jdFromDate(1, 1, 1500);
	const last = jdFromDate(31, 12, 2100);
	const wrong: number[] = [];
	for (let jd = first; jd <= last; jd++) if (jdFromDate(...jdToDate(jd)) !== jd) wrong.push(jd);
	expect(wrong).toEqual([]);
	expect(last - first + 1).toBe(601 * 365 + 21 + 126 - 10);
});

test('ngày âm lịch Việt Nam (UTC+7) những năm khác lịch Trung Quốc, và Tết Mậu Thân 1968', () => {
	// From 1968 the North used UTC+7, and celebrated Tết Mậu Thân on 29 Jan 1968, a day before the South.
	expect(lunarToIso(1, 1, 1968)).toBe('1968-01-29');
	expect(lunarToSolar(1, 1, 1968, false, 8)).toEqual([30, 1, 1968]);
	// New moons just before midnight in Việt Nam are just after midnight in China (ephemeris, UTC+7):
	// 17 Feb 2007 23:14, 2 Feb 2030 23:08, 7 Nov 2018 23:02; 29 Jan 1968 23:29.
	expect(lunarToIso(1, 1, 2007)).toBe('2007-02-17');
	expect(lunarToIso(1, 1, 2030)).toBe('2030-02-02');
	expect(lunarToIso(1, 10, 2018)).toBe('2018-11-07');
	// Days of the month count from its first: 15 tháng Giêng 2026 (Rằm tháng Giêng) is 14 days after Tết.
	expect(lunarToIso(15, 1, 2026)).toBe('2026-03-03');
	// 11th and 12th months belong to the lunar year that began before them.
	expect(lunarToIso(1, 11, 2025)).toBe('2025-12-20');
	expect(lunarToIso(1, 12, 2025)).toBe('2026-01-19');
	// That 12th month has 29 days: its last day, 29 Tết, is the eve of Tết 2026 (17 Feb).
	expect(lunarToIso(29, 12, 2025)).toBe('2026-02-16');
});
