// The programs the tests and benchmarks drive besides Node, where this machine has them (setup-tests.mjs
// installs them first when it can):
//   chromiumPath()  CHROME_PATH, else Debian's /usr/bin/chromium, else undefined (Playwright's own);
//   javaPath()      JAVA_PATH, else $JAVA_HOME/bin/java, else /usr/bin/java (for the Nu HTML checker).
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
