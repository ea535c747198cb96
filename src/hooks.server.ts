import type { Handle, ServerInit } from '@sveltejs/kit';
import { loadLocale } from '$lib/i18n/i18n';
import { toUiLocale, uiDirection, uiLocales } from '$lib/i18n/locales';

// Runs at prerender time, so every static page is served with the right <html lang dir> (no flash
// of the wrong direction) and with the boot script the CSP allows by hash (see svelte.config.js),
// minified by scripts/boot-script.js (defined in vite.config.ts).
const boot = `<script>${__MUQABALA_BOOT_SCRIPT__}</script>`;

// The server prerenders pages in every language (and 404.html in all of them at once).
export const init: ServerInit = async () => {
	await Promise.all(uiLocales.map(loadLocale));
};

// The last of app.html's placeholders: all of them come before the page's own head and body.
const lastPlaceholder = '%muqabala.boot%';

// Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`, and the head's `<!--hash-->`).
// Reading pages are never hydrated (csr = false): the markers are 4 kB of a page whose HTML is
// meant to arrive in one round trip. Svelte escapes `<` in text and attributes alike, so every
// `<!--` in a rendered page opens a comment it wrote.
const hydrationMarker = /<!--(?:\[-?\d*|\]|[a-z0-9]*)-->/g;
const isReadingPage = (routeId: string | null) => routeId?.startsWith('/[lang=lang]/read/') ?? false;

export const handle: Handle = ({ event, resolve }) => {
	const locale = toUiLocale(event.params.lang);
	const strip = isReadingPage(event.route.id) ? (html: string) => html.replace(hydrationMarker, '') : (html: string) => html;
	const fill = (html: string) =>
		html
			.replace('%muqabala.lang%', locale)
			.replace('%muqabala.dir%', uiDirection(locale))
			// Reader pages name their languages here, for the boot script's text sizes.
			.replace('%muqabala.root%', event.locals.rootAttributes ?? '')
			.replace(lastPlaceholder, boot);
	return resolve(event, {
		// Filled in the page's first few hundred characters only: on a long document's pages (400 kB)
		// each replace over the whole page copied all of it, four times a page.
		transformPageChunk: ({ html }) => {
			const at = html.indexOf(lastPlaceholder);
			if (at === -1) return strip(fill(html));
			const end = at + lastPlaceholder.length;
			return fill(html.slice(0, end)) + strip(html.slice(end));
		}
	});
};
