// The critical block's pure side: its Content-Security-Policy hash, the inline styles a built page
// holds, and the move of the full stylesheet's <link> from <head> to the end of <body>. No DOM and no
// Vite here, so the build step (integrations/critical-css.ts), the nginx generator and the tests use
// the same functions.
//
// Why a hash and not 'unsafe-inline': the policy still refuses every inline style but this one block
// (an injected <style> or style="" attribute stays blocked). The hash must be in the page's <meta>
// policy and in the header policy, which is one _headers file for all pages: hence one identical block
// on every page, and the build fails if a page carries another.
import { createHash } from 'node:crypto';

/** The CSP source allowing an inline <style> whose text is exactly `css`: 'sha256-<base64>'. */
export function cspHash(css: string): string {
	return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * Tailwind's output without what the critical block can do without: the licence banner (the full
 * stylesheet carries it), the `@layer properties` block, a fallback for browsers without @property
 * (older browsers; there the full stylesheet, a moment later, brings it), and the @property registration
 * of any custom property the block never reads.
 */
export function trimCritical(css: string): string {
	let out = css.replace(/^\/\*![^*]*\*+(?:[^/*][^*]*\*+)*\//, '');
	out = out.replace(/@property (--[\w-]+)\{[^}]*\}/g, (rule, name: string) =>
		out.includes(`var(${name}`) ? rule : '',
	);
	const start = out.indexOf('@layer properties{');
	if (start >= 0) {
		let depth = 0;
		for (let i = start; i < out.length; i++) {
			if (out[i] === '{') depth++;
			else if (out[i] === '}' && --depth === 0) {
				out = out.slice(0, start) + out.slice(i + 1);
				break;
			}
		}
	}
	return out.trim();
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*>/gi;
const HAS_STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*>/i;

/** The text of each <style> element of a page, in order. */
export function inlineStyles(html: string): string[] {
	return [...html.matchAll(STYLE)].map((m) => m[1]!);
}

/** The CSP hashes of every inline style of the given pages, each once. */
export function inlineStyleHashes(pages: Iterable<string>): string[] {
	const hashes = new Set<string>();
	for (const html of pages) for (const css of inlineStyles(html)) hashes.add(cspHash(css));
	return [...hashes].sort();
}

/**
 * The page with every stylesheet <link> of its <head> moved to just before </body> (in their order),
 * where it no longer holds back the first paint: the browser paints what is above it with the critical
 * block and applies the stylesheet when it arrives. Pages without such a link come back unchanged.
 */
export function moveStylesheetsToBodyEnd(html: string): string {
	const headEnd = html.indexOf('</head>');
	const bodyEnd = html.lastIndexOf('</body>');
	if (headEnd < 0 || bodyEnd < headEnd) return html;
	const head = html.slice(0, headEnd);
	const links = head.match(STYLESHEET);
	if (!links) return html;
	const body = html.slice(headEnd, bodyEnd);
	return `${head.replace(STYLESHEET, '')}${body}${links.join('')}${html.slice(bodyEnd)}`;
}

/** What is wrong with a built page's critical block: no block, another block than the site's, or a
 *  <meta> policy that does not allow it. Empty when all is well. */
export function criticalProblems(html: string, expectedHash: string): string[] {
	const problems: string[] = [];
	const styles = inlineStyles(html);
	if (styles.length === 0) problems.push('không có khối CSS quan trọng (<style>) trong <head>');
	for (const css of styles) {
		const hash = cspHash(css);
		if (hash !== expectedHash) problems.push(`khối <style> khác với khối chung của trang web (${hash})`);
	}
	const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
	if (meta && !meta.includes(expectedHash))
		problems.push('chính sách CSP trong <meta> không cho phép khối CSS quan trọng');
	if (HAS_STYLESHEET.test(html.slice(0, html.indexOf('</head>')))) problems.push('tệp CSS đầy đủ vẫn nằm trong <head>');
	return problems;
}
