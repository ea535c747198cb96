// Every interface language's strings, bundled: pages are prerendered, so there is nothing to fetch.
// Each locales/<tag>.json is picked up here by itself; uiLocales in locales.ts says which are offered.
import type en from './locales/en.json';

type Strings = typeof en;

const files = import.meta.glob<Strings>('./locales/*.json', { eager: true, import: 'default' });

/** i18next resources: `{ <tag>: { translation: strings } }` for every locale file. */
export const resources: Record<string, { translation: Strings }> = Object.fromEntries(
	Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), { translation: strings }])
);
