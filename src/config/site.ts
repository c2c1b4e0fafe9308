// Build settings, read once from the environment.
// THIS FILE IS IMPORTED BY astro.config.mjs (plain Node) AND BY PAGES: keep it free of Astro imports.
//
// SITE_URL    canonical origin (https://example.org). A release build fails without it (src/build-checks/);
//             a preview (PREVIEW=1: `npm start`, `npm run build -- --preview`) prints site paths instead.
// PREVIEW     "1" for a build to look at on this machine, not to publish.
// BASE_PATH   sub-folder the site is served from, e.g. /bao-ve-tre-em/ (leading and trailing slash added if missing).
// BUILD_DATE  YYYY-MM-DD; the only clock the build reads (default: today in Việt Nam, UTC+7).
// PUBLISHER   the name shown as publisher on "Về trang này" and in metadata.
// QUICK_EXIT_URL  the neutral page the "Thoát nhanh" control leaves for.

const env = process.env;

const LOCAL_ORIGIN = 'http://localhost:4321';

function readSiteUrl(): string | undefined {
	const raw = env['SITE_URL']?.trim();
	if (!raw) return undefined;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_URL="${raw}" không phải một địa chỉ hợp lệ (ví dụ: https://baovetreem.example.vn).`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL="${raw}" chỉ được là gốc tên miền (scheme + host). Đặt thư mục con bằng BASE_PATH.`);
	}
	return url.origin;
}

/** "/bao-ve-tre-em", "bao-ve-tre-em/" → "/bao-ve-tre-em/"; "" or "/" → "/". Astro needs the leading and
 *  the trailing slash: without the trailing one, links come out as /bao-ve-tre-emtim-kiem/. */
export function normaliseBasePath(raw: string): string {
	if (!/^[\w\-/.]*$/.test(raw)) throw new Error(`BASE_PATH="${raw}" chỉ được chứa chữ, số, "-", "_", "." và "/".`);
	const trimmed = raw.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

function readBasePath(): string {
	return normaliseBasePath(env['BASE_PATH']?.trim() ?? '/');
}

/** Today's date in Việt Nam (UTC+7), as YYYY-MM-DD. */
function todayInVietnam(): string {
	return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

function readBuildDate(): string {
	const raw = env['BUILD_DATE']?.trim() || todayInVietnam();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
		throw new Error(`BUILD_DATE="${raw}" phải có dạng YYYY-MM-DD.`);
	}
	return raw;
}

function readQuickExitUrl(): string {
	const raw = env['QUICK_EXIT_URL']?.trim() || 'https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt';
	const url = new URL(raw);
	if (url.protocol !== 'https:') throw new Error(`QUICK_EXIT_URL="${raw}" phải dùng https.`);
	return url.href;
}

/** The site's origin from SITE_URL, or undefined (a preview or the dev server): absoluteUrl() then gives paths. */
/** The content folder as given: CONTENT_DIR (tests of bad input, the scaling benchmark), else content/.
 *  Read at each call: tests point it at a copy while the process runs. */
export function contentFolder(): string {
	return env['CONTENT_DIR'] ?? 'content';
}

export const SITE_ORIGIN = readSiteUrl();
/** The origin to resolve against: SITE_URL, else the dev server's. Never printed in a build (the build
 *  checks remove it from a preview's pages and fail on any "localhost" left). */
export const SITE_URL = SITE_ORIGIN ?? LOCAL_ORIGIN;
/** True when SITE_URL was not set. */
export const SITE_URL_IS_DEFAULT = SITE_ORIGIN === undefined;
/** A build to look at on this machine (`npm start`, `--preview`): SITE_URL may be missing. */
export const PREVIEW = env['PREVIEW'] === '1';
export const BASE_PATH = readBasePath();
export const BUILD_DATE = readBuildDate();
export const QUICK_EXIT_URL = readQuickExitUrl();

export const site = {
	/** Site name, shown in the header and in <title>. */
	name: 'Bảo vệ trẻ em Hải Phòng',
	/** Who publishes the site. Claim no official status that the facts do not give. */
	publisher: env['PUBLISHER']?.trim() || 'Nhóm biên tập trang Bảo vệ trẻ em Hải Phòng',
	/** Where the site's local services are (the city), and the country of the national lines. */
	city: 'Hải Phòng',
	country: 'Việt Nam',
	locale: 'vi-VN',
	lang: 'vi',
	timeZone: 'Asia/Ho_Chi_Minh',
} as const;
