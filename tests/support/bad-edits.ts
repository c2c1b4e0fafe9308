// The catalogue of bad edits: one per rule that protects readers, each with the exact first line an
// editor sees. tests/unit/bad-edits.test.ts runs each through the same check the build calls (fast),
// and tests/build/bad-edits.spec.ts runs one of each kind through `npm run build` itself; the README's "Writing content" table lists
// the same messages. `edit` changes a copy of content/; `mdx` is a page body; `html` a built page.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Line (1-based) of the first occurrence of `snippet` in `text`. */
export function lineOf(text: string, snippet: string): number {
	const at = text.indexOf(snippet);
	if (at === -1) throw new Error(`không thấy "${snippet}"`);
	return text.slice(0, at).split('\n').length;
}

/** A valid short guide; its frontmatter lines are fixed (updated is line 8). */
export function testPage(fields: Record<string, string> = {}, body = 'Nội dung.'): string {
	const front = {
		title: 'Trang thử lỗi',
		description: 'Trang này chỉ dùng để kiểm tra rằng bản dựng báo lỗi đúng tệp và đúng trường.',
		audiences: '[cha-me]',
		topic: 'duoi-nuoc',
		documents: '[luat-tre-em]',
		kind: 'short',
		updated: '2026-11-22',
		...fields,
	};
	return [
		'---',
		...Object.entries(front).map(([k, v]) => `${k}: ${v}`),
		'---',
		"import { Call } from '~/components/mdx';",
		'',
		body,
		'',
	].join('\n');
}

export const PAGE = 'guides/trang-thu.mdx';

export interface BadEdit {
	/** The rule, as the README's table names it. */
	rule: string;
	/** Where the build stops it. */
	stage: 'content' | 'mdx' | 'page';
	/** Changes a copy of content/ (stage content); returns the expected first line(s). */
	edit?: (dir: string) => string[];
	/** The body of a test page (stage mdx), and the expected first line(s). */
	mdx?: string;
	/** A built page (stage page). */
	html?: string;
	expect?: string[];
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const write = (dir: string, file: string, text: string) => {
	mkdirSync(join(dir, file, '..'), { recursive: true });
	writeFileSync(join(dir, file), text);
};
/** Replaces `from` (must exist) in a file of the copy; returns the line it was on. */
const replace = (dir: string, file: string, from: string, to: string): number => {
	const text = read(dir, file);
	const line = lineOf(text, from);
	write(dir, file, text.replace(from, to));
	return line;
};
const page = (dir: string, fields: Record<string, string>) => write(dir, PAGE, testPage(fields));

/** A bad edit in the frontmatter of the test page: `fields` replace the valid ones. */
const pageEdit = (rule: string, fields: Record<string, string>, expected: string[]): BadEdit => ({
	rule,
	stage: 'content',
	edit: (dir) => {
		page(dir, fields);
		return expected;
	},
});

const html = (body: string) =>
	`<!doctype html><html lang="vi"><head><title>Trang</title></head><body><main>${body}</main></body></html>`;

export const BAD_EDITS: BadEdit[] = [
	// ---- Data files (content/*.yaml) ----
	{
		rule: 'YAML sai cú pháp (thiếu ngoặc kép)',
		stage: 'content',
		edit: (dir) => {
			const line = replace(dir, 'hotlines.yaml', 'display: "1800 6605"', 'display: "1800 6605');
			// The parser stops at the end of the line it could not close.
			return [
				`content/hotlines.yaml:${line}:${'  display: "1800 6605'.length + 1}: YAML sai cú pháp: thiếu dấu đóng (ngoặc kép ", ngoặc đơn ', ] hoặc }) (Missing closing "quote)`,
			];
		},
	},
	{
		rule: 'Tệp dữ liệu rỗng',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'hotlines.yaml', '# để trống\n');
			return ['content/hotlines.yaml: tệp rỗng: không có mục nào'];
		},
	},
	{
		rule: 'Tệp dữ liệu không phải danh sách',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'topics.yaml', 'duoi-nuoc: Đuối nước\n');
			return ['content/topics.yaml: tệp phải là một danh sách các mục, mỗi mục bắt đầu bằng "- id: …"'];
		},
	},
	{
		rule: 'Hai mục cùng id',
		stage: 'content',
		edit: (dir) => {
			const text = read(dir, 'hotlines.yaml');
			const first = lineOf(text, 'id: tong-dai-111');
			write(dir, 'hotlines.yaml', `${text}\n- id: tong-dai-111\n  number: "1111"\n`);
			const second =
				lineOf(read(dir, 'hotlines.yaml').slice(text.length), 'id: tong-dai-111') + text.split('\n').length - 1;
			return [
				`content/hotlines.yaml:${second} › id: id "tong-dai-111" trùng với mục ở dòng ${first}: chỉ một mục được dùng, mục kia bị bỏ mà không báo`,
			];
		},
	},
	{
		rule: 'Mục thiếu id',
		stage: 'content',
		edit: (dir) => {
			const text = read(dir, 'topics.yaml');
			write(dir, 'topics.yaml', `${text}\n- label: Chủ đề không tên\n`);
			const count = (text.match(/^- /gm) ?? []).length + 1;
			return [`content/topics.yaml:${text.split('\n').length + 1} › id: mục thứ ${count} thiếu trường "id"`];
		},
	},
	{
		rule: 'Một trường viết hai lần trong một mục',
		stage: 'content',
		edit: (dir) => {
			const line = replace(dir, 'hotlines.yaml', '  number: "111"\n', '  number: "111"\n  number: "1111"\n');
			return [
				`content/hotlines.yaml:${line + 1}:3: YAML sai cú pháp: một trường được viết hai lần trong cùng một mục (Map keys must be unique)`,
			];
		},
	},
	{
		rule: 'Thiếu tệp dữ liệu',
		stage: 'content',
		edit: (dir) => {
			rmSync(join(dir, 'observances.yaml'));
			return ['content/observances.yaml: thiếu tệp dữ liệu này'];
		},
	},
	{
		rule: 'Ngày không có trên lịch trong tệp dữ liệu',
		stage: 'content',
		edit: (dir) => {
			const text = read(dir, 'sources.yaml');
			const accessed = /accessed: (\d{4}-\d{2}-\d{2})/.exec(text)![0];
			const line = replace(dir, 'sources.yaml', accessed, 'accessed: 2026-02-30');
			return [`content/sources.yaml:${line} › accessed: ngày "2026-02-30" không có trên lịch`];
		},
	},
	{
		rule: 'Số điện thoại gõ trong tệp dữ liệu',
		stage: 'content',
		edit: (dir) => {
			const text = read(dir, 'sources.yaml');
			const title = /\n {2}title: ([^\n]+)/.exec(text)!;
			const line = replace(dir, 'sources.yaml', title[0], `${title[0]} – gọi 0912-345-678`);
			const words = `${title[1]} – gọi 0912-345-678`;
			// The message quotes the whole words within 30 characters before the number.
			const start = words.indexOf(' ', words.length - 12 - 30) + 1;
			return [
				`content/sources.yaml:${line + 1} › title: số điện thoại "0912-345-678" gõ trực tiếp ("…${words.slice(start)}")`,
			];
		},
	},
	// ---- File names and places ----
	{
		rule: 'Tệp .md (không phải .mdx)',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'guides/trang-md.md', testPage());
			return ['content/guides/trang-md.md: tệp .md không được đọc (chỉ .mdx), nên bị bỏ qua mà không báo'];
		},
	},
	{
		rule: 'Tên tệp bắt đầu bằng "_"',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'guides/_nhap.mdx', testPage());
			return ['content/guides/_nhap.mdx: tên tệp bắt đầu bằng "_" nên bị bỏ qua mà không báo'];
		},
	},
	{
		rule: 'Tên tệp có dấu, hoa, dấu cách',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'guides/Đuối Nước Mới.mdx', testPage());
			return [
				'content/guides/Đuối Nước Mới.mdx: tên tệp là địa chỉ trang: chỉ được dùng chữ thường không dấu, số và "-"',
			];
		},
	},
	{
		rule: 'Tệp không được đọc ở gốc content/',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'hotlines.yml', 'x');
			return ['content/hotlines.yml: tệp này không được trang nào đọc, nên bị bỏ qua mà không báo'];
		},
	},
	{
		rule: 'Thư mục không được đọc',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'tin-tuc/bai-moi.mdx', testPage());
			return [
				'content/tin-tuc/bai-moi.mdx: thư mục content/tin-tuc/ không được trang nào đọc, nên bị bỏ qua mà không báo',
			];
		},
	},
	{
		rule: 'Bài trong thư mục con',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'guides/cu/bai-cu.mdx', testPage());
			return ['content/guides/cu/bai-cu.mdx: bài nằm trong thư mục con: địa chỉ trang sẽ có thêm tên thư mục'];
		},
	},
	{
		rule: 'Địa chỉ trùng một trang của src/pages',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'pages/tong-dai.mdx', testPage());
			return [
				'content/pages/tong-dai.mdx: địa chỉ /tong-dai/ đã là của src/pages/tong-dai/index.astro: một trong hai trang sẽ bị bỏ mà không báo',
			];
		},
	},
	{
		rule: 'Địa chỉ trùng một mục của trang khác',
		stage: 'content',
		edit: (dir) => {
			write(dir, 'laws/van-ban.mdx', testPage());
			return [
				'content/laws/van-ban.mdx: địa chỉ /phap-luat/van-ban/ đã là của src/pages/phap-luat/van-ban/index.astro: một trong hai trang sẽ bị bỏ mà không báo',
			];
		},
	},
	// ---- Frontmatter of a page ----
	pageEdit(
		'Dấu hai chấm trong giá trị không có ngoặc kép',
		{ description: 'Trang thử: khi cần gọi ai và gọi thế nào cho đúng, đủ dài để qua lược đồ.' },
		[
			'content/guides/trang-thu.mdx:3:14: YAML sai cú pháp: có dấu hai chấm và dấu cách ": " trong một giá trị không có ngoặc kép (Nested mappings are not allowed in compact mappings)',
		],
	),
	pageEdit('Ngày không có trên lịch (2026-02-30)', { updated: '2026-02-30' }, [
		'content/guides/trang-thu.mdx:8 › updated: ngày "2026-02-30" không có trên lịch',
	]),
	pageEdit('Ngày không có trên lịch (2026-13-45)', { updated: '2026-13-45' }, [
		'content/guides/trang-thu.mdx:8 › updated: ngày "2026-13-45" không có trên lịch',
	]),
	pageEdit('Ngày không đúng dạng YYYY-MM-DD', { updated: '22/11/2026' }, [
		'content/guides/trang-thu.mdx:8 › updated: "22/11/2026" không phải dạng YYYY-MM-DD',
	]),
	pageEdit('Ngày cập nhật sau ngày dựng trang', { updated: '2099-01-01' }, [
		'content/guides/trang-thu.mdx:8 › updated: ngày "2099-01-01" ở sau ngày dựng trang 2026-11-29',
	]),
	pageEdit(
		'Số điện thoại gõ trong mô tả',
		{ description: 'Khi cần, gọi ngay 0987654321 hoặc nhờ người lớn gọi giúp em ngay lúc đó.' },
		[
			'content/guides/trang-thu.mdx:3 › description: số điện thoại "0987654321" gõ trực tiếp ("Khi cần, gọi ngay 0987654321 hoặc nhờ người lớn gọi giúp…")',
		],
	),
	pageEdit(
		'Số 111 gõ tay ngay trước dấu phẩy',
		{ description: 'Khi cần giúp đỡ, em gọi số 111, hoặc nhờ một người lớn em tin gọi giúp.' },
		[
			'content/guides/trang-thu.mdx:3 › description: số điện thoại "111" gõ trực tiếp ("Khi cần giúp đỡ, em gọi số 111, hoặc nhờ một người lớn em…")',
		],
	),
	pageEdit(
		'{so:…} không có trong hotlines.yaml',
		{ description: 'Khi cần giúp đỡ, em gọi {so:tong-dai-999} hoặc nhờ một người lớn gọi giúp em.' },
		['content/guides/trang-thu.mdx:3 › description: {so:tong-dai-999}: không có số này trong content/hotlines.yaml'],
	),
	pageEdit('Trường slug đổi địa chỉ trang', { slug: 'tong-dai' }, [
		'content/guides/trang-thu.mdx:9 › slug: trường "slug" đổi địa chỉ trang khác với tên tệp',
	]),
	// ---- The body of an MDX page ----
	{
		rule: 'Biểu thức {…}',
		stage: 'mdx',
		mdx: 'Thư mục: {process.env.HOME}',
		expect: [
			'content/guides/trang-thu.mdx:12:10 › {…}: biểu thức {process.env.HOME} chạy mã lúc dựng trang và in kết quả ra trang',
		],
	},
	{
		rule: 'import khác',
		stage: 'mdx',
		mdx: "import fs from 'node:fs';",
		expect: [
			'content/guides/trang-thu.mdx:12:1 › import/export: mã "import fs from \'node:fs\';": trang MDX không được chứa mã (export, khai báo…)',
		],
	},
	{
		rule: 'export',
		stage: 'mdx',
		mdx: 'export const a = 1;',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › import/export: mã "export const a = 1;": trang MDX không được chứa mã (export, khai báo…)',
		],
	},
	{
		rule: 'Thẻ <script>',
		stage: 'mdx',
		mdx: '<script>fetch("https://x.example/")</script>',
		expect: ['content/guides/trang-thu.mdx:12:1 › <script>: thẻ HTML <script> không được dùng trong MDX'],
	},
	{
		rule: 'Thẻ <style>',
		stage: 'mdx',
		mdx: '<style>{"body{display:none}"}</style>',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › <style>: thẻ HTML <style> không được dùng trong MDX',
			'content/guides/trang-thu.mdx:12:8 › {…}: biểu thức {"body{display:none}"} chạy mã lúc dựng trang và in kết quả ra trang',
		],
	},
	{
		rule: 'Thẻ <iframe>',
		stage: 'mdx',
		mdx: '<iframe src="https://www.youtube.com/embed/x"></iframe>',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › <iframe>: thẻ HTML <iframe> không được dùng trong MDX',
			'content/guides/trang-thu.mdx:12:1 › <iframe src>: nội dung "https://www.youtube.com/embed/x" lấy từ nơi khác: trình duyệt của người đọc sẽ gọi tới trang đó',
		],
	},
	{
		rule: 'Thuộc tính on…=',
		stage: 'mdx',
		mdx: '<Call id="tong-dai-111" onclick="alert(1)" />',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › <Call onclick>: thuộc tính onclick= chạy mã trong trình duyệt của người đọc',
		],
	},
	{
		rule: 'Thuộc tính style=',
		stage: 'mdx',
		mdx: '<Call id="tong-dai-111" style="color:red" />',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › <Call style>: thuộc tính style= không được dùng (chính sách bảo mật chặn nó)',
		],
	},
	{
		rule: 'Thẻ <a href="javascript:…">',
		stage: 'mdx',
		mdx: '<a href="javascript:alert(1)">bấm</a>',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › <a>: thẻ HTML <a> không được dùng trong MDX',
			'content/guides/trang-thu.mdx:12:1 › <a href>: liên kết "javascript:alert(1)" chạy mã hoặc mở tệp, không được dùng',
		],
	},
	{
		rule: 'Liên kết http://',
		stage: 'mdx',
		mdx: '[Luật](http://example.com/luat)',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › liên kết: liên kết "http://example.com/luat" dùng http://, không an toàn',
		],
	},
	{
		rule: 'Liên kết //',
		stage: 'mdx',
		mdx: '[x](//evil.example/path)',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › liên kết: liên kết "//evil.example/path" bắt đầu bằng //, mở một trang khác mà không rõ giao thức',
		],
	},
	{
		rule: 'Liên kết tương đối',
		stage: 'mdx',
		mdx: '[Tổng đài](tong-dai/)',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › liên kết: liên kết "tong-dai/" là đường dẫn tương đối, sẽ hỏng khi trang ở trong thư mục con',
		],
	},
	{
		rule: 'Liên kết tel: gõ tay',
		stage: 'mdx',
		mdx: '[Gọi](tel:111)',
		expect: ['content/guides/trang-thu.mdx:12:1 › liên kết: liên kết "tel:111" gõ số điện thoại bằng tay'],
	},
	{
		rule: 'Ảnh từ trang khác',
		stage: 'mdx',
		mdx: '![ảnh](https://tracker.example/p.gif)',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › ảnh: ảnh "https://tracker.example/p.gif" lấy từ nơi khác: trình duyệt của người đọc sẽ gọi tới trang đó',
		],
	},
	{
		rule: 'Số điện thoại gõ trong bài (có gạch nối)',
		stage: 'mdx',
		mdx: 'Gọi 0912-345-678 khi cần.',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › số điện thoại: số điện thoại "0912-345-678" gõ trực tiếp ("Gọi 0912-345-678 khi cần.")',
		],
	},
	{
		rule: 'Số điện thoại gõ trong bài (có ngoặc)',
		stage: 'mdx',
		mdx: 'Gọi (0225) 3 123 456 khi cần.',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › số điện thoại: số điện thoại "(0225) 3 123 456" gõ trực tiếp ("Gọi (0225) 3 123 456 khi cần.")',
		],
	},
	{
		rule: 'Số 111 gõ tay ở cuối câu',
		stage: 'mdx',
		mdx: 'Em hãy gọi số 111.',
		expect: [
			'content/guides/trang-thu.mdx:12:1 › số điện thoại: số điện thoại "111" gõ trực tiếp ("Em hãy gọi số 111.")',
		],
	},
	{
		rule: '<Call> với id không có',
		stage: 'mdx',
		mdx: 'Gọi <Call id="tong-dai-112" />.',
		expect: [
			'content/guides/trang-thu.mdx:12:5 › <Call id>: <Call id="tong-dai-112">: không có id này trong content/hotlines.yaml',
		],
	},
	{
		rule: 'Thành phần không có',
		stage: 'mdx',
		mdx: '<Video src="/a.mp4" />',
		expect: ['content/guides/trang-thu.mdx:12:1 › <Video>: không có thành phần <Video> của trang web'],
	},
	// ---- Built pages (templates, data) ----
	{
		rule: 'Trang quá nặng',
		stage: 'page',
		html: html(`<p>${'Chữ. '.repeat(21_000)}</p>`),
		expect: ['dist/trang/index.html: trang nặng 144 KB, quá giới hạn 100 KB (điện thoại rẻ, mạng chậm)'],
	},
	{
		rule: 'Số lạ trên trang dựng ra',
		stage: 'page',
		html: html('<p>Đường dây: (0225) 3.123.456</p>'),
		expect: [
			'dist/trang/index.html › số điện thoại: số điện thoại "(0225) 3.123.456" không có trong content/hotlines.yaml ("Trang Đường dây: (0225) 3.123.456")',
		],
	},
	{
		rule: 'Liên kết gọi số lạ',
		stage: 'page',
		html: html('<a href="tel:1111">Gọi</a>'),
		expect: ['dist/trang/index.html › tel:: liên kết gọi "tel:1111" tới một số không có trong content/hotlines.yaml'],
	},
	{
		rule: 'Mã script viết thẳng',
		stage: 'page',
		html: html('<script>alert(1)</script>'),
		expect: ['dist/trang/index.html › <script>: mã <script> viết thẳng trong trang (chính sách bảo mật chặn nó)'],
	},
	{
		rule: 'Script sau </html>',
		stage: 'page',
		html: `${html('')}\n<script type="module" src="/_astro/a.js"></script>`,
		expect: ['dist/trang/index.html › </html>: có nội dung sau </html> (thường là một <script> đặt sau bố cục trang)'],
	},
	{
		rule: 'Ảnh từ trang khác trong mẫu trang',
		stage: 'page',
		html: html('<img alt="" src="https://tracker.example/p.gif">'),
		expect: ['dist/trang/index.html › src: tài nguyên "https://tracker.example/p.gif" lấy từ trang khác'],
	},
];
