// Bad input fails the build with a message that names the file and the field (never a silent skip).
// Each case copies content/ to a temporary folder, breaks one thing, and runs `astro build` on it.
import { test, expect } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function buildWith(change: (dir: string) => void): { code: number | null; output: string } {
	const tmp = mkdtempSync(join(tmpdir(), 'bvte-bad-'));
	const content = join(tmp, 'content');
	cpSync('content', content, { recursive: true });
	change(content);
	const result = spawnSync('npx', ['astro', 'build', '--outDir', join(tmp, 'dist')], {
		env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(tmp, 'cache') },
		encoding: 'utf8',
		timeout: 120_000,
	});
	rmSync(tmp, { recursive: true, force: true });
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('một trang MDX dẫn văn bản không có trong danh mục làm hỏng bản dựng, nêu tên tệp và trường', () => {
	const { code, output } = buildWith((dir) => {
		mkdirSync(join(dir, 'guides'), { recursive: true });
		writeFileSync(
			join(dir, 'guides', 'trang-loi.mdx'),
			[
				'---',
				'title: Trang thử lỗi',
				'description: Trang này chỉ dùng để kiểm tra rằng bản dựng báo lỗi đúng tệp và đúng trường.',
				'audiences: [cha-me]',
				'topic: duoi-nuoc',
				'documents: [van-ban-khong-ton-tai]',
				'updated: 2026-11-22',
				'---',
				'',
				'Nội dung.',
			].join('\n'),
		);
	});
	expect(code).not.toBe(0);
	expect(output).toContain('trang-loi.mdx');
	expect(output).toContain('documents');
	expect(output).toContain('van-ban-khong-ton-tai');
});

test('một số điện thoại sai dạng trong hotlines.yaml làm hỏng bản dựng, nêu tệp và trường', () => {
	const { code, output } = buildWith((dir) => {
		const file = join(dir, 'hotlines.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('number: "111"', 'number: "111a"'));
	});
	expect(code).not.toBe(0);
	expect(output).toContain('hotlines');
	expect(output).toContain('number');
});
