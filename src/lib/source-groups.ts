// The source list is split by kind into three pages (/nguon/<group>/), each light enough for a slow
// phone; the kinds are those of content/sources.yaml (primary, copy, secondary).
import type { Source } from '../schemas/source.ts';
import type { UiKey } from '../i18n/index.ts';

export const SOURCE_GROUPS = [
	{ kind: 'primary', slug: 'nguon-goc', title: 'sources.group.primary', about: 'sources.group.primary.description' },
	{ kind: 'copy', slug: 'ban-sao', title: 'sources.group.copy', about: 'sources.group.copy.description' },
	{
		kind: 'secondary',
		slug: 'thu-cap',
		title: 'sources.group.secondary',
		about: 'sources.group.secondary.description',
	},
] as const satisfies readonly { kind: Source['kind']; slug: string; title: UiKey; about: UiKey }[];
