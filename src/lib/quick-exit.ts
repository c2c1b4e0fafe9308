// The keyboard side of "Thoát nhanh", without the DOM side effects so it can be tested and read
// apart: Shift pressed three times (each within 5 s of the last) or Esc pressed twice within 1 s.
// Any other key resets the count; presses inside a form field, an open menu or a dialog are ignored,
// because there the keys mean something else (capital letters, closing the menu).

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
export const ESC_PRESSES = 2;
export const ESC_WINDOW_MS = 1000;

/** Where a key press is left alone: typing, an open menu (<details>) or a dialog. */
const IGNORED = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), details[open], dialog[open], [role="dialog"], [role="menu"]';

interface KeyLike {
	key: string;
	target: EventTarget | null;
	timeStamp: number;
}

export interface Step {
	exit: boolean;
	/** Presses still needed; 0 when nothing is being counted. */
	remaining: number;
	/** What a screen reader hears while counting. */
	message: string;
}

const NONE: Step = { exit: false, remaining: 0, message: '' };

export function isIgnoredTarget(target: EventTarget | null, doc: Document): boolean {
	const el = target instanceof Element ? target : null;
	if (el?.closest(IGNORED)) return true;
	if ((el as HTMLElement | null)?.isContentEditable) return true;
	// An open dialog anywhere, or an open site menu, owns the keyboard.
	return Boolean(doc.querySelector('dialog[open], details[data-site-menu][open]'));
}

export function shortcutCounter() {
	let key = '';
	let count = 0;
	let last = -Infinity;
	const reset = () => {
		key = '';
		count = 0;
		last = -Infinity;
	};
	return {
		reset,
		press(event: KeyLike, doc: Document): Step {
			const isShift = event.key === 'Shift';
			const isEsc = event.key === 'Escape' || event.key === 'Esc';
			if ((!isShift && !isEsc) || isIgnoredTarget(event.target, doc)) {
				reset();
				return NONE;
			}
			const window = isShift ? SHIFT_WINDOW_MS : ESC_WINDOW_MS;
			const needed = isShift ? SHIFT_PRESSES : ESC_PRESSES;
			if (event.key !== key || event.timeStamp - last > window) count = 0;
			key = event.key;
			last = event.timeStamp;
			count += 1;
			if (count >= needed) {
				reset();
				return { exit: true, remaining: 0, message: '' };
			}
			const remaining = needed - count;
			const name = isShift ? 'Shift' : 'Esc';
			return { exit: false, remaining, message: `Bấm ${name} thêm ${remaining} lần để thoát nhanh khỏi trang.` };
		},
	};
}
