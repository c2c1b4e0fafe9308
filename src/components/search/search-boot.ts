// Part of every page's script, and all of the search that loads with a page: it stops a search box's
// submit from becoming a navigation (the words would land in the address, the history and the server
// logs) and, on the first keystroke or submit, imports the search itself (search-ui.ts, bundled as
// /tim-kiem/tim-kiem.js), which loads Pagefind. Pages where nobody searches fetch none of it. If the
// import fails (no network), the panel says so and shows the numbers to call, already in the page.
import type { handle } from './search-ui.ts';

let ui: Promise<{ handle: typeof handle }> | undefined;
const panel = document.querySelector<HTMLElement>('[data-search-panel]');

function failed(): void {
	ui = undefined;
	if (!panel) return;
	panel.hidden = false;
	panel.querySelector('[data-search-status]')!.textContent = panel.dataset['msgError'] ?? '';
	for (const part of panel.querySelectorAll<HTMLElement>('[data-search-none], [data-search-help]')) part.hidden = false;
}

function use(form: HTMLFormElement, trigger: 'input' | 'submit'): void {
	if (!panel) return;
	if (!ui) {
		// Pagefind's script starts loading beside the search's own, one round trip sooner.
		import(/* @vite-ignore */ panel.dataset['pagefind']!).catch(() => undefined);
		ui = import(/* @vite-ignore */ panel.dataset['searchUi']!);
	}
	ui.then((m) => m.handle(form, trigger), failed);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		use(form, 'submit');
	});
	form.addEventListener('input', () => use(form, 'input'));
}
