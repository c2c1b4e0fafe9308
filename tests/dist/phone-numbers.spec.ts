// Help reachable in the first round trip, and no phone number that is not in content/hotlines.yaml.
import { test, expect } from '@playwright/test';
import { brotliCompressSync } from 'node:zlib';
import { builtPages, readData, readDist } from '../support/utils.ts';
import { strayPhoneNumbers } from '../../src/build-checks/phones.ts';
import { readableText } from '../../src/build-checks/dist.ts';

interface HotlineRow {
	number: string;
	display: string;
}
const hotlines = readData<HotlineRow>('hotlines');
const known = new Set(hotlines.map((h) => h.number));

/** The first round trip of a slow connection carries roughly the first 8 KB of the HTML. The critical
 *  block in <head> (components/critical-css/, the same 5 KB on every page, 1.5 KB compressed) is what
 *  paints the links, so it is not counted in the markup before them; on the wire, with it, the links
 *  must still come within those 8 KB. */
const FIRST_ROUND_TRIP = 8 * 1024;

test('liên kết gọi 111 và 18006605 nằm trong 8 KB đầu của mỗi trang (ngoài khối CSS quan trọng), và trong 8 KB đầu trên đường truyền', () => {
	for (const page of builtPages()) {
		const html = readDist(page);
		const bytes = Buffer.from(html, 'utf8');
		const critical = Buffer.byteLength(/<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '');
		for (const tel of ['href="tel:111"', 'href="tel:18006605"']) {
			const at = bytes.indexOf(tel);
			expect(at, `${page}: ${tel}`).toBeGreaterThan(0);
			expect(at - critical, `${page}: ${tel} ở byte ${at - critical} ngoài khối CSS`).toBeLessThan(FIRST_ROUND_TRIP);
			expect(brotliCompressSync(bytes.subarray(0, at)).length, `${page}: ${tel} trên đường truyền`).toBeLessThan(
				FIRST_ROUND_TRIP,
			);
		}
	}
});

test('mọi số điện thoại trên trang đều lấy từ content/hotlines.yaml', () => {
	const problems: string[] = [];
	for (const page of builtPages()) {
		const html = readDist(page);
		for (const m of html.matchAll(/href="tel:([^"]*)"/g)) if (!known.has(m[1]!)) problems.push(`${page}: tel:${m[1]}`);
		// The build's own finder (src/build-checks/phones.ts, tested in build-checks.spec.ts).
		for (const m of strayPhoneNumbers(readableText(html), known)) problems.push(`${page}: ${m.text}`);
	}
	expect(problems).toEqual([]);
});
