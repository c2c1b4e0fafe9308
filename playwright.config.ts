// Playwright runs every test that needs Node or a browser (pure unit tests run in Vitest):
//   content  the editors' files in content/, no build needed
//   dist     the built site on disk (dist/, and dist-base/ for the base path)
//   build    real builds: bad edits stop `npm run build`, fresh data, the preview server
//   browser  the built site served as a CDN would, in Chromium
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/lib/programs.ts';
import { BASE_PATH } from './src/config/site.ts';

const executablePath = chromiumPath();
const PORT = Number(process.env['PORT'] ?? 4399);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: false,
	// One worker: axe and the browser are CPU-bound and this machine has two cores.
	workers: 1,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		trace: 'off',
	},
	projects: [
		{ name: 'content', testDir: 'tests/content' },
		{ name: 'dist', testDir: 'tests/dist' },
		{ name: 'build', testDir: 'tests/build' },
		{
			name: 'browser',
			testDir: 'tests/browser',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					args: [
						'--no-sandbox',
						'--disable-dev-shm-usage',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				},
			},
		},
	],
	// The built site as a host serves it: Debian's nginx with the configuration the build wrote beside
	// dist/ (dist-config/nginx/), installed by `npm run test:setup`. `npm start` keeps the Node preview.
	webServer: {
		command: `node scripts/serve-nginx.mjs`,
		env: { PORT: String(PORT), BASE_PATH },
		url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
