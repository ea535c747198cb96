// The aligned-document format's types, derived from its one definition in ./schema.ts.
// docs/format.md explains every field.
import type { Static } from '@sinclair/typebox';
import {
	blockKinds,
	type blockSchema,
	type documentSchema,
	type languageEntrySchema,
	type noteSchema,
	type segmentSchema,
	type sourceSchema,
	type translationCreditSchema,
	translationMethods
} from './schema';

export { blockKinds, translationMethods };

/** A BCP 47 language tag as written in the document, e.g. `ar`, `en`, `fa`, `zh-Hant`. */
export type LanguageTag = string;
/** How a translation was made; shown to readers so they know what they are comparing. */
export type TranslationMethod = (typeof translationMethods)[number];
/** What a block is in the original's structure; the reader styles each kind its own way. */
export type BlockKind = (typeof blockKinds)[number];

export type TranslationCredit = Static<typeof translationCreditSchema>;
export type LanguageEntry = Static<typeof languageEntrySchema>;
export type SourceInfo = Static<typeof sourceSchema>;
export type DocumentNote = Static<typeof noteSchema>;
/**
 * One aligned unit. `text` has every declared language; an empty string means this unit has no
 * counterpart in that language (1:0 or 0:1). A side may hold several sentences (n:m).
 */
export type Segment = Static<typeof segmentSchema>;
export type Block = Static<typeof blockSchema>;
export type AlignedDocument = Static<typeof documentSchema>;

/** Block kinds that open a division of the text (a chapter, a section); their segment is the title. */
export const divisionKinds: readonly BlockKind[] = ['chapter', 'section'];

/** True when `kind` opens a division of the text. */
export function isDivision(kind: BlockKind): boolean {
	return kind === 'chapter' || kind === 'section';
}
