// The languages offered on the "Add a text" page: those people most often pair with Arabic or
// English, named in the interface language and sorted by those names. A language told from a
// text's script that is not among them is offered too.

/** BCP 47 tags offered by default. */
export const commonLanguages = [
	'ar', 'en', 'fa', 'ur', 'ps', 'ckb', 'ku', 'tr', 'he', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'ru', 'uk', 'pl', 'el',
	'hi', 'bn', 'id', 'ms', 'sw', 'zh', 'ja', 'ko', 'am', 'so', 'ha'
] as const;

/** `tags` (and `extra`, when it is not among them) with their names, sorted by name in `locale`. */
export function languageOptions(names: (tag: string) => string, locale: string, extra: readonly string[] = []): { tag: string; name: string }[] {
	const tags = [...new Set([...commonLanguages, ...extra.filter(Boolean)])];
	const collator = new Intl.Collator(locale);
	return tags.map((tag) => ({ tag, name: names(tag) })).sort((a, b) => collator.compare(a.name, b.name));
}
