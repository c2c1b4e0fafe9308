// content/hotlines.yaml is the single source of every phone number. These tests keep the numbers to
// the ones the editors' checked sources allow, and the facts no source gives (who runs 111 today, the
// hours and cost of 18006605) empty.
import { test, expect } from '@playwright/test';
import { readData } from '../support/utils.ts';
import type { Hotline } from '../../src/schemas/hotline.ts';

const hotlines = readData<Hotline>('hotlines');
const byNumber = (n: string) => {
	const found = hotlines.find((h) => h.number === n);
	if (!found) throw new Error(`thiếu số ${n}`);
	return found;
};

test('chỉ có các số mà nguồn đã kiểm chứng cho phép đăng', () => {
	const allowed = ['111', '18006605', '113', '114', '115', '112'];
	for (const h of hotlines) expect(allowed, `số ${h.number}`).toContain(h.number);
	for (const n of ['111', '18006605', '113', '114', '115']) expect(byNumber(n)).toBeTruthy();
});

test('111 không ghi đơn vị vận hành (chưa kiểm chứng sau 2025)', () => {
	expect(byNumber('111').operator).toBeUndefined();
});

test('18006605 không ghi giờ hoạt động hay cước phí (chưa có nguồn)', () => {
	const line = byNumber('18006605');
	expect(line.hours).toBeUndefined();
	expect(line.cost).toBeUndefined();
});

test('"24 giờ" và "miễn phí" của 111 chỉ đi kèm nguồn có ghi thời điểm', () => {
	const line = byNumber('111');
	for (const fact of [line.hours, line.cost]) {
		if (!fact) continue;
		expect(fact.cite.length).toBeGreaterThan(0);
		expect(fact.asOf, 'phải ghi thông tin này đúng vào thời điểm nào').toMatch(/\d{4}/);
	}
});

test('hai số bảo vệ trẻ em là hai số hiện trên mọi trang', () => {
	const bar = hotlines.filter((h) => h.kind === 'child-protection').map((h) => h.number);
	expect(bar.sort()).toEqual(['111', '18006605']);
});
