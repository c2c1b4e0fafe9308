// Việt Nam's lunar calendar (UTC+7) on well-known dates, including the years where it differs from the
// Chinese one (UTC+8): Tết 1985 and 2007.
import { test, expect } from 'vitest';
import { lunarToIso, lunarToSolar } from '../../src/lib/lunar.ts';

test('Tết Nguyên đán theo lịch Việt Nam, kể cả những năm khác lịch Trung Quốc', () => {
	expect(lunarToIso(1, 1, 2025)).toBe('2025-01-29');
	expect(lunarToIso(1, 1, 2026)).toBe('2026-02-17');
	expect(lunarToIso(1, 1, 2027)).toBe('2027-02-06');
	expect(lunarToIso(1, 1, 1985)).toBe('1985-01-21');
	expect(lunarToIso(1, 1, 2007)).toBe('2007-02-17');
	// The same algorithm in China's time zone (UTC+8) gives the Chinese dates: the time zone matters.
	expect(lunarToSolar(1, 1, 1985, false, 8)).toEqual([20, 2, 1985]);
	expect(lunarToSolar(1, 1, 2007, false, 8)).toEqual([18, 2, 2007]);
});

test('Tết Trung thu (15 tháng 8 âm lịch)', () => {
	expect(lunarToIso(15, 8, 2025)).toBe('2025-10-06');
	expect(lunarToIso(15, 8, 2026)).toBe('2026-09-25');
});
