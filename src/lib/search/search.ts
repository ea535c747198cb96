// Search in one whole document, in every language at once: Arabic matched the way readers type it,
// Latin-script text without case or accents (../text/fold.ts), words in any order within one side of
// a segment, or a "quoted phrase". Results come in document order with the ranges of the original
// text to mark and a snippet to list.
//
// Why a scan over pre-folded text and not a search library (MiniSearch, FlexSearch, Orama, Lunr):
// - Arabic attaches proclitics to words (والمدينة, بالمدينة), so a term must match inside a token,
//   after و/ف/ب/ك/ل/س/ال (./match.ts). Those libraries index whole tokens and match them exactly, by
//   prefix or fuzzily; none finds a term inside a token except FlexSearch's `tokenize: "full"`, which
//   indexes every substring of every word (many times the text's size) to do it.
// - The reader must mark the exact words in the original text. The libraries return which
//   documents matched (and which index terms), not where: a second pass over the text is needed for
//   every hit anyway, and it is this scan.
// - Hits are listed in document order, as a reader of a book expects, not ranked: relevance scoring
//   is most of what those libraries add, and it is not wanted here.
// - Each library's tokenizer and normaliser would have to be replaced by ours (they accept a
//   custom one), and phrases are not supported by MiniSearch, Orama or Lunr.
// A 10,000-pair book is about 4 million characters; `String.prototype.indexOf` over the folded text
// of one language is a few milliseconds (`npm run bench:search` prints the figures). The index is
// that folded text, built once per document: each language's segment texts folded and joined with
// U+0000 (which no folded query contains, so no match can span two segments), with where each
// segment begins. A query costs one `indexOf` scan per language for its first term and a look at
// only the segments that already match for the others: proportional to the text at worst.
import type { AlignedDocument, LanguageTag } from '../document/types';
import type { ReaderView } from '../document/view';
import { eachMatch, needlesOf, type Needle } from './match';
import { foldForSearch, foldedForSearch, parseQuery, type SearchQuery } from './query';
import { snippetAround, type Snippet, type TextRange } from './snippet';

export type { QueryTerm, SearchQuery } from './query';
export type { Snippet, TextRange } from './snippet';
export { parseQuery } from './query';

/** What search needs of a segment: its id and its text in each language ("" for none). */
export interface SearchableSegment {
	id: string;
	text: Readonly<Record<LanguageTag, string>>;
}

interface FoldedLanguage {
	/** Every segment's folded text, in order, each between two U+0000. */
	all: string;
	/** Where segment k's folded text begins in `all`; it ends at `starts[k + 1] - 1`. */
	starts: Int32Array;
}

/** A document made ready to search: build it once, query it often. */
export interface SearchIndex {
	/** The languages searched, the original first: a segment's hits come in this order. */
	readonly languages: readonly LanguageTag[];
	/** The segments in document order (the caller's objects, not copies). */
	readonly segments: readonly SearchableSegment[];
	readonly folded: ReadonlyMap<LanguageTag, FoldedLanguage>;
}

/** One side of one segment that matches every term of the query. */
export interface SearchHit {
	segmentId: string;
	lang: LanguageTag;
	/** 1-based position of the segment in the document: the reader's pair number. */
	ordinal: number;
	/** Every match of every term in the side's original text, in order, merged where they touch. */
	ranges: TextRange[];
	/** The first range with some words around it. */
	snippet: Snippet;
}

export interface SearchResults {
	query: SearchQuery;
	/** How many segment sides match, in all the languages searched (`hits` holds at most `limit`). */
	total: number;
	totalByLanguage: Record<LanguageTag, number>;
	/** In document order; within a segment, in the index's language order. */
	hits: SearchHit[];
}

export interface SearchOptions {
	/** At most this many hits are returned with ranges and snippets (default 100). */
	limit?: number;
	/** About how many characters of context a snippet shows on each side (default 60). */
	context?: number;
	/** Search only these languages (default: all of the index's). */
	languages?: readonly LanguageTag[];
}

const separator = '\u0000';

/** The search index of a document: every segment, in every declared language, the original first. */
export function buildSearchIndex(doc: AlignedDocument): SearchIndex {
	const languages = [doc.original, ...Object.keys(doc.languages).filter((tag) => tag !== doc.original)];
	return indexSegments(
		languages,
		doc.blocks.flatMap((block) => block.segments)
	);
}

/** The search index of a reader view (the same segments and languages as its document's). */
export function buildViewSearchIndex(view: ReaderView): SearchIndex {
	const segments = view.blocks.flatMap((block) =>
		block.pairs.map((pair) => ({
			id: pair.id,
			text: Object.fromEntries(Object.entries(pair.cells).map(([tag, cell]) => [tag, cell.text]))
		}))
	);
	return indexSegments(
		view.languages.map((language) => language.tag),
		segments
	);
}

/** The search index of `segments` (in document order) in `languages` (their order is the hits' order). */
export function indexSegments(languages: readonly LanguageTag[], segments: Iterable<SearchableSegment>): SearchIndex {
	const list = [...segments];
	const folded = new Map<LanguageTag, FoldedLanguage>();
	for (const lang of languages) {
		const starts = new Int32Array(list.length + 1);
		const parts: string[] = [''];
		let offset = 1;
		list.forEach((segment, k) => {
			const text = foldedForSearch(segment.text[lang] ?? '');
			starts[k] = offset;
			parts.push(text);
			offset += text.length + 1;
		});
		parts.push('');
		starts[list.length] = offset;
		folded.set(lang, { all: parts.join(separator), starts });
	}
	return { languages: [...languages], segments: list, folded };
}

/**
 * The sides of segments in `index` that match every term of `query` (text as typed, or parsed with
 * `parseQuery`): the total count, and the first `limit` hits in document order with their ranges and
 * snippets. An empty query (or one of spaces and quotation marks) matches nothing.
 */
export function search(index: SearchIndex, query: string | SearchQuery, options: SearchOptions = {}): SearchResults {
	const parsed = typeof query === 'string' ? parseQuery(query) : query;
	const limit = Math.max(0, options.limit ?? 100);
	const languages = index.languages.filter((tag) => !options.languages || options.languages.includes(tag));
	const totalByLanguage: Record<LanguageTag, number> = Object.fromEntries(languages.map((tag) => [tag, 0]));
	if (parsed.terms.length === 0) return { query: parsed, total: 0, totalByLanguage, hits: [] };

	// The longest term first: it is usually the rarest, so the others are checked in fewest segments.
	const terms = parsed.terms
		.map((term) => needlesOf(term))
		.sort((a, b) => Math.max(...b.map((n) => n.text.length)) - Math.max(...a.map((n) => n.text.length)));
	const keys: number[] = []; // segment × languages + language: sorts into document order
	languages.forEach((lang) => {
		const matching = matchingSegments(index.folded.get(lang)!, terms);
		totalByLanguage[lang] = matching.length;
		const order = index.languages.indexOf(lang);
		for (const k of matching) keys.push(k * index.languages.length + order);
	});
	keys.sort((a, b) => a - b);

	const hits: SearchHit[] = [];
	for (const key of keys.slice(0, limit)) {
		const k = Math.floor(key / index.languages.length);
		const lang = index.languages[key % index.languages.length]!;
		const segment = index.segments[k]!;
		const text = segment.text[lang] ?? '';
		const ranges = rangesOf(text, terms);
		const first = ranges[0] ?? { start: 0, end: 0 }; // always there: the index and rangesOf fold alike
		hits.push({ segmentId: segment.id, lang, ordinal: k + 1, ranges, snippet: snippetAround(text, first, options.context) });
	}
	return { query: parsed, total: keys.length, totalByLanguage, hits };
}

/**
 * Where `query` matches in `text` (ranges of `text`, in order, merged where they overlap or touch),
 * or `[]` unless every term matches: what the reader marks in a segment it shows.
 */
export function matchRanges(text: string, query: SearchQuery): TextRange[] {
	return rangesOf(text, query.terms.map(needlesOf));
}

/** Indices of the segments whose folded text in `language` matches every term, ascending. */
function matchingSegments(language: FoldedLanguage, terms: Needle[][]): number[] {
	const { all, starts } = language;
	let matching: number[] | null = null;
	for (const needles of terms) {
		if (matching === null) {
			// One scan of the whole language; after a hit, go on from the next segment.
			const marked = new Uint8Array(starts.length - 1);
			for (const needle of needles) {
				let from = 0;
				while (from < all.length) {
					let hit = -1;
					eachMatch(all, needle, from, all.length, (start) => {
						hit = start;
						return false;
					});
					if (hit === -1) break;
					const k = segmentAt(starts, hit);
					marked[k] = 1;
					from = starts[k + 1]!;
				}
			}
			matching = [];
			for (let k = 0; k < marked.length; k++) if (marked[k]) matching.push(k);
		} else {
			matching = matching.filter((k) => {
				const side = all.slice(starts[k], starts[k + 1]! - 1);
				return needles.some((needle) => hasMatch(side, needle));
			});
		}
		if (matching.length === 0) break;
	}
	return matching ?? [];
}

function hasMatch(text: string, needle: Needle): boolean {
	let found = false;
	eachMatch(text, needle, 0, text.length, () => {
		found = true;
		return false;
	});
	return found;
}

/** The segment whose folded text holds position `at` of `all`. */
function segmentAt(starts: Int32Array, at: number): number {
	let low = 0;
	let high = starts.length - 2;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid]! <= at) low = mid;
		else high = mid - 1;
	}
	return low;
}

function rangesOf(text: string, terms: Needle[][]): TextRange[] {
	if (terms.length === 0 || text === '') return [];
	const { folded, map } = foldForSearch(text);
	const found: TextRange[] = [];
	for (const needles of terms) {
		const before = found.length;
		for (const needle of needles) {
			eachMatch(folded, needle, 0, folded.length, (start, end) => {
				found.push(toOriginal(start, end, map));
			});
		}
		if (found.length === before) return [];
	}
	return mergeRanges(found);
}

/** The range of the original text that folded characters [start, end) came from. */
function toOriginal(start: number, end: number, map: number[]): TextRange {
	// A character that folds to several (rare) is taken whole when a match ends inside it.
	let next = end;
	while (next < map.length - 1 && map[next] === map[end - 1]) next++;
	return { start: map[start]!, end: map[next]! };
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
	const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: TextRange[] = [];
	for (const range of sorted) {
		const last = merged.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ ...range });
	}
	return merged;
}
