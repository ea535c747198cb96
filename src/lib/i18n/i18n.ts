// One i18next instance with every language bundled and initialised synchronously. Pages use a
// fixed `t` per interface language (getFixedT); nothing calls changeLanguage, so no "current
// language" can leak from one prerendered page into the next.
import i18next, { type TFunction } from 'i18next';
import { formatNumber } from './format';
import { isUiLocale, uiLocales, type UiLocale } from './locales';
import { resources } from './resources';

const instance = i18next.createInstance();
void instance.init({
	resources,
	lng: 'en',
	fallbackLng: 'en',
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

/** The translate function for one interface language. */
export function translator(locale: UiLocale): Translate {
	return instance.getFixedT(locale);
}
