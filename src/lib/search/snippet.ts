// The few words around a match that a list of search results shows.

/** A range of UTF-16 code units in a segment's original text, `end` exclusive. */
export interface TextRange {
	start: number;
	end: number;
}

/** A match with some of the text on either side, cut at word boundaries. */
export interface Snippet {
	before: string;
	match: string;
	after: string;
	/** True when text before `before` was left out (the UI shows an ellipsis). */
	clippedBefore: boolean;
	/** True when text after `after` was left out. */
	clippedAfter: boolean;
}

const space = /\s/u;
// A cut must not separate a letter from its marks (harakat, accents) or split a surrogate pair.
const continues = /[\p{M}\uDC00-\uDFFF]/u;

/**
 * `range` of `text` with up to about `context` characters on each side, cut at whitespace so no
 * word is shown in part; in text without spaces near the match, cut between characters.
 */
export function snippetAround(text: string, range: TextRange, context = 60): Snippet {
	let start = Math.max(0, range.start - context);
	if (start > 0 && !space.test(text[start - 1]!)) {
		const cut = firstSpace(text, start, range.start);
		start = cut === -1 ? afterMarks(text, start, range.start) : skipSpaces(text, cut, range.start);
	}
	let end = Math.min(text.length, range.end + context);
	if (end < text.length) {
		const cut = lastSpace(text, range.end, end);
		end = cut === -1 ? afterMarks(text, end, text.length) : cut;
	}
	return {
		before: text.slice(start, range.start),
		match: text.slice(range.start, range.end),
		after: text.slice(range.end, end).trimEnd(),
		clippedBefore: start > 0,
		clippedAfter: end < text.length
	};
}

function firstSpace(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) if (space.test(text[i]!)) return i;
	return -1;
}

function lastSpace(text: string, from: number, to: number): number {
	for (let i = to; i >= from; i--) if (space.test(text[i]!)) return i;
	return -1;
}

function skipSpaces(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && space.test(text[i]!)) i++;
	return i;
}

function afterMarks(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && continues.test(text[i]!)) i++;
	return i;
}
