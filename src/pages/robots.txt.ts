// robots.txt: allow everything and point at the sitemap on SITE_URL (a preview build, without
// SITE_URL, has no sitemap and so no Sitemap line).
import { routes } from '~/config/routes';
import type { APIRoute } from 'astro';
import { SITE_ORIGIN } from '~/config/site';
import { absoluteUrl } from '~/lib/url';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n${SITE_ORIGIN ? `\nSitemap: ${absoluteUrl(routes.sitemap())}\n` : ''}`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
