// The build is the gate: `npm run build` (what editors, `npm start` and every static host run) fails,
// naming the file and the line or field and saying what to do, on any input that would publish
// something wrong. Three places run the checks of this folder:
//   astro:config:setup  before Astro reads content: SITE_URL of a release build, files of content/,
//                       every data file, every frontmatter, page addresses (content.ts);
//   the MDX compiler    each page's body: only Markdown and the site's components (mdx.ts);
//   astro:build:done    every built file: phone numbers, size, inline code, other hosts, localhost (dist.ts).
// The data files are also read by their own loader (loaders.ts), so the content cache cannot serve
// stale entries.
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_DATE, PREVIEW, SITE_ORIGIN, SITE_URL } from '../config/site.ts';
import { idsIn } from '../schemas/ids.ts';
import { checkContent } from './content.ts';
import { localhostProblem, pageProblems } from './dist.ts';
import { componentNames, mdxRulesPlugin } from './mdx.ts';
import { BuildCheckError, failOn, type Problem } from './problem.ts';
import { filesUnder } from '../lib/built-files.ts';

/** The mdast plugin enforcing the MDX rules with the site's components and data (astro.config.mjs). */
export function siteMdxRules() {
	return mdxRulesPlugin({
		components: componentNames(readFileSync('src/components/mdx/index.ts', 'utf8')),
		ids: {
			Call: { ids: () => idsIn('hotlines.yaml'), file: 'content/hotlines.yaml' },
			Doc: { ids: () => idsIn('documents.yaml'), file: 'content/documents.yaml' },
		},
	});
}

/** A release build (anything but `npm start` / --preview) needs the site's address. */
export function siteUrlProblem(): Problem | undefined {
	if (PREVIEW) return undefined;
	if (!SITE_ORIGIN) {
		return {
			file: 'SITE_URL',
			message:
				'chưa đặt địa chỉ của trang: bản dựng để đăng cần nó cho địa chỉ chuẩn, sitemap, RSS, lịch và tài liệu in',
			fix: 'SITE_URL=https://<tên miền của trang> npm run build (chỉ xem thử trên máy này: npm start, hoặc npm run build -- --preview)',
		};
	}
	if (!SITE_ORIGIN.startsWith('https://')) {
		return {
			file: 'SITE_URL',
			message: `"${SITE_ORIGIN}" không dùng https://`,
			fix: 'SITE_URL=https://<tên miền của trang> npm run build',
		};
	}
	return undefined;
}

/** Built files whose text is checked for localhost (PDF text is drawn from the same data and addresses). */
const TEXT_FILES = /\.(html|xml|txt|ics|json|js|css|svg|webmanifest)$|^_headers$/;

export default function buildChecks(): AstroIntegration {
	let hotlineNumbers = new Set<string>();
	return {
		name: 'bvte:build-checks',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				const started = performance.now();
				const site = siteUrlProblem();
				if (site) throw new BuildCheckError([site], 'Thiếu SITE_URL');
				const result = checkContent({ buildDate: BUILD_DATE });
				failOn(result.problems, 'Nội dung trong content/ có lỗi');
				hotlineNumbers = result.hotlineNumbers;
				logger.info(`nội dung: ${result.files} tệp đúng quy tắc (${Math.round(performance.now() - started)} ms)`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const files = filesUnder(root);
				const problems: Problem[] = [];
				let pages = 0;
				for (const file of files) {
					if (!TEXT_FILES.test(file.split('/').at(-1)!) || file.startsWith('pagefind/')) continue;
					let text = await readFile(join(root, file), 'utf8');
					// Without SITE_URL (a preview), addresses are paths: canonical, og:url and the printed
					// address in the layout, and the RSS links, are built on the dev server's origin; drop it.
					if (!SITE_ORIGIN && /\.(html|xml)$/.test(file) && text.includes(SITE_URL)) {
						text = text.replaceAll(`${SITE_URL}/`, '/').replaceAll(SITE_URL, '/');
						await writeFile(join(root, file), text);
					}
					const shown = `dist/${file}`;
					if (file.endsWith('.html')) {
						pages += 1;
						problems.push(...pageProblems(shown, text, { allowedNumbers: hotlineNumbers }));
					}
					const local = localhostProblem(shown, text);
					if (local) problems.push(local);
				}
				failOn(problems, 'Trang dựng ra có lỗi');
				logger.info(`${pages} trang đúng quy tắc (${Math.round(performance.now() - started)} ms)`);
			},
		},
	};
}
