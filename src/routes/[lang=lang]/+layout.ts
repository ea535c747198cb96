import { toUiLocale, uiDirection } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
	const locale = toUiLocale(params.lang);
	return { locale, dir: uiDirection(locale) };
};
