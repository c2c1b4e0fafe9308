import { vi, type UiKey } from './vi.ts';

/** The UI string for `key`, with {name} placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
	return vi[key].replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`t('${key}'): thiếu giá trị cho {${name}}`);
		return String(value);
	});
}
export type { UiKey };

/** The UI string for `key` with its {name} placeholders left in, for a script to fill in the browser. */
export function template(key: UiKey): string {
	return vi[key];
}
