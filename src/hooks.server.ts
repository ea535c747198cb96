import type { Handle } from '@sveltejs/kit';
import { toUiLocale, uiDirection } from '$lib/i18n/locales';
import bootScript from '$lib/reader/boot.js?raw';

// Runs at prerender time, so every static page is served with the right <html lang dir> (no flash
// of the wrong direction) and with the boot script the CSP allows by hash (see svelte.config.js).
const boot = `<script>${bootScript.trim()}</script>`;

export const handle: Handle = ({ event, resolve }) => {
	const locale = toUiLocale(event.params.lang);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%muqabala.lang%', locale)
				.replace('%muqabala.dir%', uiDirection(locale))
				.replace('%muqabala.boot%', boot)
	});
};
