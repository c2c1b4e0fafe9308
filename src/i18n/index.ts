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
