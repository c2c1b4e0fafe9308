// Part of every page's script, and all of the offline copy that loads with a page: when the page has the
// "Lưu để đọc khi mất mạng" control (OfflineControl.astro) and it comes near the screen, it imports the
// control's script (offline-control.ts, bundled as /ban-luu.js), which starts itself. Pages without
// the control, and readers who never scroll to it, fetch none of it. Kept to a few lines: it is in
// every page's script budget.
const control = document.querySelector<HTMLElement>('[data-offline]');
if (control)
	new IntersectionObserver(
		([entry], observer) => {
			if (!entry?.isIntersecting) return;
			observer.disconnect();
			import(/* @vite-ignore */ control.dataset['script']!).catch(() => undefined);
		},
		{ rootMargin: '50%' },
	).observe(control);
