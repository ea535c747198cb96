// The interface language and its `t`, shared with every component under the [lang] layout.
import { createContext } from 'svelte';
import type { Translate } from './i18n';
import type { UiLocale } from './locales';

export interface UiLanguage {
	readonly locale: UiLocale;
	readonly t: Translate;
}

export const [getUiLanguage, setUiLanguage] = createContext<UiLanguage>();
