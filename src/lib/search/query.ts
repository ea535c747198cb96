// What a reader types into the search box, read into terms. Words are separate terms (each must
// match somewhere in the same side of a segment, in any order); text in quotation marks is one
// phrase term. Every term is folded the way the index folds text (../text/fold.ts), so the query
// and the text meet in one form.
import { foldEachChar, foldWithMap } from '../text/fold';

/** One thing that must match: a word, or a phrase the reader put in quotation marks. */
export interface QueryTerm {
	/** As typed, whitespace normalised: for showing the query back to the reader. */
	text: string;
	/** Folded like the index's text (`foldForSearch`), words joined by one space. */
	folded: string;
	/** True for a quoted phrase. */
	phrase: boolean;
	/**
	 * True when the term's last letter is ة (ta marbuta). With a suffix it is written ت
	 * (مدينة → مدينتهم), so the search also tries that form.
	 */
	endsInTaMarbuta: boolean;
}

export interface SearchQuery {
	/** Distinct terms in the order typed; empty when there is nothing to search for. */
	terms: QueryTerm[];
}

// Straight, curly, low and angle double quotes all open and close a phrase: Arabic keyboards give
// « », phones often give “ ”. Single quotes do not: English writes them inside words (Daesh's).
const quoteMarks = new Set(['"', '“', '”', '„', '«', '»']);
// Control characters (tab, line feed… and the C1 range) count as spaces: a pasted query may carry them.
const controls = /\p{Cc}/gu;
const taMarbutaAtEnd = /\u0629[\u064B-\u065F\u0670]*$/u; // ة, perhaps with harakat after it

/** The terms of `input`. Whitespace is normalised; an unclosed quotation mark runs to the end. */
export function parseQuery(input: string): SearchQuery {
	const text = input.normalize('NFC').replace(controls, ' ');
	const pieces: { text: string; phrase: boolean }[] = [];
	let inPhrase = false;
	let current = '';
	const flush = () => {
		const words = current.split(/\s+/u).filter((word) => word !== '');
		if (inPhrase && words.length > 0) pieces.push({ text: words.join(' '), phrase: true });
		else for (const word of words) pieces.push({ text: word, phrase: false });
		current = '';
	};
	for (const char of text) {
		if (quoteMarks.has(char)) {
			flush();
			inPhrase = !inPhrase;
		} else current += char;
	}
	flush();

	const terms = new Map<string, QueryTerm>(); // a term typed twice is one term
	for (const piece of pieces) {
		const folded = foldForSearch(piece.text).folded.trim();
		if (folded === '') continue; // a term of harakat or tatweel alone says nothing
		const key = `${piece.phrase ? 'p' : 'w'}${folded}`;
		const endsInTaMarbuta = taMarbutaAtEnd.test(piece.text);
		const seen = terms.get(key);
		if (seen) seen.endsInTaMarbuta ||= endsInTaMarbuta; // مدينه مدينة: one term, with the ة reading
		else terms.set(key, { text: piece.text, folded, phrase: piece.phrase, endsInTaMarbuta });
	}
	return { terms: [...terms.values()] };
}

/**
 * `text` as search reads it: `foldWithMap` (../text/fold.ts), then every run of whitespace as one
 * space, so "الميادين  ." and a phrase typed with one space meet. `map[i]` is where folded character
 * `i` came from in `text`, and `map[folded.length]` is `text.length`.
 */
export function foldForSearch(text: string): { folded: string; map: number[] } {
	const { folded, map } = foldWithMap(text);
	if (!/\s\s|[^\S ]/u.test(folded)) return { folded, map }; // nothing to collapse
	let out = '';
	const outMap: number[] = [];
	for (let i = 0; i < folded.length; i++) {
		const isSpace = /\s/u.test(folded[i]!);
		if (isSpace && i > 0 && /\s/u.test(folded[i - 1]!)) continue; // the run's first space stands for it
		out += isSpace ? ' ' : folded[i];
		outMap.push(map[i]!);
	}
	outMap.push(text.length);
	return { folded: out, map: outMap };
}

/** `foldForSearch(text).folded` without building the map: what the index stores. */
export function foldedForSearch(text: string): string {
	const folded = foldEachChar(text);
	return /\s\s|[^\S ]/u.test(folded) ? folded.replace(/\s+/gu, ' ') : folded;
}
