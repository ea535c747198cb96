// Turning an alignment into a document of the Muqabala format.
import type { AlignedDocument, Block, DocumentNote, Segment, SourceInfo, TranslationCredit } from '../document/types';
import type { LanguagePair, TextAlignment } from './align';

/** What the document says besides its text. */
export interface DocumentInfo {
	id: string;
	languages: LanguagePair;
	titles: { source: string; target: string };
	/** Where the original comes from; left out of the document when absent or empty. */
	source?: SourceInfo;
	/** Who translated it and how; `{}` when nothing is known. */
	translation?: TranslationCredit;
	notes?: DocumentNote[];
	/** The `$schema` reference to write, relative to where the document will be saved. */
	schema?: string;
}

/** Where a segment of the document came from in the alignment. */
export interface SegmentOrigin {
	/** Index of the block and of the pair in `alignment.blocks`. */
	block: number;
	pair: number;
}

/**
 * A document of paragraph blocks, one per paragraph-level link, with one segment per
 * sentence-level link, ids `p<block>-<segment>` (as in the hand-aligned seed document), each with
 * the aligner's confidence. `origins[k]` says where the k-th segment (in document order) came from.
 */
export function toAlignedDocument(alignment: TextAlignment, info: DocumentInfo): AlignedDocument {
	return toDocumentWithOrigins(alignment, info).document;
}

/** `toAlignedDocument`, with where each segment came from. */
export function toDocumentWithOrigins(alignment: TextAlignment, info: DocumentInfo): { document: AlignedDocument; origins: SegmentOrigin[] } {
	const { source: from, target: to } = info.languages;
	const origins: SegmentOrigin[] = [];
	const blocks: Block[] = alignment.blocks.map((block, b) => {
		const segments: Segment[] = [];
		// A side that runs across a paragraph break only that language makes (one Arabic sentence
		// translated by three English ones, the third in a new paragraph) keeps the break in its text:
		// the pair stays one segment, as it was translated.
		block.segments.forEach((pair, p) => {
			const segment: Segment = { id: `p${b + 1}-${segments.length + 1}`, text: { [from]: pair.source.text, [to]: pair.target.text } };
			const space: Record<string, string> = {};
			// The first text on a side has no space before it; a single space is the default.
			if (pair.source.text !== '' && pair.source.space !== '' && pair.source.space !== ' ') space[from] = pair.source.space;
			if (pair.target.text !== '' && pair.target.space !== '' && pair.target.space !== ' ') space[to] = pair.target.space;
			if (Object.keys(space).length > 0) segment.space = space;
			segment.confidence = roundConfidence(pair.confidence);
			segments.push(segment);
			origins.push({ block: b, pair: p });
		});
		return { kind: 'paragraph', segments };
	});
	const source = info.source && Object.keys(info.source).length > 0 ? info.source : undefined;
	const document: AlignedDocument = {
		...(info.schema ? { $schema: info.schema } : {}),
		format: 1,
		id: info.id,
		original: from,
		languages: {
			[from]: { title: info.titles.source },
			[to]: { title: info.titles.target, translation: info.translation ?? {} }
		},
		...(source ? { source } : {}),
		...(info.notes && info.notes.length > 0 ? { notes: info.notes } : {}),
		blocks
	};
	return { document, origins };
}

/** Confidence as stored: three decimals are all a reader or a threshold needs. */
export function roundConfidence(confidence: number): number {
	return Math.min(1, Math.max(0, Math.round(confidence * 1000) / 1000));
}

