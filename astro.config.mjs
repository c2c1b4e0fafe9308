// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import ogImages from './src/integrations/og-images.ts';
import { BASE_PATH, SITE_URL, SITE_URL_IS_DEFAULT } from './src/config/site.ts';

if (SITE_URL_IS_DEFAULT) {
	console.warn(
		`[bvte] SITE_URL chưa đặt: địa chỉ chuẩn (canonical), sitemap và robots.txt dùng ${SITE_URL}. Đặt SITE_URL=https://… trước khi triển khai.`,
	);
}

export default defineConfig({
	site: SITE_URL,
	base: BASE_PATH,
	trailingSlash: 'always',
	// A separate cache for builds of other content (tests of bad input, the scaling benchmark).
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// Lossless whitespace removal: the 'jsx' default glues "Gọi" to a following <a>111</a>.
	compressHTML: true,
	build: {
		format: 'directory',
		// One cached stylesheet instead of CSS inlined into every page: the second page costs only its HTML.
		inlineStylesheets: 'never',
	},
	integrations: [
		mdx(),
		sitemap({
			// The 404 page is not a page to find.
			filter: (page) => !/\/404\/?$/.test(page),
		}),
		pagefind(),
		headers(),
		ogImages(),
	],
	vite: {
		plugins: [tailwindcss()],
		build: {
			// No inline scripts at all (small ones would be inlined by default): the Content-Security-Policy
			// in public/_headers allows scripts from the site's own origin only.
			assetsInlineLimit: 0,
			rollupOptions: {
				onwarn(warning, warn) {
					// Each MDX module triggers ~10 harmless "use client"-style directive warnings.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
