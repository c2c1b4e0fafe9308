// The front door in the built site: hubs link only existing pages, the about page names the
// configured publisher, and the hotlines are described as their own services.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { builtPages, readData, readDist } from '../support/utils.ts';
import { site, BASE_PATH } from '../../src/config/site.ts';

/** The dist file an internal href points to, or undefined for external links and anchors. */
function targetOf(hrefValue: string): string | undefined {
	if (!hrefValue.startsWith(BASE_PATH) || hrefValue.startsWith('//')) return undefined;
	const path = decodeURI(hrefValue.slice(BASE_PATH.length).split(/[?#]/)[0]!);
	return path === '' || path.endsWith('/') ? `dist/${path}index.html` : `dist/${path}`;
}

test('mỗi trang mục theo người đọc chỉ dẫn tới trang có thật', () => {
	const hubs = builtPages().filter((p) => p.startsWith('danh-cho/'));
	expect(hubs.length).toBe(readData('audiences').length);
	const broken: string[] = [];
	for (const hub of hubs) {
		for (const [, value] of readDist(hub).matchAll(/href="([^"]+)"/g)) {
			const file = targetOf(value!);
			if (file && !existsSync(file)) broken.push(`${hub} → ${value}`);
		}
	}
	expect(broken).toEqual([]);
});

test('trang “Về trang này” ghi đúng đơn vị biên tập trong cấu hình', () => {
	const html = readDist('ve-trang-nay/index.html');
	expect(html).toContain(`data-publisher="true">${site.publisher}</strong>`);
});

test('mỗi số điện thoại được mô tả là dịch vụ riêng, đúng tên trong văn bản, không là liên hệ của trang này', () => {
	const html = readDist('tong-dai/index.html');
	const json = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
	const hotlines = readData<{ number: string; name: string; operator?: { value: string } }>('hotlines');
	expect(json['@graph']).toHaveLength(hotlines.length);
	for (const h of hotlines) {
		const service = json['@graph'].find((s: { availableChannel: { servicePhone: { telephone: string } } }) => s.availableChannel.servicePhone.telephone === h.number);
		expect(service, h.number).toBeTruthy();
		expect(service['@type']).toBe('Service');
		expect(service.name).toBe(h.name);
		expect(service.provider?.name).toBe(h.operator?.value);
	}
	expect(JSON.stringify(json)).not.toContain(site.name);
	for (const page of builtPages()) expect(readDist(page), page).not.toMatch(/"contactPoint"/);
});
