// The Chromium the tests drive: CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// (undefined). scripts/find-browser.mjs installs one first when it can.
import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) return fromEnv;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
