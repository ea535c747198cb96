// Words as the aligner compares them. Arabic: folded (no harakat or tatweel, one alef, hamza seats
// as letters, ة as ه, ى as ي: ../text/fold.ts), the clitics و ف ب ل ك and the article ال split
// off the front and a few suffixes off the end, so that والمدينة, بالمدينة and المدينة are one
// word. English: folded, possessives and plurals stripped. Function words are dropped on both
// sides: they say nothing about which sentence translates which.
import { foldArabic, foldLatin } from '../text/fold';

/** The words of `text`, as written (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
	const found: string[] = [];
	let end: number;
	for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, end)) {
		end = wordEnd(text, start);
		found.push(text.slice(start, end));
	}
	return found;
}

// A word is what /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu matches: letters and digits, with an
// apostrophe or hyphen inside. `nextWord` and `wordEnd` find the same words by a scan with a table
// of the characters seen, which is several times faster over a book than the expression.

// For each UTF-16 code unit: 0 not seen yet, 1 not a letter or digit, 2 a letter or digit.
const letterKinds = new Uint8Array(0x10000);
const astralLetters = new Map<number, boolean>();
const letterOrDigit = /^[\p{L}\p{N}]$/u;

// How many code units the letter or digit at text[i] takes (a character beyond the Basic Multilingual
// Plane takes two), or 0 when there is none there. A lone surrogate is neither.
function letterAt(text: string, i: number): number {
	const code = text.charCodeAt(i); // NaN past the end
	if (code < 0xd800) {
		const kind = letterKinds[code];
		if (kind === 2) return 1;
		if (kind === 1) return 0;
	}
	return letterAtFirstSight(text, i);
}

// `letterAt` for the end of the text, a surrogate, or a character not seen yet.
function letterAtFirstSight(text: string, i: number): number {
	if (i >= text.length) return 0;
	const code = text.charCodeAt(i);
	if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
		const next = text.charCodeAt(i + 1);
		if (next >= 0xdc00 && next <= 0xdfff) {
			const point = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
			let letter = astralLetters.get(point);
			if (letter === undefined) {
				letter = letterOrDigit.test(String.fromCodePoint(point));
				astralLetters.set(point, letter);
			}
			return letter ? 2 : 0;
		}
	}
	let kind = letterKinds[code] ?? 0;
	if (kind === 0) {
		kind = letterOrDigit.test(String.fromCharCode(code)) ? 2 : 1;
		letterKinds[code] = kind;
	}
	return kind === 2 ? 1 : 0;
}

/** Where the first word of `text` at or after index `from` starts, or -1 when there is none. */
function nextWord(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (letterAt(text, i) > 0) return i;
	return -1;
}

/** Where the word that starts at `start` (as `nextWord` found it) ends. */
function wordEnd(text: string, start: number): number {
	let i = start;
	for (;;) {
		for (let width = letterAt(text, i); width > 0; width = letterAt(text, i)) i += width;
		const code = text.charCodeAt(i);
		if ((code === 0x27 || code === 0x2019 || code === 0x2d) && letterAt(text, i + 1) > 0) i++;
		else return i;
	}
}

const isArabicLetter = (code: number) => code >= 0x0621 && code <= 0x064a;

/** True when `word` starts with an Arabic letter. */
export function isArabicWord(word: string): boolean {
	return isArabicLetter(word.charCodeAt(0));
}

// Prefixes and suffixes of Larkey's light10 stemmer: strip at most one conjunction, then one
// article form, then suffixes, while the stem keeps at least two letters.
const articles = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// (ة is already ه after folding.)
const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** An Arabic word (already folded) without its clitics and common suffixes. */
export function arabicStem(folded: string): string {
	let word = folded;
	if (word.length > 3 && (word.startsWith('و') || word.startsWith('ف'))) word = word.slice(1);
	for (const article of articles) {
		if (word.startsWith(article) && word.length - article.length >= 2) {
			word = word.slice(article.length);
			break;
		}
	}
	for (const suffix of suffixes) {
		if (word.endsWith(suffix) && word.length - suffix.length >= 2) word = word.slice(0, -suffix.length);
	}
	return word;
}

/** An English word (already folded) without a possessive, plural or -ing/-ed ending. */
export function englishStem(folded: string): string {
	let word = folded.endsWith("'s") || folded.endsWith('’s') ? folded.slice(0, -2) : folded;
	if (word.length > 4 && word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
	else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) word = word.slice(0, -1);
	if (word.length > 5 && word.endsWith('ing')) word = word.slice(0, -3);
	else if (word.length > 4 && word.endsWith('ed')) word = word.slice(0, -2);
	return word;
}

// Folded and stemmed, as arabicStem and englishStem leave them.
const arabicFunctionWords = new Set(
	[
		'في', 'من', 'علي', 'الي', 'عن', 'ان', 'او', 'ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'هذا', 'هذ',
		'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'ثم', 'حتي', 'مع', 'كل', 'بعد', 'قبل', 'عند', 'بين', 'هو', 'هي',
		'هم', 'نحن', 'انا', 'انت', 'لكن', 'اذا', 'اذ', 'ولا', 'منذ', 'غير', 'حيث', 'كما', 'اي', 'ايضا',
		'يكن', 'تكون', 'يكون', 'قال', 'قالت', 'ذا', 'لذلك', 'فيه', 'منه', 'عليه', 'اليه', 'عنه', 'له', 'به', 'لها',
		'بها', 'فيها', 'منها', 'عليها', 'لهم', 'نحو', 'اما', 'الا', 'انه', 'انها', 'كانوا', 'هنا', 'هناك'
	].map((word) => arabicStem(word))
);
const englishFunctionWords = new Set([
	'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'is', 'are',
	'was', 'were', 'be', 'been', 'being', 'it', 'its', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'we',
	'our', 'you', 'your', 'i', 'me', 'my', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'what',
	'not', 'no', 'but', 'if', 'then', 'than', 'so', 'there', 'here', 'had', 'has', 'have', 'do', 'did', 'does',
	'would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'into', 'onto', 'up', 'down', 'out', 'over',
	'about', 'after', 'before', 'all', 'any', 'some', 'one', 'also', 'even', 'only', 'just', 'said', 'say', 'says'
].map((word) => englishStem(word)));

/** True when a stem (as `arabicStem` or `englishStem` returns it) is a function word or too short to mean anything. */
export function isFunctionStem(stem: string, arabic: boolean): boolean {
	if (stem.length < 2) return true;
	return arabic ? arabicFunctionWords.has(stem) : englishFunctionWords.has(stem);
}

/** The content stems of `text`: Arabic words by `arabicStem`, others by `englishStem`, function words dropped. */
export function contentStems(text: string): string[] {
	const stems: string[] = [];
	for (const word of words(text)) {
		const first = word.charCodeAt(0);
		if (first >= 0x30 && first <= 0x39) continue; // numbers are a cue of their own
		const arabic = isArabicWord(word);
		const stem = arabic ? arabicStem(foldArabic(word)) : englishStem(foldLatin(word));
		if (!isFunctionStem(stem, arabic)) stems.push(stem);
	}
	return stems;
}
