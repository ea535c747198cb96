// Folding text to the form readers type and the aligner compares: the differences people do not
// write consistently are taken out. Arabic: harakat and Quranic marks, tatweel, the forms of alef
// and hamza, ta marbuta and alef maqsura; Latin: case and accents; digits of every Arabic script as
// ASCII digits. Used by the aligner's word cues and by search, so both read text the same way.

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

/** Text in any script folded for comparing and searching: `foldArabic`, `foldLatin`, ASCII digits. */
export function foldText(text: string): string {
	return asciiDigits(foldLatin(foldArabic(text)));
}

/**
 * `foldText` with a map back to the input: `map[i]` is the index in `text` where folded character
 * `i` came from (and `map[folded.length]` is `text.length`), so a match found in the folded text
 * can be marked in the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
	let folded = '';
	const map: number[] = [];
	let index = 0;
	for (const char of text) {
		const piece = foldText(char);
		for (let k = 0; k < piece.length; k++) map.push(index);
		folded += piece;
		index += char.length;
	}
	map.push(text.length);
	return { folded, map };
}
