// Where a query term matches in folded text, and why there and not elsewhere.
//
// Word start, not any substring. A term matches where a word begins, and may end inside a word:
// "liber" finds "liberated", "kamal" finds "Kamal's", مدينة finds مدينتين and مدينةٌ. Matching any
// substring would make every short query noisy in both languages: "art" inside "start", دين
// (religion) inside مدينة (city), سلام (peace) inside اسلام (Islam), 50 inside 150.
//
// Arabic writes some words joined to the next one (proclitics): the conjunctions و ف, the
// prepositions ب ك ل, the future prefix س and the article ال, in that order (والمدينة, بالمدينة,
// فللمدينة, وسيقول, بـ150, لـTwitter). A term therefore also matches after such a chain inside a
// word, and only after one: مدينة finds والمدينة and بالمدينة but not
// البوكمال's كمال (البو is not a chain of proclitics). A term typed with the article (المدينة)
// keeps it: it matches المدينة, والمدينة, بالمدينة and للمدينة (ل + ال is written لل), but not the
// indefinite مدينة. Some words really begin with these letters (وصل, فكرة): searching صل finds وصل;
// that is the price of reading Arabic as it is written, and it is the same price every Arabic
// search pays. Inside a Latin-script word nothing is a proclitic: "art" does not find "start".
//
// ta marbuta becomes ta before a suffix (مدينة → مدينتهم, مدينتين): a term typed with ة also
// matches its stem with ت when an Arabic letter follows.
import type { QueryTerm } from './query';

/** A form of a term to look for in folded text. */
export interface Needle {
	/** Folded text to find. */
	text: string;
	/** The term's article (ال) was taken off `text`: the match must follow one in the text. */
	definite: boolean;
	/** The match must be followed by an Arabic letter (the ت form of ة before a suffix). */
	suffixed: boolean;
	/** The match must begin a word, or follow Arabic proclitics that begin it. */
	wordStart: boolean;
}

const arabicLetter = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC]/u;
const wordChar = /[\p{L}\p{N}]/u;
// Proclitics, folded: conjunction, then a preposition, the future prefix or the article (with its
// preposition, li + al written لل). `definiteChain` is the subset that ends in the article.
const procliticChain = /^[وف]?(?:[بك]?ال|لل|[بكلس])?$/u;
const definiteChain = /^[وف]?(?:[بك]?ال|لل)$/u;
const longestChain = 4; // وبال, فكال
const procliticLetters = new Set([...'وفبكلسال'].map((letter) => letter.charCodeAt(0)));
const article = 'ال';

/** The forms of `term` to look for (one or two). */
export function needlesOf(term: QueryTerm): Needle[] {
	const folded = term.folded;
	const first = String.fromCodePoint(folded.codePointAt(0)!);
	const wordStart = wordChar.test(first);
	// Take the article off when what is left is a word of three letters or more (الحرب → حرب, not
	// الله → له), so the text's لل form matches as well.
	const firstWord = folded.split(' ')[0]!;
	const definite = arabicLetter.test(first) && firstWord.startsWith(article) && firstWord.length >= article.length + 3;
	const text = definite ? folded.slice(article.length) : folded;
	const needles: Needle[] = [{ text, definite, suffixed: false, wordStart }];
	if (term.endsInTaMarbuta && text.endsWith('\u0647') && text.length > 1) {
		needles.push({ text: `${text.slice(0, -1)}\u062A`, definite, suffixed: true, wordStart });
	}
	return needles;
}

/**
 * Where `needle` matches in `haystack` between `from` and `to` (folded indices; a match may not
 * cross `to`). Calls `found(start, end)` for each match in order, `start` taking in the article a
 * definite needle left out; stops when `found` returns false. Text before `from` is not looked at:
 * `from` counts as the start of the text, so a match never reaches into the text before it.
 */
export function eachMatch(
	haystack: string,
	needle: Needle,
	from: number,
	to: number,
	found: (start: number, end: number) => boolean | void
): void {
	const { text } = needle;
	if (text === '') return;
	for (let at = haystack.indexOf(text, from); at !== -1 && at + text.length <= to; at = haystack.indexOf(text, at + 1)) {
		const start = startOfMatch(haystack, needle, at, from);
		if (start === -1) continue;
		const end = at + text.length;
		if (needle.suffixed && !(end < to && arabicLetter.test(haystack[end]!))) continue;
		if (found(start, end) === false) return;
	}
}

/** Where a match of `needle` found at `at` starts (taking in the article), or -1 if it may not start there. */
function startOfMatch(haystack: string, needle: Needle, at: number, from: number): number {
	if (!needle.wordStart) return at;
	// Walk back over the word the match is in, as far as proclitics could reach; any letter that
	// cannot be part of a proclitic (a Latin letter, most Arabic ones) ends the walk at once.
	let wordBegins = at;
	while (wordBegins > from && isWordCharBefore(haystack, wordBegins)) {
		if (!procliticLetters.has(haystack.charCodeAt(wordBegins - 1))) return -1;
		wordBegins--;
		if (at - wordBegins > longestChain) return -1;
	}
	const prefix = haystack.slice(wordBegins, at);
	if (needle.definite) {
		if (!definiteChain.test(prefix)) return -1;
		return prefix.endsWith(article) ? at - article.length : at - 1; // the article, or the second ل of لل
	}
	return prefix === '' || procliticChain.test(prefix) ? at : -1;
}

function isWordCharBefore(text: string, index: number): boolean {
	const code = text.charCodeAt(index - 1);
	// Fast answers for ASCII and Arabic letters: this runs for every candidate match in a book.
	if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
	if (code >= 0x0621 && code <= 0x064a) return true;
	const char = isLowSurrogate(code) && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
	return wordChar.test(char);
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
