// Cheap cues every translation keeps: numbers, a few punctuation marks, and names written in Latin
// script inside non-Latin text. Length alone cannot tell two sentences of similar length apart;
// a "150" or a "؟" on one side and not on the other usually can.

/** What the aligner looks at in one unit (paragraph or sentence) besides its length. */
export interface UnitCues {
	/** Numbers with their digits made ASCII and thousands separators removed, sorted. */
	numbers: string[];
	/** Counts of the punctuation classes in `punctuationClasses`, in that order. */
	punctuation: number[];
	/** Words containing Latin letters, lowercased; only collected for text not in Latin script. */
	latinWords: string[];
}

/** The punctuation the cues count; every script's variant of a mark is counted as the same mark. */
export const punctuationClasses = ['question', 'exclamation', 'colon', 'quote', 'parenthesis'] as const;
export type PunctuationClass = (typeof punctuationClasses)[number];


const arabicIndicZero = 0x0660; // ٠ … ٩
const extendedArabicIndicZero = 0x06f0; // ۰ … ۹ (Persian, Urdu)

/** `text` with Arabic-Indic and Persian digits replaced by ASCII digits; nothing else changes. */
export function normalizeDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
		const code = digit.charCodeAt(0);
		const zero = code >= extendedArabicIndicZero ? extendedArabicIndicZero : arabicIndicZero;
		return String.fromCharCode(0x30 + code - zero);
	});
}

const anyDigit = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * The numbers written in `text`, normalised so that `١٬٥٠٠`, `1,500` and `1500` are the same
 * number and `٣٫٥` equals `3.5`. Returned sorted, so two lists compare as multisets.
 */
export function extractNumbers(text: string): string[] {
	const numbers: string[] = [];
	if (!anyDigit.test(text)) return numbers;
	for (const match of normalizeDigits(text).matchAll(/\d+(?:[.,\u066B\u066C]\d+)*/gu)) {
		numbers.push(normalizeNumber(match[0]));
	}
	return numbers.sort();
}

function normalizeNumber(raw: string): string {
	// A comma or Arabic thousands separator followed by exactly three digits groups thousands.
	let number = raw.replace(/[,\u066C](?=\d{3}(?:\D|$))/gu, '');
	number = number.replace(/[,\u066B]/gu, '.'); // what is left is a decimal separator
	number = number.replace(/^0+(?=\d)/u, ''); // "07" and "7" are the same number
	return number;
}

/** Counts of each punctuation class in `text`, in the order of `punctuationClasses`. */
export function countPunctuation(text: string): Int32Array {
	const counts = new Int32Array(punctuationClasses.length);
	for (let i = 0; i < text.length; i++) {
		const k = punctuationClassOf(text.charCodeAt(i));
		if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
	}
	return counts;
}

/**
 * The index in `punctuationClasses` of a character's class, or -1. (One pass over the text, not a
 * regular expression per class: this runs over every sentence of a book.)
 */
export function punctuationClassOf(code: number): number {
	switch (code) {
		case 0x3f: // ?
		case 0x061f: // ؟
		case 0x2e2e: // ⸮
			return 0;
		case 0x21: // !
			return 1;
		case 0x3a: // :
			return 2;
		case 0x22: // "
		case 0x201c: // “
		case 0x201d: // ”
		case 0xab: // «
		case 0xbb: // »
		case 0x201e: // „
		case 0x2039: // ‹
		case 0x203a: // ›
			return 3;
		case 0x28:
		case 0x29:
		case 0x5b:
		case 0x5d:
			return 4;
		default:
			return -1;
	}
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const latinLetter = /\p{Script=Latin}/u;

/** Words of `text` that contain a Latin letter, lowercased (e.g. `UNESCO`, `covid-19`). */
export function latinWords(text: string): string[] {
	const words: string[] = [];
	for (const match of text.matchAll(wordPattern)) {
		if (latinLetter.test(match[0])) words.push(match[0].toLowerCase());
	}
	return words;
}

const latinScriptCache = new Map<string, boolean>();

/** True when language `tag` is normally written in Latin script (`en`, `fr`, `tr`, …). */
export function isLatinScript(tag: string): boolean {
	let latin = latinScriptCache.get(tag);
	if (latin === undefined) {
		try {
			latin = new Intl.Locale(tag).maximize().script === 'Latn';
		} catch {
			latin = false;
		}
		latinScriptCache.set(tag, latin);
	}
	return latin;
}

/** The cues of one unit of text written in language `lang`. */
export function extractCues(text: string, lang: string): UnitCues {
	return {
		numbers: extractNumbers(text),
		punctuation: Array.from(countPunctuation(text)),
		latinWords: isLatinScript(lang) ? [] : latinWords(text)
	};
}
