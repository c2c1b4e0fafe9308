// What an MDX page may contain: Markdown and the site's own components (those exported by
// src/components/mdx/index.ts, imported from '~/components/mdx'), nothing else. MDX is code: an
// expression {…} runs at build time with the builder's rights and prints what it returns; a raw
// <script>, <iframe>, <style>, on…= or style= would reach readers. Links are root paths or https
// pages; images come from this site; phone numbers are never typed (<Call id="…" /> reads them).
// The rules run as an mdast plugin of the MDX compiler (Sätteri, Astro's default), so a bad page
// fails `npm run build` with its file and line; the unit tests compile pages through the same plugin.
import { fileURLToPath } from 'node:url';
import { shownPath } from './content.ts';
import { around, phoneNumbersIn } from './phones.ts';
import { failOn, type Problem } from './problem.ts';

/** The part of an mdast node the rules read (mdast and mdast-util-mdx shapes). */
export interface MdNode {
	type: string;
	value?: string;
	url?: string;
	identifier?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdNode[];
	position?: { start: { line: number; column: number } } | undefined;
}

export interface MdxRules {
	/** Names of the site's MDX components (exports of src/components/mdx/index.ts). */
	components: ReadonlySet<string>;
	/** Ids a component's `id` must name, by component, e.g. Call → hotline ids, with the data file. */
	ids?: Record<string, { ids: () => ReadonlySet<string>; file: string }>;
}

/** The module MDX pages import the site's components from. */
export const COMPONENTS_MODULE = '~/components/mdx';

/** Names exported by src/components/mdx/index.ts: `export { default as Call } from './Call.astro';`. */
export function componentNames(indexText: string): Set<string> {
	return new Set([...indexText.matchAll(/export\s*\{\s*default\s+as\s+(\w+)\s*\}/g)].map((m) => m[1]!));
}

const CALL_FIX = 'viết <Call id="…" /> với id của số trong content/hotlines.yaml';

/** What is wrong with a link target in MDX, or undefined when it is allowed. */
export function linkFault(url: string): [message: string, fix: string] | undefined {
	const u = url.trim();
	if (/^(javascript|data|vbscript|file):/i.test(u))
		return [`liên kết "${u.slice(0, 40)}" chạy mã hoặc mở tệp, không được dùng`, 'xóa liên kết'];
	if (/^tel:/i.test(u)) return [`liên kết "${u}" gõ số điện thoại bằng tay`, CALL_FIX];
	if (/^http:/i.test(u))
		return [
			`liên kết "${u}" dùng http://, không an toàn`,
			'dùng https://; trang được trích dẫn thì thêm vào content/sources.yaml và ghi id trong sources:',
		];
	if (u.startsWith('//'))
		return [
			`liên kết "${u}" bắt đầu bằng //, mở một trang khác mà không rõ giao thức`,
			'trang ngoài viết đủ https://…; trang của trang này viết /duong-dan/',
		];
	if (/^https:/i.test(u)) {
		let host: string;
		try {
			host = new URL(u).hostname;
		} catch {
			return [`liên kết "${u}" không phải một địa chỉ hợp lệ`, 'sửa lại địa chỉ https://…'];
		}
		if (!host.includes('.') || /^\d+\.\d+\.\d+\.\d+$|^\[/.test(host))
			return [`liên kết "${u}" trỏ tới một địa chỉ IP hoặc tên máy, không phải tên miền`, 'dùng địa chỉ có tên miền'];
		return undefined;
	}
	if (/^mailto:/i.test(u) || u.startsWith('/') || u.startsWith('#')) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(u))
		return [`liên kết "${u}" dùng giao thức không được phép`, 'chỉ dùng /duong-dan/ của trang này hoặc https://…'];
	return [
		`liên kết "${u}" là đường dẫn tương đối, sẽ hỏng khi trang ở trong thư mục con`,
		'bắt đầu bằng /, ví dụ [Tổng đài](/tong-dai/)',
	];
}

/** What is wrong with an image source, or undefined when it is a file of this site. */
export function imageFault(url: string, what = 'ảnh'): [message: string, fix: string] | undefined {
	const u = url.trim();
	if (u.startsWith('/') && !u.startsWith('//')) return undefined;
	return [
		`${what} "${u.slice(0, 60)}" lấy từ nơi khác: trình duyệt của người đọc sẽ gọi tới trang đó`,
		'lưu ảnh vào public/ và dẫn bằng /ten-anh.png',
	];
}

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]*)\2\s*;?/g;

/** The node types the rules read (all others pass). */
const CHECKED = [
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'html',
	'link',
	'definition',
	'image',
	'imageReference',
	'text',
	'inlineCode',
	'code',
] as const;

/** Collects the problems of the nodes of one file, node by node, in any order. */
class MdxCheck {
	readonly problems: Problem[] = [];
	private readonly definitions = new Map<string, string>();
	private readonly imageRefs: MdNode[] = [];
	private readonly componentList: string;

	/** The page's path as shown to the editor. */
	readonly file: string;
	private readonly rules: MdxRules;

	constructor(file: string, rules: MdxRules) {
		this.file = file;
		this.rules = rules;
		this.componentList = [...rules.components].map((c) => `<${c}>`).join(', ');
	}

	private push(node: MdNode, message: string, fix: string, field?: string) {
		this.problems.push({
			file: this.file,
			line: node.position?.start.line,
			column: node.position?.start.column,
			field,
			message,
			fix,
		});
	}

	/** Checks one node (not its children). */
	node(node: MdNode): void {
		const { rules, componentList } = this;
		switch (node.type) {
			case 'mdxjsEsm': {
				const text = node.value ?? '';
				for (const m of text.matchAll(IMPORT)) {
					if (m[3] !== COMPONENTS_MODULE) {
						this.push(
							node,
							`import từ "${m[3]}": trang chỉ được dùng các thành phần của trang web`,
							`chỉ viết import { … } from '${COMPONENTS_MODULE}';`,
							'import',
						);
						continue;
					}
					for (const name of m[1]!
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)) {
						if (!rules.components.has(name))
							this.push(
								node,
								`không có thành phần "${name}" trong ${COMPONENTS_MODULE}`,
								`dùng một trong: ${componentList}`,
								'import',
							);
					}
				}
				const rest = text.replace(IMPORT, '').trim();
				if (rest)
					this.push(
						node,
						`mã "${rest.split('\n')[0]!.slice(0, 60)}": trang MDX không được chứa mã (export, khai báo…)`,
						"xóa dòng này; chỉ giữ import { … } from '~/components/mdx';",
						'import/export',
					);
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				const code = (node.value ?? '').trim();
				// {/* … */} is a comment: never run, never published.
				if (/^\/\*[\s\S]*\*\/$/.test(code) && !code.slice(2, -2).includes('*/')) break;
				this.push(
					node,
					`biểu thức {${code.slice(0, 40)}} chạy mã lúc dựng trang và in kết quả ra trang`,
					'xóa dấu { }; viết chữ bình thường, số điện thoại bằng <Call id="…" />, văn bản bằng <Doc id="…" />',
					'{…}',
				);
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!rules.components.has(name)) {
					const html = /^[a-z]/.test(name) || name === '';
					this.push(
						node,
						html ? `thẻ HTML <${name}> không được dùng trong MDX` : `không có thành phần <${name}> của trang web`,
						/^(a|img)$/.test(name)
							? 'viết liên kết Markdown [chữ](/duong-dan/) hoặc ảnh ![mô tả](/anh.png)'
							: `chỉ dùng Markdown và ${componentList}`,
						`<${name}>`,
					);
				}
				for (const attr of node.attributes ?? []) {
					if (attr.type !== 'mdxJsxAttribute') {
						this.push(
							node,
							`thuộc tính {…} trong <${name}> chạy mã lúc dựng trang`,
							'viết thuộc tính dạng ten="giá trị"',
							`<${name}>`,
						);
						continue;
					}
					const attrName = attr.name ?? '';
					if (/^on/i.test(attrName))
						this.push(
							node,
							`thuộc tính ${attrName}= chạy mã trong trình duyệt của người đọc`,
							'xóa thuộc tính này',
							`<${name} ${attrName}>`,
						);
					else if (attrName === 'style')
						this.push(
							node,
							'thuộc tính style= không được dùng (chính sách bảo mật chặn nó)',
							'xóa thuộc tính này; giao diện do trang web lo',
							`<${name} style>`,
						);
					else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
						this.push(
							node,
							`giá trị {…} của ${attrName}= chạy mã lúc dựng trang`,
							`viết ${attrName}="giá trị" trong ngoặc kép`,
							`<${name} ${attrName}>`,
						);
					} else if (typeof attr.value === 'string' && /^(href|src)$/.test(attrName)) {
						const fault =
							attrName === 'src' ? imageFault(attr.value, name === 'img' ? 'ảnh' : 'nội dung') : linkFault(attr.value);
						if (fault) this.push(node, fault[0], fault[1], `<${name} ${attrName}>`);
					}
				}
				const idRule = rules.ids?.[name];
				const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
				if (idRule && typeof id === 'string' && !idRule.ids().has(id))
					this.push(
						node,
						`<${name} id="${id}">: không có id này trong ${idRule.file}`,
						`dùng một id có trong ${idRule.file}`,
						`<${name} id>`,
					);
				break;
			}
			case 'html':
				this.push(node, 'mã HTML không được dùng trong MDX', `chỉ dùng Markdown và ${componentList}`);
				break;
			case 'link':
			case 'definition': {
				const fault = linkFault(node.url ?? '');
				if (fault) this.push(node, fault[0], fault[1], 'liên kết');
				if (node.type === 'definition' && node.identifier) this.definitions.set(node.identifier, node.url ?? '');
				break;
			}
			case 'image': {
				const fault = imageFault(node.url ?? '');
				if (fault) this.push(node, fault[0], fault[1], 'ảnh');
				break;
			}
			case 'imageReference':
				this.imageRefs.push(node);
				break;
			case 'text':
			case 'inlineCode':
			case 'code':
				for (const m of phoneNumbersIn(node.value ?? '')) {
					this.push(
						node,
						`số điện thoại "${m.text}" gõ trực tiếp ("${around(node.value ?? '', m)}")`,
						CALL_FIX,
						'số điện thoại',
					);
				}
				break;
		}
	}

	/** The problems, in the order of the file; after every node was seen. */
	done(): Problem[] {
		// An image by reference (![mô tả][anh]) takes its source from a definition, wherever it is.
		for (const ref of this.imageRefs) {
			const url = ref.identifier === undefined ? undefined : this.definitions.get(ref.identifier);
			const fault = url === undefined ? undefined : imageFault(url);
			if (fault) this.push(ref, fault[0], fault[1], 'ảnh');
		}
		return this.problems
			.map((p, i) => ({ p, i }))
			.sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
			.map(({ p }) => p);
	}
}

/** The Sätteri mdast plugin that fails the compile of an MDX page breaking a rule. It subscribes to
 *  the node types it reads only, so the compiler hands no other node to JavaScript. */
export function mdxRulesPlugin(rules: MdxRules) {
	let check: MdxCheck | undefined;
	const visitor = (node: unknown) => {
		check!.node(node as MdNode);
	};
	return {
		name: 'bvte:mdx-rules',
		options: { position: true },
		before(_root: unknown, ctx: { fileURL: URL | undefined }) {
			check = new MdxCheck(ctx.fileURL ? shownPath(fileURLToPath(ctx.fileURL)) : 'MDX', rules);
		},
		...Object.fromEntries(CHECKED.map((type) => [type, visitor])),
		after() {
			const { file } = check!;
			const problems = check!.done();
			check = undefined;
			failOn(problems, `${file}: trang MDX có nội dung không được phép`);
		},
	};
}
