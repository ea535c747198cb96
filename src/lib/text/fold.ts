// Folding text to the form readers type and the aligner compares: the differences people do not
// write consistently are taken out. Arabic: harakat and Quranic marks, tatweel, the forms of alef
// and hamza, ta marbuta and alef maqsura; Latin: case and accents; digits of every Arabic script as
// ASCII digits; invisible format characters dropped and typographic apostrophes and hyphens read as
// the keyboard's. Used by the aligner's word cues and by search, so both read text the same way.

// What each Arabic character folds to: '' (dropped) or a letter. Harakat (U+064B–U+065F), superscript
// alef (U+0670), Quranic annotation marks (U+06D6–U+06ED) and tatweel are dropped; أ إ آ ٱ ٲ ٳ → ا;
// ؤ → و, ئ → ي; ة → ه; ى → ي; Persian and Urdu letter shapes read as the Arabic ones: ک → ك, ی ے → ي.
const arabicFolds = new Map<string, string>();
for (let code = 0x064b; code <= 0x065f; code++) arabicFolds.set(String.fromCharCode(code), '');
for (let code = 0x06d6; code <= 0x06ed; code++) arabicFolds.set(String.fromCharCode(code), '');
arabicFolds.set('\u0670', '');
arabicFolds.set('\u0640', '');
for (const alef of '\u0622\u0623\u0625\u0671\u0672\u0673') arabicFolds.set(alef, '\u0627');
arabicFolds.set('\u0624', '\u0648');
arabicFolds.set('\u0626', '\u064A');
arabicFolds.set('\u0629', '\u0647');
arabicFolds.set('\u0649', '\u064A');
arabicFolds.set('\u06A9', '\u0643');
arabicFolds.set('\u06CC', '\u064A');
arabicFolds.set('\u06D2', '\u064A');
// One pass over the text, whatever it holds: a book is folded in one go.
const arabicFoldPattern = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0622\u0623\u0625\u0671-\u0673\u0624\u0626\u0629\u0649\u06A9\u06CC\u06D2]/gu;
const foldArabicChar = (char: string) => arabicFolds.get(char) ?? char;

/** `text` with Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits written as ASCII digits. */
export function asciiDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
		const code = digit.charCodeAt(0);
		return String.fromCharCode(0x30 + code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
	});
}

/**
 * Arabic text as readers type it: no harakat or tatweel, one alef, hamza seats as their letters,
 * ة as ه and ى as ي. The result is shorter or as long as the input; letters are never reordered.
 */
export function foldArabic(text: string): string {
	return text.replace(arabicFoldPattern, foldArabicChar);
}


function isAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
	return true;
}

/** Latin (and other cased) text without case or accents: "Café" → "cafe", "İstanbul" → "istanbul". */
export function foldLatin(text: string): string {
	if (isAscii(text)) return text.toLowerCase(); // nothing to decompose
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\u0131/gu, 'i'); // dotless ı
}

// Invisible format characters (ZWNJ, ZWJ, LRM/RLM/ALM, soft hyphen, zero-width space, isolates,
// BOM): they change how text is drawn, not what it says, and no one types them in a search box.
const formatCharacters = /\p{Cf}/gu;
// ’ ‘ ʼ ′ as ' ("source’s" is typed "source's"); hyphen and non-breaking hyphen as -.
const apostrophes = /[\u2018\u2019\u02BC\u2032]/gu;
const hyphens = /[\u2010\u2011]/gu;

/** `text` without invisible format characters, with typographic apostrophes and hyphens as ' and -. */
export function foldTypography(text: string): string {
	return text.replace(formatCharacters, '').replace(apostrophes, "'").replace(hyphens, '-');
}

/**
 * Text in any script folded for comparing and searching: `foldArabic`, `foldLatin`, ASCII digits,
 * `foldTypography`.
 */
export function foldText(text: string): string {
	return foldTypography(asciiDigits(foldLatin(foldArabic(text))));
}

// foldWithMap folds one character at a time; a text uses few distinct characters, so each one's
// fold is computed once, and runs of characters that fold to themselves are copied whole: a
// 10,000-pair book folds in a fraction of a second instead of several. Astral characters' folds
// are kept here.
const foldedChars = new Map<string, string>();
function foldChar(char: string): string {
	let folded = foldedChars.get(char);
	if (folded === undefined) {
		folded = foldText(char);
		foldedChars.set(char, folded);
	}
	return folded;
}

// For the Basic Multilingual Plane, by UTF-16 code: 1 when the character folds to itself, 2 when
// its fold is in `bmpFolds`, 0 when not seen yet. Looked up on every character of a book.
const bmpKinds = new Uint8Array(0x10000);
const bmpFolds: string[] = [];

/** Folds `text` character by character (code point by code point), writing the map if given. */
function foldEach(text: string, map: number[] | null): string {
	let folded = '';
	let copyFrom = 0; // characters from here on fold to themselves and are not yet in `folded`
	for (let i = 0; i < text.length; ) {
		const code = text.charCodeAt(i);
		const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		let piece: string | null; // null: the character folds to itself
		if (pair) {
			const char = text.slice(i, i + 2);
			piece = foldChar(char);
			if (piece === char) piece = null;
		} else {
			let kind = bmpKinds[code]!;
			if (kind === 0) {
				const fold = foldText(text[i]!);
				kind = fold === text[i] ? 1 : 2;
				bmpKinds[code] = kind;
				bmpFolds[code] = fold;
			}
			piece = kind === 1 ? null : bmpFolds[code]!;
		}
		const width = pair ? 2 : 1;
		if (piece === null) {
			if (map) for (let k = 0; k < width; k++) map.push(i);
		} else {
			if (map) for (let k = 0; k < piece.length; k++) map.push(i);
			folded += text.slice(copyFrom, i) + piece;
			copyFrom = i + width;
		}
		i += width;
	}
	if (map) map.push(text.length);
	return copyFrom === 0 ? text : folded + text.slice(copyFrom);
}

/**
 * `foldText` applied to each character of `text` in turn: what `foldWithMap` gives as `folded`,
 * without the map. (`foldText` on the whole text differs only where context changes a letter, such
 * as a Greek final sigma.)
 */
export function foldEachChar(text: string): string {
	return foldEach(text, null);
}

/**
 * `foldText` with a map back to the input: `map[i]` is the index in `text` where folded character
 * `i` came from (and `map[folded.length]` is `text.length`), so a match found in the folded text
 * can be marked in the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
	const map: number[] = [];
	const folded = foldEach(text, map);
	return { folded, map };
}
