// Where a text kept in the browser is read: one prerendered page per interface language,
// /<lang>/texts, that finds the text by the key in its query (?text=<key>, &page=<n> for the pages
// of a long text after the first); the fragment is the pair, as for the site's own documents.
import type { UiLocale } from '../i18n/locales';
import type { ReaderAddresses } from '../reader/page-view';

/** The address of page `index` (0-based) of the kept text `key`, optionally at pair `pair`. */
export function localReaderHref(locale: UiLocale, key: string, index = 0, pair?: string): string {
	const query = new URLSearchParams({ text: key });
	if (index > 0) query.set('page', String(index + 1));
	return `/${locale}/texts?${query.toString()}${pair ? `#${encodeURIComponent(pair)}` : ''}`;
}

/**
 * What the reader's script asks `loadDocument` for: an address no request can be made to (its
 * scheme is not one `fetch` knows), so the kept text can only come from the page that provides it.
 */
export function localDocumentUrl(key: string): string {
	return `muqabala-local:${key}`;
}

/** The reader's addresses for the kept text `key`. */
export function localAddresses(locale: UiLocale, key: string): ReaderAddresses {
	return { page: (index) => localReaderHref(locale, key, index), documentUrl: localDocumentUrl(key), key: `local:${key}`, local: true };
}

/** The page and pair the current address asks for: `?text=…&page=…`; page 0 when absent or wrong. */
export function readLocalAddress(search: string): { key: string | null; index: number } {
	const query = new URLSearchParams(search);
	const page = query.get('page');
	const index = page && /^[1-9][0-9]{0,5}$/.test(page) ? Number(page) - 1 : 0;
	return { key: query.get('text'), index };
}
