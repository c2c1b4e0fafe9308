// The quick exit on every page (markup: QuickExit.astro, loaded by BaseLayout's one script).
// - Leaving: click, Shift ×3 or Esc ×2 hide the page at once, clear its title and replace the current
//   history entry with the neutral site (location.replace), so Back never shows this page.
// - One history entry per visit: links between pages of this site replace the entry too (one-entry.ts),
//   so after leaving, Back does not show an earlier page of this site either.
// - A role=status region says how many presses are still needed (template from data-*, filled here).
import { shortcutCounter } from './keys.ts';
import { replacementFor } from './one-entry.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');

if (link) {
	const root = document.documentElement;
	const leave = (event?: Event) => {
		event?.preventDefault();
		// Hide the page at once: the neutral site may take a while to load on a slow network.
		root.classList.add('is-leaving');
		document.title = '';
		window.location.replace(link.href);
	};
	link.addEventListener('click', leave);

	document.addEventListener('click', (event) => {
		const anchor = (event.target as Element | null)?.closest?.('a[href]');
		if (!(anchor instanceof HTMLAnchorElement) || anchor === link) return;
		const target = replacementFor(event, anchor, window.location.origin);
		if (!target) return;
		event.preventDefault();
		window.location.replace(target);
	});

	const counter = shortcutCounter();
	const countTemplate = link.dataset['countTemplate'] ?? '';
	const say = (text: string) => {
		if (status) status.textContent = text;
	};

	// Capture phase: decide before a menu's own Esc handler closes it.
	document.addEventListener(
		'keydown',
		(event) => {
			if (event.repeat) return;
			const step = counter.press(event, document);
			if (step.exit) leave();
			else say(step.key ? countTemplate.replace('{key}', step.key).replace('{n}', String(step.remaining)) : '');
		},
		{ capture: true },
	);

	// Back/forward cache: coming back must never show the hidden page or a half-counted shortcut.
	window.addEventListener('pageshow', () => {
		root.classList.remove('is-leaving');
		counter.reset();
		say('');
	});
}
