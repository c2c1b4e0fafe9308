// The search in the browser, loaded on first use by search-boot.ts: Pagefind's JS API with the site's
// own markup (SearchPanel.astro), on the page the reader is on. The words never enter an address:
// results appear in the panel, links to them carry no query, and when the reader leaves the page the
// box and the panel are emptied, so Back on a shared phone does not bring the words back either.
// The thinking is in pure modules: crisis.ts (help box), query.ts (filler, synonyms, documents),
// rank.ts (ranking across terms, typos).
import { aboutOthers, matchCrisis } from './crisis.ts';
import { documentsNamed, understand, type Understood } from './query.ts';
import { rankPages, withFactors, type FoundPage, type Ranking, type RankedPage } from './rank.ts';
import type { SearchData, SearchTexts } from './search-data.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface PagefindResult extends FoundPage {
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at a time: each costs one fragment request (2–4 KB), so the first screen stays small.
 *  The first three come first (a phone's first screen), the next two right after them. */
const PAGE_SIZE = 5;
const FIRST = 3;
const DEBOUNCE_MS = 300;
/**
 * Pagefind's ranking: titles and the editors' keywords weigh more than body text. Tuned on the query
 * table (docs/performance.md).
 */
export const PAGEFIND_RANKING = { termSimilarity: 1, metaWeights: { title: 5, tukhoa: 5 } };
/**
 * For a word typed with its diacritics, pages with that exact spelling rank this much above pages that
 * only match it folded ("tảo hôn" against "tạo" and "hơn"): 3 is a page's score × 4. Words typed
 * without them get no such bonus (see rank.ts, Searcher.exactMarks).
 */
export const EXACT_MARKS_BONUS = 3;

/** "{n} kết quả" → "3 kết quả". */
function fill(template: string | undefined, vars: Record<string, string | number>): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

interface Ui {
	panel: HTMLElement;
	home: { parent: Node; next: Node | null };
	status: HTMLElement;
	note: HTMLElement;
	list: HTMLOListElement;
	more: HTMLButtonElement;
	help: HTMLElement;
	none: HTMLElement;
	missing: HTMLElement;
	attrs: DOMStringMap;
	pagefind?: Promise<Pagefind> | undefined;
	data?: Promise<SearchData> | undefined;
	totals: Map<string, Promise<number>>;
	factors?: Promise<Map<string, TypeFactor>>;
	generation: number;
	ranked: RankedPage[];
	results: Map<string, PagefindResult>;
	shown: number;
	timer?: ReturnType<typeof setTimeout>;
	form?: HTMLFormElement;
}
let ui: Ui | undefined;

function setup(): Ui {
	const panel = document.querySelector<HTMLElement>('[data-search-panel]')!;
	const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-search-${name}]`)!;
	const state: Ui = {
		panel,
		home: { parent: panel.parentNode!, next: panel.nextSibling },
		status: part('status'),
		note: part('note'),
		list: part<HTMLOListElement>('results'),
		more: part<HTMLButtonElement>('more'),
		help: part('help'),
		none: part('none'),
		missing: part('missing'),
		attrs: panel.dataset,
		totals: new Map(),
		generation: 0,
		ranked: [],
		results: new Map(),
		shown: 0,
	};
	// One page more per press: a second press while the first is still rendering would repeat it.
	let adding = false;
	state.more.addEventListener('click', async () => {
		if (adding) return;
		adding = true;
		try {
			(await render(state, state.shown))?.focus();
		} finally {
			adding = false;
		}
	});
	panel.querySelector('[data-search-close]')?.addEventListener('click', () => {
		const input = state.form?.querySelector('input');
		forget(state);
		input?.focus();
	});
	// Leaving the page (a result, Back, the quick exit): forget the words, so that Back does not show them.
	window.addEventListener('pagehide', () => forget(state));
	return state;
}

/** Empties every search box and the panel (hidden again, except on the search page). */
function forget(state: Ui): void {
	state.generation += 1;
	clearTimeout(state.timer);
	for (const input of document.querySelectorAll<HTMLInputElement>('form[data-search-form] input')) input.value = '';
	clearResults(state);
	if (state.panel.querySelector('[data-search-close]')) {
		state.panel.hidden = true;
		state.home.parent.insertBefore(state.panel, state.home.next);
	}
}

function clearResults(state: Ui): void {
	state.ranked = [];
	state.results = new Map();
	state.shown = 0;
	state.list.replaceChildren();
	state.more.hidden = true;
	state.status.textContent = '';
	for (const part of [state.note, state.help, state.none, state.missing]) part.hidden = true;
}

function loadPagefind(state: Ui): Promise<Pagefind> {
	state.pagefind ??= import(/* @vite-ignore */ state.attrs['pagefind']!).then(async (pf: Pagefind) => {
		// noWorker: searching in this page costs less code before the first result than Pagefind's
		// worker, and this index searches in milliseconds.
		await pf.options({ excerptLength: 24, ranking: PAGEFIND_RANKING, noWorker: true });
		await pf.init();
		return pf;
	});
	state.pagefind.catch(() => (state.pagefind = undefined));
	return state.pagefind;
}

function loadData(state: Ui): Promise<SearchData> {
	state.data ??= fetch(state.attrs['searchData']!, { credentials: 'omit', referrerPolicy: 'no-referrer' }).then((r) => {
		if (!r.ok) throw new Error(String(r.status));
		return r.json() as Promise<SearchData>;
	});
	state.data.catch(() => (state.data = undefined));
	return state.data;
}

/** How many pages the filters leave (every page without filters), for the rarity of terms. */
function totalPages(state: Ui, pf: Pagefind, filters: Record<string, string>): Promise<number> {
	const key = JSON.stringify(filters);
	let total = state.totals.get(key);
	if (!total) state.totals.set(key, (total = pf.search(null, { filters }).then((s) => s?.results.length ?? 0)));
	return total;
}

type TypeFactor = SearchTexts['typeFactors'][number];

/** Each page's factor for its kind (page-types.ts), from the index's "loai" filter: one small file. */
function typeFactors(state: Ui, pf: Pagefind, texts: SearchTexts): Promise<Map<string, TypeFactor>> {
	state.factors ??= Promise.all(
		texts.typeFactors.map(async (f) =>
			((await pf.search(null, { filters: { loai: f.label } }))?.results ?? []).map((r) => [r.id, f] as const),
		),
	).then((lists) => new Map(lists.flat()));
	return state.factors;
}

async function render(state: Ui, from: number, count = PAGE_SIZE): Promise<HTMLAnchorElement | undefined> {
	const slice = state.ranked.slice(from, from + count);
	const mine = state.generation;
	const items = await Promise.all(slice.map((p) => state.results.get(p.id)!.data()));
	if (mine !== state.generation) return undefined;
	let first: HTMLAnchorElement | undefined;
	for (const item of items) {
		const li = document.createElement('li');
		const heading = document.createElement('h3');
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
		state.list.append(li);
	}
	state.shown = from + slice.length;
	state.more.hidden = state.shown >= state.ranked.length;
	return first;
}

/** The line under the status saying what was searched, when it is not simply what was typed. */
function noteOf(messages: SearchTexts['messages'], understood: Understood, ranking: Ranking): string {
	const lines: string[] = [];
	const changed =
		understood.dropped.length > 0 || ranking.corrected.length > 0 || ranking.absent.length > 0 || !ranking.complete;
	if (changed && ranking.found.length) {
		const fixed = new Map(ranking.corrected.map((c) => [c.typed, c.searched]));
		lines.push(fill(messages.searched, { words: ranking.found.map((t) => fixed.get(t.typed) ?? t.typed).join(', ') }));
	}
	if (understood.dropped.length) lines.push(fill(messages.dropped, { words: understood.dropped.join(', ') }));
	for (const c of ranking.corrected) lines.push(fill(messages.corrected, { from: c.typed, to: c.searched }));
	if (ranking.absent.length && ranking.found.length)
		lines.push(fill(messages.absent, { words: ranking.absent.map((t) => t.typed).join(', ') }));
	return lines.join(' ');
}

/** Shows the help box for the matched crisis categories (hidden when none), with the link for the first. */
function showHelp(state: Ui, texts: SearchTexts, crisis: string[]): void {
	state.help.hidden = crisis.length === 0;
	const holder = state.help.querySelector<HTMLElement>('[data-search-help-link]')!;
	const link = texts.crisisLinks.find((l) => l.categories.includes(crisis[0] ?? ''));
	holder.hidden = !link;
	if (!link) return;
	const a = document.createElement('a');
	a.href = link.href;
	a.className = 'inline-flex min-h-11 items-center font-semibold';
	a.textContent = link.label;
	holder.replaceChildren(a);
}

function filtersOf(form: HTMLFormElement): Record<string, string> {
	return Object.fromEntries(
		[...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')]
			.filter((s) => s.value)
			.map((s) => [s.dataset['filter']!, s.value]),
	);
}

/** Puts the panel where the reader looks: under the page header, or right after an inline box. */
function place(state: Ui, form: HTMLFormElement): void {
	const { panel } = state;
	if (form.hasAttribute('data-search-inline')) form.insertAdjacentElement('afterend', panel);
	else if (panel.parentNode !== state.home.parent) state.home.parent.insertBefore(panel, state.home.next);
	panel.hidden = false;
}

async function run(state: Ui, form: HTMLFormElement, submitted: boolean): Promise<void> {
	const input = form.querySelector('input')!;
	const query = input.value.trim();
	const filters = filtersOf(form);
	const mine = ++state.generation;
	state.form = form;
	if (!query && Object.keys(filters).length === 0) {
		clearResults(state);
		return;
	}
	place(state, form);
	const menu = form.closest<HTMLDetailsElement>('details[data-site-menu]');
	if (submitted && menu?.open) {
		// The menu covers the panel on a phone: close it and take the reader to the results.
		menu.open = false;
		state.panel.querySelector<HTMLElement>('[data-search-title]')?.focus();
	}
	state.status.textContent = state.attrs['msgLoading'] ?? '';
	try {
		const [pf, data] = await Promise.all([loadPagefind(state), loadData(state)]);
		if (mine !== state.generation) return;
		const texts = data.texts!;
		const crisis = query ? matchCrisis(query, data.crisis) : [];
		clearResults(state);
		showHelp(state, texts, crisis);
		const helpAbove = crisis.length ? ` ${texts.messages.helpAbove}` : '';
		const understood = query ? understand(query, data) : undefined;
		const named = understood?.document ? documentsNamed(understood.document, data.documents) : [];
		if (understood?.document && named.length === 0) {
			state.status.textContent = fill(texts.messages.missing, { q: query }) + helpAbove;
			const list = document.createElement('a');
			list.href = texts.documentsHref;
			list.className = 'font-semibold';
			list.textContent = texts.messages.missingList;
			state.missing.replaceChildren(`${texts.messages.missingHelp} `, list);
			state.missing.hidden = false;
			return;
		}
		const results = new Map<string, PagefindResult>();
		const search = async (text: string | null): Promise<FoundPage[]> => {
			const found = (await pf.search(text, { filters }))?.results ?? [];
			for (const r of found) if ((results.get(r.id)?.score ?? -1) < r.score) results.set(r.id, r);
			return found;
		};
		const exactMarks = (marked: boolean) =>
			pf.options({ ranking: { diacriticSimilarity: marked ? EXACT_MARKS_BONUS : 0 } });
		let ranking: Ranking | undefined;
		if (understood) {
			// The kinds of page load beside the index chunks the terms need.
			const kinds = understood.document
				? Promise.resolve(new Map<string, TypeFactor>())
				: typeFactors(state, pf, texts);
			const total = await totalPages(state, pf, filters);
			const [ranked, factors] = await Promise.all([
				rankPages({ search, exactMarks }, understood.terms, { dictionary: data.dictionary, total }),
				kinds,
			]);
			const factor = (id: string, named: boolean) => {
				const f = factors.get(id);
				return f ? (named ? f.named : f.factor) : 1;
			};
			const pages = withFactors(ranked.pages, factor);
			ranking = { ...ranked, pages, complete: pages.length > 0 && pages[0]!.matched === ranked.found.length };
		} else await search(null);
		// A child in crisis finds the page for that kind of trouble first (its "khan-cap" filter,
		// SearchFacets.astro); an adult asking about another child gets the ranking as it is.
		// A query naming one document of the registry finds its page first (its "van-ban" filter).
		const pin = crisis.length > 0 && !aboutOthers(query, data.others);
		const pinFilter = pin ? { 'khan-cap': crisis[0]! } : named.length === 1 ? { 'van-ban': named[0]!.id } : undefined;
		const first = pinFilter ? ((await pf.search(null, { filters: { ...filters, ...pinFilter } }))?.results ?? []) : [];
		if (mine !== state.generation) return;
		for (const r of first) if (!results.has(r.id)) results.set(r.id, r);
		state.results = results;
		const ranked = ranking?.pages ?? [...results.values()].map((r) => ({ id: r.id, score: r.score, matched: 0 }));
		const pinned = new Set(first.map((r) => r.id));
		state.ranked = [
			...first.map((r) => ({ id: r.id, score: Infinity, matched: 0 })),
			...ranked.filter((p) => !pinned.has(p.id)),
		];
		await render(state, 0, FIRST);
		if (mine !== state.generation) return;
		// "Xem thêm" waits for the rest of the first page: pressed before it, it would show those results twice.
		state.more.hidden = true;
		const n = state.ranked.length;
		const template =
			n === 0 ? texts.messages.none : ranking && !ranking.complete ? texts.messages.partial : texts.messages.count;
		state.status.textContent = fill(template, { n, q: query || '…' }) + helpAbove;
		state.none.hidden = n > 0;
		const note = understood && ranking && n > 0 ? noteOf(texts.messages, understood, ranking) : '';
		state.note.textContent = note;
		state.note.hidden = !note;
		await render(state, state.shown, PAGE_SIZE - FIRST);
	} catch {
		if (mine !== state.generation) return;
		state.status.textContent = state.attrs['msgError'] ?? '';
		state.none.hidden = false;
		state.help.hidden = false;
	}
}

/** Called by search-boot.ts for each keystroke and submit in a search box. */
export function handle(form: HTMLFormElement, trigger: 'input' | 'submit'): void {
	const state = (ui ??= setup());
	clearTimeout(state.timer);
	if (trigger === 'submit') {
		void run(state, form, true);
		return;
	}
	if (!form.hasAttribute('data-search-live')) return;
	state.timer = setTimeout(() => void run(state, form, false), DEBOUNCE_MS);
}
