// One bad edit of each kind from the catalogue (tests/support/bad-edits.ts; every edit is checked
// against its exact message in bad-edits.test.ts) makes `npm run build` itself fail with that message:
// content, an MDX body, a built page, a missing SITE_URL; and a failed build leaves the previous
// output as it was, with no half-built folder beside it.
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_EDITS, PAGE, testPage } from '../support/bad-edits.ts';
import { build, sandbox } from '../support/build.ts';

test.describe('bản dựng thật dừng lại với đúng thông báo', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });

	test('bản dựng phát hành thiếu SITE_URL', () => {
		const box = sandbox();
		const { code, output } = build(box, { env: { SITE_URL: '' } });
		rmSync(box.root, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).toContain(
			'SITE_URL: chưa đặt địa chỉ của trang: bản dựng để đăng cần nó cho địa chỉ chuẩn, sitemap, RSS, lịch và tài liệu in',
		);
		expect(output).toContain('npm run build -- --preview');
	});

	test('nội dung: id trùng trong hotlines.yaml (trước đây: tel:1111 trên mọi trang, mã thoát 0)', () => {
		const box = sandbox();
		const bad = BAD_EDITS.find((b) => b.rule === 'Hai mục cùng id')!;
		const [message] = bad.edit!(box.content);
		const { code, output } = build(box, { preview: true });
		rmSync(box.root, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).toContain(message!);
	});

	test('bài MDX: biểu thức {process.env.HOME}; dist/ cũ giữ nguyên, không còn thư mục dở dang', () => {
		const box = sandbox();
		mkdirSync(box.out);
		writeFileSync(join(box.out, 'ban-cu.txt'), 'bản dựng trước');
		const bad = BAD_EDITS.find((b) => b.rule === 'Biểu thức {…}')!;
		writeFileSync(join(box.content, PAGE), testPage({}, bad.mdx));
		const { code, output } = build(box, { preview: true });
		const left = readdirSync(box.root).sort();
		const kept = readdirSync(box.out);
		rmSync(box.root, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).toContain(bad.expect![0]!);
		expect(output).toContain('Bản dựng không thành công: không thay gì');
		expect(kept).toEqual(['ban-cu.txt']);
		expect(left).toEqual(['cache', 'content', 'dist']);
	});

	test('trang dựng ra: một bài quá 100 KB', () => {
		const box = sandbox();
		writeFileSync(
			join(box.content, PAGE),
			testPage({}, 'Một câu dài để làm trang nặng thêm, như khi dán nhầm cả một văn bản vào bài. '.repeat(1400)),
		);
		const { code, output } = build(box, { preview: true });
		const leftover = existsSync(`${box.out}-next`);
		rmSync(box.root, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).toMatch(
			/dist\/ky-nang-an-toan\/trang-thu\/index\.html: trang nặng \d+ KB, quá giới hạn 100 KB \(điện thoại rẻ, mạng chậm\)/,
		);
		expect(leftover).toBe(false);
	});
});
