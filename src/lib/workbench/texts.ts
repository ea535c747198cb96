// What the library lists about a text kept in the browser, and the small rules for keeping one:
// its key (the address's `?text=`), its summary, a renamed title. Plain TypeScript, no storage.
import { reviewList, type ReviewItem } from '../align/review-list';
import type { AlignedDocument } from '../document/types';
import { directionOf, type Direction } from '../text/language';

/** How a text came into the browser. */
export type TextOrigin = 'import' | 'json' | 'tmx' | 'copy';

/** A text kept in the browser, as the library lists it (never the whole document). */
export interface TextSummary {
	/** This browser's key for it: random, so the address carries nothing of the text. */
	key: string;
	/** The document's own id (file names of exports). */
	id: string;
	/** The original first, then the translations, each with its title. */
	languages: { tag: string; dir: Direction; title: string; isOriginal: boolean }[];
	pairs: number;
	blocks: number;
	/** Milliseconds since the epoch. */
	added: number;
	modified: number;
	origin: TextOrigin;
	/** The bundled document this is a copy of. */
	copyOf?: string;
	/** How many pairs the importer asked to review. */
	review: number;
}

/** A pair the importer asks a person to look at; `unsure` when its confidence is under the threshold. */
export interface ReviewEntry extends ReviewItem {
	unsure: boolean;
}

/** The pairs of `document` to look at, as the importer lists them: the same list after every correction. */
export function reviewEntriesOf(document: AlignedDocument): ReviewEntry[] {
	const from = document.original;
	const to = Object.keys(document.languages).find((tag) => tag !== from) ?? from;
	return reviewList(document, { from, to }).map(toReviewEntry);
}

/** An item of the importer's review list as the workbench keeps it. */
export function toReviewEntry(item: ReviewItem): ReviewEntry {
	return { ...item, unsure: item.codes.some((reason) => reason.code === 'low-confidence') };
}

/** What a summary says about a document, apart from how and when it was kept. */
export type DocumentFacts = Pick<TextSummary, 'id' | 'languages' | 'pairs' | 'blocks'>;

/**
 * A document ready to keep: its JSON text (what is stored, and what crosses from the worker to the
 * page: one string is copied in a few milliseconds, a book's object graph in tens) and its facts.
 */
export interface PreparedDocument {
	json: string;
	facts: DocumentFacts;
}

/** The facts the library shows about `document`; counts blocks, not pairs one by one. */
export function factsOf(document: AlignedDocument): DocumentFacts {
	return { id: document.id, languages: languagesOf(document), pairs: document.blocks.reduce((n, block) => n + block.segments.length, 0), blocks: document.blocks.length };
}

/** `document` as it is kept. */
export function prepareDocument(document: AlignedDocument): PreparedDocument {
	return { json: JSON.stringify(document), facts: factsOf(document) };
}

/** The whole of a kept text: its summary, its document, and the importer's review list. */
export interface StoredText {
	summary: TextSummary;
	document: AlignedDocument;
	review: ReviewEntry[];
}

const keyAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const keyPattern = /^[a-z0-9]{8,32}$/;

/** A new random key: 12 letters and digits (62 bits), from the platform's random source. */
export function newKey(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (byte) => keyAlphabet[byte % keyAlphabet.length]).join('');
}

/** True when `value` has the shape of a key (an address's `?text=` is checked before use). */
export function isTextKey(value: unknown): value is string {
	return typeof value === 'string' && keyPattern.test(value);
}

/** The document's languages, the original first, with their titles and directions. */
export function languagesOf(document: AlignedDocument): TextSummary['languages'] {
	const tags = [document.original, ...Object.keys(document.languages).filter((tag) => tag !== document.original)];
	return tags.map((tag) => ({ tag, dir: directionOf(tag), title: document.languages[tag]?.title ?? '', isOriginal: tag === document.original }));
}

/** The summary of a document with `facts` under `key`. */
export function summarize(
	key: string,
	facts: DocumentFacts,
	details: { added: number; modified?: number; origin: TextOrigin; copyOf?: string; review?: number }
): TextSummary {
	return {
		key,
		...facts,
		added: details.added,
		modified: details.modified ?? details.added,
		origin: details.origin,
		...(details.copyOf ? { copyOf: details.copyOf } : {}),
		review: details.review ?? 0
	};
}

/**
 * A title as the format keeps it: one line, single spaces, NFC, without the bidirectional embedding
 * and isolate controls the format refuses; `undefined` when nothing is left.
 */
export function cleanTitle(title: string): string | undefined {
	const cleaned = title.normalize('NFC').replace(/[\u202A-\u202E\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();
	return cleaned === '' ? undefined : cleaned;
}

/** `document` with the titles in `titles` (by language tag) in place of its own; others unchanged. */
export function withTitles(document: AlignedDocument, titles: Record<string, string>): AlignedDocument {
	const languages = { ...document.languages };
	for (const [tag, title] of Object.entries(titles)) {
		const entry = languages[tag];
		const cleaned = cleanTitle(title);
		if (!entry || !cleaned) continue;
		languages[tag] = { ...entry, title: cleaned };
	}
	return { ...document, languages };
}
