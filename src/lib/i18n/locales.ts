// The interface languages we ship. Adding one: a locales/<tag>.json file, one import line in
// resources.ts and its tag here (see docs/i18n.md).
import { directionOf, type Direction } from '../document/language';

export const uiLocales = ['en', 'ar'] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultUiLocale: UiLocale = 'en';

/** The language's own name for itself, for the language switcher. */
export const nativeNames: Record<UiLocale, string> = { en: 'English', ar: 'العربية' };

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
