// Text direction and tag checks for document languages. Computed from the tag's script rather than
// from a list of languages, so `ur`, `fa`, `ug`, `az-Arab` and `yi` are right-to-left too.

export type Direction = 'ltr' | 'rtl';

// Scripts written right to left (ISO 15924), per CLDR.
const rightToLeftScripts = new Set([
	'Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi'
]);

/** The writing direction of text in language `tag` (`ltr` if the tag cannot be read). */
export function directionOf(tag: string): Direction {
	try {
		const script = new Intl.Locale(tag).maximize().script;
		return script && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}

/** True when `tag` is a well-formed BCP 47 language tag. */
export function isLanguageTag(tag: string): boolean {
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}
