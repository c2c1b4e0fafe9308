// The offline copy's pure side, shared by the build (integrations/offline.ts), the service worker
// (sw.ts) and the control's script (offline-control.ts): which built files the copy keeps, the list
// with content hashes the build writes into the worker, what an update keeps, fetches and drops, and
// how a size reads. No DOM, no Cache API, no Node file access: unit-tested in tests/unit/offline.test.ts.
import { routes, type HelpPageId } from '../../config/routes.ts';

/** One kept file: its address relative to the site's base ("tong-dai/", "_astro/a.css"), a hash of
 *  its content, and its size in bytes. */
export interface OfflineEntry {
	path: string;
	hash: string;
	size: number;
}

/** What the build writes into the worker: the entries, and a version that changes with any of them. */
export interface OfflineManifest {
	version: string;
	entries: OfflineEntry[];
}

/** The written pages the copy keeps: every help page of content/pages/. */
const HELP_PAGES: readonly HelpPageId[] = [
	'goi-ai',
	'bao-tin',
	'thoat-nhanh',
	'xoa-dau-vet',
	'khi-em-goi-111',
	've-trang-nay',
];

/** A site path without its leading "/" ("/tong-dai/" → "tong-dai/"), as entries are written. */
const rel = (path: string) => path.replace(/^\//, '');

/** Folders kept whole (every page and file in them), and single pages and files. */
const KEPT_FOLDERS = [
	routes.hotlines(),
	routes.situations(),
	routes.guides(),
	routes.search(),
	routes.pagefind(),
	routes.assets(),
].map(rel);
/** The materials folder: its page and the printable PDFs, not the share images and editable Word and
 *  PowerPoint files (for sharing or editing online, and most of the folder's weight). */
const MATERIALS = rel(routes.materials());
const KEPT_MATERIAL = /(^|\/)index\.html$|\.pdf$/;
const KEPT_FILES = new Set(
	[routes.home(), routes.favicon(), routes.offlineScript(), ...HELP_PAGES.map((id) => routes.page(id))].map(rel),
);

/** The address of a built file relative to the base: "tong-dai/index.html" → "tong-dai/". */
export function addressOf(file: string): string {
	return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The built files (paths relative to dist/, "/" separators) the offline copy keeps: the home page, the
 * hotline page and every help page, the children's pages, every guide, the search page with the whole
 * search index, the materials page with every printable PDF, and the site's styles, scripts and icon
 * (the control's own script too, so that "Xóa bản lưu" works offline).
 */
export function keptFiles(files: readonly string[]): string[] {
	return files
		.filter((file) => {
			const address = addressOf(file);
			if (KEPT_FILES.has(address)) return true;
			if (address.startsWith(MATERIALS)) return KEPT_MATERIAL.test(file);
			return KEPT_FOLDERS.some((folder) => address.startsWith(folder));
		})
		.sort();
}

/** A short hex digest of a file's bytes (the first 16 hex digits of its SHA-256). */
export async function digest(bytes: ArrayBuffer | Uint8Array): Promise<string> {
	const hash = await crypto.subtle.digest('SHA-256', bytes instanceof Uint8Array ? new Uint8Array(bytes) : bytes);
	return [...new Uint8Array(hash)]
		.slice(0, 8)
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('');
}

/** The manifest of the given entries; its version is a digest of every path and hash. */
export async function manifestOf(entries: readonly OfflineEntry[]): Promise<OfflineManifest> {
	const sorted = [...entries].sort((a, b) => a.path.localeCompare(b.path));
	const version = await digest(new TextEncoder().encode(sorted.map((e) => `${e.path} ${e.hash}`).join('\n')));
	return { version, entries: sorted };
}

/** What an update does: entries whose file is unchanged are copied from the old copy, the others are
 *  fetched; paths the new list no longer has are dropped with the old copy. */
export interface UpdatePlan {
	copy: OfflineEntry[];
	fetch: OfflineEntry[];
	drop: string[];
}

export function planUpdate(previous: readonly OfflineEntry[] | undefined, next: readonly OfflineEntry[]): UpdatePlan {
	const before = new Map((previous ?? []).map((e) => [e.path, e.hash]));
	const nextPaths = new Set(next.map((e) => e.path));
	return {
		copy: next.filter((e) => before.get(e.path) === e.hash),
		fetch: next.filter((e) => before.get(e.path) !== e.hash),
		drop: [...before.keys()].filter((path) => !nextPaths.has(path)),
	};
}

/** The total size of the entries in bytes. */
export function totalSize(entries: readonly OfflineEntry[]): number {
	return entries.reduce((sum, e) => sum + e.size, 0);
}

/** A size as a reader reads it, in Vietnamese style: "2,9 MB", "640 KB". */
export function formatSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The prefix of every cache the copy makes; the cache of one version is this plus the version. */
export const CACHE_PREFIX = 'bvte-ban-luu-';
/** Where each version's cache keeps its own list (for the next update to compare against). */
export const LIST_KEY = '__danh-sach';

/** Written in the control's text where the copy's size goes; the build replaces it in every page
 *  (integrations/offline.ts), once it knows the size, and fails if one is left. */
export const SIZE_MARK = '[[dung-luong-ban-luu]]';
