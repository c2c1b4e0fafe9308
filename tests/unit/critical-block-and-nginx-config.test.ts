// Pure logic of the delivery: the critical block (its hash, trimming Tailwind's output, moving the
// stylesheet to the end of <body>, the checks of a built page) and the nginx configuration generated
// from src/config/security.ts (every header on every location, cache lifetimes never on errors, the
// base path, brotli only where asked).
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import {
	criticalProblems,
	cspHash,
	inlineStyleHashes,
	inlineStyles,
	moveStylesheetsToBodyEnd,
	trimCritical,
} from '../../src/components/critical-css/critical-css.ts';
import { configDirFor, locationOf, nginxMainConfig, nginxSiteConfig } from '../../src/integrations/nginx.ts';
import { CACHE_RULES, CONTENT_TYPES, cspHeader, cspMeta, securityHeaders } from '../../src/config/security.ts';

const PAGE = (head: string, body = '<p>x</p>') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}<script type="module" src="/_astro/a.js"></script></body></html>`;

describe('khối CSS quan trọng', () => {
	test('mã băm CSP là sha256 base64 của đúng chuỗi CSS', () => {
		const css = 'main{color:red}';
		expect(cspHash(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
		expect(cspHash(`${css} `)).not.toBe(cspHash(css));
	});

	test('bỏ biểu ngữ giấy phép, lớp properties và @property không ai đọc', () => {
		const css =
			'/*! tailwindcss v4 | MIT */@layer properties{@supports (x:y){*{--tw-a:0}}}.a{line-height:var(--tw-leading,1)}@property --tw-leading{syntax:"*";inherits:false}@property --tw-font-weight{syntax:"*";inherits:false}';
		expect(trimCritical(css)).toBe(
			'.a{line-height:var(--tw-leading,1)}@property --tw-leading{syntax:"*";inherits:false}',
		);
	});

	test('chuyển tệp CSS từ <head> xuống cuối <body>, giữ thứ tự, không đụng trang không có', () => {
		const html = PAGE(
			'<link rel="stylesheet" href="/_astro/a.css"><style>x{}</style><link rel="stylesheet" href="/_astro/b.css">',
		);
		const moved = moveStylesheetsToBodyEnd(html);
		expect(moved).toContain('<head><meta charset="utf-8"><style>x{}</style></head>');
		expect(moved).toMatch(
			/<\/script><link rel="stylesheet" href="\/_astro\/a.css"><link rel="stylesheet" href="\/_astro\/b.css"><\/body>/,
		);
		expect(moveStylesheetsToBodyEnd(PAGE(''))).toBe(PAGE(''));
		expect(moveStylesheetsToBodyEnd(moved)).toBe(moved);
	});

	test('kiểm tra trang: thiếu khối, khối khác, <meta> không cho phép, CSS còn trong <head>', () => {
		const css = '.help-bar{color:#fff}';
		const hash = cspHash(css);
		const good = PAGE(`<meta http-equiv="Content-Security-Policy" content="${cspMeta([hash])}"><style>${css}</style>`);
		expect(criticalProblems(good, hash)).toEqual([]);
		expect(criticalProblems(PAGE(''), hash)).toEqual([expect.stringContaining('không có khối CSS quan trọng')]);
		expect(criticalProblems(good.replace(css, `${css}p{}`), hash)).toEqual([
			expect.stringContaining('khác với khối chung'),
		]);
		expect(criticalProblems(good.replace(hash, "'sha256-x'"), hash)).toEqual([expect.stringContaining('<meta>')]);
		expect(criticalProblems(good.replace('</head>', '<link rel="stylesheet" href="/a.css"></head>'), hash)).toEqual([
			expect.stringContaining('<head>'),
		]);
		expect(inlineStyles(good)).toEqual([css]);
		expect(inlineStyleHashes([good, good])).toEqual([hash]);
	});

	test('chính sách: mã băm chỉ thêm vào style-src, <meta> không có frame-ancestors', () => {
		expect(cspHeader(["'sha256-a'"])).toContain("style-src 'self' 'sha256-a';");
		expect(cspHeader()).toContain("style-src 'self';");
		expect(cspMeta(["'sha256-a'"])).not.toContain('frame-ancestors');
		expect(cspHeader()).toContain("worker-src 'self'");
		expect(cspHeader(["'sha256-a'"])).not.toContain('unsafe-inline');
	});
});

describe('cấu hình nginx', () => {
	const HASH = "'sha256-abc'";
	const site = (base = '/', brotli = false) => nginxSiteConfig({ base, styleHashes: [HASH], brotli });

	test('vị trí của từng mẫu _headers: khớp đúng, tiền tố, biểu thức', () => {
		expect(locationOf('/pagefind/pagefind.js', '/')).toBe('= /pagefind/pagefind.js');
		expect(locationOf('/_astro/*', '/a/')).toBe('^~ /a/_astro/');
		expect(locationOf('/pagefind/*.pf_meta', '/')).toBe('~ ^/pagefind/[^/]*\\.pf_meta$');
	});

	test('mọi khối location lặp lại đủ tiêu đề bảo mật (always) và chính sách có mã băm', () => {
		const conf = site();
		const blocks = conf.match(/location [^{]+\{/g)!;
		expect(blocks.length).toBe(CACHE_RULES.length + 3);
		for (const [name, value] of Object.entries(securityHeaders([HASH]))) {
			const line = `add_header ${name} "${value}" always;`;
			expect(conf.split(line).length - 1, name).toBe(blocks.length);
		}
	});

	test('thời hạn lưu không có "always": không bao giờ gắn vào 404', () => {
		const conf = site();
		for (const [, cache] of CACHE_RULES) expect(conf).toContain(`add_header Cache-Control "${cache}";`);
		expect(conf).not.toMatch(/Cache-Control [^;]*always/);
		expect(conf).toContain('add_header Cache-Control "public, max-age=0, must-revalidate";');
	});

	test('đường dẫn gốc: mọi location, trang 404 và chuyển hướng thư mục gốc', () => {
		const conf = site('/bao-ve-tre-em/');
		expect(conf).toContain('location = /bao-ve-tre-em {');
		expect(conf).toContain('return 301 /bao-ve-tre-em/;');
		expect(conf).toContain('location /bao-ve-tre-em/ {');
		expect(conf).toContain('error_page 404 /bao-ve-tre-em/404.html;');
		expect(conf).toContain('location ^~ /bao-ve-tre-em/_astro/ {');
		expect(conf).toContain('location = /bao-ve-tre-em/_headers {');
		expect(conf).not.toMatch(/location [=~^ ]*\/(_astro|pagefind)/);
	});

	test('kiểu của mọi loại tệp, kể cả .ics, .pdf, .docx, .pptx, .png và tệp Pagefind', () => {
		const conf = site();
		for (const [ext, type] of Object.entries(CONTENT_TYPES))
			expect(conf).toMatch(new RegExp(`\\t${type.replace(/[.+]/g, '\\$&')} [^;]*\\b${ext}\\b`));
		for (const ext of ['ics', 'pdf', 'docx', 'pptx', 'png', 'pf_fragment', 'pagefind'])
			expect(CONTENT_TYPES[ext]).toBeTruthy();
	});

	test('brotli chỉ khi được yêu cầu; gzip luôn có', () => {
		expect(site('/', false)).not.toContain('brotli on;');
		expect(site('/', true)).toContain('brotli on;');
		expect(site('/', false)).toContain('gzip on;');
	});

	test('cấu hình chạy thử: nạp mô-đun brotli khi có, gốc và tệp của trang', () => {
		const main = nginxMainConfig({
			site: '/x/site.conf',
			root: '/srv/site',
			host: '127.0.0.1',
			port: 4480,
			runDir: '/tmp/r',
			brotliModule: '/m/brotli.so',
		});
		expect(main).toContain('load_module "/m/brotli.so";');
		expect(main).toContain('listen 127.0.0.1:4480;');
		expect(main).toContain('root "/srv/site";');
		expect(main).toContain('include "/x/site.conf";');
		expect(nginxMainConfig({ site: '/x', root: '/r', host: 'h', port: 1, runDir: '/t' })).not.toContain('load_module');
		expect(configDirFor('/w/dist')).toBe('/w/dist-config/nginx');
	});
});
