// The offline copy's control in the page (OfflineControl.astro). It reads the state without storing
// anything (is a worker registered, does a complete copy exist), shows it, and on a press:
//   save    registers the worker (sw.ts), which fills the copy; its progress messages are shown;
//   remove  unregisters every worker of the site and deletes every cache of the copy.
// When a copy exists, it also asks the browser to check the worker for a newer build. Loaded when the
// control comes near the screen (offline-boot.ts), bundled as /ban-luu.js, and started on import. Its
// texts come from the strings file (src/i18n/strings/offline.ts), here rather than in every page.
import { CACHE_PREFIX, LIST_KEY, formatSize, totalSize, type OfflineManifest } from './offline-files.ts';
import { offline as strings } from '../../i18n/strings/offline.ts';

type State = 'none' | 'saving' | 'saved' | 'removed' | 'failed' | 'unsupported';

/** The complete copy on this phone (a cache holding its list), if any, without creating anything. */
async function savedCopy(scope: string): Promise<OfflineManifest | undefined> {
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX)) continue;
		const list = await (await caches.open(name)).match(new URL(LIST_KEY, scope).href);
		if (list) return (await list.json()) as OfflineManifest;
	}
	return undefined;
}

/** Removes every worker of the site and every cache of the copy. */
export async function removeCopy(scope: string): Promise<void> {
	for (const registration of await navigator.serviceWorker.getRegistrations())
		if (registration.scope.startsWith(scope)) await registration.unregister();
	for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
}

export function startOfflineControl(): void {
	const root = document.querySelector<HTMLElement>('[data-offline]');
	if (!root) return;
	const scope = new URL(root.dataset['scope']!, location.href).href;
	const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
	const save = root.querySelector<HTMLButtonElement>('[data-offline-save]');
	const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
	const text = (state: State, vars: Record<string, string | number> = {}) =>
		strings[`offline.status.${state}`].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

	const show = (state: State, vars: Record<string, string | number> = {}) => {
		root.dataset['state'] = state;
		status.textContent = text(state, vars);
		const saved = state === 'saved' || state === 'saving';
		if (save) {
			save.hidden = saved || state === 'unsupported';
			save.disabled = false;
		}
		// On /xoa-dau-vet/ the button stays, so that pressing it always answers.
		remove.hidden = save ? !saved : state === 'unsupported';
	};

	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		show('unsupported');
		return;
	}

	navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
		const data = event.data as { source?: string; type?: string; done?: number; total?: number; size?: number };
		if (data?.source !== 'bvte-offline') return;
		if (data.type === 'progress') show('saving', { done: data.done ?? 0, total: data.total ?? 0 });
		else if (data.type === 'saved') show('saved', { size: formatSize(data.size ?? 0) });
		else if (data.type === 'failed') show('failed');
	});

	void (async () => {
		const registration = await navigator.serviceWorker.getRegistration(scope);
		const copy = registration ? await savedCopy(scope) : undefined;
		if (copy) {
			show('saved', { size: formatSize(totalSize(copy.entries)) });
			// A newer build installs a newer worker, which brings the copy up to date.
			registration?.update().catch(() => undefined);
		} else show(registration?.installing ? 'saving' : 'none', { done: 0, total: '…' });
	})();

	save?.addEventListener('click', async () => {
		save.disabled = true;
		show('saving', { done: 0, total: '…' });
		try {
			const registration = await navigator.serviceWorker.register(root.dataset['worker']!, {
				scope,
				updateViaCache: 'none',
			});
			const worker = registration.installing ?? registration.waiting ?? registration.active;
			if (worker && worker.state !== 'activated') {
				await new Promise<void>((done, fail) =>
					worker.addEventListener('statechange', () => {
						if (worker.state === 'activated') done();
						else if (worker.state === 'redundant') fail(new Error('redundant'));
					}),
				);
			}
			const copy = await savedCopy(scope);
			if (!copy) throw new Error('no copy');
			show('saved', { size: formatSize(totalSize(copy.entries)) });
		} catch {
			await removeCopy(scope);
			show('failed');
		}
	});

	remove.addEventListener('click', async () => {
		await removeCopy(scope);
		show('removed');
	});
}

startOfflineControl();
