import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';

const full = new Intl.DateTimeFormat(site.locale, {
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	timeZone: 'UTC',
});

/** 2025-04-08 → "08/04/2025" (dates in content are calendar dates, read as UTC). */
export function formatDate(date: Date): string {
	return full.format(date);
}

/** ISO calendar date, YYYY-MM-DD. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A date that may be incomplete, as documents give it: "2025" → "năm 2025", "2025-04" → "tháng 4/2025",
 * "2025-04-08" → "08/04/2025". The blank parts are not guessed.
 */
export function formatPartialDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (day && month) return `${day}/${month}/${year}`;
	if (month) return t('date.month', { month: Number(month), year: year ?? '' });
	return t('date.year', { year: year ?? '' });
}
