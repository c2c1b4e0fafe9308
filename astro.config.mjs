// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import criticalCss from './src/integrations/critical-css.ts';
import offline from './src/integrations/offline.ts';
import ogImages from './src/integrations/og-images.ts';
import buildChecks, { siteMdxRules } from './src/build-checks/integration.ts';
import { BASE_PATH, SITE_ORIGIN } from './src/config/site.ts';

export default defineConfig({
	// Without SITE_URL (a preview build, `npm start`) there is no site: addresses are paths and no
	// sitemap is written. A release build fails without it (src/build-checks/).
	...(SITE_ORIGIN ? { site: SITE_ORIGIN } : {}),
	base: BASE_PATH,
	trailingSlash: 'always',
	// Two pages on one address, or two data entries with one id, fail the build (the build checks
	// name the file first; this is the backstop).
	prerenderConflictBehavior: 'error',
	// A separate cache for builds of other content (tests of bad input, the scaling benchmark).
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// Lossless whitespace removal: the 'jsx' default glues "Gọi" to a following <a>111</a>.
	compressHTML: true,
	build: {
		format: 'directory',
		// One cached stylesheet instead of CSS inlined into every page: the second page costs only its HTML
		// (and the small critical block every page inlines, components/critical-css/).
		inlineStylesheets: 'never',
	},
	integrations: [
		// MDX pages may hold only Markdown and the site's components (src/build-checks/mdx.ts).
		mdx({ processor: satteri({ mdastPlugins: [siteMdxRules()] }) }),
		...(SITE_ORIGIN
			? [
					sitemap({
						// The 404 page is not a page to find.
						filter: (page) => !/\/404\/?$/.test(page),
					}),
				]
			: []),
		// First of the build:done steps: the others see the pages as published.
		criticalCss(),
		pagefind(),
		// After the search index, which the offline copy keeps.
		offline(),
		headers(),
		// The link-preview image of every page that names one (only with SITE_URL).
		ogImages(),
		// Last: checks every file the others wrote.
		buildChecks(),
	],
	vite: {
		plugins: [tailwindcss()],
		build: {
			// One stylesheet for the whole site, component styles included: at the end of <body> (the
			// critical block paints first, components/critical-css/), a second file arriving after the
			// first would move what the first has shown.
			cssCodeSplit: false,
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
