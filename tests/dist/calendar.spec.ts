// The campaign calendar as built: every date of content/observances.yaml for each year around
// BUILD_DATE (lunar days converted by the tested src/lib/lunar.ts, the campaign month from
// content/campaigns.yaml or 1–30 June), on the page and in the .ics file read back with its fields.
// Expectations follow BUILD_DATE, so the tests hold in any year.
import { test, expect } from '@playwright/test';
import { lunarToIso } from '../../src/lib/lunar.ts';
import { readData, readDist } from '../support/utils.ts';
import { BUILD_DATE } from '../../src/config/site.ts';

interface Observance {
	id: string;
	name: string;
	solar?: { day: number; month: number };
	lunar?: { day: number; month: number };
	campaign?: true;
}
const observances = readData<Observance>('observances');
const campaigns = readData<{ year: number; start: Date | string }>('campaigns');
const year = Number(BUILD_DATE.slice(0, 4));
const YEARS = [year - 1, year, year + 1, year + 2];
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

/** The first day of an observance in a year, computed from the data. */
function firstDay(o: Observance, y: number): string {
	if (o.solar) return `${y}-${pad(o.solar.month)}-${pad(o.solar.day)}`;
	if (o.lunar) return lunarToIso(o.lunar.day, o.lunar.month, y);
	const c = campaigns.find((x) => x.year === y);
	return c ? iso(c.start) : `${y}-06-01`;
}

test('dữ liệu có đủ ngày âm lịch, ngày dương lịch và tháng chiến dịch', () => {
	expect(observances.some((o) => o.lunar)).toBe(true);
	expect(observances.some((o) => o.solar)).toBe(true);
	expect(observances.filter((o) => o.campaign)).toHaveLength(1);
});

test('trang lịch có mọi ngày của dữ liệu cho năm trước, năm nay và hai năm sau (theo BUILD_DATE)', () => {
	const html = readDist('thang-hanh-dong/lich/index.html');
	const rows = new Set([...html.matchAll(/data-observance="([^"]+)" data-start="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`));
	expect(rows.size).toBe(observances.length * YEARS.length);
	for (const y of YEARS) for (const o of observances) expect(rows, `${o.id} ${y}`).toContain(`${o.id} ${firstDay(o, y)}`);
});

/** An iCalendar TEXT value as written (RFC 5545 §3.3.11: \\, \\; \\n and \\\\ escaped). */
const unescapeText = (value: string) => value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

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
	expect(events.length).toBe(observances.length * YEARS.length);
	const uids = new Set(events.map((e) => e['UID']));
	expect(uids.size).toBe(events.length);
	for (const e of events) for (const field of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(e[field], JSON.stringify(e)).toBeTruthy();
	for (const o of observances) {
		const e = events.find((x) => x['UID']!.startsWith(`${o.id}-${year}@`));
		expect(e, `${o.id} ${year}`).toBeTruthy();
		expect(e!['DTSTART']).toBe(firstDay(o, year).replace(/-/g, ''));
		expect(unescapeText(e!['SUMMARY']!)).toBe(o.name);
	}
	expect(events[0]!['DTSTAMP']).toBe(`${BUILD_DATE.replace(/-/g, '')}T000000Z`);
});
