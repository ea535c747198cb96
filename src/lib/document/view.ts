// The reader's view of a document: pairs numbered through the whole text, sentence counts per side,
// the divisions of a book and the pages a long text is read in. Plain data, computed once at build
// time (or in the browser for a text kept there); the reader adds the interface language on top.
import { directionOf, type Direction } from '../text/language';
import { spaceBefore } from './join';
import { sentenceCount } from './shape';
import { isDivision, type AlignedDocument, type BlockKind, type DocumentNote, type LanguageTag, type SourceInfo, type TranslationCredit } from './types';

export interface LanguageView {
	tag: LanguageTag;
	dir: Direction;
	title: string;
	isOriginal: boolean;
	translation?: TranslationCredit;
}

/** One language's side of a pair. `text` is `''` when the pair has no counterpart in it. */
export interface CellView {
	text: string;
	/** Whitespace before the text when the block is read as running prose (single-language layouts). */
	lead: string;
	/**
	 * True when the text starts a new paragraph inside its block (its `space` holds a line break:
	 * the importer's mark for a paragraph one language splits and the other does not).
	 */
	paragraphBreak: boolean;
	/** How many sentences the side holds, so the reader can show n:m links honestly. */
	sentences: number;
}

/** One aligned segment, seen as a pair of sides (or more, for documents with several translations). */
export interface PairView {
	id: string;
	/** 1-based position in the document: the pair number shown in the gutter and in print. */
	number: number;
	cells: Record<LanguageTag, CellView>;
	confidence?: number;
	checked?: boolean;
}

export interface BlockView {
	kind: BlockKind;
	pairs: PairView[];
}

/** A chapter or section: an entry of the table of contents. */
export interface DivisionView {
	/** The id of its title's segment, so `#id` lands on it. */
	id: string;
	kind: 'chapter' | 'section';
	/** The title in every language. */
	titles: Record<LanguageTag, string>;
	/** The number of its title pair. */
	number: number;
	/** Index of the page it starts on. */
	page: number;
}

/** A stretch of the document read as one web page: whole blocks, in order. */
export interface PageRange {
	/** 0-based; page 0 is the document's own address. */
	index: number;
	/** Blocks `[firstBlock, endBlock)`. */
	firstBlock: number;
	endBlock: number;
	/** Numbers of its first and last pair. */
	firstPair: number;
	lastPair: number;
}

export interface ReaderView {
	id: string;
	original: LanguageTag;
	/** The original first, then translations in the document's order. */
	languages: LanguageView[];
	source: SourceInfo;
	notes: DocumentNote[];
	blocks: BlockView[];
	pairCount: number;
	divisions: DivisionView[];
	pages: PageRange[];
}

/**
 * The page (index) that holds pair `id`, looking at page `near` first (where an edit was made), or
 * undefined when no page does.
 */
export function pageOfPair(view: ReaderView, id: string, near = 0): number | undefined {
	const holds = (page: PageRange) => {
		for (let b = page.firstBlock; b < page.endBlock; b++) if (view.blocks[b]!.pairs.some((pair) => pair.id === id)) return true;
		return false;
	};
	const first = view.pages[near];
	if (first && holds(first)) return near;
	return view.pages.find((page) => page.index !== near && holds(page))?.index;
}

/** How many pairs a page holds at most, unless a single block is longer. */
export const pairsPerPage = 300;

/** Builds the reader's view of a validated document. */
export function toReaderView(doc: AlignedDocument, options: { pairsPerPage?: number } = {}): ReaderView {
	const tags = orderedLanguages(doc);
	let number = 0;
	const blocks = doc.blocks.map((block): BlockView => {
		const started = new Set<LanguageTag>(); // languages that already have text in this block
		const pairs = block.segments.map((segment): PairView => {
			const cells: Record<LanguageTag, CellView> = {};
			for (const tag of tags) {
				const text = segment.text[tag] ?? '';
				const space = text !== '' && started.has(tag) ? spaceBefore(segment, tag) : '';
				const paragraphBreak = space.includes('\n');
				cells[tag] = {
					text,
					lead: paragraphBreak ? '' : space,
					paragraphBreak,
					// Counted once per segment object: after an edit only the pairs it made are counted again.
					sentences: sentenceCount(segment, tag)
				};
				if (text !== '') started.add(tag);
			}
			const pair: PairView = { id: segment.id, number: ++number, cells };
			if (segment.confidence !== undefined) pair.confidence = segment.confidence;
			if (segment.checked) pair.checked = true;
			return pair;
		});
		return { kind: block.kind, pairs };
	});
	const pages = paginate(blocks, options.pairsPerPage ?? pairsPerPage);
	return {
		id: doc.id,
		original: doc.original,
		languages: languageViews(doc),
		source: doc.source ?? {},
		notes: doc.notes ?? [],
		blocks,
		pairCount: number,
		divisions: divisionsOf(blocks, pages),
		pages
	};
}

/**
 * Splits the blocks into pages: a new page at every chapter, and within a chapter (or a document
 * without chapters) whenever the next block would take the page past `limit` pairs. A block is never
 * split, so a page can exceed the limit only by holding one very long block; a section's title is
 * never left at the foot of a page without its first block.
 */
export function paginate(blocks: readonly BlockView[], limit = pairsPerPage): PageRange[] {
	const pages: PageRange[] = [];
	let start = 0;
	let pairs = 0;
	const close = (end: number) => {
		if (end === start) return;
		const first = blocks[start]!.pairs[0]!.number;
		const last = blocks[end - 1]!.pairs.at(-1)!.number;
		pages.push({ index: pages.length, firstBlock: start, endBlock: end, firstPair: first, lastPair: last });
		start = end;
		pairs = 0;
	};
	blocks.forEach((block, b) => {
		// A section title stays with the block that follows it.
		const needed = block.pairs.length + (block.kind === 'section' ? (blocks[b + 1]?.pairs.length ?? 0) : 0);
		if (block.kind === 'chapter' || (pairs > 0 && pairs + needed > limit)) close(b);
		pairs += block.pairs.length;
	});
	close(blocks.length);
	return pages;
}

function divisionsOf(blocks: readonly BlockView[], pages: readonly PageRange[]): DivisionView[] {
	const divisions: DivisionView[] = [];
	let page = 0;
	blocks.forEach((block, b) => {
		while (page < pages.length - 1 && b >= pages[page]!.endBlock) page++;
		if (!isDivision(block.kind)) return;
		const title = block.pairs[0]!;
		divisions.push({
			id: title.id,
			kind: block.kind as 'chapter' | 'section',
			titles: Object.fromEntries(Object.entries(title.cells).map(([tag, cell]) => [tag, cell.text])),
			number: title.number,
			page
		});
	});
	return divisions;
}

/** The page holding pair number `number` (1-based), or undefined when there is none. */
export function pageOfNumber(pages: readonly PageRange[], number: number): PageRange | undefined {
	let low = 0;
	let high = pages.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const page = pages[mid]!;
		if (number < page.firstPair) high = mid - 1;
		else if (number > page.lastPair) low = mid + 1;
		else return page;
	}
	return undefined;
}

function orderedLanguages(doc: AlignedDocument): LanguageTag[] {
	return [doc.original, ...Object.keys(doc.languages).filter((tag) => tag !== doc.original)];
}

function languageViews(doc: AlignedDocument): LanguageView[] {
	return orderedLanguages(doc).map((tag) => {
		const entry = doc.languages[tag]!;
		return {
			tag,
			dir: directionOf(tag),
			title: entry.title,
			isOriginal: tag === doc.original,
			...(entry.translation ? { translation: entry.translation } : {})
		};
	});
}

/** Consecutive highlight blocks form one list; every other block stands alone. */
export type BlockGroup<B extends { kind: BlockKind } = BlockView> = { kind: 'highlights'; blocks: B[] } | { kind: 'single'; block: B };

/** Groups consecutive highlight blocks so they render as one list. */
export function groupBlocks<B extends { kind: BlockKind }>(blocks: readonly B[]): BlockGroup<B>[] {
	const groups: BlockGroup<B>[] = [];
	for (const block of blocks) {
		const last = groups.at(-1);
		if (block.kind === 'highlight' && last?.kind === 'highlights') last.blocks.push(block);
		else if (block.kind === 'highlight') groups.push({ kind: 'highlights', blocks: [block] });
		else groups.push({ kind: 'single', block });
	}
	return groups;
}

/** How a pair links two of its languages, e.g. `1:2`; `0:1` when the first has no text. */
export function linkShape(pair: PairView, first: LanguageTag, second: LanguageTag): string {
	return `${pair.cells[first]?.sentences ?? 0}:${pair.cells[second]?.sentences ?? 0}`;
}

/** What the library lists for each document. */
export interface LibraryEntry {
	id: string;
	languages: LanguageView[];
	source: SourceInfo;
	pairCount: number;
	blockCount: number;
}

/** The library's summary of a document (without building its reader view). */
export function toLibraryEntry(doc: AlignedDocument): LibraryEntry {
	return {
		id: doc.id,
		languages: languageViews(doc),
		source: doc.source ?? {},
		pairCount: doc.blocks.reduce((count, block) => count + block.segments.length, 0),
		blockCount: doc.blocks.length
	};
}
