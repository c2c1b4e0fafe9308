// The catalogue of bad edits (tests/support/bad-edits.ts): each one, run through the very check the
// build calls, gives exactly the message an editor must see and nothing else; and one edit of each
// kind (content, MDX body, built page, missing SITE_URL) makes `npm run build` itself fail with that
// message, leaving the previous output as it was.
import { test, expect } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { BAD_EDITS, PAGE, testPage } from '../support/bad-edits.ts';
import { build, sandbox } from '../support/build.ts';
import { checkContent } from '../../src/build-checks/content.ts';
import { componentNames, mdxRulesPlugin } from '../../src/build-checks/mdx.ts';
import { pageProblems } from '../../src/build-checks/dist.ts';
import { BuildCheckError, problemLine } from '../../src/build-checks/problem.ts';

const ids = (file: string) => new Set((parse(readFileSync(`content/${file}`, 'utf8')) as { id: string }[]).map((e) => e.id));
const hotlineNumbers = new Set((parse(readFileSync('content/hotlines.yaml', 'utf8')) as { number: string }[]).map((h) => h.number));
const mdxRules = {
	components: componentNames(readFileSync('src/components/mdx/index.ts', 'utf8')),
	ids: {
		Call: { ids: () => ids('hotlines.yaml'), file: 'content/hotlines.yaml' },
		Doc: { ids: () => ids('documents.yaml'), file: 'content/documents.yaml' },
	},
};

/** The first lines of the problems an MDX page body raises in the MDX compiler. */
function mdxLines(body: string): string[] {
	try {
		mdxToJs(testPage({}, body), { mdastPlugins: [mdxRulesPlugin(mdxRules)], fileURL: pathToFileURL(resolve('content', PAGE)) });
		return [];
	} catch (error) {
		if (error instanceof BuildCheckError) return error.problems.map(problemLine);
		throw error;
	}
}

test('danh mục có ít nhất 25 lỗi sửa bài, mỗi quy tắc một lỗi, không trùng tên', () => {
	expect(BAD_EDITS.length).toBeGreaterThanOrEqual(25);
	expect(new Set(BAD_EDITS.map((b) => b.rule)).size).toBe(BAD_EDITS.length);
});

test('nội dung gốc qua mọi bước kiểm tra nội dung mà không có lỗi', () => {
	expect(checkContent({ buildDate: '2026-11-29' }).problems.map(problemLine)).toEqual([]);
});

test.describe('mỗi lỗi sửa bài cho đúng thông báo người biên tập phải thấy', () => {
	for (const bad of BAD_EDITS) {
		test(`${bad.stage}: ${bad.rule}`, () => {
			if (bad.stage === 'content') {
				const dir = mkdtempSync(join(tmpdir(), 'bvte-loi-'));
				try {
					cpSync('content', dir, { recursive: true });
					const expected = bad.edit!(dir);
					expect(checkContent({ dir, buildDate: '2026-11-29' }).problems.map(problemLine)).toEqual(expected);
				} finally {
					rmSync(dir, { recursive: true, force: true });
				}
			} else if (bad.stage === 'mdx') {
				expect(mdxLines(bad.mdx!)).toEqual(bad.expect);
			} else {
				expect(pageProblems('dist/trang/index.html', bad.html!, { allowedNumbers: hotlineNumbers }).map(problemLine)).toEqual(bad.expect);
			}
		});
	}
});

test.describe('bản dựng thật dừng lại với đúng thông báo', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });

	test('bản dựng phát hành thiếu SITE_URL', () => {
		const box = sandbox();
		const { code, output } = build(box, { env: { SITE_URL: '' } });
		rmSync(box.root, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).toContain('SITE_URL: chưa đặt địa chỉ của trang: bản dựng để đăng cần nó cho địa chỉ chuẩn, sitemap, RSS, lịch và tài liệu in');
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
		writeFileSync(join(box.content, PAGE), testPage({}, 'Một câu dài để làm trang nặng thêm, như khi dán nhầm cả một văn bản vào bài. '.repeat(1400)));
		const { code, output } = build(box, { preview: true });
		const leftover = existsSync(`${box.out}-next`);
		rmSync(box.root, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(output).toMatch(/dist\/ky-nang-an-toan\/trang-thu\/index\.html: trang nặng \d+ KB, quá giới hạn 100 KB \(điện thoại rẻ, mạng chậm\)/);
		expect(leftover).toBe(false);
	});
});
