import type { UiKey } from '../i18n/index.ts';

/** A top-level section of the site: its label key and its path (without the base). */
export interface Section {
	key: 'law' | 'skills' | 'hotlines' | 'campaign' | 'materials' | 'search';
	label: UiKey;
	path: `/${string}/`;
}

/** Primary navigation, in display order. Hubs (/cha-me/ …) come from content/audiences.yaml. */
export const SECTIONS: readonly Section[] = [
	{ key: 'law', label: 'nav.section.law', path: '/phap-luat/' },
	{ key: 'skills', label: 'nav.section.skills', path: '/ky-nang-an-toan/' },
	{ key: 'hotlines', label: 'nav.section.hotlines', path: '/tong-dai/' },
	{ key: 'campaign', label: 'nav.section.campaign', path: '/thang-hanh-dong/' },
	{ key: 'materials', label: 'nav.section.materials', path: '/tai-lieu/' },
	{ key: 'search', label: 'nav.section.search', path: '/tim-kiem/' },
];

export function section(key: Section['key']): Section {
	const found = SECTIONS.find((s) => s.key === key);
	if (!found) throw new Error(`Không có mục "${key}" trong SECTIONS`);
	return found;
}

/** Path of an audience hub. */
export function hubPath(audienceId: string): `/${string}/` {
	return `/danh-cho/${audienceId}/`;
}
