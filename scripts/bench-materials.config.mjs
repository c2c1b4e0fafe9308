// Astro config used ONLY by scripts/bench-materials.mjs: the site's own config with the materials
// taken out, to time a build without them. src/materials/index.ts is replaced by a stub that makes
// no material (so /tai-lieu/ lists none and no file is drawn) and the link-preview images are not
// drawn. Production code has no switch for this: the difference lives here, in the benchmark.
import config from '../astro.config.mjs';

const STUB = `export const getMaterials = async () => [];
export const materialsOf = async () => [];
export const campaignKit = async () => undefined;`;

export default {
	...config,
	integrations: config.integrations.filter((i) => i.name !== 'bvte:og-images'),
	vite: {
		...config.vite,
		plugins: [
			...(config.vite?.plugins ?? []),
			{
				name: 'bench:no-materials',
				enforce: 'pre',
				load(id) {
					if (id.replace(/\\/g, '/').endsWith('/src/materials/index.ts')) return STUB;
				},
			},
		],
	},
};
