// The search's data, loaded by the browser on the first search (components/search/search-ui.ts):
// filler words, readers' words and the site's words for them, crisis words, document numbers and the
// site's phrases for typo correction, all from content/ (built by components/search/data.ts).
import type { APIRoute } from 'astro';
import { getSearchData } from '~/components/search/data';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getSearchData()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
