// The heading of each reader's part of a guide, by audience id (checked against the UI strings).
import type { GuidePartId } from '../../schemas/guide.ts';
import type { UiKey } from '../../i18n/index.ts';

export const GUIDE_PART_TITLES = {
	'hoc-sinh': 'guide.part.hoc-sinh',
	'cha-me': 'guide.part.cha-me',
	'giao-vien': 'guide.part.giao-vien',
} as const satisfies Record<GuidePartId, UiKey>;
