// One place for each thing: every URL path the site makes is written in src/config/routes.ts and
// nowhere else in src/, and every help page the code links to by name exists in content/pages/.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { walk } from '../support/utils.ts';

/** A quoted site path such as '/goi-ai/' or `/tai-lieu/${file}`: a slash, a lower-case letter, more. */
const PATH_LITERAL = /(['"`])\/[a-z][a-z0-9-]*(?:\/[^'"`\s]*)?\1/;

export function pathLiterals(source: string): string[] {
	return source
		.split('\n')
		.filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
		.map((line) => PATH_LITERAL.exec(line)?.[0])
		.filter((m): m is string => Boolean(m));
}

test('bộ tìm đường dẫn nhận ra đường dẫn viết tay và để yên chú thích', () => {
	expect(pathLiterals("const a = href('/goi-ai/');")).toEqual(["'/goi-ai/'"]);
	expect(pathLiterals('const b = `/tai-lieu/${file}`;')).toEqual(['`/tai-lieu/${file}`']);
	expect(pathLiterals("// e.g. '/phap-luat/'\nconst c = 'vi-VN';")).toEqual([]);
});

test('không đường dẫn nào của trang viết ngoài src/config/routes.ts', () => {
	const found = walk('src')
		.filter((f) => /\.(ts|astro|mjs)$/.test(f) && f !== 'config/routes.ts')
		.flatMap((f) => pathLiterals(readFileSync(`src/${f}`, 'utf8')).map((p) => `src/${f}: ${p}`));
	expect(found).toEqual([]);
});

test('mỗi trang trợ giúp mà mã nhắc tên đều có trong content/pages/', () => {
	const routes = readFileSync('src/config/routes.ts', 'utf8');
	const ids = /type HelpPageId = ([^;]+);/.exec(routes)![1]!.match(/'([a-z0-9-]+)'/g)!.map((s) => s.slice(1, -1));
	expect(ids.length).toBeGreaterThan(3);
	for (const id of ids) expect(existsSync(`content/pages/${id}.mdx`), id).toBe(true);
});
