// robots.txt: allow everything and point at the sitemap on SITE_URL.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/lib/url';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
