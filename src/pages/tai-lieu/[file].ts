// Each material as a file under /tai-lieu/ (PDF, Word, PowerPoint or PNG), generated at build time from
// content data by src/materials/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_TYPES } from '~/config/security';
import { getMaterials, type Material } from '~/materials';

export const getStaticPaths = (async () =>
	(await getMaterials()).map((m) => ({ params: { file: m.file }, props: { material: m } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { material } = props as { material: Material };
	return new Response(Buffer.from(material.bytes), { headers: { 'Content-Type': CONTENT_TYPES[material.format]! } });
};
