import type { ParamMatcher } from '@sveltejs/kit';
import { isUiLocale } from '$lib/i18n/locales';

export const match = ((param: string): boolean => isUiLocale(param)) satisfies ParamMatcher;
