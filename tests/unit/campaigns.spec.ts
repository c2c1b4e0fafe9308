// Campaign dates (issue 8): the Vietnamese lunar calendar (UTC+7) on the dates where it differs from the
// Chinese one, the built calendar page, and the .ics file parsed back with its fields.
import { test, expect } from '@playwright/test';
import { lunarToIso, lunarToSolar } from '../../src/lib/lunar.ts';
import { readDist } from '../utils.ts';
import { BUILD_DATE } from '../../src/config/site.ts';

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

test('trang lịch liệt kê các ngày đã biết cho những năm quanh BUILD_DATE', () => {
	const html = readDist('thang-hanh-dong/lich/index.html');
	const rows = new Set([...html.matchAll(/data-observance="([^"]+)" data-start="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`));
	const year = Number(BUILD_DATE.slice(0, 4));
	const expected: Record<number, string[]> = {
		2025: ['tet-nguyen-dan 2025-01-29', 'tet-trung-thu 2025-10-06'],
		2026: ['tet-nguyen-dan 2026-02-17', 'tet-trung-thu 2026-09-25'],
		2027: ['tet-nguyen-dan 2027-02-06'],
	};
	for (const y of [year - 1, year, year + 1, year + 2]) {
		for (const row of [`ngay-quoc-te-thieu-nhi ${y}-06-01`, `thang-hanh-dong-vi-tre-em ${y}-06-01`, `ngay-quoc-te-duong-day-tro-giup-tre-em ${y}-05-17`, `ngay-the-gioi-phong-chong-duoi-nuoc ${y}-07-25`, ...(expected[y] ?? [])]) {
			expect(rows, row).toContain(row);
		}
	}
});

/** A minimal iCalendar reader: unfolds lines and returns each VEVENT's properties. */
function parseIcs(text: string) {
	expect(text.split('\r\n').length, 'dòng phải kết thúc bằng CRLF').toBeGreaterThan(5);
	const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
	expect(lines[0]).toBe('BEGIN:VCALENDAR');
	expect(lines.at(-1)).toBe('END:VCALENDAR');
	const events: Record<string, string>[] = [];
	let current: Record<string, string> | undefined;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = {};
		else if (line === 'END:VEVENT') {
			events.push(current!);
			current = undefined;
		} else if (current) {
			const at = line.indexOf(':');
			current[line.slice(0, at).split(';')[0]!] = line.slice(at + 1);
		}
	}
	return events;
}

test('tệp .ics đọc lại được: mỗi sự kiện có UID, DTSTAMP, ngày bắt đầu, kết thúc và tên, đúng ngày của trang lịch', () => {
	const text = readDist('thang-hanh-dong/lich.ics');
	for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
	const events = parseIcs(text);
	expect(events.length).toBe(6 * 4);
	const uids = new Set(events.map((e) => e['UID']));
	expect(uids.size).toBe(events.length);
	for (const e of events) for (const field of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(e[field], JSON.stringify(e)).toBeTruthy();
	const tet = events.find((e) => e['UID']!.startsWith('tet-nguyen-dan-2026'))!;
	expect(tet['DTSTART']).toBe('20260217');
	expect(tet['DTEND']).toBe('20260218');
	expect(tet['SUMMARY']).toBe('Tết Nguyên đán');
	const month = events.find((e) => e['UID']!.startsWith('thang-hanh-dong-vi-tre-em-2026'))!;
	expect([month['DTSTART'], month['DTEND']]).toEqual(['20260601', '20260701']);
	expect(events[0]!['DTSTAMP']).toBe(`${BUILD_DATE.replace(/-/g, '')}T000000Z`);
});
