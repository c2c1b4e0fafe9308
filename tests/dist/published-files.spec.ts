// Only what readers need is published: every file of dist/ has a known kind and place, and anything
// else (a test manifest, an unused worker, a source map, a copied source file, Astro's .prerender
// chunks) fails here with its name.
import { test, expect } from '@playwright/test';
import { walk } from '../support/utils.ts';

/** What may be published, by path. */
const PUBLISHED: [kind: string, path: RegExp][] = [
	['trang HTML', /^(?:[a-z0-9-]+\/)*index\.html$|^404\.html$/],
	['CSS và JavaScript có mã băm', /^_astro\/[\w.-]+\.[\w-]{8}\.(css|js)$/],
	[
		'Pagefind: mã và danh mục',
		/^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.[a-z]+\.pagefind|pagefind\.[a-z]+_[0-9a-f]+\.pf_meta)$/,
	],
	['Pagefind: chỉ mục', /^pagefind\/(fragment|index|filter)\/[a-z]+_[0-9a-f]+\.pf_(fragment|index|filter)$/],
	['tài liệu in PDF', /^tai-lieu\/[a-z0-9-]+\.pdf$/],
	['tài liệu Word, PowerPoint và ảnh để chia sẻ', /^tai-lieu\/[a-z0-9-]+\.(docx|pptx|png)$/],
	['ảnh xem trước khi chia sẻ liên kết (og:image)', /^anh-xem-truoc\/[a-z0-9-]+\.png$/],
	['mã và dữ liệu của ô tìm kiếm', /^tim-kiem\/(tim-kiem\.js|du-lieu\.json)$/],
	['sitemap', /^sitemap-(index|\d+)\.xml$/],
	['robots.txt', /^robots\.txt$/],
	['biểu tượng', /^favicon\.svg$/],
	['RSS và lịch', /^thang-hanh-dong\/(rss\.xml|lich\.ics)$/],
	['tiêu đề HTTP cho máy chủ', /^_headers$/],
	['bản lưu để đọc khi mất mạng: worker và mã của nút', /^(sw|ban-luu)\.js$/],
];

test('dist/ chỉ chứa những loại tệp người đọc cần', () => {
	const files = walk('dist');
	expect(files.length).toBeGreaterThan(100);
	const counts = new Map<string, number>();
	const unexpected: string[] = [];
	for (const file of files) {
		const kind = PUBLISHED.find(([, path]) => path.test(file))?.[0];
		if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
		else unexpected.push(file);
	}
	console.log([...counts].map(([kind, n]) => `${n} ${kind}`).join(', '));
	expect(unexpected).toEqual([]);
	for (const must of ['trang HTML', 'CSS và JavaScript có mã băm', 'Pagefind: chỉ mục', 'tài liệu in PDF'])
		expect(counts.get(must), must).toBeGreaterThan(0);
});

test('không xuất bản danh sách tài liệu cho kiểm thử, worker không dùng, hay bản đồ mã nguồn', () => {
	const files = walk('dist');
	for (const gone of ['tai-lieu/tai-lieu.json', 'pagefind/pagefind-worker.js']) expect(files).not.toContain(gone);
	expect(files.filter((f) => /\.(map|ts|mdx|yaml|mjs)$|^\.|\/\./.test(f))).toEqual([]);
	// The nginx configuration is written beside the site, never into it.
	expect(files.filter((f) => /nginx|\.conf$/.test(f))).toEqual([]);
});
