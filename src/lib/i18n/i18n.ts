// One i18next instance; each interface language's strings are added when a page first needs them
// (`loadLocale`, awaited by the [lang] layout's load, on the server and in the browser alike).
// Pages use a fixed `t` per interface language (getFixedT); nothing calls changeLanguage, so no
// "current language" can leak from one prerendered page into the next.
import i18next, { type TFunction } from 'i18next';
import { formatNumber } from './format';
import { isUiLocale, uiLocales, type UiLocale } from './locales';
import { loadStrings } from './resources';

const instance = i18next.createInstance();
void instance.init({
	resources: {},
	lng: 'en',
	fallbackLng: false,
	supportedLngs: [...uiLocales],
	initAsync: false,
	// Svelte escapes text; escaping here too would show "&amp;" to readers.
	interpolation: { escapeValue: false }
});
// `{{count, number}}` uses our digit choice, identical on the server and in the browser.
instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
	typeof value === 'number' && isUiLocale(lng) ? formatNumber(value, lng) : String(value)
);

export type Translate = TFunction<'translation'>;

const loading = new Map<UiLocale, Promise<void>>();

/** Makes `locale`'s strings available to `translator`; resolves at once when they already are. */
export function loadLocale(locale: UiLocale): Promise<void> {
	let promise = loading.get(locale);
	if (!promise) {
		promise = loadStrings(locale).then((strings) => {
			instance.addResourceBundle(locale, 'translation', strings, true, true);
		});
		loading.set(locale, promise);
	}
	return promise;
}

/** True once `locale`'s strings are loaded. */
export function isLocaleLoaded(locale: UiLocale): boolean {
	return instance.hasResourceBundle(locale, 'translation');
}

/** The translate function for one interface language (its strings must be loaded: `loadLocale`). */
export function translator(locale: UiLocale): Translate {
	return instance.getFixedT(locale);
}
