// Correcting an alignment: merge a pair with the next, split one, move a sentence across a pair's
// boundary, mark a pair checked. Pure functions of a document (no Svelte, no DOM), shared by the
// editor and the tests, and an undo history on top of them.
//
// Every edit keeps the document lossless (each language's text, `documentText` in ./join.ts, is
// the same before and after), its segment ids unique, the ids (and objects) of the pairs it does not
// touch, and the document valid. An edit returns a new document that shares every block it did
// not touch with the old one, and a patch saying which blocks it replaced, so undo and redo are
// patches too: an edit at 10,000 pairs copies the list of blocks (pointers) and the one or two
// blocks it changes, never the pairs (bench/edit.ts measures it).
//
// Decisions (docs/editing.md says them for people):
// - A pair's side may span a paragraph break (docs/format.md): merging or moving across a break
//   keeps it, as `"\n\n"` inside the side's text.
// - Merging (or moving a sentence) across the boundary of two blocks joins the two blocks into one,
//   with the paragraph break kept as "\n\n" in `space` in each language that has text on both sides
//   (the importer writes the same when one language splits a paragraph the other keeps whole). Only
//   two paragraphs, or two quotes, are joined: a title, heading, caption or list item keeps its
//   block, and a chapter or section title is never merged with text.
// - Splitting where every language that has text on both sides breaks its paragraph ("\n\n") cuts
//   the block in two there, so merging two paragraphs and splitting them again gives two blocks.
// - A pair an edit makes or changes is marked checked (a person decided it) and loses the
//   aligner's confidence (which was about another pair). Merging keeps the first pair's id,
//   splitting gives the first part the pair's id and the second a new id derived from it
//   (`p3-2` → `p3-2a`), so links to the pair still land where it starts.
import { sentenceSpans } from './shape';
import { isDivision, type AlignedDocument, type Block, type BlockKind, type LanguageTag, type Segment } from './types';

// ---- edits as data --------------------------------------------------------------------------------

/** One correction, as data (what the history records and replays). */
export type Edit =
	/** Merge pair `id` with the pair after it. */
	| { kind: 'merge'; id: string }
	/**
	 * Split pair `id` in two: in each language, the first `at[lang]` sentences stay in the first
	 * part and the rest go to the second (0 leaves the first part empty in that language, the
	 * sentence count leaves the second part empty). Languages not named keep all their text in
	 * the first part.
	 */
	| { kind: 'split'; id: string; at: Readonly<Record<LanguageTag, number>> }
	/**
	 * Move one sentence of pair `id`'s side in `lang` to the neighbouring pair: the first sentence
	 * to the end of the pair before, or the last sentence to the start of the pair after. A pair
	 * left empty in every language disappears.
	 */
	| { kind: 'move'; id: string; lang: LanguageTag; sentence: 'first' | 'last' }
	/** Mark pair `id` checked by a person (`checked: true`), or not (the field removed). */
	| { kind: 'check'; id: string; checked: boolean };

/** Why an edit cannot be made: a code the interface words, and the language it concerns if any. */
export interface Refusal {
	code:
		| 'unknown-pair' // no pair has this id
		| 'unknown-language' // the document has no such language
		| 'no-next-pair' // the last pair of the document has nothing after it
		| 'no-previous-pair' // the first pair has nothing before it
		| 'division' // a chapter or section title is one pair of its own
		| 'block-boundary' // the pairs are in blocks that cannot be joined (kinds differ, or not prose)
		| 'not-normalized' // the joined or cut text of `lang` would not be in Unicode NFC
		| 'empty-side' // the side to move a sentence from is empty
		| 'bad-boundary' // a split point is not a whole number between 0 and the side's sentence count
		| 'empty-part'; // a split would leave one part empty in every language
	lang?: LanguageTag;
}

/** A change of `document.blocks`: the blocks from index `at` that were `removed`, and those `added` in their place. */
export interface BlockPatch {
	at: number;
	removed: readonly Block[];
	added: readonly Block[];
}

export type EditOutcome =
	| {
			ok: true;
			/** The document after the edit (the same object when nothing changed). */
			document: AlignedDocument;
			patch: BlockPatch;
			/** Pairs the edit made or changed, in document order. */
			changed: string[];
			/** Pairs that no longer exist. */
			removed: string[];
			/** The pair to show after the edit. */
			focus: string;
	  }
	| { ok: false; refusal: Refusal };

// ---- finding pairs --------------------------------------------------------------------------------

/** Where a pair is: `document.blocks[block].segments[index]`. */
export interface PairLocation {
	block: number;
	index: number;
}

/**
 * Finds pairs by id and tells which ids are taken, without walking the document on every edit.
 * Built once (one pass), then kept up to date by the patches edits return (`update`), which touch
 * only the blocks they replace. The history owns one; an edit function builds a throwaway one when
 * given none.
 */
export class PairIndex {
	#document: AlignedDocument;
	readonly #blockOf = new Map<string, Block>();
	// Where each block was last seen: checked on use, looked up again if blocks moved since.
	readonly #position = new WeakMap<Block, number>();

	constructor(document: AlignedDocument) {
		this.#document = document;
		document.blocks.forEach((block, b) => {
			this.#position.set(block, b);
			for (const segment of block.segments) this.#blockOf.set(segment.id, block);
		});
	}

	/** The document this index describes. */
	get document(): AlignedDocument {
		return this.#document;
	}

	/** True when a pair has this id. */
	has(id: string): boolean {
		return this.#blockOf.has(id);
	}

	/** Where pair `id` is, or undefined. Costs the length of its block (and a scan of block pointers after blocks moved). */
	locate(id: string): PairLocation | undefined {
		const block = this.#blockOf.get(id);
		if (!block) return undefined;
		const blocks = this.#document.blocks;
		let b = this.#position.get(block) ?? -1;
		if (blocks[b] !== block) {
			b = blocks.indexOf(block);
			this.#position.set(block, b);
		}
		const index = block.segments.findIndex((segment) => segment.id === id);
		return b < 0 || index < 0 ? undefined : { block: b, index };
	}

	/** The pair with this id, or undefined. */
	segment(id: string): Segment | undefined {
		return this.#blockOf.get(id)?.segments.find((segment) => segment.id === id);
	}

	/** Follows `patch`, which turned this index's document into `document`. */
	update(document: AlignedDocument, patch: BlockPatch): void {
		patch.added.forEach((block, k) => {
			this.#position.set(block, patch.at + k);
			for (const segment of block.segments) this.#blockOf.set(segment.id, block);
		});
		// What still points at a removed block is a pair that no longer exists.
		for (const block of patch.removed) {
			for (const segment of block.segments) if (this.#blockOf.get(segment.id) === block) this.#blockOf.delete(segment.id);
		}
		this.#document = document;
	}
}

function indexFor(document: AlignedDocument, index: PairIndex | undefined): PairIndex {
	if (!index) return new PairIndex(document);
	if (index.document !== document) throw new Error('the pair index describes another version of the document');
	return index;
}

// ---- patches --------------------------------------------------------------------------------------

/** `document` with `patch` applied. Throws when the patch was made for another version of it. */
export function applyPatch(document: AlignedDocument, patch: BlockPatch): AlignedDocument {
	const { at, removed, added } = patch;
	removed.forEach((block, k) => {
		if (document.blocks[at + k] !== block) throw new Error(`the patch does not fit this document (block ${at + k})`);
	});
	if (removed.length === 0 && added.length === 0) return document;
	const blocks = document.blocks.slice(0, at).concat(added, document.blocks.slice(at + removed.length));
	return { ...document, blocks };
}

/** The patch that undoes `patch`. */
export function invertPatch(patch: BlockPatch): BlockPatch {
	return { at: patch.at, removed: patch.added, added: patch.removed };
}

// ---- one language's side of a pair ----------------------------------------------------------------

/** A pair's text in one language and the whitespace before it (meaningful when text is not empty). */
interface Side {
	text: string;
	space: string;
}

const emptySide: Side = { text: '', space: ' ' };
/** The break between two paragraphs of a language inside one block (and between blocks). */
export const paragraphBreak = '\n\n';

function sideOf(segment: Segment, lang: LanguageTag): Side {
	return { text: segment.text[lang] ?? '', space: segment.space?.[lang] ?? ' ' };
}

/** `a` followed by `b` as one side, or why they cannot be one. */
function joinSides(a: Side, b: Side, lang: LanguageTag): Side | Refusal {
	if (a.text === '') return b;
	if (b.text === '') return a;
	// A paragraph break between them stays in the side's text (docs/format.md).
	const text = a.text + b.space + b.text;
	if (text.normalize('NFC') !== text) return { code: 'not-normalized', lang };
	return { text, space: a.space };
}

const isRefusal = (value: Side | Refusal): value is Refusal => 'code' in value;

/** A segment from its sides, written as the format wants: `space` only where it is not the default. */
function makeSegment(id: string, languages: readonly LanguageTag[], sides: ReadonlyMap<LanguageTag, Side>, extra: Pick<Segment, 'checked' | 'confidence'> = {}): Segment {
	const text: Record<LanguageTag, string> = {};
	const space: Record<LanguageTag, string> = {};
	for (const lang of languages) {
		const side = sides.get(lang) ?? emptySide;
		text[lang] = side.text;
		if (side.text !== '' && side.space !== ' ') space[lang] = side.space;
	}
	return {
		id,
		text,
		...(Object.keys(space).length > 0 ? { space } : {}),
		...(extra.confidence !== undefined ? { confidence: extra.confidence } : {}),
		...(extra.checked ? { checked: true } : {})
	};
}

const sidesOf = (segment: Segment, languages: readonly LanguageTag[]) => new Map(languages.map((lang) => [lang, sideOf(segment, lang)]));
const isEmpty = (sides: ReadonlyMap<LanguageTag, Side>) => [...sides.values()].every((side) => side.text === '');

/** The document's languages in the order its segments write them. */
function languagesOf(document: AlignedDocument, segment: Segment): LanguageTag[] {
	const own = Object.keys(segment.text);
	return own.length > 0 ? own : Object.keys(document.languages);
}

// ---- blocks ---------------------------------------------------------------------------------------

// Searches that stop at the first text found (usually the next pair), not at the block's end.
function firstWithText(segments: readonly Segment[], lang: LanguageTag, from: number): number {
	for (let k = from; k < segments.length; k++) if ((segments[k]!.text[lang] ?? '') !== '') return k;
	return -1;
}

function lastWithText(segments: readonly Segment[], lang: LanguageTag, from: number): number {
	for (let k = from; k >= 0; k--) if ((segments[k]!.text[lang] ?? '') !== '') return k;
	return -1;
}

/** Kinds whose blocks may be joined into one (with a paragraph break inside): running prose. */
const joinableKinds: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'quote']);

/** True when blocks `a` and `b`, one after the other, may become one block. */
function canJoin(a: Block, b: Block): boolean {
	return a.kind === b.kind && joinableKinds.has(a.kind);
}

/**
 * The segments of `a` followed by those of `b`, as one block: in each language that has text in
 * both, the first text of `b` now starts after a paragraph break.
 */
function joinedSegments(a: Block, b: Block, languages: readonly LanguageTag[]): Segment[] {
	const segments = b.segments.slice();
	for (const lang of languages) {
		if (lastWithText(a.segments, lang, a.segments.length - 1) < 0) continue;
		const first = firstWithText(segments, lang, 0);
		if (first < 0) continue;
		const segment = segments[first]!;
		segments[first] = { ...segment, space: { ...segment.space, [lang]: paragraphBreak } };
	}
	return a.segments.concat(segments);
}

/**
 * `segments` as blocks of `kind`: cut in two before `segments[cut]` when that is a clean paragraph
 * boundary (every language with text on both sides breaks its paragraph there with "\n\n", and at
 * least one does), else one block. The break, now between blocks, leaves `space`.
 */
function blocksOf(kind: BlockKind, segments: Segment[], cut: number | undefined, languages: readonly LanguageTag[]): Block[] {
	if (cut === undefined || cut <= 0 || cut >= segments.length || !joinableKinds.has(kind)) return [{ kind, segments }];
	const breaks: [number, LanguageTag][] = [];
	for (const lang of languages) {
		if (lastWithText(segments, lang, cut - 1) < 0) continue;
		const after = firstWithText(segments, lang, cut);
		if (after < 0) continue;
		if (segments[after]!.space?.[lang] !== paragraphBreak) return [{ kind, segments }];
		breaks.push([after, lang]);
	}
	if (breaks.length === 0) return [{ kind, segments }];
	const second = segments.slice(cut);
	for (const [at, lang] of breaks) {
		const segment = second[at - cut]!;
		const { [lang]: _dropped, ...space } = segment.space ?? {};
		const { space: _old, ...rest } = segment;
		second[at - cut] = Object.keys(space).length > 0 ? { ...rest, space } : rest;
	}
	return [
		{ kind, segments: segments.slice(0, cut) },
		{ kind, segments: second }
	];
}

// ---- new ids --------------------------------------------------------------------------------------

const maxIdLength = 64;

/**
 * A new id derived from `base`, free in `index` and not in `taken`: `p3-2` → `p3-2a`, `p3-2b`…;
 * `headline` → `headline-2`, `headline-3`… (A letter follows an id that ends in a digit.)
 */
export function derivedId(base: string, isTaken: (id: string) => boolean): string {
	const stem = base.replace(/(?<=[0-9])[a-z]$/, '');
	if (/[0-9]$/.test(stem) && stem.length < maxIdLength) {
		for (let c = 97; c <= 122; c++) {
			const id = stem + String.fromCharCode(c);
			if (!isTaken(id)) return id;
		}
	}
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const id = stem.slice(0, maxIdLength - suffix.length) + suffix;
		if (!isTaken(id)) return id;
	}
}

// ---- the edits ------------------------------------------------------------------------------------

/** Applies `edit` to `document` (see `Edit`); `index`, if given, must describe `document`. */
export function applyEdit(document: AlignedDocument, edit: Edit, index?: PairIndex): EditOutcome {
	switch (edit.kind) {
		case 'merge':
			return mergeWithNext(document, edit.id, index);
		case 'split':
			return splitPair(document, edit.id, edit.at, index);
		case 'move':
			return moveSentence(document, edit.id, edit.lang, edit.sentence, index);
		case 'check':
			return setChecked(document, edit.id, edit.checked, index);
	}
}

const refuse = (code: Refusal['code'], lang?: LanguageTag): EditOutcome => ({ ok: false, refusal: lang === undefined ? { code } : { code, lang } });

/** The pair before or after the one at `at`, possibly in the neighbouring block. */
function neighbour(document: AlignedDocument, at: PairLocation, step: 1 | -1): PairLocation | undefined {
	const block = document.blocks[at.block]!;
	const index = at.index + step;
	if (index >= 0 && index < block.segments.length) return { block: at.block, index };
	const other = document.blocks[at.block + step];
	if (!other) return undefined;
	return { block: at.block + step, index: step === 1 ? 0 : other.segments.length - 1 };
}

/**
 * The segments of the block holding `first` and, when `second` is in the next block, of that block
 * too (joined), with where the two pairs are in that list; or why they cannot be brought together.
 */
function bringTogether(
	document: AlignedDocument,
	first: PairLocation,
	second: PairLocation,
	languages: readonly LanguageTag[]
): { segments: Segment[]; kind: BlockKind; removed: Block[]; firstAt: number; secondAt: number } | Refusal {
	const a = document.blocks[first.block]!;
	if (first.block === second.block) return { segments: a.segments.slice(), kind: a.kind, removed: [a], firstAt: first.index, secondAt: second.index };
	const b = document.blocks[second.block]!;
	if (isDivision(a.kind) || isDivision(b.kind)) return { code: 'division' };
	if (!canJoin(a, b)) return { code: 'block-boundary' };
	return { segments: joinedSegments(a, b, languages), kind: a.kind, removed: [a, b], firstAt: first.index, secondAt: a.segments.length + second.index };
}

function outcome(
	document: AlignedDocument,
	at: number,
	removed: Block[],
	added: Block[],
	changed: string[],
	gone: string[],
	focus: string
): EditOutcome {
	const patch: BlockPatch = { at, removed, added };
	return { ok: true, document: applyPatch(document, patch), patch, changed, removed: gone, focus };
}

/** Merges pair `id` with the pair after it (see `Edit`). The merged pair keeps `id`. */
export function mergeWithNext(document: AlignedDocument, id: string, index?: PairIndex): EditOutcome {
	const at = indexFor(document, index).locate(id);
	if (!at) return refuse('unknown-pair');
	const next = neighbour(document, at, 1);
	if (!next) return refuse('no-next-pair');
	const first = document.blocks[at.block]!.segments[at.index]!;
	const languages = languagesOf(document, first);
	const together = bringTogether(document, at, next, languages);
	if ('code' in together) return refuse(together.code, together.lang);
	const { segments, kind, removed, firstAt, secondAt } = together;
	const second = segments[secondAt]!;
	const sides = new Map<LanguageTag, Side>();
	for (const lang of languages) {
		const joined = joinSides(sideOf(segments[firstAt]!, lang), sideOf(second, lang), lang);
		if (isRefusal(joined)) return refuse(joined.code, joined.lang);
		sides.set(lang, joined);
	}
	segments.splice(firstAt, 2, makeSegment(first.id, languages, sides, { checked: true }));
	return outcome(document, at.block, removed, [{ kind, segments }], [first.id], [second.id], first.id);
}

/** Splits pair `id` in two at a sentence boundary chosen per language (see `Edit`). */
export function splitPair(document: AlignedDocument, id: string, at: Readonly<Record<LanguageTag, number>>, index?: PairIndex): EditOutcome {
	const pairs = indexFor(document, index);
	const where = pairs.locate(id);
	if (!where) return refuse('unknown-pair');
	const block = document.blocks[where.block]!;
	if (isDivision(block.kind)) return refuse('division');
	const segment = block.segments[where.index]!;
	const languages = languagesOf(document, segment);
	for (const lang of Object.keys(at)) if (!languages.includes(lang)) return refuse('unknown-language', lang);
	const firstSides = new Map<LanguageTag, Side>();
	const secondSides = new Map<LanguageTag, Side>();
	for (const lang of languages) {
		const side = sideOf(segment, lang);
		const spans = sentenceSpans(side.text, lang);
		const k = at[lang] ?? spans.length;
		if (!Number.isInteger(k) || k < 0 || k > spans.length) return refuse('bad-boundary', lang);
		let first = side;
		let second = emptySide;
		if (k === 0) [first, second] = [emptySide, side];
		else if (k < spans.length) {
			const end = spans[k - 1]!.end;
			const start = spans[k]!.start;
			first = { text: side.text.slice(0, end), space: side.space };
			second = { text: side.text.slice(start), space: side.text.slice(end, start) };
			for (const text of [first.text, second.text]) if (text.normalize('NFC') !== text) return refuse('not-normalized', lang);
		}
		firstSides.set(lang, first);
		secondSides.set(lang, second);
	}
	if (isEmpty(firstSides) || isEmpty(secondSides)) return refuse('empty-part');
	const newId = derivedId(id, (candidate) => pairs.has(candidate));
	const segments = block.segments.slice();
	segments.splice(where.index, 1, makeSegment(id, languages, firstSides, { checked: true }), makeSegment(newId, languages, secondSides, { checked: true }));
	const added = blocksOf(block.kind, segments, where.index + 1, languages);
	return outcome(document, where.block, [block], added, [id, newId], [], id);
}

/** Moves the first sentence of pair `id`'s side in `lang` to the pair before, or its last to the pair after (see `Edit`). */
export function moveSentence(document: AlignedDocument, id: string, lang: LanguageTag, sentence: 'first' | 'last', index?: PairIndex): EditOutcome {
	const at = indexFor(document, index).locate(id);
	if (!at) return refuse('unknown-pair');
	if (!Object.hasOwn(document.languages, lang)) return refuse('unknown-language', lang);
	const pair = document.blocks[at.block]!.segments[at.index]!;
	if (isDivision(document.blocks[at.block]!.kind)) return refuse('division');
	if ((pair.text[lang] ?? '') === '') return refuse('empty-side', lang);
	const toPrevious = sentence === 'first';
	const other = neighbour(document, at, toPrevious ? -1 : 1);
	if (!other) return refuse(toPrevious ? 'no-previous-pair' : 'no-next-pair');
	const languages = languagesOf(document, pair);
	const together = toPrevious ? bringTogether(document, other, at, languages) : bringTogether(document, at, other, languages);
	if ('code' in together) return refuse(together.code, together.lang);
	const { segments, kind, removed } = together;
	const pairAt = toPrevious ? together.secondAt : together.firstAt;
	const otherAt = toPrevious ? together.firstAt : together.secondAt;

	// The sentence that moves, and what stays (with the whitespace that now comes first).
	const side = sideOf(segments[pairAt]!, lang);
	const spans = sentenceSpans(side.text, lang);
	const n = spans.length;
	let moving: Side;
	let staying: Side;
	if (toPrevious) {
		moving = { text: side.text.slice(0, spans[0]!.end), space: side.space };
		staying = n > 1 ? { text: side.text.slice(spans[1]!.start), space: side.text.slice(spans[0]!.end, spans[1]!.start) } : emptySide;
	} else {
		const last = spans[n - 1]!;
		moving = { text: side.text.slice(last.start), space: n > 1 ? side.text.slice(spans[n - 2]!.end, last.start) : side.space };
		staying = n > 1 ? { text: side.text.slice(0, spans[n - 2]!.end), space: side.space } : emptySide;
	}
	for (const text of [moving.text, staying.text]) if (text.normalize('NFC') !== text) return refuse('not-normalized', lang);
	const target = sideOf(segments[otherAt]!, lang);
	const received = toPrevious ? joinSides(target, moving, lang) : joinSides(moving, target, lang);
	if (isRefusal(received)) return refuse(received.code, received.lang);

	const pairSides = sidesOf(segments[pairAt]!, languages).set(lang, staying);
	const otherSegment = segments[otherAt]!;
	const updatedOther = makeSegment(otherSegment.id, languages, sidesOf(otherSegment, languages).set(lang, received), { checked: true });
	const gone = isEmpty(pairSides);
	const updatedPair = gone ? undefined : makeSegment(pair.id, languages, pairSides, { checked: true });
	segments[otherAt] = updatedOther;
	if (updatedPair) segments[pairAt] = updatedPair;
	else segments.splice(pairAt, 1);
	// A moved sentence may leave the two pairs on either side of a paragraph break in every language.
	const boundary = gone ? undefined : Math.max(pairAt, otherAt);
	const added = blocksOf(kind, segments, boundary, languages);
	const changed = gone ? [otherSegment.id] : toPrevious ? [otherSegment.id, pair.id] : [pair.id, otherSegment.id];
	return outcome(document, Math.min(at.block, other.block), removed, added, changed, gone ? [pair.id] : [], gone ? otherSegment.id : pair.id);
}

/** Marks pair `id` checked (`checked: true`) or not (no `checked`); its confidence stays. */
export function setChecked(document: AlignedDocument, id: string, checked: boolean, index?: PairIndex): EditOutcome {
	const at = indexFor(document, index).locate(id);
	if (!at) return refuse('unknown-pair');
	const block = document.blocks[at.block]!;
	const segment = block.segments[at.index]!;
	if (Boolean(segment.checked) === checked) {
		return { ok: true, document, patch: { at: at.block, removed: [], added: [] }, changed: [], removed: [], focus: id };
	}
	const { checked: _old, ...rest } = segment;
	const segments = block.segments.slice();
	segments[at.index] = checked ? { ...rest, checked: true } : rest;
	return outcome(document, at.block, [block], [{ kind: block.kind, segments }], [id], [], id);
}

// ---- undo and redo --------------------------------------------------------------------------------

/**
 * What a step of the history did: one of the edits, or the whole document replaced by one made
 * elsewhere (re-aligning the unchecked pairs, which the aligner does; `id` is the pair to show).
 */
export type HistoryEdit = Edit | { kind: 'realign'; id: string };

/** One step of the history: the edit, what it changed, and the patch that made it. */
export interface HistoryStep {
	edit: HistoryEdit;
	patch: BlockPatch;
	changed: string[];
	removed: string[];
	focus: string;
}

/** What undo or redo did: the step, the document now, and the pair to show. */
export interface HistoryMove {
	step: HistoryStep;
	document: AlignedDocument;
	/** After undo, the pair the edit was made on; after redo, the pair the edit showed. */
	focus: string;
}

/**
 * The document being corrected, with undo and redo. Plain data (no Svelte): the editor wraps it in
 * its state. Steps are patches, so each costs the blocks it touched, and undo or redo costs the
 * same as the edit did. Edits that change nothing are not recorded.
 */
export class EditHistory {
	#document: AlignedDocument;
	readonly #index: PairIndex;
	readonly #undo: HistoryStep[] = [];
	readonly #redo: HistoryStep[] = [];
	readonly #limit: number;

	/** `limit`: how many steps undo can go back (the oldest are forgotten beyond it). */
	constructor(document: AlignedDocument, options: { limit?: number } = {}) {
		this.#document = document;
		this.#index = new PairIndex(document);
		this.#limit = options.limit ?? 500;
	}

	/** The document as it is now. */
	get document(): AlignedDocument {
		return this.#document;
	}

	/** The index of the document as it is now (to find pairs; do not update it). */
	get index(): PairIndex {
		return this.#index;
	}

	get canUndo(): boolean {
		return this.#undo.length > 0;
	}

	get canRedo(): boolean {
		return this.#redo.length > 0;
	}

	/** The edit undo would take back, for naming the button ("Undo merge"). */
	get nextUndo(): HistoryEdit | undefined {
		return this.#undo.at(-1)?.edit;
	}

	/** The edit redo would make again. */
	get nextRedo(): HistoryEdit | undefined {
		return this.#redo.at(-1)?.edit;
	}

	/** Makes `edit`; on success it becomes the step to undo and the redo steps are forgotten. */
	apply(edit: Edit): EditOutcome {
		const result = applyEdit(this.#document, edit, this.#index);
		if (!result.ok || (result.patch.removed.length === 0 && result.patch.added.length === 0)) return result;
		this.#move(result.document, result.patch);
		this.#undo.push({ edit, patch: result.patch, changed: result.changed, removed: result.removed, focus: result.focus });
		if (this.#undo.length > this.#limit) this.#undo.shift();
		this.#redo.length = 0;
		return result;
	}

	/**
	 * Replaces the whole document by `document`, a version of it made elsewhere (the aligner run
	 * again around the checked pairs), as one step that undo takes back. `focus`: the pair to show.
	 * Costs the number of blocks, as the work that made the new version did. Returns the step, or
	 * undefined when `document` has the same blocks as now (nothing to record).
	 */
	replaceAll(document: AlignedDocument, focus: string): HistoryStep | undefined {
		const before = this.#document.blocks;
		if (before.length === document.blocks.length && before.every((block, b) => block === document.blocks[b])) return undefined;
		const patch: BlockPatch = { at: 0, removed: before, added: document.blocks };
		const changed = document.blocks.flatMap((block) => block.segments.map((segment) => segment.id));
		const kept = new Set(changed);
		const removed = before.flatMap((block) => block.segments.map((segment) => segment.id)).filter((id) => !kept.has(id));
		this.#move(applyPatch(this.#document, patch), patch);
		const step: HistoryStep = { edit: { kind: 'realign', id: focus }, patch, changed, removed, focus };
		this.#undo.push(step);
		if (this.#undo.length > this.#limit) this.#undo.shift();
		this.#redo.length = 0;
		return step;
	}

	/** Takes the last edit back; undefined when there is none. */
	undo(): HistoryMove | undefined {
		const step = this.#undo.pop();
		if (!step) return undefined;
		const inverse = invertPatch(step.patch);
		this.#move(applyPatch(this.#document, inverse), inverse);
		this.#redo.push(step);
		return { step, document: this.#document, focus: step.edit.id };
	}

	/** Makes the last undone edit again; undefined when there is none. */
	redo(): HistoryMove | undefined {
		const step = this.#redo.pop();
		if (!step) return undefined;
		this.#move(applyPatch(this.#document, step.patch), step.patch);
		this.#undo.push(step);
		return { step, document: this.#document, focus: step.focus };
	}

	#move(document: AlignedDocument, patch: BlockPatch): void {
		this.#index.update(document, patch);
		this.#document = document;
	}
}
