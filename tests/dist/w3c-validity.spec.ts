// Every built page passes the W3C Nu HTML checker (the validator behind validator.w3.org/nu, from the
// vnu-jar package, on Java: scripts/setup-tests.mjs finds or installs it). One Java process checks all
// pages at once (it takes seconds to start). A fixture with known faults goes through the same run, so
// a checker that stops reporting fails the test.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { javaPath } from '../../scripts/lib/programs.ts';
import { builtPages } from '../support/utils.ts';

const FIXTURE = resolve('tests/fixtures/gates/invalid.html');
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** The checker also reads the critical block inlined in every <head> (components/critical-css/), with a
 *  CSS grammar older than what every current browser reads: container queries and @property. */
const OUTDATED_CSS = /^CSS: (“container-type”: Property “container-type” doesn.t exist\.|Unrecognized at-rule “@(container|property)”)$/;

interface NuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
}

test('W3C Nu: không trang nào có lỗi HTML', () => {
	test.setTimeout(180_000);
	const java = javaPath();
	expect(java, 'cần Java: chạy "npm run test:setup"').toBeTruthy();
	const pages = builtPages().map((p) => resolve('dist', p));
	expect(pages.length).toBeGreaterThan(10);
	const run = spawnSync(java!, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', FIXTURE, ...pages], {
		encoding: 'utf8',
		maxBuffer: 1 << 26,
	});
	expect(run.error).toBeUndefined();
	// Nu writes its JSON report to stderr.
	const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
	const errors = messages.filter((m) => (m.type === 'error' || m.subType === 'fatal') && !OUTDATED_CSS.test(m.message));
	const inFixture = errors.filter((m) => m.url.endsWith('/invalid.html'));
	expect(inFixture.length, 'trang mẫu có lỗi phải bị báo').toBeGreaterThan(0);
	const inPages = errors
		.filter((m) => !m.url.endsWith('/invalid.html'))
		.map((m) => `${m.url.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine}: ${m.message}`);
	expect(inPages).toEqual([]);
	console.log(`Nu: ${pages.length} trang, 0 lỗi`);
});
