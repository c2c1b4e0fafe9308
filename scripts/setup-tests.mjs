#!/usr/bin/env node
// Finds, or installs, the programs the tests drive besides Node, and prints where they are:
//   Chromium (Playwright, axe, Lighthouse)  CHROME_PATH, else /usr/bin/chromium, else Debian's
//                                           `chromium`, else Playwright's own browser if already fetched;
//   Java (the W3C Nu HTML checker, vnu-jar)  JAVA_PATH, else $JAVA_HOME/bin/java, else /usr/bin/java,
//                                           else Debian's `default-jre-headless`;
//   nginx (the web server the browser tests  NGINX_PATH, else /usr/sbin/nginx, else Debian's `nginx`
//   run against, as a host would serve)     with `libnginx-mod-http-brotli-filter` (brotli is optional:
//                                           without the module the tests' server sends gzip only).
// Debian packages are installed (one apt-get run for all) only when running as root with apt-get;
// otherwise it says what to install, or which variable to set, and exits non-zero.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumPath, javaPath, nginxBrotli, nginxPath } from './lib/programs.ts';

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/** Where each tool is, or undefined. */
function find() {
	const bundled = chromium.executablePath();
	return {
		chromium: chromiumPath() ?? (bundled && existsSync(bundled) ? bundled : undefined),
		java: javaPath(),
		nginx: nginxPath(),
	};
}

for (const [name, value] of [
	['CHROME_PATH', process.env.CHROME_PATH],
	['JAVA_PATH', process.env.JAVA_PATH],
	['NGINX_PATH', process.env.NGINX_PATH],
]) {
	if (value && !existsSync(value)) {
		console.error(`${name}=${value} không tồn tại.`);
		process.exit(1);
	}
}

let tools = find();
const missing = [
	...(tools.chromium ? [] : ['chromium']),
	...(tools.java ? [] : ['default-jre-headless']),
	...(tools.nginx ? [] : ['nginx']),
	// Only beside Debian's own nginx: the module is built for that binary.
	...(nginxBrotli() || process.env.NGINX_PATH ? [] : ['libnginx-mod-http-brotli-filter']),
];
if (missing.length && canInstall) {
	console.log(`Đang cài gói Debian cho kiểm thử: ${missing.join(', ')} (apt-get)…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
	tools = find();
}

const help = {
	chromium: [
		'Debian/Ubuntu: sudo apt-get install chromium',
		'hoặc: npx playwright install chromium',
		'hoặc đặt CHROME_PATH=/đường/dẫn/tới/chrome',
	],
	java: [
		'Debian/Ubuntu: sudo apt-get install default-jre-headless',
		'hoặc cài Java 11 trở lên và đặt JAVA_PATH=/đường/dẫn/tới/java (hoặc JAVA_HOME)',
	],
	nginx: [
		'Debian/Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-filter',
		'hoặc cài nginx 1.22 trở lên và đặt NGINX_PATH=/đường/dẫn/tới/nginx (NGINX_MODULES: thư mục có mô-đun brotli, nếu có)',
	],
};
let failed = false;
for (const [tool, path] of Object.entries(tools)) {
	if (path) {
		console.log(`Kiểm thử dùng ${tool}: ${path}`);
	} else {
		failed = true;
		console.error(
			[`Không tìm thấy ${tool} cho kiểm thử. Chọn một cách:`, ...help[tool].map((line) => `  - ${line}`)].join('\n'),
		);
	}
}
if (tools.nginx)
	console.log(
		nginxBrotli()
			? `nginx nén brotli bằng ${nginxBrotli()}`
			: 'nginx không có mô-đun brotli: máy chủ kiểm thử chỉ nén gzip',
	);
process.exit(failed ? 1 : 0);
