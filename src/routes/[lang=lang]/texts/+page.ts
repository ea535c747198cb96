import { uiLocales } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

// One shell per interface language; which text it shows is in the query, read in the browser.
export const entries: EntryGenerator = () => uiLocales.map((lang) => ({ lang }));
