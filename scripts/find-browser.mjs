#!/usr/bin/env node
// Finds a Chromium for the tests (Playwright and Lighthouse share it) and prints its path:
//   1. CHROME_PATH, if set;  2. /usr/bin/chromium;  3. installs Debian's chromium when running as root
//   with apt-get;  4. Playwright's own browser, if `npx playwright install chromium` already fetched it;
//   otherwise it says what to install and exits non-zero.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const DEBIAN = '/usr/bin/chromium';

function found(path, how) {
	console.log(`Trình duyệt cho kiểm thử: ${path} (${how})`);
	process.exit(0);
}

const fromEnv = process.env.CHROME_PATH;
if (fromEnv) {
	if (existsSync(fromEnv)) found(fromEnv, 'CHROME_PATH');
	console.error(`CHROME_PATH=${fromEnv} không tồn tại.`);
	process.exit(1);
}
if (existsSync(DEBIAN)) found(DEBIAN, 'Debian');

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
	console.log('Chưa có Chromium: đang cài gói "chromium" của Debian (apt-get)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	if (existsSync(DEBIAN)) found(DEBIAN, 'vừa cài bằng apt-get');
}

const bundled = chromium.executablePath();
if (bundled && existsSync(bundled)) found(bundled, 'trình duyệt của Playwright');

console.error(
	[
		'Không tìm thấy Chromium cho kiểm thử. Chọn một cách:',
		'  - Debian/Ubuntu: sudo apt-get install chromium',
		'  - hoặc: npx playwright install chromium',
		'  - hoặc đặt CHROME_PATH=/đường/dẫn/tới/chrome',
	].join('\n'),
);
process.exit(1);
