// Words as the aligner compares them. Arabic: folded (no harakat or tatweel, one alef, hamza seats
// as letters, ة as ه, ى as ي: ../text/fold.ts), the clitics و ف ب ل ك and the article ال split
// off the front and a few suffixes off the end, so that والمدينة, بالمدينة and المدينة are one
// word. English: folded, possessives and plurals stripped. Function words are dropped on both
// sides: they say nothing about which sentence translates which.
import { foldArabic, foldLatin } from '../text/fold';

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of `text`, as written (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(wordPattern)) found.push(match[0]);
	return found;
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
	let word = folded.replace(/['’]s$/u, '');
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
		if (/^\d/u.test(word)) continue; // numbers are a cue of their own
		const arabic = isArabicWord(word);
		const stem = arabic ? arabicStem(foldArabic(word)) : englishStem(foldLatin(word));
		if (!isFunctionStem(stem, arabic)) stems.push(stem);
	}
	return stems;
}
