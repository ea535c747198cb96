// The reader's script, the one a reader page loads (see src/lib/server/reader-client.ts): it
// connects the prerendered page to its behaviour. Everything else it may need loads on first use.
import type { ReaderClientConfig } from '../page-view';
import { connectReader } from './connect.svelte';

const root = document.querySelector<HTMLElement>('[data-reader]');
if (root?.dataset.config) {
	connectReader(root, JSON.parse(root.dataset.config) as ReaderClientConfig);
}
