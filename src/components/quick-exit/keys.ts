// The keyboard side of "Thoát nhanh", pure (no DOM side effects) so it can be unit-tested: Shift pressed
// three times (each within 5 s of the last) or Esc pressed twice within 1 s. Any other key resets the
// count; presses inside a form field, an open menu or a dialog are ignored, because there the keys mean
// something else (capital letters, closing the menu). What a screen reader hears while counting is a
// template from the page (data-* attribute), so this file holds no UI text.

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
export const ESC_PRESSES = 2;
export const ESC_WINDOW_MS = 1000;

/** Where a key press is left alone: typing, an open menu (<details>) or a dialog. */
const IGNORED =
	'input, textarea, select, [contenteditable]:not([contenteditable="false"]), details[open], dialog[open], [role="dialog"], [role="menu"]';

export interface KeyLike {
	key: string;
	target: EventTarget | null;
	timeStamp: number;
}

/** The part of a document the counter looks at: whether a dialog or the site menu is open. */
export interface DocumentLike {
	querySelector(selector: string): unknown;
}

export interface Step {
	exit: boolean;
	/** Presses still needed; 0 when nothing is being counted. */
	remaining: number;
	/** The key being counted ("Shift" or "Esc"), for the spoken count; empty when nothing is counted. */
	key: '' | 'Shift' | 'Esc';
}

const NONE: Step = { exit: false, remaining: 0, key: '' };

interface ElementLike {
	closest(selector: string): unknown;
	isContentEditable?: boolean;
}

function asElement(target: EventTarget | null): ElementLike | null {
	const candidate = target as Partial<ElementLike> | null;
	return candidate && typeof candidate.closest === 'function' ? (candidate as ElementLike) : null;
}

export function isIgnoredTarget(target: EventTarget | null, doc: DocumentLike): boolean {
	const el = asElement(target);
	if (el?.closest(IGNORED)) return true;
	if (el?.isContentEditable) return true;
	// An open dialog anywhere, or an open site menu, owns the keyboard.
	return Boolean(doc.querySelector('dialog[open], details[data-site-menu][open]'));
}

/** Counts Shift and Esc presses; `press` says whether this press completes a shortcut. */
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
		press(event: KeyLike, doc: DocumentLike): Step {
			const isShift = event.key === 'Shift';
			const isEsc = event.key === 'Escape' || event.key === 'Esc';
			if ((!isShift && !isEsc) || isIgnoredTarget(event.target, doc)) {
				reset();
				return NONE;
			}
			const windowMs = isShift ? SHIFT_WINDOW_MS : ESC_WINDOW_MS;
			const needed = isShift ? SHIFT_PRESSES : ESC_PRESSES;
			const name = isShift ? 'Shift' : 'Esc';
			if (name !== key || event.timeStamp - last > windowMs) count = 0;
			key = name;
			last = event.timeStamp;
			count += 1;
			if (count >= needed) {
				reset();
				return { exit: true, remaining: 0, key: name };
			}
			return { exit: false, remaining: needed - count, key: name };
		},
	};
}
