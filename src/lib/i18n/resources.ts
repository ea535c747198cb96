// Every interface language's strings, one file each (locales/<tag>.json), loaded on demand: a page
// gets only its own language's strings (the server, which prerenders every page, loads them all).
// uiLocales in locales.ts says which languages are offered.
import type en from './locales/en.json';

export type Strings = typeof en;

const files = import.meta.glob<Strings>('./locales/*.json', { import: 'default' });

/** The tags that have a strings file. */
export const localeFiles: string[] = Object.keys(files).map((path) => path.replace(/^.*\/(.+)\.json$/, '$1'));

/** The strings of one interface language. */
export async function loadStrings(tag: string): Promise<Strings> {
	const load = files[`./locales/${tag}.json`];
	if (!load) throw new Error(`no interface strings for "${tag}"`);
	return load();
}
