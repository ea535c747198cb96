// The reader's behaviour, loaded by ./main.ts once the page has loaded: it connects the prerendered
// page to its behaviour. Everything else it may need loads on first use. It also wires what the
// site adds around reading: keeping a copy in the browser (the workbench, loaded on the first
// click) and the service worker that keeps the site readable offline (reader pages have no
// SvelteKit client to register it).
import type { ReaderClientConfig } from '../reader/page-view';
import { connectReader } from './connect.svelte';

const root = document.querySelector<HTMLElement>('[data-reader]');
if (root?.dataset.config) {
	const reader = connectReader(root, JSON.parse(root.dataset.config) as ReaderClientConfig);
	const keep = root.querySelector<HTMLButtonElement>('[data-action="save-copy"]');
	keep?.addEventListener('click', () => void import('./save-copy').then((module) => module.saveCopy(reader, keep)));
}

if ('serviceWorker' in navigator) {
	const register = () =>
		navigator.serviceWorker.register('/service-worker.js', import.meta.env.DEV ? { type: 'module' } : undefined).catch(() => {
			// Offline reading is a bonus: a browser that refuses it still reads the page.
		});
	void register(); // the page has loaded by now (see ./main.ts)
}
