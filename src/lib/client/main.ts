// The reader's script. A reading page names it on <html>, and its boot script imports it once the
// page has loaded and painted its text (src/lib/reader/boot.js, src/lib/server/reader-client.ts):
// the page is complete without it. It connects the prerendered page to its behaviour; everything
// else it may need loads on first use. It also wires what the site adds around reading: keeping a
// copy in the browser (the workbench, loaded on the first click) and the service worker that keeps
// the site readable offline (reader pages have no SvelteKit client to register it).
//
// Each step is a task of its own: evaluating these modules, connecting the page, writing its state
// out, registering the service worker. On a slow phone they were one long task, and a tap or a key
// press waited for all of it.
import type { ReaderClientConfig } from '../reader/page-view';
import { connectReader } from './connect.svelte';

/** Runs `next` in a task of its own, once the browser has handled what is waiting (input, a frame). */
const later = (next: () => void) => setTimeout(next, 0);

later(() => {
	const root = document.querySelector<HTMLElement>('[data-reader]');
	if (root?.dataset.config) {
		const reader = connectReader(root, JSON.parse(root.dataset.config) as ReaderClientConfig, later);
		const keep = root.querySelector<HTMLButtonElement>('[data-action="save-copy"]');
		keep?.addEventListener('click', () => void import('./save-copy').then((module) => module.saveCopy(reader, keep)));
	}

	if ('serviceWorker' in navigator) {
		later(() => {
			navigator.serviceWorker.register('/service-worker.js', import.meta.env.DEV ? { type: 'module' } : undefined).catch(() => {
				// Offline reading is a bonus: a browser that refuses it still reads the page.
			});
		});
	}
});
