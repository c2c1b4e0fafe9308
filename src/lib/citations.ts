// Lists of citations (content data: a registry document or a web source, and where in it).
import type { Citation } from '../schemas/common.ts';

/** Citations without repeats (same document or source, same place), in their first order. */
export function uniqueCitations(cites: readonly Citation[]): Citation[] {
	const seen = new Set<string>();
	return cites.filter((c) => {
		const key = `${c.document ?? ''}|${c.source ?? ''}|${c.at ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
