// The site menu (components/site/SiteHeader.astro).
// Esc closes the open menu and returns focus to its button (the quick exit ignores Esc meanwhile).
const menu = document.querySelector<HTMLDetailsElement>('details[data-site-menu]');
document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape' || !menu?.open) return;
	menu.open = false;
	menu.querySelector('summary')?.focus();
});
