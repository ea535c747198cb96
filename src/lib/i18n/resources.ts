// Every interface language's strings, bundled: pages are prerendered, so there is nothing to fetch.
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { UiLocale } from './locales';

export const resources = {
	en: { translation: en },
	ar: { translation: ar }
} as const satisfies Record<UiLocale, { translation: object }>;
