// The aligned-document format, version 1. docs/format.md explains every field;
// static/schema/document.schema.json is the machine-readable twin of these types.

/** A BCP 47 language tag as written in the document, e.g. `ar`, `en`, `fa`, `zh-Hant`. */
export type LanguageTag = string;

/** How a translation was made; shown to readers so they know what they are comparing. */
export type TranslationMethod = 'human' | 'machine' | 'post-edited' | 'language-model';

export interface TranslationCredit {
	/** Who translated it: a person, an organisation, or a project. */
	by: string;
	method: TranslationMethod;
	/** When the translation was made (`YYYY-MM-DD`). */
	date?: string;
	/** Anything a reader should know about the translation. */
	note?: string;
}

export interface LanguageEntry {
	/** The document's title in this language. */
	title: string;
	/** Present for every language except the original. */
	translation?: TranslationCredit;
}

export interface SourceInfo {
	/** Who published the original, e.g. "Kayhan". */
	publisher: string;
	/** The publisher's site as printed, e.g. "kayhan.ir". */
	site?: string;
	/** The publisher's own identifier for the article. */
	articleId?: string;
	/** Publication time, RFC 3339 with its UTC offset. */
	published?: string;
	/** The IANA time zone the publication time was given in, for display in local time. */
	timeZone?: string;
	/** Where the original can be found, if known. */
	url?: string;
}

export interface DocumentNote {
	/** The language the note is written in. */
	lang: LanguageTag;
	text: string;
}

/** What a block is in the original's structure; the reader styles each kind its own way. */
export const blockKinds = [
	'kicker',
	'headline',
	'subheading',
	'highlight',
	'paragraph',
	'quote',
	'caption'
] as const;
export type BlockKind = (typeof blockKinds)[number];

/**
 * One aligned unit. `text` has every declared language; an empty string means this unit has no
 * counterpart in that language (1:0 or 0:1). A side may hold several sentences (n:m).
 */
export interface Segment {
	/** Stable, unique in the document; used for permalinks (`#id`). */
	id: string;
	text: Record<LanguageTag, string>;
	/**
	 * Whitespace written before this segment's text when a language's segments are joined back into
	 * the block's paragraph. Absent means a single space. Needed only where the source differs.
	 */
	space?: Record<LanguageTag, string>;
}

export interface Block {
	kind: BlockKind;
	segments: Segment[];
}

export interface AlignedDocument {
	$schema?: string;
	/** Format version; readers reject versions they do not know. */
	format: 1;
	id: string;
	/** The language of the original text; a key of `languages`. */
	original: LanguageTag;
	languages: Record<LanguageTag, LanguageEntry>;
	source: SourceInfo;
	notes?: DocumentNote[];
	blocks: Block[];
}
