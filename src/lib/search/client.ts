// The search page's script: Pagefind's JS API with the site's own markup (no Pagefind UI bundle:
// fewer bytes and full control of the live region, headings and focus). Pagefind is imported only
// when a person types or arrives with ?q=; the address is cleaned of the query as soon as it is read,
// so it stays out of the history of a shared phone.

import { dVariants } from './fold.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at a time: each costs one fragment request (about 2 KB), so the first screen of
 *  results stays small on a slow network; "Xem thêm" shows the next ones. */
const PAGE_SIZE = 5;
/** Pagefind ranking: a word typed with its diacritics ("ẩn") ranks pages with that exact spelling
 *  above pages that only match it folded ("an"). Tuned on the query table (tests/e2e/search-queries.ts). */
export const RANKING = { diacriticSimilarity: 1, metaWeights: { title: 5, tukhoa: 5 } };
const DEBOUNCE_MS = 250;

/** "{n} kết quả" → "3 kết quả". */
function fill(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function startSearch(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const status = document.querySelector<HTMLElement>('[data-search-status]')!;
	const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const msg = form.dataset as Record<string, string>;
	// The script runs, so the "search needs JavaScript" note no longer applies.
	for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

	let pagefind: Promise<Pagefind> | undefined;
	const load = () =>
		(pagefind ??= import(/* @vite-ignore */ form.dataset['pagefind']!).then(async (pf: Pagefind) => {
			// noWorker: the search runs in this page, not in Pagefind's worker, which would cost another
			// 11 KB (brotli) of code before the first result; the index of this site searches in milliseconds.
			await pf.options({ excerptLength: 24, ranking: RANKING, noWorker: true });
			await pf.init();
			return pf;
		}));

	// Read the address once (the header box and the no-JS form submit here), then forget it.
	const params = new URLSearchParams(window.location.search);
	input.value = params.get('q') ?? '';
	for (const select of selects) {
		const value = params.get(select.name);
		if (value && [...select.options].some((o) => o.value === value)) select.value = value;
	}
	if (window.location.search) history.replaceState(history.state, '', window.location.pathname + window.location.hash);

	let generation = 0;
	let results: PagefindResult[] = [];
	let shown = 0;

	const filters = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

	async function render(from: number): Promise<HTMLAnchorElement | undefined> {
		const slice = results.slice(from, from + PAGE_SIZE);
		const data = await Promise.all(slice.map((r) => r.data()));
		let first: HTMLAnchorElement | undefined;
		for (const item of data) {
			const li = document.createElement('li');
			li.className = 'search-result';
			const heading = document.createElement('h2');
			heading.className = 'text-lg font-bold';
			const link = document.createElement('a');
			link.href = item.url;
			link.textContent = item.meta['title'] ?? item.url;
			heading.append(link);
			first ??= link;
			const about = document.createElement('p');
			about.className = 'text-sm text-(--color-text-muted)';
			about.textContent = [item.meta['loai'], item.meta['doi-tuong']].filter(Boolean).join(' · ');
			const excerpt = document.createElement('p');
			// Pagefind's excerpt is escaped page text with <mark> around the matched words.
			excerpt.innerHTML = item.excerpt;
			li.append(heading, about, excerpt);
			list.append(li);
		}
		shown = from + slice.length;
		more.hidden = shown >= results.length;
		return first;
	}

	async function run(): Promise<void> {
		const query = input.value.trim();
		const active = filters();
		const mine = ++generation;
		if (!query && Object.keys(active).length === 0) {
			results = [];
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			return;
		}
		status.textContent = msg['msgLoading'] ?? '';
		try {
			const pf = await load();
			// A word typed with d may mean đ (Unicode does not fold đ): search every spelling at once (their
			// index chunks load in parallel on a slow network) and keep, for every page, its best score.
			const spellings = !query ? [null] : msg['dVariants'] === 'off' ? [query] : dVariants(query);
			const searches = await Promise.all(spellings.map((spelling) => pf.search(spelling, { filters: active })));
			if (mine !== generation) return;
			const best = new Map<string, PagefindResult>();
			for (const r of searches.flatMap((search) => search?.results ?? [])) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
			results = [...best.values()].sort((a, b) => b.score - a.score);
			list.replaceChildren();
			await render(0);
			if (mine !== generation) return;
			const template = results.length === 0 ? msg['msgNone'] : msg['msgCount'];
			status.textContent = fill(template ?? '', { n: results.length, q: query || '…' });
		} catch {
			if (mine === generation) status.textContent = msg['msgError'] ?? '';
		}
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	});
	for (const select of selects) select.addEventListener('change', run);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	more.addEventListener('click', async () => {
		const first = await render(shown);
		first?.focus();
	});

	if (input.value || Object.keys(filters()).length) void run();
}
