// Filters the materials list by reader and topic (the page lists everything without JavaScript).
export function startMaterialFilter(): void {
	const form = document.querySelector<HTMLFormElement>('form[data-material-filter]');
	const items = [...document.querySelectorAll<HTMLElement>('[data-materials] > li')];
	const count = document.querySelector<HTMLElement>('[data-material-count]');
	if (!form) return;
	const apply = () => {
		const audience = (form.elements.namedItem('doi-tuong') as HTMLSelectElement).value;
		const topic = (form.elements.namedItem('chu-de') as HTMLSelectElement).value;
		let shown = 0;
		for (const item of items) {
			const match = (!audience || item.dataset['audiences']!.split(' ').includes(audience)) && (!topic || item.dataset['topic'] === topic);
			item.hidden = !match;
			if (match) shown++;
		}
		if (count) count.textContent = audience || topic ? `Đang hiện ${shown} / ${items.length} tài liệu.` : '';
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		apply();
	});
}
