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
	/**
	 * 0 for the segment that holds the pair's two sides; 1, 2… for the pieces of a side that ran
	 * across a paragraph break only that language makes, which the format cannot hold in one segment.
	 */
	piece: number;
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
		block.segments.forEach((pair, p) => {
			splitAtBreaks(pair).forEach((piece, k) => {
				const segment: Segment = { id: `p${b + 1}-${segments.length + 1}`, text: { [from]: piece.source.text, [to]: piece.target.text } };
				const space: Record<string, string> = {};
				// The first text on a side has no space before it; a single space is the default.
				if (piece.source.text !== '' && piece.source.space !== '' && piece.source.space !== ' ') space[from] = piece.source.space;
				if (piece.target.text !== '' && piece.target.space !== '' && piece.target.space !== ' ') space[to] = piece.target.space;
				if (Object.keys(space).length > 0) segment.space = space;
				segment.confidence = roundConfidence(pair.confidence);
				segments.push(segment);
				origins.push({ block: b, pair: p, piece: k });
			});
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

interface Piece {
	source: { text: string; space: string };
	target: { text: string; space: string };
}

/**
 * A pair as the segments the format can hold. A segment's text is one line, so a side that runs
 * across a paragraph break (one Arabic sentence translated by three English ones, the third in a
 * new paragraph) is cut there: the first segment holds both sides up to the break, and each later
 * piece of that side follows as a segment of its own, its `space` holding the break. Until the
 * format can say that such a segment continues the one before (docs/alignment.md), the review
 * list marks it.
 */
export function splitAtBreaks(pair: { source: { text: string; space: string }; target: { text: string; space: string } }): Piece[] {
	const sourceParts = pieces(pair.source.text, pair.source.space);
	const targetParts = pieces(pair.target.text, pair.target.space);
	const count = Math.max(sourceParts.length, targetParts.length);
	const result: Piece[] = [];
	for (let k = 0; k < count; k++) {
		result.push({
			source: sourceParts[k] ?? { text: '', space: '' },
			target: targetParts[k] ?? { text: '', space: '' }
		});
	}
	return result;
}

// A side's text cut at its line breaks, each later piece with the break as its space.
function pieces(text: string, space: string): { text: string; space: string }[] {
	if (!text.includes('\n')) return [{ text, space }];
	const parts: { text: string; space: string }[] = [];
	const pattern = /\s*\n\s*/gu;
	let last = 0;
	let before = space;
	for (const match of text.matchAll(pattern)) {
		parts.push({ text: text.slice(last, match.index), space: before });
		before = match[0];
		last = (match.index ?? 0) + match[0].length;
	}
	parts.push({ text: text.slice(last), space: before });
	return parts;
}
