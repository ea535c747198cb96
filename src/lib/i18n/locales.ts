// The interface languages we ship. Adding one: a locales/<tag>.json file and its tag in this list
// (see docs/i18n.md). Direction and the language's own name come from Intl.
import { directionOf, type Direction } from '../text/language';

export const uiLocales = ['en', 'ar'] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultUiLocale: UiLocale = 'en';

/** The language's name in itself ("English", "العربية"), for the language switcher. */
export function nativeName(locale: UiLocale): string {
	return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

/** True when `value` is an interface language we ship. */
export function isUiLocale(value: string | undefined): value is UiLocale {
	return (uiLocales as readonly string[]).includes(value ?? '');
}

/** The interface language for a route parameter; anything else (including none) is English. */
export function toUiLocale(value: string | undefined): UiLocale {
	return isUiLocale(value) ? value : defaultUiLocale;
}

/** The direction of the interface in `locale`. */
export function uiDirection(locale: UiLocale): Direction {
	return directionOf(locale);
}

/** The first shipped interface language among the visitor's preferences, else English. */
export function preferredUiLocale(preferences: readonly string[]): UiLocale {
	for (const tag of preferences) {
		const base = tag.toLowerCase().split('-')[0];
		if (isUiLocale(base)) return base;
	}
	return defaultUiLocale;
}
