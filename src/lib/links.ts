// Which cited addresses may become links. Pure: imported by components and tests.
import type { Source } from '../schemas/source.ts';

/** A URL we may link to: https, a host name (not a bare IP address). */
export function isSafeUrl(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	const bareIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
	return protocol === 'https:' && !bareIp;
}

/**
 * The address a source links to, or undefined when it is shown as plain text: a source marked `avoid`
 * never links; copies and mirrors link only to their original; http:// and bare-IP addresses never
 * become links.
 */
export function linkTarget(source: Source): string | undefined {
	if (source.avoid) return undefined;
	const candidate = source.kind === 'copy' ? source.original : source.url;
	return candidate && isSafeUrl(candidate) ? candidate : undefined;
}
