import { loadLocale } from '$lib/i18n/i18n';
import { toUiLocale, uiDirection } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => {
	const locale = toUiLocale(params.lang);
	await loadLocale(locale); // only this language's strings reach the browser
	return { locale, dir: uiDirection(locale) };
};
