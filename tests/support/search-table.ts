// Runs the search query table (tests/support/search-queries.yaml) in a browser page and scores it: for each
// query, the result paths shown, whether the help box came before them and whether the page said the
// named document is not on the site. Shared by the e2e test and scripts/search-quality.mjs, so the
// figures in docs/performance.md and the test measure the same thing.
import type { Page } from '@playwright/test';
import type { Audience, Query } from './search-queries.ts';

export interface Outcome {
	query: Query;
	/** Result paths shown, best first, relative to the site's base. */
	paths: string[];
	/** The status line after the search. */
	status: string;
	help: boolean;
	missingDocument: boolean;
}

/** Status texts that mean a search has finished (results, none, or a load error). */
const DONE = /kết quả|Không tìm thấy|Không có|Không tải được/;

/** Types each query into the search page's box (already open in `page`) and reads what is shown. */
export async function runTable(page: Page, queries: readonly Query[], base: string): Promise<Outcome[]> {
	const input = page.locator('#search-q');
	const status = page.locator('[data-search-status]');
	const outcomes: Outcome[] = [];
	for (const query of queries) {
		await input.fill(query.query);
		await input.press('Enter');
		// The status names the words typed, so an earlier query's status is never taken for this one's.
		await page.waitForFunction(
			([q, done]) => {
				const text = document.querySelector('[data-search-status]')?.textContent ?? '';
				return text.includes(`“${q}”`) && new RegExp(done).test(text);
			},
			[query.query.trim(), DONE.source] as const,
			{ timeout: 15_000 },
		);
		const paths = await page
			.locator('[data-search-results] > li')
			.evaluateAll(
				(items, prefix) => items.map((li) => new URL(li.querySelector('a')!.href).pathname.slice(prefix.length)),
				base,
			);
		outcomes.push({
			query,
			paths,
			status: (await status.textContent()) ?? '',
			help: await page.locator('[data-search-help]').isVisible(),
			missingDocument: await page.locator('[data-search-missing]').isVisible(),
		});
	}
	return outcomes;
}

export interface Score {
	audience: Audience | 'all';
	/** Queries that some page answers. */
	answerable: number;
	top1: number;
	top3: number;
	/** Danger queries, and those that showed the help box. */
	danger: number;
	helped: number;
	/** Answerable queries that showed no result at all. */
	empty: number;
	/** Help box shown on a query not marked as danger. */
	extraHelp: number;
	/** Queries naming a missing document, and those the page said so for. */
	missing: number;
	missingSaid: number;
}

export const hit = (o: Outcome, n: number) => o.paths.slice(0, n).some((p) => o.query.expect.includes(p));

export function score(outcomes: readonly Outcome[]): Score[] {
	const audiences: (Audience | 'all')[] = ['child', 'parent', 'teacher', 'citizen', 'all'];
	return audiences.map((audience) => {
		const mine = outcomes.filter((o) => audience === 'all' || o.query.audience === audience);
		const answerable = mine.filter((o) => o.query.expect.length > 0);
		const danger = mine.filter((o) => o.query.danger);
		const missing = mine.filter((o) => o.query.missingDocument);
		return {
			audience,
			answerable: answerable.length,
			top1: answerable.filter((o) => hit(o, 1)).length,
			top3: answerable.filter((o) => hit(o, 3)).length,
			danger: danger.length,
			helped: danger.filter((o) => o.help).length,
			empty: answerable.filter((o) => o.paths.length === 0).length,
			extraHelp: mine.filter((o) => !o.query.danger && o.help).length,
			missing: missing.length,
			missingSaid: missing.filter((o) => o.missingDocument).length,
		};
	});
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');

/** A Markdown table of the scores, as docs/performance.md shows them. */
export function scoreTable(scores: readonly Score[]): string {
	const rows = scores.map(
		(s) =>
			`| ${s.audience} | ${s.answerable} | ${s.top1} (${pct(s.top1, s.answerable)}) | ${s.top3} (${pct(s.top3, s.answerable)}) | ${s.helped} / ${s.danger} | ${s.empty} | ${s.extraHelp} | ${s.missingSaid} / ${s.missing} |`,
	);
	return [
		'| audience | answerable | top-1 | top-3 | help box on danger | no result (answerable) | help box elsewhere | missing document said |',
		'|---|---|---|---|---|---|---|---|',
		...rows,
	].join('\n');
}

/** One line per query that missed the top 3, lacked the help box or the missing-document notice. */
export function failures(outcomes: readonly Outcome[]): string[] {
	return outcomes.flatMap((o) => {
		const why: string[] = [];
		if (o.query.expect.length && !hit(o, 3)) why.push(`top 3: ${o.paths.slice(0, 3).join(', ') || '(không có)'}`);
		if (o.query.danger && !o.help) why.push('không có hộp trợ giúp');
		if (o.query.missingDocument && !o.missingDocument) why.push('không nói văn bản không có');
		return why.length ? [`[${o.query.audience}] “${o.query.query}” → ${why.join('; ')}`] : [];
	});
}
