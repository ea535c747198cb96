import type en from './locales/en.json';

// English is the source of truth for keys: t('no.such.key') fails type-checking.
declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: { translation: typeof en };
	}
}
