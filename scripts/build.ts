// `npm run build`: all or nothing. Astro builds into a folder beside the output (dist-next/) and the
// result replaces dist/ only when the whole build and every check of src/build-checks/ passed, so a
// failed build leaves the previous dist/ as it was (or none), never half a site with server chunks
// (.prerender/) in it. A release build needs SITE_URL; `--preview` (what `npm start` runs) builds a
// site to look at on this machine, with paths instead of absolute addresses. Once dist/ is in place,
// the nginx configuration for it is written beside it (dist-config/nginx/, integrations/nginx.ts).
//   node scripts/build.ts [--preview] [--outDir dist] [--config <astro config>]
// (--config: another Astro configuration, as the benchmarks and the promise runner use.)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { writeNginxConfig } from '../src/integrations/nginx.ts';
import { BASE_PATH } from '../src/config/site.ts';

const args = process.argv.slice(2);
const preview = args.includes('--preview') || process.env['PREVIEW'] === '1';
const at = args.indexOf('--outDir');
const out = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : 'dist');
const next = `${out}-next`;
const old = `${out}-old`;

// Leftovers of a build that was killed half-way.
for (const dir of [next, old]) rmSync(dir, { recursive: true, force: true });

const astro = resolve(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const config = args.indexOf('--config');
const run = spawnSync(
	process.execPath,
	[astro, 'build', '--outDir', next, ...(config >= 0 ? ['--config', args[config + 1]!] : [])],
	{
		stdio: 'inherit',
		env: { ...process.env, ...(preview ? { PREVIEW: '1' } : {}) },
	},
);
if (run.status !== 0) {
	rmSync(next, { recursive: true, force: true });
	const kept = existsSync(out) ? `${out} của lần dựng trước được giữ nguyên` : `chưa có ${out}`;
	console.error(`\nBản dựng không thành công: không thay gì (${kept}). Sửa các lỗi ở trên rồi dựng lại.`);
	process.exit(run.status ?? 1);
}
rmSync(resolve(next, '.prerender'), { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
const nginx = await writeNginxConfig(out, BASE_PATH);
console.log(`Cấu hình nginx cho ${out}: ${nginx}/site.conf (và site-brotli.conf)`);
if (preview) console.log(`Bản xem thử (không có SITE_URL: địa chỉ là đường dẫn, không có sitemap) ở ${out}.`);
