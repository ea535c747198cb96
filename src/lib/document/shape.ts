// The sentences of a pair's sides, as the editor splits and moves them and as the review list and
// the alignment map count them. One place, so a side the map draws as two sentences is a side the
// editor offers to split in two, and both agree with the reader's n:m marks (document/view.ts).
import { splitSentences } from '../text/sentences';
import type { LanguageTag, Segment } from './types';

/** Where one sentence lies in its side's text: `text.slice(start, end)`. */
export interface SentenceSpan {
	start: number;
	end: number;
}

// Characters that may end a sentence (Unicode's Sentence_Terminal and the full stops the sentence
// rules treat as ATerm). A text with none of them before its closing run is one sentence, whatever
// the language: the sentence rules break only after one of these or after a line break, which
// document text never holds. Checking for them first spares Intl.Segmenter most sides, which are
// one sentence each.
const terminator = /[\p{Sentence_Terminal}\u002E\u2024\uFE52\uFF0E]/u;
// What may follow the last sentence's terminator: closing punctuation and quotes.
const closing = /[\p{Pe}\p{Pf}\p{Pi}\p{Quotation_Mark}]/u;

const other = 1;
const ends = 2;
const closes = 3;
const unsure = 4;
// What each UTF-16 code unit is, looked up once (property classes are slow to test character by
// character); 0 until first seen. Surrogates are unsure: astral scripts have terminators too.
const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
	let kind = kinds[code]!;
	if (kind === 0) {
		const char = String.fromCharCode(code);
		kind = code >= 0xd800 && code <= 0xdfff ? unsure : terminator.test(char) ? ends : closing.test(char) ? closes : other;
		kinds[code] = kind;
	}
	return kind;
}

/** True when `text` cannot be more than one sentence (no terminator before its closing punctuation). */
export function isSingleSentence(text: string): boolean {
	let end = text.length;
	while (end > 0) {
		const kind = kindOf(text.charCodeAt(end - 1));
		if (kind !== ends && kind !== closes) break;
		end--;
	}
	for (let i = 0; i < end; i++) {
		const kind = kindOf(text.charCodeAt(i));
		if (kind === ends || kind === unsure) return false;
	}
	return true;
}

/**
 * The sentences of one side's text, as character spans in order. `''` has none. The text between two
 * spans is the whitespace that separated them; joining spans and gaps gives the text back exactly.
 */
export function sentenceSpans(text: string, lang: LanguageTag): SentenceSpan[] {
	if (text === '') return [];
	if (isSingleSentence(text)) return [{ start: 0, end: text.length }];
	const spans: SentenceSpan[] = [];
	let offset = 0;
	for (const sentence of splitSentences(text, lang)) {
		const start = offset + sentence.spaceBefore.length;
		const end = start + sentence.text.length;
		// splitSentences promises this; a side it cannot cut exactly is offered whole, never changed.
		if (text.slice(offset, start).trim() !== '' || text.slice(start, end) !== sentence.text) return [{ start: 0, end: text.length }];
		spans.push({ start, end });
		offset = end;
	}
	return offset === text.length && spans.length > 0 ? spans : [{ start: 0, end: text.length }];
}

/** The sentences of `text` as strings (what the editor shows when it offers a place to split). */
export function sentencesOf(text: string, lang: LanguageTag): string[] {
	return sentenceSpans(text, lang).map((span) => text.slice(span.start, span.end));
}

// Counted once per segment object and language: documents are edited by replacing segments, never
// by changing them, so a count stays right for as long as its segment exists.
const counts = new WeakMap<Segment, Record<LanguageTag, number>>();

/** How many sentences `segment` holds in `lang` (0 for an empty side). */
export function sentenceCount(segment: Segment, lang: LanguageTag): number {
	let known = counts.get(segment);
	if (!known) {
		known = {};
		counts.set(segment, known);
	}
	let count = known[lang];
	if (count === undefined) {
		const text = segment.text[lang] ?? '';
		count = text === '' ? 0 : isSingleSentence(text) ? 1 : sentenceSpans(text, lang).length;
		known[lang] = count;
	}
	return count;
}
