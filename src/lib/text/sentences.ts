// Sentence splitting for alignment and for the reader's n:m marks. The platform's Intl.Segmenter
// does the work (it knows ؟, ! and closing quotes); we only add guards for abbreviations it does not
// know, such as the Arabic "د." before a name, which would otherwise end a sentence.

/** A sentence and the whitespace that separated it from the previous one in the paragraph. */
export interface Sentence {
	text: string;
	/** Whitespace before this sentence; `''` for the first. Keeps joining lossless. */
	spaceBefore: string;
}

// Titles and abbreviations that are followed by a name or a number, not by a new sentence.
const englishAbbreviations = new Set([
	'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Sen', 'Rep',
	'Gov', 'Pres', 'Rev', 'Fr', 'St', 'Mt', 'No', 'Nos', 'Vol', 'vol', 'pp', 'p', 'vs', 'cf', 'e.g', 'i.e',
	'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd'
]);
// د. (doctor), أ. (professor), م. (engineer), ج. (part), ص. (page), ت. (telephone), ق. (century)
const arabicAbbreviations = new Set(['د', 'أ', 'م', 'ج', 'ص', 'ت', 'ق', 'أ.د', 'ق.م']);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

/**
 * Splits one paragraph into sentences. Call it per paragraph: Intl.Segmenter slows down sharply on
 * very long strings. Joining `spaceBefore + text` of every sentence gives back the trimmed paragraph.
 */
export function splitSentences(paragraph: string, lang: string): Sentence[] {
	const pieces: string[] = [];
	let pending = ''; // a piece that ended on an abbreviation, waiting for the rest of its sentence
	for (const { segment } of segmenterFor(lang).segment(paragraph)) {
		pending += segment;
		if (endsWithAbbreviation(pending.trimEnd(), lang)) continue;
		pieces.push(pending);
		pending = '';
	}
	if (pending !== '') pieces.push(pending);

	const sentences: Sentence[] = [];
	let gap = ''; // whitespace seen since the last sentence's text
	for (const piece of pieces) {
		const text = piece.trim();
		if (text === '') {
			gap += piece;
			continue;
		}
		const leading = piece.slice(0, piece.length - piece.trimStart().length);
		sentences.push({ text, spaceBefore: sentences.length === 0 ? '' : gap + leading });
		gap = piece.slice(piece.trimEnd().length);
	}
	return sentences;
}

function endsWithAbbreviation(piece: string, lang: string): boolean {
	const word = wordBeforeFullStop(piece);
	if (!word) return false;
	const base = lang.split('-')[0];
	if (base === 'ar' || base === 'fa' || base === 'ur') {
		if (word === 'م' && /\d\s*م\.$/u.test(piece)) return false; // "2017 م." is a year (AD), which may end a sentence
		return arabicAbbreviations.has(word);
	}
	// A lone capital is an initial (J. R. R. Tolkien, U.S.): names continue after it.
	if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
	return englishAbbreviations.has(word);
}

/**
 * The word before the full stop that ends `piece` (what /(?:^|[\s("'«“])([^\s("'«“]+)\.$/u
 * captures), or `''`: a scan back from the end, since this runs for every sentence of a book and
 * the expression was tried from every position of it.
 */
export function wordBeforeFullStop(piece: string): string {
	const end = piece.length - 1;
	if (end < 1 || piece.charCodeAt(end) !== 0x2e) return '';
	let start = end;
	while (start > 0 && !endsWord(piece.charCodeAt(start - 1))) start--;
	return piece.slice(start, end);
}

// What may stand before an abbreviation: white space (as \s matches it) or ( " ' « “.
function endsWord(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return code === 0x28 || code === 0x22 || code === 0x27;
	switch (code) {
		case 0xa0:
		case 0xab: // «
		case 0x1680:
		case 0x2028:
		case 0x2029:
		case 0x202f:
		case 0x205f:
		case 0x3000:
		case 0xfeff:
		case 0x201c: // “
			return true;
		default:
			return code >= 0x2000 && code <= 0x200a;
	}
}
