// The programs the tests and benchmarks drive besides Node, where this machine has them (setup-tests.mjs
// installs them first when it can):
//   chromiumPath()  CHROME_PATH, else Debian's /usr/bin/chromium, else undefined (Playwright's own);
//   javaPath()      JAVA_PATH, else $JAVA_HOME/bin/java, else /usr/bin/java (for the Nu HTML checker);
//   nginxPath()     NGINX_PATH, else Debian's /usr/sbin/nginx (the web server of the browser tests);
//   nginxBrotli()   the brotli filter module: NGINX_MODULES (a folder), else Debian's
//                   /usr/lib/nginx/modules; undefined when the file is not there (gzip only).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function chromiumPath(): string | undefined {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) return fromEnv;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function javaPath(): string | undefined {
	const fromEnv = process.env['JAVA_PATH'];
	if (fromEnv) return fromEnv;
	const home = process.env['JAVA_HOME'];
	if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
	return existsSync('/usr/bin/java') ? '/usr/bin/java' : undefined;
}

export function nginxPath(): string | undefined {
	const fromEnv = process.env['NGINX_PATH'];
	if (fromEnv) return fromEnv;
	return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
}

/** Debian's module package libnginx-mod-http-brotli-filter puts the filter here. */
export function nginxBrotli(): string | undefined {
	const file = join(process.env['NGINX_MODULES'] ?? '/usr/lib/nginx/modules', 'ngx_http_brotli_filter_module.so');
	return existsSync(file) ? file : undefined;
}
