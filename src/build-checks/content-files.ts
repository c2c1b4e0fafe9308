// Which files of content/ the site reads, and what happens to the others: Astro's loaders skip a .md
// file or a name starting with "_" without a word, and publish a file named "Đuối Nước Mới.mdx" at an
// address with spaces and diacritics. Here every file must be read by a collection and be named as a
// URL: otherwise the build fails, naming the file and the name to use instead.
// Pure: the build's content checks and the tests call it with a list of files.
import type { Problem } from './problem.ts';

/** The collections of src/content.config.ts: MDX folders (collection → folder) and YAML data files. */
export interface ContentLayout {
	/** Collection name → folder of content/ read by `mdx('<folder>')`. */
	folders: Record<string, string>;
	/** Names of content/<name>.yaml read by `data('<name>')`. */
	dataFiles: string[];
}

/**
 * The layout declared in src/content.config.ts, read from its text: each collection is written
 * `<name>: defineCollection({ loader: mdx('<folder>') … })` or `… data('<file>') …`. Reading the
 * text keeps the content config the one place where collections are declared.
 */
export function layoutFromConfig(configText: string): ContentLayout {
	const folders: Record<string, string> = {};
	const dataFiles: string[] = [];
	for (const m of configText.matchAll(
		/(\w+)\s*:\s*defineCollection\(\s*\{\s*loader:\s*(mdx|data)\(\s*'([^']+)'\s*\)/g,
	)) {
		if (m[2] === 'mdx') folders[m[1]!] = m[3]!;
		else dataFiles.push(m[3]!);
	}
	if (Object.keys(folders).length === 0 || dataFiles.length === 0) {
		throw new Error(
			'Không đọc được các bộ nội dung trong src/content.config.ts (dạng "tên: defineCollection({ loader: mdx(\'thư-mục\') … })").',
		);
	}
	return { folders, dataFiles };
}

/** A file name as a URL slug: "Đuối Nước Mới" → "duoi-nuoc-moi". */
export function slugify(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Problems of the files of content/ (`files`: paths relative to content/, "/"-separated, dotfiles
 * such as .DS_Store left out). `root` is how content/ is shown in messages.
 */
export function contentFileProblems(files: readonly string[], layout: ContentLayout, root = 'content'): Problem[] {
	const problems: Problem[] = [];
	const folders = new Set(Object.values(layout.folders));
	const data = new Set(layout.dataFiles.map((d) => `${d}.yaml`));
	for (const path of files) {
		const file = `${root}/${path}`;
		const parts = path.split('/');
		const name = parts.at(-1)!;
		const [base, ext = ''] = name.includes('.')
			? [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)]
			: [name, ''];
		if (parts.length === 1) {
			if (data.has(name)) continue;
			const fix =
				ext === 'yml' && data.has(`${base}.yaml`)
					? `đổi tên thành ${base}.yaml`
					: ext === 'mdx' || ext === 'md'
						? `chuyển tệp vào một thư mục bài viết: ${[...folders].map((f) => `${root}/${f}/`).join(', ')}`
						: `xóa tệp, hoặc khai báo nó trong src/content.config.ts (tệp dữ liệu đang dùng: ${[...data].join(', ')})`;
			problems.push({ file, message: 'tệp này không được trang nào đọc, nên bị bỏ qua mà không báo', fix });
			continue;
		}
		if (!folders.has(parts[0]!)) {
			problems.push({
				file,
				message: `thư mục ${root}/${parts[0]}/ không được trang nào đọc, nên bị bỏ qua mà không báo`,
				fix: `chuyển bài vào ${[...folders].map((f) => `${root}/${f}/`).join(', ')}`,
			});
			continue;
		}
		if (parts.length > 2) {
			problems.push({
				file,
				message: 'bài nằm trong thư mục con: địa chỉ trang sẽ có thêm tên thư mục',
				fix: `chuyển tệp lên ${root}/${parts[0]}/`,
			});
			continue;
		}
		if (ext !== 'mdx') {
			problems.push({
				file,
				message:
					ext === 'md'
						? 'tệp .md không được đọc (chỉ .mdx), nên bị bỏ qua mà không báo'
						: `tệp .${ext || '(không đuôi)'} không được đọc (chỉ .mdx)`,
				fix: `đổi tên thành ${slugify(base) || 'ten-bai'}.mdx, hoặc xóa tệp`,
			});
			continue;
		}
		if (base.startsWith('_')) {
			problems.push({
				file,
				message: 'tên tệp bắt đầu bằng "_" nên bị bỏ qua mà không báo',
				fix: `đổi tên thành ${slugify(base) || 'ten-bai'}.mdx để đăng, hoặc xóa tệp (bản nháp để ngoài content/)`,
			});
			continue;
		}
		if (!SLUG.test(base)) {
			problems.push({
				file,
				message: 'tên tệp là địa chỉ trang: chỉ được dùng chữ thường không dấu, số và "-"',
				fix: `đổi tên thành ${slugify(base) || 'ten-bai'}.mdx`,
			});
		}
	}
	return problems;
}
