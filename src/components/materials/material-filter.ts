// Filters the materials library by reader, topic and kind. The state lives in the address
// (?doi-tuong=…&chu-de=…&loai=…, replaced in place, never a new history entry), so a filtered list can
// be shared and the teacher hub can link to the teachers' list. When nothing matches, the status says
// so and "Xóa bộ lọc" clears every filter. Groups left empty are hidden. Without JavaScript the
// controls are hidden by CSS (`@media (scripting: none)` in global.css) and everything is listed.
const FIELDS = ['doi-tuong', 'chu-de', 'loai'] as const;

export function startMaterialFilter(): void {
	const controls = document.querySelector<HTMLElement>('[data-material-filter]');
	const count = document.querySelector<HTMLElement>('[data-material-count]');
	const reset = document.querySelector<HTMLButtonElement>('[data-material-reset]');
	if (!controls || !count || !reset) return;
	const items = [...document.querySelectorAll<HTMLElement>('[data-materials] li[data-kind]')];
	const groups = [...document.querySelectorAll<HTMLElement>('[data-material-group]')];
	const selects = Object.fromEntries(FIELDS.map((name) => [name, controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!])) as Record<(typeof FIELDS)[number], HTMLSelectElement>;

	const apply = () => {
		const audience = selects['doi-tuong'].value;
		const topic = selects['chu-de'].value;
		const kind = selects['loai'].value;
		let shown = 0;
		for (const item of items) {
			const match = (!audience || item.dataset['audiences']!.split(' ').includes(audience)) && (!topic || item.dataset['topic'] === topic) && (!kind || item.dataset['kind'] === kind);
			item.hidden = !match;
			if (match) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('li[data-kind]:not([hidden])');
		const active = Boolean(audience || topic || kind);
		reset.hidden = !active;
		count.textContent = !active ? '' : shown === 0 ? count.dataset['none']! : count.dataset['template']!.replace('{shown}', String(shown)).replace('{total}', String(items.length));
		const url = new URL(location.href);
		for (const name of FIELDS) {
			if (selects[name].value) url.searchParams.set(name, selects[name].value);
			else url.searchParams.delete(name);
		}
		history.replaceState(history.state, '', url);
	};

	// Start from the address: only values the page offers are taken.
	const params = new URLSearchParams(location.search);
	for (const name of FIELDS) {
		const value = params.get(name);
		if (value && [...selects[name].options].some((o) => o.value === value)) selects[name].value = value;
	}
	controls.addEventListener('change', apply);
	reset.addEventListener('click', () => {
		for (const name of FIELDS) selects[name].value = '';
		apply();
		selects['doi-tuong'].focus();
	});
	if (FIELDS.some((name) => selects[name].value)) apply();
}
