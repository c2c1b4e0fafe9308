// The list of printable materials as data: file, title, readers, paper, pages, bytes, and where the
// hotline box sits on page 1 (used by the tests that render each PDF).
import { routes } from '~/config/routes';
import type { APIRoute } from 'astro';
import { getMaterials } from '~/lib/materials';
import { href } from '~/lib/url';

export const GET: APIRoute = async () => {
	const list = (await getMaterials()).map(({ bytes, preview: _preview, ...m }) => ({ ...m, url: href(routes.material(m.file)), size: bytes.length }));
	return new Response(JSON.stringify(list, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
