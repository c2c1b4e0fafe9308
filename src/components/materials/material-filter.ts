// Filters the materials library by reader, topic and kind: each <select name> of the controls matches
// the item attribute of the same name (data-doi-tuong="hoc-sinh cha-me", data-chu-de, data-loai). An
// address with ?doi-tuong=… (chu-de, loai) opens filtered: the hubs link to their reader's list this
// way. "Xóa bộ lọc" is a plain link to the unfiltered page. The status says how many match, or that none does. Hiding empty groups and
// showing the reset link are CSS (:has) in the page. Without JavaScript the controls are hidden
// (`@media (scripting: none)` in global.css) and everything is listed. Kept tiny: the page's scripts
// share a 1.5 KB gzip budget with the quick exit and the search hand-over.
export function startMaterialFilter(): void {
	const $ = <T extends HTMLElement>(s: string) => [...document.querySelectorAll<T>(s)];
	const selects = $<HTMLSelectElement>('[data-material-filter] select');
	const items = $('[data-materials] li');
	const [count] = $('[data-material-count]');
	const params = new URLSearchParams(location.search);
	const apply = () => {
		let shown = 0;
		for (const item of items) {
			item.hidden = selects.some((s) => s.value && !item.getAttribute(`data-${s.name}`)?.split(' ').includes(s.value));
			if (!item.hidden) shown++;
		}
		const active = selects.filter((s) => s.value);
		const text = shown
			? count!.dataset['template']!.replace('{shown}', `${shown}`).replace('{total}', `${items.length}`)
			: count!.dataset['none']!;
		count!.textContent = active.length ? text : '';
	};
	// A value the page does not offer leaves its select empty, which filters nothing.
	for (const s of selects) s.value = params.get(s.name) ?? '';
	addEventListener('change', apply);
	apply();
}
