// robots.txt: allow everything and point at the sitemap on SITE_URL.
import { routes } from '~/config/routes';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/lib/url';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
