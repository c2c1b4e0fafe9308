// Runs `npm run build` (scripts/build.ts) on a copy of content/ in a temporary folder, with its own
// content cache, for the tests of what the build refuses and of stale data.
import { cpSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sandbox {
	root: string;
	content: string;
	cache: string;
	out: string;
}

/** A temporary folder with a copy of content/. */
export function sandbox(): Sandbox {
	const root = mkdtempSync(join(tmpdir(), 'bvte-dung-'));
	const content = join(root, 'content');
	cpSync('content', content, { recursive: true });
	return { root, content, cache: join(root, 'cache'), out: join(root, 'dist') };
}

/** `npm run build` on the sandbox's content: exit code and everything it printed. */
export function build(
	box: Sandbox,
	opts: { preview?: boolean; env?: Record<string, string> } = {},
): { code: number | null; output: string } {
	const env: Record<string, string | undefined> = {
		...process.env,
		CONTENT_DIR: box.content,
		ASTRO_CACHE_DIR: box.cache,
		BUILD_DATE: '2026-11-29',
		...opts.env,
	};
	if (opts.preview) delete env['SITE_URL'];
	const args = ['scripts/build.ts', '--outDir', box.out, ...(opts.preview ? ['--preview'] : [])];
	const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 120_000 });
	return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}
