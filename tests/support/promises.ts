// The catalogue of promises: what the README, docs/ and the pages promise readers and editors, the
// tests that guard each, and one small source change (a mutation) that breaks it. `npm run
// test:promises` applies each mutation to a copy of the project, rebuilds when the promise is about
// the built site, runs the guarding tests and expects them to fail: a mutation that passes them
// "survived", and a promise whose mutation no longer applies to the code is reported too.

export interface ReaderPromise {
	/** Short id, for the runner's table. */
	id: string;
	/** What readers or editors are promised, in a sentence. */
	promise: string;
	/** Where the promise is made. */
	where: string;
	/** The change that breaks it: `find` must occur exactly once in `file`. */
	mutation: { file: string; find: string; replace: string };
	/** Build the site before running the guard: `full` with the materials, `lean` without them (faster;
	 *  for promises that do not concern the materials), or no build (pure unit and content tests). */
	build?: 'full' | 'lean';
	/** The guarding tests: a Vitest file, or Playwright arguments (project, files, -g pattern). */
	guard: { vitest: string[] } | { playwright: string[] };
}

/** A security header the site promises: the mutation deletes its line from src/config/security.ts. */
function headerPromise(id: string, promise: string, line: string): ReaderPromise {
	return {
		id,
		promise,
		where: 'README, Security headers',
		mutation: { file: 'src/config/security.ts', find: `\t${line}\n`, replace: '' },
		build: 'lean',
		guard: { playwright: ['--project=dist', 'tests/dist/security-headers.spec.ts'] },
	};
}

export const PROMISES: ReaderPromise[] = [
	{
		id: 'help-bar',
		promise: '111 and 1800 6605 are in the help bar at the top of every page, as tel: links in its first 8 KB',
		where: 'README, first paragraph',
		mutation: {
			file: 'src/components/site/HelpBar.astro',
			find: 'lines.map((hotline) => (',
			replace: 'lines.slice(1).map((hotline) => (',
		},
		build: 'lean',
		guard: { playwright: ['--project=dist', 'tests/dist/pages.spec.ts', 'tests/dist/phone-numbers.spec.ts'] },
	},
	{
		id: 'esc-window',
		promise: 'Esc pressed twice within one second leaves the site; presses further apart do not',
		where: '/thoat-nhanh/; README',
		mutation: {
			file: 'src/components/quick-exit/keys.ts',
			find: 'ESC_WINDOW_MS = 1000',
			replace: 'ESC_WINDOW_MS = 60_000',
		},
		guard: { vitest: ['tests/unit/quick-exit-keys.test.ts'] },
	},
	{
		id: 'shift-window',
		promise: 'Shift pressed three times, each within five seconds of the last, leaves the site',
		where: '/thoat-nhanh/',
		mutation: {
			file: 'src/components/quick-exit/keys.ts',
			find: 'SHIFT_WINDOW_MS = 5000',
			replace: 'SHIFT_WINDOW_MS = 60_000',
		},
		guard: { vitest: ['tests/unit/quick-exit-keys.test.ts'] },
	},
	{
		id: 'exit-replaces',
		promise: 'after "Thoát nhanh", Back does not show the page that was open',
		where: '/thoat-nhanh/',
		mutation: {
			file: 'src/components/quick-exit/quick-exit.ts',
			find: 'window.location.replace(link.href);',
			replace: 'window.location.assign(link.href);',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/quick-exit.spec.ts', '-g', 'Quay lại'] },
	},
	{
		id: 'one-entry',
		promise: 'the whole visit is one step of the Back list: after leaving, Back goes to the page before the site',
		where: '/thoat-nhanh/, /xoa-dau-vet/',
		mutation: {
			file: 'src/components/quick-exit/one-entry.ts',
			find: 'return url.origin === origin ? url.href : undefined;',
			replace: 'return undefined;',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/quick-exit.spec.ts', '-g', 'một bước'] },
	},
	{
		id: 'exit-hides',
		promise: 'the page disappears the moment "Thoát nhanh" is pressed, before the neutral site has loaded',
		where: '/thoat-nhanh/',
		mutation: {
			file: 'src/styles/chrome-states.css',
			find: 'html.is-leaving body {\n\tvisibility: hidden;',
			replace: 'html.is-leaving body {\n\tvisibility: visible;',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/quick-exit.spec.ts', '-g', 'ẩn ngay'] },
	},
	{
		id: 'csp-meta',
		promise: 'every page repeats the Content-Security-Policy in a <meta>, for hosts that cannot send headers',
		where: 'README, Security headers',
		mutation: {
			file: 'src/layouts/BaseLayout.astro',
			find: '<meta http-equiv="Content-Security-Policy" content={cspMeta([CRITICAL_HASH])} />',
			replace: '',
		},
		build: 'lean',
		guard: { playwright: ['--project=dist', 'tests/dist/security-headers.spec.ts'] },
	},
	headerPromise(
		'referrer-policy',
		'no page tells another site where the reader came from (Referrer-Policy: no-referrer)',
		"'Referrer-Policy': 'no-referrer',",
	),
	headerPromise(
		'nosniff',
		'files are never read as another type than the one sent (X-Content-Type-Options: nosniff)',
		"'X-Content-Type-Options': 'nosniff',",
	),
	{
		id: 'no-third-party',
		promise: 'no request to another site, no tracker, ever',
		where: 'README; /ve-trang-nay/',
		mutation: {
			file: 'src/components/site/SiteFooter.astro',
			find: '<footer class=',
			replace: '<img src="https://thong-ke.example/pixel.gif" alt="" width="1" height="1" /><footer class=',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/privacy.spec.ts'] },
	},
	{
		id: 'no-storage',
		promise: 'nothing is stored on the phone: no cookies, no storage, no caches, no service worker',
		where: '/thoat-nhanh/, /xoa-dau-vet/, /ve-trang-nay/',
		mutation: {
			file: 'src/components/quick-exit/quick-exit.ts',
			find: "const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');",
			replace:
				"localStorage.setItem('da-doc', location.pathname);\nconst link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');",
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/privacy.spec.ts'] },
	},
	{
		id: 'materials',
		promise: 'every material the content data calls for is published (here: the wallet cards)',
		where: '/tai-lieu/; content/materials.yaml',
		mutation: {
			file: 'src/materials/index.ts',
			find: 'for (const p of await plan(guides))',
			replace: "for (const p of (await plan(guides)).filter((m) => m.kind !== 'cards'))",
		},
		build: 'full',
		guard: { playwright: ['--project=dist', 'tests/dist/material-files.spec.ts'] },
	},
	{
		id: 'reduced-motion',
		promise: 'nothing moves or scrolls smoothly for a reader who asked for reduced motion',
		where: '/ve-trang-nay/ (accessibility)',
		mutation: {
			file: 'src/styles/base.css',
			find: '\t@media (prefers-reduced-motion: reduce) {',
			replace: '\thtml {\n\t\tscroll-behavior: smooth;\n\t}\n\t@media (prefers-reduced-motion: no-preference) {',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/accessibility.spec.ts', '-g', 'giảm chuyển động'] },
	},
	{
		id: 'search-on-use',
		promise: 'the search code and Pagefind load only when a reader searches',
		where: 'README, How search works',
		mutation: {
			file: 'src/components/search/search-boot.ts',
			find: "for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {",
			replace:
				"setTimeout(() => import(/* @vite-ignore */ panel!.dataset['pagefind']!), 1000);\nfor (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {",
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/search.spec.ts', '-g', 'chỉ tải'] },
	},
	{
		id: 'search-no-words-in-address',
		promise: 'what a reader types in search never goes into an address, a history entry or a request',
		where: '/xoa-dau-vet/, /thoat-nhanh/; README',
		mutation: {
			file: 'src/components/search/SearchForm.astro',
			find: '\t\tid={`${id}-q`}\n\t\ttype="search"',
			replace: '\t\tid={`${id}-q`}\n\t\tname="q"\n\t\ttype="search"',
		},
		build: 'lean',
		guard: {
			playwright: [
				'--project=browser',
				'tests/browser/search-privacy.spec.ts',
				'tests/browser/search.spec.ts',
				'-g',
				'hồ sơ trình duyệt|không gửi chữ',
			],
		},
	},
	{
		id: 'crisis-help',
		promise: 'a search that reads as a child in danger gets 111, 113 and 115 before any result',
		where: 'README, How search works',
		mutation: {
			file: 'src/components/search/crisis.ts',
			find: '\tif (typed.length === 0) return [];',
			replace: '\treturn [];',
		},
		guard: { vitest: ['tests/unit/search-crisis.test.ts'] },
	},
	{
		id: 'd-without-marks',
		promise: 'typing without diacritics finds đ-words too ("duoi nuoc" finds "đuối nước")',
		where: 'README, How search works',
		mutation: { file: 'src/components/search/fold.ts', find: "\t\t.replace(/[đĐ]/g, 'd')\n", replace: '' },
		guard: { vitest: ['tests/unit/search-fold.test.ts'] },
	},
	{
		id: 'numbers-from-data',
		promise: 'content/hotlines.yaml is the only place a phone number is written',
		where: 'README, Layout; content/hotlines.yaml',
		mutation: {
			file: 'src/i18n/strings/site.ts',
			find: 'Khi trẻ gặp nguy hiểm, hãy gọi điện ngay.',
			replace: 'Khi trẻ gặp nguy hiểm, hãy gọi điện ngay số 111.',
		},
		guard: { playwright: ['--project=content', 'tests/content/file-names-and-numbers.spec.ts'] },
	},
	{
		id: 'large-text-bar',
		promise: 'with text twice as large on a small phone the help bar covers at most a quarter of the screen',
		where: '/ve-trang-nay/ (accessibility)',
		mutation: {
			file: 'src/styles/chrome.css',
			find: '@container (max-width: 19.5em)',
			replace: '@container (max-width: 1em)',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/children-first.spec.ts', '-g', '200%'] },
	},
	{
		id: 'tap-targets',
		promise: 'every call link, in a sentence too, is at least 44 × 44 px',
		where: '/ve-trang-nay/ (accessibility)',
		mutation: {
			file: 'src/components/ui/HotlineLink.astro',
			find: "inline: 'inline-flex min-h-11 min-w-11 items-center justify-center px-1 font-bold whitespace-nowrap',",
			replace: "inline: 'font-bold whitespace-nowrap',",
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/children-first.spec.ts', '-g', '44 × 44'] },
	},
	{
		id: 'children-first',
		promise: "a child who opens a guide reads the children's part first",
		where: '/danh-cho/hoc-sinh/',
		mutation: {
			file: 'src/layouts/GuideLayout.astro',
			find: "const childrenFirst = first?.id === 'hoc-sinh' ? first : undefined;",
			replace: 'const childrenFirst = undefined;',
		},
		build: 'lean',
		guard: { playwright: ['--project=dist', 'tests/dist/guide-pages.spec.ts'] },
	},
	{
		id: 'skip-link-first',
		promise: 'the first Tab goes to "skip to content", the second to the quick exit',
		where: '/ve-trang-nay/ (accessibility); /thoat-nhanh/',
		mutation: {
			file: 'src/layouts/BaseLayout.astro',
			find: '<SkipLink target={MAIN_ID} />\n\t\t<HelpBar />',
			replace: '<HelpBar />\n\t\t<SkipLink target={MAIN_ID} />',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/quick-exit.spec.ts', '-g', 'điểm dừng đầu tiên'] },
	},
	{
		id: 'no-internal-words',
		promise: "readers never see the editors' internal words",
		where: 'content lint',
		mutation: {
			file: 'src/i18n/strings/site.ts',
			find: "'article.updated': 'Cập nhật:',",
			replace: "'article.updated': 'Cập nhật (seed):',",
		},
		build: 'lean',
		guard: { playwright: ['--project=dist', 'tests/dist/reading-text.spec.ts'] },
	},
	{
		id: 'duplicate-id',
		promise: 'a duplicate id in a data file stops the build with the file and the line',
		where: 'README, When npm run build stops',
		mutation: {
			file: 'src/build-checks/yaml.ts',
			find: '} else if (seen.has(id)) {',
			replace: '} else if (seen.has(id) && false) {',
		},
		guard: { vitest: ['tests/unit/bad-edits.test.ts'] },
	},
	{
		id: 'release-needs-site-url',
		promise: 'a release build without SITE_URL stops; nothing published ever points at localhost',
		where: 'README, Deploying',
		mutation: {
			file: 'src/build-checks/integration.ts',
			find: "if (site) throw new BuildCheckError([site], 'Thiếu SITE_URL');",
			replace: "if (site && false) throw new BuildCheckError([site], 'Thiếu SITE_URL');",
		},
		guard: { playwright: ['--project=build', 'tests/build/bad-edits.spec.ts', '-g', 'SITE_URL'] },
	},
	{
		id: '404-help',
		promise: 'a missing page still offers the numbers to call',
		where: 'README',
		mutation: {
			file: 'src/pages/404.astro',
			find: '{lines.map((h) => <li><HotlineLink hotline={h} variant="card" /></li>)}',
			replace: '',
		},
		build: 'lean',
		guard: { playwright: ['--project=browser', 'tests/browser/help-bar-and-menu.spec.ts', '-g', '404'] },
	},
	{
		id: 'one-place-for-urls',
		promise: 'every URL path comes from src/config/routes.ts, so renaming a page is one edit',
		where: 'docs/architecture.md',
		mutation: { file: 'src/pages/404.astro', find: "href(routes.page('goi-ai'))", replace: "href('/goi-ai/')" },
		guard: { playwright: ['--project=content', 'tests/content/one-place.spec.ts'] },
	},
];
