// Filters the materials library by reader, topic and kind: each <select name> of the controls matches
// the item attribute of the same name (data-doi-tuong="hoc-sinh cha-me", data-chu-de, data-loai). The
// state lives in the address (?doi-tuong=…&chu-de=…&loai=…, replaced in place, never a new history
// entry), so a filtered list can be shared and the teacher hub can link to the teachers' list. When
// nothing matches, the status says so and "Xóa bộ lọc" clears every filter. Groups left empty are
// hidden. Without JavaScript the controls are hidden by CSS (`@media (scripting: none)` in
// global.css) and everything is listed. Kept small: the page's script budget is 1.5 KB gzip.
export function startMaterialFilter(): void {
	const $ = <T extends Element>(s: string) => [...document.querySelectorAll<T>(s)];
	const [count] = $<HTMLElement>('[data-material-count]');
	const [reset] = $<HTMLButtonElement>('[data-material-reset]');
	const selects = $<HTMLSelectElement>('[data-material-filter] select');
	const items = $<HTMLElement>('[data-materials] li[data-loai]');
	if (!count || !reset) return;
	const params = new URLSearchParams(location.search);
	const apply = () => {
		let shown = 0;
		for (const item of items) {
			item.hidden = !selects.every(
				(s) => !s.value || item.getAttribute(`data-${s.name}`)!.split(' ').includes(s.value),
			);
			if (!item.hidden) shown++;
		}
		for (const group of $<HTMLElement>('[data-material-group]'))
			group.hidden = !group.querySelector('li:not([hidden])');
		const active = selects.some((s) => s.value);
		reset.hidden = !active;
		count.textContent = !active
			? ''
			: shown
				? count.dataset['template']!.replace('{shown}', `${shown}`).replace('{total}', `${items.length}`)
				: count.dataset['none']!;
		const query = new URLSearchParams(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
		history.replaceState(history.state, '', `?${query}`.replace(/\?$/, location.pathname) + location.hash);
	};
	// Start from the address; a value the page does not offer is dropped.
	for (const s of selects) {
		s.value = params.get(s.name) ?? '';
		if (s.selectedIndex < 0) s.value = '';
	}
	addEventListener('change', apply);
	reset.addEventListener('click', () => {
		for (const s of selects) s.value = '';
		apply();
		selects[0]?.focus();
	});
	if (selects.some((s) => s.value)) apply();
}
