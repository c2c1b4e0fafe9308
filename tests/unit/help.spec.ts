// Help reachable in the first round trip, and no phone number that is not in content/hotlines.yaml.
import { test, expect } from '@playwright/test';
import { builtPages, readData, readDist, visibleText } from '../utils.ts';

interface HotlineRow {
	number: string;
	display: string;
}
const hotlines = readData<HotlineRow>('hotlines');
const known = new Set(hotlines.map((h) => h.number));

/** The first round trip of a slow connection carries roughly the first 8 KB of the HTML. */
const FIRST_ROUND_TRIP = 8 * 1024;

test('liên kết gọi 111 và 18006605 nằm trong 8 KB đầu của mỗi trang', () => {
	for (const page of builtPages()) {
		const bytes = Buffer.from(readDist(page), 'utf8');
		for (const tel of ['href="tel:111"', 'href="tel:18006605"']) {
			const at = bytes.indexOf(tel);
			expect(at, `${page}: ${tel}`).toBeGreaterThan(0);
			expect(at, `${page}: ${tel} ở byte ${at}`).toBeLessThan(FIRST_ROUND_TRIP);
		}
	}
});

/** Phone-like runs of digits in visible text: 11x short codes and long numbers (1800…, 0…, +84…). */
function phoneNumbersIn(text: string): string[] {
	const found: string[] = [];
	// Short codes 110–119, not part of a document symbol (102/2016/QH13), a date or an article ("Điều 112").
	for (const m of text.matchAll(/(?<![\d/.,-])(?<!Điều\s)(?<!khoản\s)(11\d)(?![\d/.,-])/g)) found.push(m[1]!);
	// Long numbers written with or without spaces or dots.
	for (const m of text.matchAll(/(?<![\d/])((?:\+84|0|1[89]00)[\d .]{4,12}\d)(?![\d/])/g)) found.push(m[1]!.replace(/\D/g, ''));
	return found;
}

test('mọi số điện thoại trên trang đều lấy từ content/hotlines.yaml', () => {
	const problems: string[] = [];
	for (const page of builtPages()) {
		const html = readDist(page);
		for (const m of html.matchAll(/href="tel:([^"]*)"/g)) if (!known.has(m[1]!)) problems.push(`${page}: tel:${m[1]}`);
		for (const n of phoneNumbersIn(visibleText(html))) if (!known.has(n)) problems.push(`${page}: ${n}`);
	}
	expect(problems).toEqual([]);
});

test('bộ tìm số điện thoại nhận ra số lạ và bỏ qua số hiệu văn bản, ngày, điều luật', () => {
	expect(phoneNumbersIn('Gọi 112 hoặc 0225 3 123 456 hay 1800 1567')).toEqual(['112', '02253123456', '18001567']);
	expect(phoneNumbersIn('Luật số 102/2016/QH13, Điều 112, ngày 19/5/2004, năm 2017, 1.900 trẻ')).toEqual([]);
});
