// The catalogue of bad edits (tests/support/bad-edits.ts): each one, run through the very check the
// build calls (content checks, the MDX compiler with the site's rules, the built-page checks), gives
// exactly the message an editor must see and nothing else. bad-edits.spec.ts runs one of each kind
// through `npm run build` itself.
import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { BAD_EDITS, PAGE, testPage } from '../support/bad-edits.ts';
import { checkContent } from '../../src/build-checks/content.ts';
import { componentNames, mdxRulesPlugin } from '../../src/build-checks/mdx.ts';
import { pageProblems } from '../../src/build-checks/dist.ts';
import { BuildCheckError, problemLine } from '../../src/build-checks/problem.ts';

const ids = (file: string) =>
	new Set((parse(readFileSync(`content/${file}`, 'utf8')) as { id: string }[]).map((e) => e.id));
const hotlineNumbers = new Set(
	(parse(readFileSync('content/hotlines.yaml', 'utf8')) as { number: string }[]).map((h) => h.number),
);
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
		mdxToJs(testPage({}, body), {
			mdastPlugins: [mdxRulesPlugin(mdxRules)],
			fileURL: pathToFileURL(resolve('content', PAGE)),
		});
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

describe('mỗi lỗi sửa bài cho đúng thông báo người biên tập phải thấy', () => {
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
				expect(
					pageProblems('dist/trang/index.html', bad.html!, { allowedNumbers: hotlineNumbers }).map(problemLine),
				).toEqual(bad.expect);
			}
		});
	}
});
