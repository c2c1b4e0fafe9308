// The offline copy's service worker, registered only when a reader presses "Lưu để đọc khi mất mạng"
// (offline-control.ts) and removed by "Xóa bản lưu". Bundled by the build (integrations/offline.ts)
// into /sw.js with the list of kept files and their content hashes written in (__OFFLINE_MANIFEST__),
// so every build that changes a kept file changes the worker, and the browser, which checks the
// worker on each visit, installs the new one. Small and hand-written rather than Workbox: it does four
// things and keeps nothing but the listed files.
//   install   fills a cache named after this version: files unchanged since the copy already on the
//             phone are copied from it, the others fetched; on any failure the half-made cache is
//             deleted (nothing half-kept stays behind). Progress goes to the open pages.
//   activate  deletes every older copy.
//   fetch     pages: the network first, the kept copy when it fails or takes over 4 s, and the hotline
//             page for a page the copy does not keep; kept files: from the copy. Nothing else is
//             touched, and nothing is added to the copy while reading.
import {
	CACHE_PREFIX,
	LIST_KEY,
	planUpdate,
	totalSize,
	type OfflineEntry,
	type OfflineManifest,
} from './offline-files.ts';
import { routes } from '../../config/routes.ts';

declare const __OFFLINE_MANIFEST__: OfflineManifest;

// The few service-worker types used here (the project's TypeScript lib is the DOM's).
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
	registration: { scope: string };
	clients: {
		claim(): Promise<void>;
		matchAll(options: {
			type: 'window';
			includeUncontrolled: boolean;
		}): Promise<{ postMessage(message: unknown): void }[]>;
	};
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const MANIFEST = __OFFLINE_MANIFEST__;
const CACHE = `${CACHE_PREFIX}${MANIFEST.version}`;
const PAGE_TIMEOUT_MS = 4000;
/** Files fetched at once while filling: enough to use a slow line, few enough to be gentle. */
const PARALLEL = 4;

const urlOf = (path: string) => new URL(path, worker.registration.scope).href;
const kept = new Set(MANIFEST.entries.map((entry) => urlOf(entry.path)));

/** Tells every open page of the site how the copy is doing (the control shows it). */
async function tell(message: Record<string, unknown>) {
	for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
		client.postMessage({ source: 'bvte-offline', ...message });
}

/** The copy already on the phone from an earlier version, with its list, if any. */
async function previousCopy(): Promise<{ cache: Cache; entries: OfflineEntry[] } | undefined> {
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
		const cache = await caches.open(name);
		const list = await cache.match(urlOf(LIST_KEY));
		if (list) return { cache, entries: ((await list.json()) as OfflineManifest).entries };
	}
	return undefined;
}

async function fill() {
	const cache = await caches.open(CACHE);
	if (await cache.match(urlOf(LIST_KEY))) return;
	const previous = await previousCopy();
	const plan = planUpdate(previous?.entries, MANIFEST.entries);
	const total = MANIFEST.entries.length;
	const size = totalSize(MANIFEST.entries);
	let done = 0;
	for (const entry of plan.copy) {
		const response = await previous!.cache.match(urlOf(entry.path));
		if (response) {
			await cache.put(urlOf(entry.path), response);
			done += 1;
		} else plan.fetch.push(entry);
	}
	const queue = [...plan.fetch];
	await Promise.all(
		Array.from({ length: PARALLEL }, async () => {
			for (let entry = queue.shift(); entry; entry = queue.shift()) {
				// no-cache: ask the server, so the copy is this build's file, never an older one the
				// browser kept.
				const response = await fetch(urlOf(entry.path), { cache: 'no-cache' });
				if (!response.ok) throw new Error(`${entry.path}: ${response.status}`);
				await cache.put(urlOf(entry.path), response);
				done += 1;
				if (done % 10 === 0 || done === total) await tell({ type: 'progress', done, total, size });
			}
		}),
	);
	// Written last: a cache without its list is not a copy (an update compares against the list).
	await cache.put(
		urlOf(LIST_KEY),
		new Response(JSON.stringify(MANIFEST), { headers: { 'Content-Type': 'application/json' } }),
	);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		fill().then(
			async () => {
				await tell({ type: 'saved', total: MANIFEST.entries.length, size: totalSize(MANIFEST.entries) });
				await worker.skipWaiting();
			},
			async (error: unknown) => {
				await caches.delete(CACHE);
				await tell({ type: 'failed' });
				throw error;
			},
		),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
			await worker.clients.claim();
		})(),
	);
});

async function fromCopy(url: string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(url);
}

/** A page: the network first; the copy when the network fails or is slow; the hotline page else. */
async function page(request: Request, url: string): Promise<Response> {
	const copy = kept.has(url) ? await fromCopy(url) : undefined;
	const network = fetch(request);
	// Settled elsewhere when it loses the race; this keeps its failure from being reported as unhandled.
	network.catch(() => undefined);
	try {
		if (!copy) return await network;
		const slow = new Promise<Response>((done) => setTimeout(() => done(copy), PAGE_TIMEOUT_MS));
		return await Promise.race([network, slow]);
	} catch {
		return copy ?? (await fromCopy(urlOf(routes.hotlines().slice(1)))) ?? Response.error();
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (!url.href.startsWith(worker.registration.scope)) return;
	const address = `${url.origin}${url.pathname}`;
	if (request.mode === 'navigate') event.respondWith(page(request, address));
	else if (kept.has(address)) event.respondWith(fromCopy(address).then((copy) => copy ?? fetch(request)));
});
