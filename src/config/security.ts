// The security headers of every page, in one place: written to dist/_headers at build time (Netlify,
// Cloudflare Pages), to the nginx configuration beside dist/ (integrations/nginx.ts; other hosts: see
// README "Security headers") and, for hosts that cannot send headers, the policy is repeated as a
// <meta http-equiv> in each page (a meta policy cannot carry frame-ancestors, report-to or sandbox, so
// those need real headers). The one inline style the policy allows, the critical block of every page
// (components/critical-css/), is known only once Tailwind has built it: the functions take its hash.
import { routes } from './routes.ts';

/** Content-Security-Policy directives. No inline script anywhere; Pagefind compiles WebAssembly, hence
 *  'wasm-unsafe-eval'. The search runs on the page (noWorker); the one worker is the offline copy's
 *  service worker (components/offline/), a file of the site, registered only when the reader asks. */
export const CSP: Record<string, string> = {
	'default-src': "'self'",
	'script-src': "'self' 'wasm-unsafe-eval'",
	'style-src': "'self'",
	'img-src': "'self' data:",
	'font-src': "'self'",
	'connect-src': "'self'",
	'worker-src': "'self'",
	'object-src': "'none'",
	'base-uri': "'none'",
	'form-action': "'self'",
	'frame-ancestors': "'none'",
};

/** Directives a <meta http-equiv> policy ignores. */
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The directives with the given inline-style hashes ('sha256-…') added to style-src. */
function directives(styleHashes: readonly string[]): [string, string][] {
	return Object.entries(CSP).map(([k, v]) => [
		k,
		k === 'style-src' && styleHashes.length ? `${v} ${styleHashes.join(' ')}` : v,
	]);
}

/** The policy as a header, allowing the inline styles whose hashes are given. */
export function cspHeader(styleHashes: readonly string[] = []): string {
	return directives(styleHashes)
		.map(([k, v]) => `${k} ${v}`)
		.join('; ');
}

/** The policy for a page's <meta http-equiv>, allowing the inline styles whose hashes are given. */
export function cspMeta(styleHashes: readonly string[] = []): string {
	return directives(styleHashes)
		.filter(([k]) => !HEADER_ONLY.has(k))
		.map(([k, v]) => `${k} ${v}`)
		.join('; ');
}

/** Headers for every response but the policy (see securityHeaders). */
const OTHER_HEADERS: Record<string, string> = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// Browsers that once reached the site over https never try http again for a year: a child on public
	// Wi-Fi cannot be sent a plain-http copy. Ignored over http (the local preview).
	'Strict-Transport-Security': 'max-age=31536000',
};

/** Headers for every response, the policy allowing the inline styles whose hashes are given (the
 *  build passes the critical block's). */
export function securityHeaders(styleHashes: readonly string[] = []): Record<string, string> {
	return { 'Content-Security-Policy': cspHeader(styleHashes), ...OTHER_HEADERS };
}

/** The headers with a policy that allows no inline style at all (test fixtures). */
export const SECURITY_HEADERS: Record<string, string> = securityHeaders();

const YEAR = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';
/** Every other file (pages, PDFs, the offline copy's worker and list): asked again on each use, so a
 *  changed hotline or a new build reaches readers at once (a 304 costs a few hundred bytes). Servers
 *  configured from this file use it (integrations/nginx.ts); _headers leaves it to the host's default,
 *  which on Netlify and Cloudflare Pages is the same (see CACHE_RULES). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Cache rules by path (relative to the site root). Hashed files never change; Pagefind's unhashed
 *  entry files must be re-checked soon after a deploy. HTML keeps the host's default (Netlify and
 *  Cloudflare Pages revalidate HTML on every request): a rule on "/*" would be joined with these by
 *  hosts that merge matching rules, giving two Cache-Control values. */
export const CACHE_RULES: [pattern: string, value: string][] = [
	[`${routes.assets()}*`, YEAR],
	[routes.pagefind('fragment/*'), YEAR],
	[routes.pagefind('index/*'), YEAR],
	[routes.pagefind('filter/*'), YEAR],
	[routes.pagefind('pagefind.js'), SHORT],
	[routes.searchScript(), SHORT],
	[routes.searchData(), SHORT],
	[routes.pagefind('pagefind-entry.json'), SHORT],
	[routes.pagefind('*.pagefind'), SHORT],
	[routes.pagefind('*.pf_meta'), SHORT],
];

/** The type of each kind of file the site publishes, by extension, for servers that are told them
 *  (integrations/nginx.ts) and for the materials' own endpoint (pages/tai-lieu/[file].ts). Text types
 *  are sent with charset=utf-8. Pagefind's index files are already compressed binary. */
export const CONTENT_TYPES: Record<string, string> = {
	html: 'text/html',
	css: 'text/css',
	js: 'text/javascript',
	json: 'application/json',
	webmanifest: 'application/manifest+json',
	xml: 'application/xml',
	txt: 'text/plain',
	ics: 'text/calendar',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	ico: 'image/x-icon',
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	wasm: 'application/wasm',
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	pf_filter: 'application/octet-stream',
};

/** The _headers file (Netlify / Cloudflare Pages syntax), the policy allowing the given inline styles. */
export function headersFile(styleHashes: readonly string[] = []): string {
	const lines = ['# Generated at build time from src/config/security.ts. Do not edit here.', '/*'];
	for (const [name, value] of Object.entries(securityHeaders(styleHashes))) lines.push(`  ${name}: ${value}`);
	for (const [pattern, value] of CACHE_RULES) lines.push('', pattern, `  Cache-Control: ${value}`);
	return `${lines.join('\n')}\n`;
}
