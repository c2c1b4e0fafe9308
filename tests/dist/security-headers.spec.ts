// The security policy the README promises, as published: dist/_headers sends it with every response
// (the values are written here, not read back from src/config/security.ts, so dropping one fails), and
// every page repeats the Content-Security-Policy in a <meta> for hosts that cannot send headers.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, readDist } from '../support/utils.ts';

/** The "/*" block of dist/_headers as name → value. */
function everyResponse(): Map<string, string> {
	const text = readFileSync('dist/_headers', 'utf8');
	const block = text.split(/\n(?=\S)/).find((b) => b.startsWith('/*\n'));
	expect(block, '_headers có khối /*').toBeTruthy();
	const headers = new Map<string, string>();
	for (const line of block!.split('\n').slice(1)) {
		const at = line.indexOf(':');
		if (at > 0) headers.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
	}
	return headers;
}

/** A policy as directive → sources. */
const directives = (policy: string) =>
	new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]));

test('_headers gửi kèm mọi phản hồi các tiêu đề bảo mật đã hứa', () => {
	const headers = everyResponse();
	expect(headers.get('Referrer-Policy')).toBe('no-referrer');
	expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
	expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
	expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{7,}/);
	for (const feature of ['camera', 'microphone', 'geolocation']) expect(headers.get('Permissions-Policy')).toContain(`${feature}=()`);
	const csp = directives(headers.get('Content-Security-Policy') ?? '');
	expect(csp.get('default-src')).toBe("'self'");
	expect(csp.get('object-src')).toBe("'none'");
	expect(csp.get('base-uri')).toBe("'none'");
	expect(csp.get('frame-ancestors')).toBe("'none'");
	// Only the site's own origin: no inline code, no eval, no other host or scheme for code.
	for (const [name, sources] of csp) {
		for (const token of sources.split(' ')) expect(["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'], `${name} ${token}`).not.toContain(token);
		if (name !== 'img-src') expect(sources, name).not.toContain('data:');
	}
});

test('mọi trang nhắc lại chính sách bảo mật trong <meta>, giống tiêu đề trừ frame-ancestors', () => {
	const header = directives(everyResponse().get('Content-Security-Policy') ?? '');
	header.delete('frame-ancestors');
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(50);
	for (const page of pages) {
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readDist(page));
		expect(meta, page).toBeTruthy();
		expect(directives(meta![1]!.replace(/&#39;/g, "'")), page).toEqual(header);
	}
});
