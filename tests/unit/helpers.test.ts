// Pure helpers: dates as Việt Nam writes them, which cited addresses may become links, UI strings.
import { test, expect } from 'vitest';
import { formatDate, formatPartialDate } from '../../src/lib/format-date.ts';
import { isSafeUrl, linkTarget } from '../../src/lib/links.ts';
import { t } from '../../src/i18n/index.ts';
import type { Source } from '../../src/schemas/source.ts';

test('ngày không đầy đủ giữ nguyên phần trống, không đoán', () => {
	expect(formatPartialDate('2025')).toBe('năm 2025');
	expect(formatPartialDate('2025-04')).toBe('tháng 4/2025');
	expect(formatPartialDate('2025-04-08')).toBe('08/04/2025');
});

test('ngày viết theo kiểu Việt Nam', () => {
	expect(formatDate(new Date('2017-06-01'))).toBe('01/06/2017');
});

test('chỉ địa chỉ https có tên miền mới được làm liên kết', () => {
	expect(isSafeUrl('https://www.who.int/health-topics/drowning')).toBe(true);
	expect(isSafeUrl('http://factsforlifeglobal.org/13/messages.html')).toBe(false);
	expect(isSafeUrl('https://118.69.201.249/x')).toBe(false);
});

const base: Source = {
	id: 'x',
	title: 'X',
	publisher: 'Y',
	url: 'https://example.org/a',
	kind: 'primary',
	accessed: new Date('2026-11-22'),
	lang: 'en',
};

test('bản sao chỉ liên kết tới bản gốc; nguồn http hiện dạng chữ', () => {
	expect(linkTarget(base)).toBe('https://example.org/a');
	expect(linkTarget({ ...base, kind: 'copy' })).toBeUndefined();
	expect(linkTarget({ ...base, kind: 'copy', original: 'https://www.nhs.uk/conditions/burns-and-scalds/' })).toBe(
		'https://www.nhs.uk/conditions/burns-and-scalds/',
	);
	expect(linkTarget({ ...base, url: 'http://example.org/a' })).toBeUndefined();
});

test('chuỗi giao diện điền biến và báo thiếu biến', () => {
	expect(t('footer.publisher', { publisher: 'A' })).toBe('Biên tập: A.');
	expect(() => t('footer.publisher')).toThrow(/publisher/);
});
