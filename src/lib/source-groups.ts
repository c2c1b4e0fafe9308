// The source list is split by kind into three pages (/nguon/<group>/), each light enough for a slow
// phone; the kinds follow the fact sheets (primary, copy, secondary).
import type { Source } from '../schemas/source.ts';

export const SOURCE_GROUPS: { kind: Source['kind']; slug: string }[] = [
	{ kind: 'primary', slug: 'nguon-goc' },
	{ kind: 'copy', slug: 'ban-sao' },
	{ kind: 'secondary', slug: 'thu-cap' },
];
