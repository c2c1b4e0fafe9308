// The checkers behind the quality gates, shared by the tests over every built page and by
// the tests that feed each checker a fixture with a known fault (tests/fixtures/gates/), so a checker
// that stops checking fails the suite.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

// ---------- HTML validity ----------

const HTML_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro's compressed output and Tailwind classes: style choices, not validity.
		'attr-quotes': 'off',
		'void-style': 'off',
		'no-trailing-whitespace': 'off',
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		'no-inline-style': 'off',
		'no-redundant-for': 'off',
		'long-title': 'off',
		// Vietnamese typography uses “ ” and … in text.
		'no-raw-characters': 'off',
		'tel-non-breaking': 'off',
	},
};
const validator = new HtmlValidate(HTML_CONFIG);

/** Error messages of html-validate for one HTML document. */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
	const report = await validator.validateString(html, name);
	return report.results.flatMap((r) =>
		r.messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
	);
}

// ---------- Links ----------

/** Internal links and resources of a page that do not resolve to a built file or an element id. */
export function brokenLinks(html: string, page: string, dist: string, base: string): string[] {
	const problems: string[] = [];
	const ids = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
	const pageFile = join(dist, page);
	for (const [, attr, raw] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
		const value = raw!.replace(/&amp;/g, '&');
		if (/^(https?:|tel:|mailto:|data:)/.test(value)) continue;
		if (value.startsWith('#')) {
			if (value.length > 1 && !ids(pageFile).has(decodeURIComponent(value.slice(1))))
				problems.push(`${page}: ${attr}="${value}" (không có id)`);
			continue;
		}
		if (!value.startsWith(base)) {
			problems.push(`${page}: ${attr}="${value}" (không đi qua BASE_PATH ${base})`);
			continue;
		}
		const [path, fragment] = value.slice(base.length).split('#') as [string, string | undefined];
		const clean = decodeURI(path.split('?')[0]!);
		const file = join(dist, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
		if (!existsSync(file)) problems.push(`${page}: ${attr}="${value}" (không có tệp)`);
		else if (fragment && file.endsWith('.html') && !ids(file).has(decodeURIComponent(fragment)))
			problems.push(`${page}: ${attr}="${value}" (không có id)`);
	}
	return problems;
}

/** External links that are not https, point to a bare IP, lack rel="noopener noreferrer", or are
 *  not one of the allowed URLs (the cited sources and the quick exit). */
export function badExternalLinks(html: string, page: string, allowed: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	for (const [tag] of html.matchAll(/<a\b[^>]*\shref="https?:[^"]*"[^>]*>/g)) {
		const url = tag.match(/\shref="([^"]*)"/)![1]!.replace(/&amp;/g, '&');
		const rel = tag.match(/\srel="([^"]*)"/)?.[1] ?? '';
		const host = new URL(url).hostname;
		if (!url.startsWith('https://')) problems.push(`${page}: ${url} (không phải https)`);
		if (/^\d+\.\d+\.\d+\.\d+$|^\[/.test(host)) problems.push(`${page}: ${url} (địa chỉ IP)`);
		if (!allowed.has(url)) problems.push(`${page}: ${url} (không có trong nguồn)`);
		if (!tag.includes('data-quick-exit') && !(rel.includes('noopener') && rel.includes('noreferrer')))
			problems.push(`${page}: ${url} (thiếu rel="noopener noreferrer")`);
	}
	return problems;
}

// ---------- In the browser ----------

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG 2.2 A/AA and axe's best practices (landmarks: "region", one main, headings…). */
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

/** axe-core violations (WCAG 2.2 A/AA and best practices) of the page as loaded. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return result.violations.map(
		(v) => `${new URL(page.url()).pathname}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
	);
}

/** Records requests to another origin (except those allowed, e.g. after a quick exit). */
export function watchExternalRequests(context: BrowserContext, origin: string) {
	const seen: string[] = [];
	let paused = false;
	context.on('request', (request) => {
		const url = request.url();
		if (paused || /^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) seen.push(url);
	});
	return {
		seen,
		pause: () => {
			paused = true;
		},
	};
}

/** Records Content-Security-Policy violations the browser reports, on every page of the context. */
export async function watchCspViolations(context: BrowserContext) {
	const seen: string[] = [];
	await context.exposeBinding('__reportCsp', (_source, text: string) => {
		seen.push(text);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
				`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
			);
		});
	});
	return seen;
}

/** Everything a page stored on the device. */
export async function storedData(page: Page) {
	return page.evaluate(async () => ({
		cookie: document.cookie,
		local: localStorage.length,
		session: sessionStorage.length,
		indexedDB: (await indexedDB.databases()).map((d) => d.name),
		caches: await caches.keys(),
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
	}));
}
export const NOTHING_STORED = { cookie: '', local: 0, session: 0, indexedDB: [], caches: [], serviceWorkers: 0 };
