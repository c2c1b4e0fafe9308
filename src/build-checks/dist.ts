// Checks of every built page, the last word before publishing: whatever templates, data and content
// produced, no page shows a phone number that is not in content/hotlines.yaml (in its text or in the
// words of its metadata), no page dials a number that is not there, no page exceeds the size budget,
// no page has inline script, frames, style attributes or resources from another site, nothing points
// at localhost, and nothing follows </html>.
// Pure: the build integration runs it over dist/, the tests over fixtures.
import { around, strayPhoneNumbers } from './phones.ts';
import type { Problem } from './problem.ts';

/** Largest HTML page, in bytes. The heaviest page today is about 45 KB; 100 KB leaves room for a long
 *  guide while stopping a pasted document (a 2 MB page took 29 s to build and 330 KB to first view). */
export const MAX_PAGE_BYTES = 100 * 1024;

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
};

/** Decodes the character references Astro writes. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
		if (ref[0] === '#')
			return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
		return ENTITIES[ref.toLowerCase()] ?? all;
	});
}

/** What a reader can see or hear of a page: its text, plus the words of its metadata and labels. */
export function readableText(html: string): string {
	const words = [...html.matchAll(/\s(?:content|alt|title|aria-label|placeholder)="([^"]*)"/g)].map((m) => m[1]);
	const text = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
	return decodeEntities(`${text} ${words.join(' ')}`).replace(/\s+/g, ' ');
}

export interface PageRules {
	/** Digits of the numbers of content/hotlines.yaml. */
	allowedNumbers: ReadonlySet<string>;
	maxBytes?: number;
}

/** Problems of one built HTML page. `file` is how it is shown, e.g. "dist/tong-dai/index.html". */
export function pageProblems(file: string, html: string, rules: PageRules): Problem[] {
	const problems: Problem[] = [];
	const add = (message: string, fix: string, field?: string) => problems.push({ file, field, message, fix });
	const bytes = Buffer.byteLength(html);
	const max = rules.maxBytes ?? MAX_PAGE_BYTES;
	if (bytes > max)
		add(
			`trang nặng ${Math.round(bytes / 1024)} KB, quá giới hạn ${Math.round(max / 1024)} KB (điện thoại rẻ, mạng chậm)`,
			'chia bài thành nhiều trang ngắn hơn, hoặc bỏ phần dán thừa',
		);
	const text = readableText(html);
	for (const m of strayPhoneNumbers(text, rules.allowedNumbers)) {
		add(
			`số điện thoại "${m.text}" không có trong content/hotlines.yaml ("${around(text, m)}")`,
			'tìm câu này trong nội dung hoặc dữ liệu của trang; số điện thoại chỉ ghi trong content/hotlines.yaml và hiện qua <Call id="…" /> hoặc {so:<id>}',
			'số điện thoại',
		);
	}
	for (const [, tel] of html.matchAll(/href="tel:([^"]*)"/g)) {
		if (!rules.allowedNumbers.has(tel!))
			add(
				`liên kết gọi "tel:${tel}" tới một số không có trong content/hotlines.yaml`,
				'dùng <Call id="…" /> với id của số trong content/hotlines.yaml',
				'tel:',
			);
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
		if (!/\ssrc=/.test(tag) && !/type="application\/ld\+json"/.test(tag))
			add(
				'mã <script> viết thẳng trong trang (chính sách bảo mật chặn nó)',
				'đưa mã vào một tệp trong src/scripts/',
				'<script>',
			);
	}
	for (const [tag] of html.matchAll(/<(?:iframe|object|embed|frame)\b[^>]*>/g))
		add(
			`thẻ ${tag.slice(0, 40)} nhúng trang khác`,
			'xóa thẻ; dẫn tới trang đó bằng một liên kết https',
			tag.split(/[\s>]/)[0]!.slice(1),
		);
	if (/<[a-z][^>]*\son[a-z]+=/i.test(html))
		add(
			'thuộc tính on…= chạy mã trong trang (chính sách bảo mật chặn nó)',
			'xóa thuộc tính; mã đặt trong src/scripts/',
			'on…=',
		);
	if (/<[a-z][^>]*\sstyle=/i.test(html))
		add('thuộc tính style= trong trang (chính sách bảo mật chặn nó)', 'dùng lớp CSS thay cho style=', 'style=');
	for (const [, attr, url] of html.matchAll(
		/<(?!a\b)[a-z]+\b[^>]*\s(src|srcset|poster|data)="((?:https?:)?\/\/[^"]*)"/gi,
	))
		add(`tài nguyên "${url!.slice(0, 60)}" lấy từ trang khác`, 'lưu tệp vào public/ và dẫn bằng đường dẫn /…', attr);
	for (const [, url] of html.matchAll(
		/<link\b[^>]*\srel="(?:stylesheet|preload|modulepreload|icon)"[^>]*\shref="((?:https?:)?\/\/[^"]*)"/gi,
	))
		add(
			`tài nguyên "${url!.slice(0, 60)}" lấy từ trang khác`,
			'lưu tệp vào public/ và dẫn bằng đường dẫn /…',
			'<link>',
		);
	if (!/<\/html>\s*$/.test(html))
		add(
			'có nội dung sau </html> (thường là một <script> đặt sau bố cục trang)',
			'đưa thẻ <script> vào bên trong bố cục (trước thẻ đóng của nó)',
			'</html>',
		);
	return problems;
}

/** A built text file (HTML, XML, robots.txt, .ics…) that names localhost: an address a reader cannot open. */
export function localhostProblem(file: string, text: string): Problem | undefined {
	const at = text.search(/localhost|127\.0\.0\.1/);
	if (at === -1) return undefined;
	return {
		file,
		message: `có địa chỉ máy cục bộ "${text.slice(at, at + 40).split(/[\s"<]/)[0]}" mà người đọc không mở được`,
		fix: 'dựng với SITE_URL=https://<tên miền của trang>; mọi địa chỉ tuyệt đối đi qua absoluteUrl() (src/lib/url.ts)',
	};
}
