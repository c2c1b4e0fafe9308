// The quick exit's behaviour on every page (markup: components/site/QuickExit.astro).
import { shortcutCounter } from '../lib/quick-exit.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');

if (link) {
	const root = document.documentElement;
	const leave = (event?: Event) => {
		event?.preventDefault();
		// Hide the page at once: the neutral site may take a while to load on a slow network.
		root.classList.add('is-leaving');
		window.location.replace(link.href);
	};
	link.addEventListener('click', leave);

	const counter = shortcutCounter();
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
			else say(step.message);
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
