// Page addresses that would collide: a content page whose address is already taken by a page of
// src/pages (content/pages/tong-dai.mdx against src/pages/tong-dai/) or by another content page.
// Astro only warns and drops one of the two, while lists still link the dropped page's title to the
// other. Addresses come from src/config/routes.ts, like every link of the site.
// Pure: the build's content checks and the tests call it.
import { entryRoute } from '../config/routes.ts';
import type { Problem } from './problem.ts';

const ROUTED = ['guides', 'laws', 'pages', 'situations'] as const;
type Routed = (typeof ROUTED)[number];
const isRouted = (c: string): c is Routed => (ROUTED as readonly string[]).includes(c);

/** Site paths of the pages of src/pages that have no parameter: "tong-dai/index.astro" → "/tong-dai/". */
export function staticRoutes(pageFiles: readonly string[]): Map<string, string> {
	const routes = new Map<string, string>();
	for (const file of pageFiles) {
		if (file.includes('[') || file.split('/').some((part) => part.startsWith('_'))) continue;
		const m = /^(.*?)(\.[a-z]+)?\.(astro|ts|js|md|mdx)$/.exec(file);
		if (!m) continue;
		const [, path, fileExt] = m;
		// An endpoint keeps its own extension (robots.txt.ts → /robots.txt); a page becomes a folder.
		if (fileExt) routes.set(`/${path}${fileExt}`, `src/pages/${file}`);
		else routes.set(path === 'index' ? '/' : `/${path!.replace(/\/?index$/, '')}/`, `src/pages/${file}`);
	}
	return routes;
}

export interface ContentEntry {
	collection: string;
	id: string;
	/** Shown in messages, e.g. "content/pages/tong-dai.mdx". */
	file: string;
}

/** Content pages whose address is taken by a page of src/pages or by another content page. */
export function routeProblems(entries: readonly ContentEntry[], statics: ReadonlyMap<string, string>): Problem[] {
	const problems: Problem[] = [];
	const taken = new Map<string, string>(statics);
	for (const entry of entries) {
		if (!isRouted(entry.collection)) continue;
		const route = entryRoute(entry.collection, entry.id);
		const owner = taken.get(route);
		if (owner) {
			problems.push({
				file: entry.file,
				message: `địa chỉ ${route} đã là của ${owner}: một trong hai trang sẽ bị bỏ mà không báo`,
				fix: 'đổi tên tệp để trang có địa chỉ khác',
			});
		} else {
			taken.set(route, entry.file);
		}
	}
	return problems;
}
