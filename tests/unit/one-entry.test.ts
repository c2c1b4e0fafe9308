// Which link clicks keep the visit in one history entry: plain left clicks on links to this site's own
// pages, in this tab; never downloads, other tabs, modified clicks, other sites or other schemes.
import { expect, test } from 'vitest';
import { replacementFor, type AnchorLike, type ClickLike } from '../../src/components/quick-exit/one-entry.ts';

const ORIGIN = 'https://baovetreem.example.vn';
const click = (over: Partial<ClickLike> = {}): ClickLike => ({
	button: 0,
	defaultPrevented: false,
	metaKey: false,
	ctrlKey: false,
	shiftKey: false,
	altKey: false,
	...over,
});
const link = (href: string, attrs: Record<string, string> = {}): AnchorLike => ({
	href,
	target: attrs['target'] ?? '',
	hasAttribute: (n) => n in attrs,
});

test('liên kết tới trang khác của trang này thay thế mục lịch sử hiện tại', () => {
	expect(replacementFor(click(), link(`${ORIGIN}/tong-dai/`), ORIGIN)).toBe(`${ORIGIN}/tong-dai/`);
	expect(replacementFor(click(), link(`${ORIGIN}/ky-nang-an-toan/x/#phan-cha-me`), ORIGIN)).toBe(
		`${ORIGIN}/ky-nang-an-toan/x/#phan-cha-me`,
	);
	expect(replacementFor(click(), link(`${ORIGIN}/`, { target: '_self' }), ORIGIN)).toBe(`${ORIGIN}/`);
});

test('để trình duyệt tự xử lý: trang khác, tel:, tải về, tab mới, bấm kèm phím, chuột giữa, đã bị chặn', () => {
	expect(replacementFor(click(), link('https://www.google.com/search?q=x'), ORIGIN)).toBeUndefined();
	expect(replacementFor(click(), link('http://baovetreem.example.vn/'), ORIGIN)).toBeUndefined();
	expect(replacementFor(click(), link('tel:111'), ORIGIN)).toBeUndefined();
	expect(replacementFor(click(), link(`${ORIGIN}/tai-lieu/a.pdf`, { download: '' }), ORIGIN)).toBeUndefined();
	expect(replacementFor(click(), link(`${ORIGIN}/`, { target: '_blank' }), ORIGIN)).toBeUndefined();
	for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
		expect(replacementFor(click({ [key]: true }), link(`${ORIGIN}/`), ORIGIN)).toBeUndefined();
	}
	expect(replacementFor(click({ button: 1 }), link(`${ORIGIN}/`), ORIGIN)).toBeUndefined();
	expect(replacementFor(click({ defaultPrevented: true }), link(`${ORIGIN}/`), ORIGIN)).toBeUndefined();
	expect(replacementFor(click(), link('not a url'), ORIGIN)).toBeUndefined();
});

test('chỉ liên kết http(s): địa chỉ blob: cùng nguồn để trình duyệt tự xử lý; máy thử http vẫn được thay', () => {
	expect(replacementFor(click(), link(`blob:${ORIGIN}/5f0c2a`), ORIGIN)).toBeUndefined();
	const dev = 'http://localhost:4321';
	expect(replacementFor(click(), link(`${dev}/tong-dai/`), dev)).toBe(`${dev}/tong-dai/`);
});
