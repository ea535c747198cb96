// The whole document, fetched once when a feature first needs it (search, copy, a link to a pair
// on another page, printing more than this page). Reading the page never waits for it.
// A text kept in the browser is never fetched: the page that shows it provides it under its
// address first (`provideDocument`), and every feature then finds it here, with no request.
import type { AlignedDocument } from '../document/types';

const cache = new Map<string, Promise<AlignedDocument>>();

/** The document published at `url` (see src/routes/documents); a failed fetch may be tried again. */
export function loadDocument(url: string): Promise<AlignedDocument> {
	let promise = cache.get(url);
	if (!promise) {
		promise = fetch(url).then(async (response) => {
			if (!response.ok) throw new Error(`the document could not be loaded (HTTP ${response.status})`);
			return (await response.json()) as AlignedDocument;
		});
		promise.catch(() => cache.delete(url));
		cache.set(url, promise);
	}
	return promise;
}

/** Makes `loadDocument(url)` answer with `document`, without any request (a text kept in the browser). */
export function provideDocument(url: string, document: AlignedDocument): void {
	cache.set(url, Promise.resolve(document));
}
