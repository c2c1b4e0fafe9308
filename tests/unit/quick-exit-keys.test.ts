// The quick exit's keyboard rules: Shift three times within 5 s of each other, Esc twice within 1 s;
// any other key resets; keys pressed while typing, or with a menu or dialog open, are left alone.
import { describe, expect, test } from 'vitest';
import { isIgnoredTarget, shortcutCounter } from '../../src/components/quick-exit/keys.ts';

// The windows as /thoat-nhanh/ promises them, written here rather than read from the code.
const SHIFT_WINDOW_MS = 5000;
const ESC_WINDOW_MS = 1000;

const page = { querySelector: () => null };
const pageWithOpenMenu = { querySelector: (s: string) => (s.includes('details[data-site-menu][open]') ? {} : null) };
const body = { closest: () => null } as unknown as EventTarget;
const input = { closest: (s: string) => (s.includes('input') ? {} : null) } as unknown as EventTarget;
const press = (key: string, timeStamp: number, target = body) => ({ key, timeStamp, target });

describe('Shift', () => {
	test('ba lần, mỗi lần cách nhau dưới 5 giây, thì thoát', () => {
		const c = shortcutCounter();
		expect(c.press(press('Shift', 0), page)).toEqual({ exit: false, remaining: 2, key: 'Shift' });
		expect(c.press(press('Shift', SHIFT_WINDOW_MS), page)).toEqual({ exit: false, remaining: 1, key: 'Shift' });
		expect(c.press(press('Shift', 2 * SHIFT_WINDOW_MS), page).exit).toBe(true);
	});

	test('một lần cách lần trước hơn 5 giây thì đếm lại từ đầu', () => {
		const c = shortcutCounter();
		c.press(press('Shift', 0), page);
		c.press(press('Shift', 100), page);
		expect(c.press(press('Shift', 100 + SHIFT_WINDOW_MS + 1), page)).toEqual({
			exit: false,
			remaining: 2,
			key: 'Shift',
		});
	});
});

describe('Esc', () => {
	test('hai lần trong 1 giây thì thoát', () => {
		const c = shortcutCounter();
		expect(c.press(press('Escape', 0), page)).toEqual({ exit: false, remaining: 1, key: 'Esc' });
		expect(c.press(press('Escape', ESC_WINDOW_MS), page).exit).toBe(true);
	});

	test('hai lần cách nhau hơn 1 giây thì không thoát', () => {
		const c = shortcutCounter();
		c.press(press('Escape', 0), page);
		expect(c.press(press('Escape', ESC_WINDOW_MS + 1), page)).toEqual({ exit: false, remaining: 1, key: 'Esc' });
	});

	test('tên cũ "Esc" của phím cũng được tính', () => {
		const c = shortcutCounter();
		c.press(press('Esc', 0), page);
		expect(c.press(press('Esc', 10), page).exit).toBe(true);
	});
});

test('phím khác ở giữa làm lại từ đầu', () => {
	const c = shortcutCounter();
	c.press(press('Shift', 0), page);
	c.press(press('Shift', 10), page);
	expect(c.press(press('a', 20), page)).toEqual({ exit: false, remaining: 0, key: '' });
	expect(c.press(press('Shift', 30), page)).toEqual({ exit: false, remaining: 2, key: 'Shift' });
});

test('đổi từ Shift sang Esc thì đếm lại', () => {
	const c = shortcutCounter();
	c.press(press('Shift', 0), page);
	c.press(press('Shift', 10), page);
	expect(c.press(press('Escape', 20), page)).toEqual({ exit: false, remaining: 1, key: 'Esc' });
});

test('reset() bỏ số lần đã đếm', () => {
	const c = shortcutCounter();
	c.press(press('Escape', 0), page);
	c.reset();
	expect(c.press(press('Escape', 10), page).exit).toBe(false);
});

test('bấm trong ô nhập, hoặc khi mục lục đang mở, thì không đếm', () => {
	const c = shortcutCounter();
	expect(c.press(press('Escape', 0, input), page).key).toBe('');
	expect(c.press(press('Escape', 10, input), page).exit).toBe(false);
	expect(c.press(press('Escape', 20), pageWithOpenMenu).exit).toBe(false);
	expect(c.press(press('Escape', 30), pageWithOpenMenu).exit).toBe(false);
	expect(isIgnoredTarget(input, page)).toBe(true);
	expect(isIgnoredTarget(body, page)).toBe(false);
	expect(isIgnoredTarget({ closest: () => null, isContentEditable: true } as unknown as EventTarget, page)).toBe(true);
	expect(isIgnoredTarget(null, pageWithOpenMenu)).toBe(true);
});

test('sau khi thoát, đếm lại từ đầu: một lần Esc nữa không thoát lần hai', () => {
	const c = shortcutCounter();
	c.press(press('Escape', 0), page);
	expect(c.press(press('Escape', 100), page).exit).toBe(true);
	expect(c.press(press('Escape', 200), page)).toEqual({ exit: false, remaining: 1, key: 'Esc' });
});

test('phím bấm khi trang (không phải một phần tử) đang được chọn vẫn được đếm', () => {
	const windowTarget = {} as EventTarget;
	expect(isIgnoredTarget(windowTarget, page)).toBe(false);
	expect(isIgnoredTarget(null, page)).toBe(false);
	const c = shortcutCounter();
	c.press(press('Escape', 0, windowTarget), page);
	expect(c.press(press('Escape', 10, windowTarget), page).exit).toBe(true);
});
