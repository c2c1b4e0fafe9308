// The Vietnamese lunisolar calendar (âm lịch), computed for Việt Nam's time zone (UTC+7), after
// Hồ Ngọc Đức's published algorithm (astronomical new moons and solar terms, Jean Meeus). The Chinese
// calendar that common libraries compute uses UTC+8, and the two disagree in some years (Tết 1985
// and 2007 fall on different days), so the site computes its own.

const PI = Math.PI;
/** Việt Nam's offset from UTC, in hours. */
export const VN_TIME_ZONE = 7;

/** Julian day number of a Gregorian date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
	const a = Math.floor((14 - mm) / 12);
	const y = yy + 4800 - a;
	const m = mm + 12 * a - 3;
	let jd =
		dd +
		Math.floor((153 * m + 2) / 5) +
		365 * y +
		Math.floor(y / 4) -
		Math.floor(y / 100) +
		Math.floor(y / 400) -
		32045;
	if (jd < 2299161) jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
	return jd;
}

/** Gregorian [day, month, year] of a Julian day number. */
export function jdToDate(jd: number): [number, number, number] {
	let a: number, b: number, c: number;
	if (jd > 2299160) {
		a = jd + 32044;
		b = Math.floor((4 * a + 3) / 146097);
		c = a - Math.floor((b * 146097) / 4);
	} else {
		b = 0;
		c = jd + 32082;
	}
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor((1461 * d) / 4);
	const m = Math.floor((5 * e + 2) / 153);
	const day = e - Math.floor((153 * m + 2) / 5) + 1;
	const month = m + 3 - 12 * Math.floor(m / 10);
	const year = b * 100 + d - 4800 + Math.floor(m / 10);
	return [day, month, year];
}

/** Julian day (with fraction) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
	const T = k / 1236.85;
	const T2 = T * T;
	const T3 = T2 * T;
	const dr = PI / 180;
	let Jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
	Jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
	const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
	const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
	const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
	let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
	C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
	C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
	C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
	C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
	C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
	C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
	const deltat =
		T < -11
			? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
			: -0.000278 + 0.000265 * T + 0.000262 * T2;
	return Jd1 + C1 - deltat;
}

/** Day number (local time) of the k-th new moon. */
function newMoonDay(k: number, tz: number): number {
	return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** The sun's longitude at a Julian day, in radians, normalised to [0, 2π). */
function sunLongitude(jdn: number): number {
	const T = (jdn - 2451545.0) / 36525;
	const T2 = T * T;
	const dr = PI / 180;
	const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
	const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
	let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
	DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
	let L = (L0 + DL) * dr;
	L = L - PI * 2 * Math.floor(L / (PI * 2));
	return L;
}

/** Which of the 12 major solar terms (0–11) the local day falls in. */
function sunLongitudeSector(dayNumber: number, tz: number): number {
	return Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / PI) * 6);
}

/** Day number of the start of the 11th lunar month (the one holding the winter solstice) of a year. */
function lunarMonth11(yy: number, tz: number): number {
	const off = jdFromDate(31, 12, yy) - 2415021;
	const k = Math.floor(off / 29.530588853);
	let nm = newMoonDay(k, tz);
	if (sunLongitudeSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
	return nm;
}

/** Offset of the leap month after the 11th month starting at a11. */
function leapMonthOffset(a11: number, tz: number): number {
	const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
	let last: number;
	let i = 1;
	let arc = sunLongitudeSector(newMoonDay(k + i, tz), tz);
	do {
		last = arc;
		i++;
		arc = sunLongitudeSector(newMoonDay(k + i, tz), tz);
	} while (arc !== last && i < 14);
	return i - 1;
}

/** Gregorian date of a lunar date (day, month, lunar year, leap month?), in Việt Nam's time zone. */
export function lunarToSolar(
	day: number,
	month: number,
	year: number,
	leap = false,
	tz = VN_TIME_ZONE,
): [number, number, number] {
	let a11: number, b11: number;
	if (month < 11) {
		a11 = lunarMonth11(year - 1, tz);
		b11 = lunarMonth11(year, tz);
	} else {
		a11 = lunarMonth11(year, tz);
		b11 = lunarMonth11(year + 1, tz);
	}
	const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
	let off = month - 11;
	if (off < 0) off += 12;
	if (b11 - a11 > 365) {
		const leapOff = leapMonthOffset(a11, tz);
		let leapMonth = leapOff - 2;
		if (leapMonth < 0) leapMonth += 12;
		if (leap && month !== leapMonth) throw new Error(`Tháng ${month} âm lịch năm ${year} không phải tháng nhuận`);
		if (leap || off >= leapOff) off += 1;
	}
	const monthStart = newMoonDay(k + off, tz);
	return jdToDate(monthStart + day - 1);
}

/** ISO date (YYYY-MM-DD) of a lunar date in Việt Nam. */
export function lunarToIso(day: number, month: number, year: number): string {
	const [d, m, y] = lunarToSolar(day, month, year);
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
