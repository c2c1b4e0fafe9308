// The search data as the build compiles it (components/search/search-data.ts), read straight from
// content/ for the unit tests: readers' words, crisis words, document numbers, the site's phrases.
import { CrisisSchema, DocumentSchema, SearchWordSchema } from '../../src/schemas/index.ts';
import { compileSearchData, type SearchData } from '../../src/components/search/search-data.ts';
import { readData, readMdxFrontmatter } from './utils.ts';

/** The search data as the build compiles it, from content/. */
export function searchData(): SearchData {
	const written = ['guides', 'laws', 'pages']
		.flatMap((dir) =>
			readMdxFrontmatter(dir).map((f) => f.data as { title: string; keywords?: string[]; search?: boolean }),
		)
		.filter((w) => w.search !== false);
	const documents = readData('documents').map((d) => DocumentSchema.parse(d));
	return compileSearchData({
		words: readData('search-words').map((w) => SearchWordSchema.parse(w)),
		crisis: readData('search-crisis').map((c) => CrisisSchema.parse(c)),
		documents,
		phrases: [...written.flatMap((w) => [w.title, ...(w.keywords ?? [])]), ...documents.map((d) => d.title)],
	});
}
