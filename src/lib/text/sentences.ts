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
	if (!piece.endsWith('.')) return false;
	const word = /(?:^|[\s("'«“])([^\s("'«“]+)\.$/u.exec(piece)?.[1];
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
