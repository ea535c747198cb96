// The reader's view of a document: what the pages render, computed once at build time.
import { splitSentences } from '../text/sentences';
import { spaceBefore } from './join';
import { directionOf, type Direction } from '../text/language';
import type {
	AlignedDocument,
	BlockKind,
	DocumentNote,
	LanguageTag,
	SourceInfo,
	TranslationCredit
} from './types';

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
}

export interface BlockView {
	kind: BlockKind;
	pairs: PairView[];
}

/** Consecutive highlight blocks form one list; every other block stands alone. */
export type BlockGroup = { kind: 'highlights'; blocks: BlockView[] } | { kind: 'single'; block: BlockView };

export interface ReaderView {
	id: string;
	original: LanguageTag;
	/** The original first, then translations in the document's order. */
	languages: LanguageView[];
	source: SourceInfo;
	notes: DocumentNote[];
	blocks: BlockView[];
	pairCount: number;
}

/** Builds the reader's view of a validated document. */
export function toReaderView(doc: AlignedDocument): ReaderView {
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
					sentences: text === '' ? 0 : splitSentences(text, tag).length
				};
				if (text !== '') started.add(tag);
			}
			return { id: segment.id, number: ++number, cells };
		});
		return { kind: block.kind, pairs };
	});
	return {
		id: doc.id,
		original: doc.original,
		languages: languageViews(doc),
		source: doc.source ?? {},
		notes: doc.notes ?? [],
		blocks,
		pairCount: number
	};
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

/** Groups consecutive highlight blocks so they render as one list. */
export function groupBlocks(blocks: BlockView[]): BlockGroup[] {
	const groups: BlockGroup[] = [];
	for (const block of blocks) {
		const last = groups.at(-1);
		if (block.kind === 'highlight' && last?.kind === 'highlights') last.blocks.push(block);
		else if (block.kind === 'highlight') groups.push({ kind: 'highlights', blocks: [block] });
		else groups.push({ kind: 'single', block });
	}
	return groups;
}

/** How a pair links its two shown sides, e.g. `1:2`; `0:1` when the first side is empty. */
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
