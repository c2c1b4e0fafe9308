// Each printable material as a file under /tai-lieu/ (built at build time from content data).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMaterials, type Material } from '~/lib/materials';

export const getStaticPaths = (async () => (await getMaterials()).map((m) => ({ params: { file: m.file }, props: { material: m } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { material } = props as { material: Material };
	return new Response(Buffer.from(material.bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
