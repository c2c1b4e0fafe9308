import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/browser.ts';

const executablePath = chromiumPath();
const PORT = Number(process.env['PORT'] ?? 4399);
const BASE_PATH = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

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
		{ name: 'unit', testDir: 'tests/unit', testMatch: '**/*.spec.ts' },
		{
			name: 'e2e',
			testDir: 'tests/e2e',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
