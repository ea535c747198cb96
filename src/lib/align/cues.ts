// Cheap cues every translation keeps: numbers and a few punctuation marks. Length alone cannot tell
// two sentences of similar length apart; a "150" or a "؟" on one side and not on the other usually
// can. (The words a unit shares with its translation are read in ./features.ts.)
import { asciiDigits } from '../text/fold';

/** The punctuation the cues count; every script's variant of a mark is counted as the same mark. */
export const punctuationClasses = ['question', 'exclamation', 'colon', 'quote', 'parenthesis'] as const;
export type PunctuationClass = (typeof punctuationClasses)[number];

/**
 * The numbers written in `text`, normalised so that `١٬٥٠٠`, `1,500` and `1500` are the same
 * number and `٣٫٥` equals `3.5`. Returned sorted, so two lists compare as multisets.
 */
export function extractNumbers(text: string): string[] {
	const numbers: string[] = [];
	// Most sentences hold no digit; Arabic-Indic ones are read as ASCII (asciiDigits) only if present.
	let ascii = false;
	let arabic = false;
	for (let i = 0; i < text.length && !arabic; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x30 && code <= 0x39) ascii = true;
		else if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) arabic = true;
	}
	if (!ascii && !arabic) return numbers;
	const digits = arabic ? asciiDigits(text) : text;
	// What /\d+(?:[.,\u066B\u066C]\d+)*/gu matches, by a scan (this runs over every sentence of a book).
	for (let i = 0; i < digits.length; ) {
		if (!isDigitAt(digits, i)) {
			i++;
			continue;
		}
		const start = i;
		for (;;) {
			while (isDigitAt(digits, i)) i++;
			const code = digits.charCodeAt(i);
			if ((code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c) && isDigitAt(digits, i + 1)) i++;
			else break;
		}
		numbers.push(normalizeNumber(digits.slice(start, i)));
	}
	return numbers.sort();
}

// ASCII digits only, with no leading zero unless it is the only digit.
function isPlainNumber(raw: string): boolean {
	if (raw.length === 0 || (raw.length > 1 && raw.charCodeAt(0) === 0x30)) return false;
	for (let i = 0; i < raw.length; i++) if (!isDigitAt(raw, i)) return false;
	return true;
}

function isDigitAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code >= 0x30 && code <= 0x39;
}

export function normalizeNumber(raw: string): string {
	if (isPlainNumber(raw)) return raw; // most numbers: digits only, no leading zero
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
