// The materials benchmark's second configuration: the site's own config with the materials taken
// out, to time a build without them. src/materials/index.ts is replaced by a stub that makes no
// material (so /tai-lieu/ lists none and no file is drawn) and the link-preview images are not drawn.
// Used only by scripts/bench-materials.mjs (`astro build --config …`); production code has no switch.
import { fileURLToPath } from 'node:url';
import config from '../../astro.config.mjs';

const STUB = `export const getMaterials = async () => [];
export const materialsOf = async () => [];
export const campaignKit = async () => undefined;`;

export default {
	...config,
	root: fileURLToPath(new URL('../..', import.meta.url)),
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
