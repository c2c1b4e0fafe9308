// Calendar dates as editors write them: YYYY-MM-DD, a day that exists (2026-02-30 and 2026-13-45 do
// not; a YAML or JavaScript date would silently roll them over to March 2026 and February 2027), and
// for "last checked" dates, not after the build's date (BUILD_DATE, src/config/site.ts).
// Pure: used by the build's content checks and by the tests.

/** "2026-11-29" → true; "2026-02-30", "2026-13-45", "2026-1-5", "29/11/2026" → false. */
export function isRealDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Looks like a date someone meant to write (so it is checked), e.g. "2026-2-30", "22/11/2026", "2026-13-45". */
export function looksLikeDate(value: string): boolean {
	return /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value);
}

/** What is wrong with a full date, or undefined when it is fine. `notAfter` is a YYYY-MM-DD bound. */
export function dateFault(value: string, notAfter?: string): string | undefined {
	if (!isRealDate(value)) {
		return /^\d{4}-\d{2}-\d{2}$/.test(value)
			? `ngày "${value}" không có trên lịch`
			: `"${value}" không phải dạng YYYY-MM-DD`;
	}
	if (notAfter && value > notAfter) return `ngày "${value}" ở sau ngày dựng trang ${notAfter}`;
	return undefined;
}

/** The fix shown with every date fault. */
export function dateFix(notAfter: string): string {
	return `dùng dạng YYYY-MM-DD với một ngày có thật, không sau ngày dựng trang, ví dụ ${notAfter}`;
}
