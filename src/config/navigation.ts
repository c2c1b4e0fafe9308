import type { UiKey } from '../i18n/index.ts';
import { routes, type SitePath } from './routes.ts';

/** A top-level section of the site: its label key and its path (without the base). */
export interface Section {
	key: 'law' | 'skills' | 'hotlines' | 'report' | 'campaign' | 'materials' | 'search';
	label: UiKey;
	path: SitePath;
}

/** Primary navigation, in display order. Hubs (/cha-me/ …) come from content/audiences.yaml. */
export const SECTIONS: readonly Section[] = [
	{ key: 'law', label: 'nav.section.law', path: routes.laws() },
	{ key: 'skills', label: 'nav.section.skills', path: routes.guides() },
	{ key: 'hotlines', label: 'nav.section.hotlines', path: routes.hotlines() },
	{ key: 'report', label: 'nav.report', path: routes.page('bao-tin') },
	{ key: 'campaign', label: 'nav.section.campaign', path: routes.campaigns() },
	{ key: 'materials', label: 'nav.section.materials', path: routes.materials() },
	{ key: 'search', label: 'nav.section.search', path: routes.search() },
];

export function section(key: Section['key']): Section {
	const found = SECTIONS.find((s) => s.key === key);
	if (!found) throw new Error(`Không có mục "${key}" trong SECTIONS`);
	return found;
}
