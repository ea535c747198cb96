// Which language a text is in, as far as its letters tell: the importer asks for `--from` and
// `--to` only when this cannot say, and checks the tags it is given against it (Arabic text
// declared `en`, or the two files given the wrong way round). It reads scripts, not words: Arabic
// script is Arabic unless letters that only Persian or Urdu use say otherwise, Latin script is
// English when English's commonest words are there. Browser-safe.

/** How many letters of each script (ISO 15924 code: `Arab`, `Latn`, …) a text holds. */
export interface ScriptProfile {
	letters: number;
	scripts: Record<string, number>;
	/** The script with the most letters, and its share of all letters (0 when there are none). */
	dominant?: string;
	share: number;
}

export type Detection =
	| {
			kind: 'language';
			/** A BCP 47 tag: `ar`, `fa`, `ur`, `en`, … */
			tag: string;
			script: string;
			/** The script's share of the text's letters. */
			share: number;
	  }
	/** Two scripts or more, none of them clearly the text's own. */
	| { kind: 'mixed'; scripts: { script: string; share: number }[] }
	/** No letters, or a script whose language cannot be told from letters alone. */
	| { kind: 'unknown'; script?: string };

// A text is "in" a script when at least this share of its letters are in it. Arabic news quotes
// Latin names and acronyms, English text quotes Arabic names: a tenth of foreign letters is normal.
const mixedBelow = 0.8;
// At most this many characters are read: enough to tell, and a 10-million-character book is not
// read twice over.
const sampleLength = 1 << 18;

// Scripts told apart, in the order they are tried; the rest count as "other" letters.
const scriptPatterns: [string, RegExp][] = [
	['Arab', /\p{Script=Arabic}/u],
	['Latn', /\p{Script=Latin}/u],
	['Cyrl', /\p{Script=Cyrillic}/u],
	['Grek', /\p{Script=Greek}/u],
	['Hebr', /\p{Script=Hebrew}/u],
	['Deva', /\p{Script=Devanagari}/u],
	['Hani', /\p{Script=Han}/u],
	['Hira', /\p{Script=Hiragana}/u],
	['Kana', /\p{Script=Katakana}/u],
	['Hang', /\p{Script=Hangul}/u],
	['Thai', /\p{Script=Thai}/u],
	['Armn', /\p{Script=Armenian}/u],
	['Geor', /\p{Script=Georgian}/u],
	['Ethi', /\p{Script=Ethiopic}/u],
	['Syrc', /\p{Script=Syriac}/u],
	['Thaa', /\p{Script=Thaana}/u]
];

/** Counts the letters of each script in `text` (a sample of it when it is very long). */
export function scriptProfile(text: string): ScriptProfile {
	const scripts: Record<string, number> = {};
	let letters = 0;
	for (const char of sample(text)) {
		const code = char.charCodeAt(0);
		let script: string | undefined;
		// Fast paths for the two scripts this project reads most.
		if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) script = 'Latn';
		else if (code < 0xc0) continue;
		else if (code >= 0x0620 && code <= 0x064a) script = 'Arab';
		else if (!/\p{L}/u.test(char)) continue;
		else script = scriptPatterns.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Zyyy';
		scripts[script] = (scripts[script] ?? 0) + 1;
		letters++;
	}
	let dominant: string | undefined;
	for (const [script, count] of Object.entries(scripts)) if (dominant === undefined || count > (scripts[dominant] ?? 0)) dominant = script;
	return { letters, scripts, dominant, share: dominant && letters > 0 ? (scripts[dominant] ?? 0) / letters : 0 };
}

/** The language `text` is written in, as far as its letters tell. */
export function detectLanguage(text: string): Detection {
	const profile = scriptProfile(text);
	if (profile.letters === 0 || !profile.dominant) return { kind: 'unknown' };
	if (profile.share < mixedBelow) {
		const scripts = Object.entries(profile.scripts)
			.map(([script, count]) => ({ script, share: count / profile.letters }))
			.filter((s) => s.share >= 0.05)
			.sort((a, b) => b.share - a.share);
		return { kind: 'mixed', scripts };
	}
	const script = profile.dominant;
	const tag = script === 'Arab' ? arabicScriptLanguage(text) : script === 'Latn' ? latinScriptLanguage(text) : singleLanguageScripts[script];
	return tag ? { kind: 'language', tag, script, share: profile.share } : { kind: 'unknown', script };
}

// Scripts that, for practical purposes, belong to one language.
const singleLanguageScripts: Record<string, string> = { Hebr: 'he', Grek: 'el', Hang: 'ko', Thai: 'th', Armn: 'hy', Geor: 'ka' };

/**
 * `ar`, `fa` or `ur` for text in Arabic script. Persian and Urdu write letters Arabic does not
 * (پ چ ژ گ; ٹ ڈ ڑ ں ے), and write ی and ک where Arabic writes ي and ك; Arabic writes ة, which
 * Persian rarely does. Arabic text from Iranian publishers sometimes uses ی and ک throughout, so
 * those two letters alone do not make a text Persian.
 */
function arabicScriptLanguage(text: string): string {
	let arabicOnly = 0; // ة ي ك
	let persian = 0; // پ چ ژ گ
	let urdu = 0; // ٹ ڈ ڑ ں ے
	let letters = 0;
	for (const char of sample(text)) {
		const code = char.charCodeAt(0);
		if (code < 0x0600 || code > 0x06ff) continue;
		letters++;
		if (code === 0x0629 || code === 0x064a || code === 0x0643) arabicOnly++;
		else if (code === 0x067e || code === 0x0686 || code === 0x0698 || code === 0x06af) persian++;
		else if (code === 0x0679 || code === 0x0688 || code === 0x0691 || code === 0x06ba || code === 0x06d2) urdu++;
	}
	if (letters === 0) return 'ar';
	// In Persian prose پ چ ژ گ together make about 2 % of letters; in Arabic they appear only in
	// foreign names. Urdu's own letters are commoner still.
	if (urdu / letters > 0.01 && urdu >= persian) return 'ur';
	if (persian / letters > 0.005 && persian * 4 > arabicOnly) return 'fa';
	return 'ar';
}

// The commonest English words: in English prose they make a quarter of all words or more; in
// French, German or Spanish almost none.
const englishWords = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'it', 'with', 'as', 'his', 'he', 'she', 'on', 'by', 'at', 'from', 'this', 'her', 'they', 'are', 'had', 'not', 'but', 'have', 'be', 'which', 'we', 'i', 'you', 'a', 'an']);

function latinScriptLanguage(text: string): string | undefined {
	let words = 0;
	let english = 0;
	for (const match of sample(text).matchAll(/\p{L}+/gu)) {
		if (!/^\p{Script=Latin}/u.test(match[0])) continue;
		words++;
		if (englishWords.has(match[0].toLowerCase())) english++;
	}
	// Short texts (a title) may hold no such word at all: then Latin script is taken as English,
	// the only Latin-script language most users of this tool pair with Arabic.
	if (words < 20) return 'en';
	return english / words >= 0.08 ? 'en' : undefined;
}

/** The script language `tag` is normally written in (`ar` → `Arab`, `en` → `Latn`); undefined if unknown. */
export function scriptOfLanguage(tag: string): string | undefined {
	try {
		const script = new Intl.Locale(tag).maximize().script;
		// Chinese is written in Han; Japanese and Korean mix scripts and are not checked.
		if (script === 'Hans' || script === 'Hant') return 'Hani';
		if (script === 'Jpan' || script === 'Kore') return undefined;
		return script;
	} catch {
		return undefined;
	}
}

/** A script's English name for messages: `Arab` → "Arabic". */
export function scriptName(script: string): string {
	try {
		return new Intl.DisplayNames('en', { type: 'script' }).of(script) ?? script;
	} catch {
		return script;
	}
}

/** A language's English name for messages: `ar` → "Arabic". */
export function languageName(tag: string): string {
	let name = languageNames.get(tag);
	if (name === undefined) {
		try {
			name = new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag;
		} catch {
			name = tag;
		}
		languageNames.set(tag, name);
	}
	return name;
}
// Made once per tag: a review list names the languages of every uneven pair.
const languageNames = new Map<string, string>();

/**
 * Whether `text` is written in the script of language `tag`. `fits` is true when the text's main
 * script is the language's, or when either cannot be told (no letters, an unknown tag); a mixed
 * text fits when the language's script is among its main scripts.
 */
export function scriptFits(text: string, tag: string): { fits: boolean; script?: string; expected?: string } {
	const expected = scriptOfLanguage(tag);
	const profile = scriptProfile(text);
	if (!expected || !profile.dominant) return { fits: true, script: profile.dominant, expected };
	if (profile.share >= mixedBelow) return { fits: profile.dominant === expected, script: profile.dominant, expected };
	const share = (profile.scripts[expected] ?? 0) / profile.letters;
	return { fits: share >= 1 - mixedBelow, script: profile.dominant, expected };
}

// The whole text, or evenly spaced slices of it adding up to `sampleLength` characters.
function sample(text: string): string {
	if (text.length <= sampleLength) return text;
	const slices = 16;
	const size = sampleLength / slices;
	let joined = '';
	for (let k = 0; k < slices; k++) {
		const start = Math.floor(((text.length - size) * k) / (slices - 1));
		joined += text.slice(start, start + size) + ' ';
	}
	return joined;
}
