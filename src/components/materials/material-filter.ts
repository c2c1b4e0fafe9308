// Filters the materials list by reader and topic. Without JavaScript the controls are hidden by CSS
// (`@media (scripting: none)` in global.css), where they could do nothing; the page lists everything.
export function startMaterialFilter(): void {
	const controls = document.querySelector<HTMLElement>('[data-material-filter]');
	const items = [...document.querySelectorAll<HTMLElement>('[data-materials] > li')];
	const count = document.querySelector<HTMLElement>('[data-material-count]');
	if (!controls) return;
	const audienceSelect = controls.querySelector<HTMLSelectElement>('select[name="doi-tuong"]')!;
	const topicSelect = controls.querySelector<HTMLSelectElement>('select[name="chu-de"]')!;
	const apply = () => {
		const audience = audienceSelect.value;
		const topic = topicSelect.value;
		let shown = 0;
		for (const item of items) {
			const match = (!audience || item.dataset['audiences']!.split(' ').includes(audience)) && (!topic || item.dataset['topic'] === topic);
			item.hidden = !match;
			if (match) shown++;
		}
		if (count) count.textContent = audience || topic ? `Đang hiện ${shown} / ${items.length} tài liệu.` : '';
	};
	controls.addEventListener('change', apply);
}
