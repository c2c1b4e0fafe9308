// File names are URL slugs; facts live in data, not in templates.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { walk } from '../support/utils.ts';
import { vi } from '../../src/i18n/vi.ts';
import { phoneNumbersIn } from '../../src/build-checks/phones.ts';

test('tên tệp nội dung là slug ASCII không dấu', () => {
	for (const file of walk('content')) {
		const name = file.split('/').at(-1)!.replace(/\.(mdx|yaml)$/, '');
		expect(name, file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	}
});

test('không có số điện thoại hay năm viết cứng trong components, layouts, pages và tài liệu in', () => {
	const offenders: string[] = [];
	for (const dir of ['src/components', 'src/layouts', 'src/pages', 'src/materials']) {
		for (const file of walk(dir)) {
			const text = readFileSync(`${dir}/${file}`, 'utf8');
			const lines = text.split('\n');
			lines.forEach((line, i) => {
				if (/(?<![\w-])(111|113|114|115|1800\s?\d{4}|1900\s?\d{4}|0\d{9,10})(?![\w-])/.test(line)) offenders.push(`${dir}/${file}:${i + 1}: ${line.trim()}`);
				if (/(?<![\w/-])20\d\d(?![\w-])/.test(line)) offenders.push(`${dir}/${file}:${i + 1}: ${line.trim()}`);
			});
		}
	}
	expect(offenders).toEqual([]);
});

test('không chuỗi giao diện nào (src/i18n) gõ số điện thoại: số chỉ đến từ content/hotlines.yaml', () => {
	const typed = Object.entries(vi).flatMap(([key, value]) => phoneNumbersIn(value).map((m) => `${key}: "${m.text}" trong "${value}"`));
	expect(typed).toEqual([]);
	// The finder sees a number at the end of a sentence, as a UI string would write it.
	expect(phoneNumbersIn('Hãy gọi điện ngay số 111.').map((m) => m.digits)).toEqual(['111']);
});

test('MDX không viết số điện thoại hay liên kết tel: trực tiếp (dùng <Call id="…" />)', () => {
	const offenders: string[] = [];
	for (const file of walk('content').filter((f) => f.endsWith('.mdx'))) {
		// The whole file: frontmatter sentences name numbers only as {so:<id>}, the body only as <Call>.
		const body = readFileSync(`content/${file}`, 'utf8').replace(/\{so:[a-z0-9-]+\}/g, '').replace(/^(call|\s+-\s+\{ (source|document)):.*$/gm, '');
		body.split('\n').forEach((line) => {
			if (/tel:|(?<![\w/.-])(111|113|114|115|1800[ .]?\d{4}|1900[ .]?\d{4}|(\+84|0)\d[\d .]{7,11})(?![\w/-])/.test(line.replace(/<Call[^>]*\/>/g, ''))) {
				offenders.push(`content/${file}: ${line.trim()}`);
			}
		});
	}
	expect(offenders).toEqual([]);
});
