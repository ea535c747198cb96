// Turning an alignment into a document of the Muqabala format.
import type { AlignedDocument, Block, DocumentNote, Segment, SourceInfo, TranslationCredit } from '../document/types';
import type { LanguagePair, TextAlignment } from './align';

/** What the document says besides its text. */
export interface DocumentInfo {
	id: string;
	languages: LanguagePair;
	titles: { source: string; target: string };
	source: SourceInfo;
	translation: TranslationCredit;
	notes?: DocumentNote[];
	/** The `$schema` reference to write, relative to where the document will be saved. */
	schema?: string;
}

/**
 * A document of paragraph blocks, one per paragraph-level link, with one segment per
 * sentence-level link, ids `p<block>-<segment>` (as in the hand-aligned seed document).
 */
export function toAlignedDocument(alignment: TextAlignment, info: DocumentInfo): AlignedDocument {
	const { source: from, target: to } = info.languages;
	const blocks: Block[] = alignment.blocks.map((block, b) => ({
		kind: 'paragraph',
		segments: block.segments.map((pair, s): Segment => {
			const segment: Segment = { id: `p${b + 1}-${s + 1}`, text: { [from]: pair.source.text, [to]: pair.target.text } };
			const space: Record<string, string> = {};
			// The first text on a side has no space before it; a single space is the default.
			if (pair.source.text !== '' && pair.source.space !== '' && pair.source.space !== ' ') space[from] = pair.source.space;
			if (pair.target.text !== '' && pair.target.space !== '' && pair.target.space !== ' ') space[to] = pair.target.space;
			if (Object.keys(space).length > 0) segment.space = space;
			return segment;
		})
	}));
	const document: AlignedDocument = {
		...(info.schema ? { $schema: info.schema } : {}),
		format: 1,
		id: info.id,
		original: from,
		languages: {
			[from]: { title: info.titles.source },
			[to]: { title: info.titles.target, translation: info.translation }
		},
		source: info.source,
		...(info.notes && info.notes.length > 0 ? { notes: info.notes } : {}),
		blocks
	};
	return document;
}
