// Aligning a document again around what a person has confirmed. The editor marks pairs `checked:
// true`; `realign` keeps each of them exactly as it is (the path of the programme passes through
// them, so nothing is moved into or out of them) and aligns only the stretches between them, with
// the same cost model as the importer. Chapter and section titles stay too. A segment that comes
// out with the same texts as before keeps its id, so permalinks to it still work.
import { BeadCost, type CostOptions } from './bead-cost';
import { alignBanded, type Bead } from './banded-dp';
import { roundConfidence } from './document';
import { richUpTo } from './align';
import { unitFeatures, withWords, type UnitFeatures } from './features';
import { lexiconFor } from './lexicon';
import { derivedId } from '../document/edit';
import { spaceBefore } from '../document/join';
import { isDivision, type AlignedDocument, type Block, type BlockKind, type Segment } from '../document/types';
import { splitSentences } from '../text/sentences';

export interface RealignOptions extends CostOptions {
	/** The two languages to align (default: the original and the first other language). */
	from?: string;
	to?: string;
	/** Path weights for confidence, as in `AlignOptions.temperature`. */
	temperature?: number;
	/** Use the shipped Arabic–English lexicon, as in `AlignOptions.lexicon` (default true). */
	lexicon?: boolean;
}

/** A sentence (or a piece of a hand-made segment) of one language, where it sits in the document. */
interface Unit {
	text: string;
	/** Whitespace before it in its paragraph; the separator before a paragraph's first unit. */
	space: string;
	startsParagraph: boolean;
	/** The segment it comes from (index in document order) and that segment's block. */
	segment: number;
	block: number;
	features?: UnitFeatures;
}

/** One segment of the result, before ids and blocks: a range of units on each side. */
interface Piece {
	source: [number, number];
	target: [number, number];
	confidence?: number;
	/** Index of the original segment kept as it is (a checked pair or a division title). */
	kept?: number;
}

/**
 * `document` aligned again between its checked pairs: every segment with `checked: true` (and
 * every chapter or section title) is kept as it is, the text between them is aligned again, and
 * segments that come out unchanged keep their ids. The text of every language is kept exactly.
 */
export function realign(document: AlignedDocument, options: RealignOptions = {}): AlignedDocument {
	const from = options.from ?? document.original;
	const to = options.to ?? Object.keys(document.languages).find((tag) => tag !== from) ?? from;
	if (Object.keys(document.languages).length !== 2 || !(from in document.languages) || !(to in document.languages) || from === to) {
		throw new Error('realign works on a document of two languages, the original and one translation');
	}
	const segments = document.blocks.flatMap((block, b) => block.segments.map((segment) => ({ segment, block: b, kind: block.kind })));
	const source = unitsOf(document, from);
	const target = unitsOf(document, to);
	const characters = [...source, ...target].reduce((n, unit) => n + unit.text.length, 0);
	const rich = characters <= richUpTo;
	// Words are read, and matched through the lexicon, as the importer's last pass does (a long
	// book is read cheaply, as there).
	const lexicon = rich ? lexiconFor(from, to, options) : undefined;
	for (const [units, lang] of [[source, from], [target, to]] as const) {
		for (const unit of units) {
			unit.features = unitFeatures(unit.text, lang, { rich });
			if (lexicon) withWords(unit.features, unit.text);
		}
	}
	const costOptions: CostOptions = { ...options, dictionary: options.dictionary ?? lexicon };

	// The units of each kept segment, in order; the stretches between them are aligned again.
	const keep = segments.map(({ segment, kind }) => segment.checked === true || isDivision(kind));
	// A segment's units on one side; a side it has no text in is empty where the text of the
	// segments before it (in document order) ends.
	const startsOf = (units: Unit[]) => {
		const starts = new Int32Array(segments.length + 1);
		let u = 0;
		for (let k = 0; k <= segments.length; k++) {
			while (u < units.length && (units[u]?.segment ?? 0) < k) u++;
			starts[k] = u;
		}
		return starts;
	};
	const sourceStarts = startsOf(source);
	const targetStarts = startsOf(target);
	const rangeOf = (starts: Int32Array, k: number): [number, number] => [starts[k] ?? 0, starts[k + 1] ?? 0];
	const ratio = options.ratio ?? measuredRatio(source, target);
	const pieces: Piece[] = [];
	let i = 0;
	let j = 0;
	const alignStretch = (sourceEnd: number, targetEnd: number) => {
		if (sourceEnd === i && targetEnd === j) return;
		const s = source.slice(i, sourceEnd);
		const t = target.slice(j, targetEnd);
		const breaks = (units: Unit[]) => Uint8Array.from({ length: units.length + 1 }, (_, u) => (u > 0 && units[u]?.startsParagraph ? 1 : 0));
		const scorer = new BeadCost(s.map((u) => u.features as UnitFeatures), t.map((u) => u.features as UnitFeatures), { ...costOptions, ratio }, { source: breaks(s), target: breaks(t) });
		const run = alignBanded(scorer, { halfWidth: 16, temperature: options.temperature ?? 1 });
		run.beads.forEach((bead: Bead, k) => {
			pieces.push({
				source: [i + bead.source.start, i + bead.source.end],
				target: [j + bead.target.start, j + bead.target.end],
				confidence: run.posteriors?.[k] ?? 1
			});
		});
		i = sourceEnd;
		j = targetEnd;
	};
	segments.forEach((_, k) => {
		if (!keep[k]) return;
		const s = rangeOf(sourceStarts, k);
		const t = rangeOf(targetStarts, k);
		alignStretch(s[0], t[0]);
		pieces.push({ source: s, target: t, kept: k });
		i = s[1];
		j = t[1];
	});
	alignStretch(source.length, target.length);

	return rebuild(document, from, to, segments, pieces, source, target);
}

// The units of one language: each segment's text split into sentences, in document order.
function unitsOf(document: AlignedDocument, lang: string): Unit[] {
	const units: Unit[] = [];
	let index = 0;
	document.blocks.forEach((block, b) => {
		let first = true;
		for (const segment of block.segments) {
			const text = segment.text[lang] ?? '';
			if (text !== '') {
				const before = first ? (b === 0 ? '' : '\n\n') : spaceBefore(segment, lang);
				splitSentences(text, lang).forEach((sentence, k) => {
					const space = k === 0 ? before : sentence.spaceBefore;
					units.push({ text: sentence.text, space, startsParagraph: k === 0 && (first || before.includes('\n')), segment: index, block: b });
				});
				first = false;
			}
			index++;
		}
	});
	return units;
}

function measuredRatio(source: Unit[], target: Unit[]): number {
	const length = (units: Unit[]) => units.reduce((n, unit) => n + (unit.features?.length ?? 0), 0);
	const a = length(source);
	const b = length(target);
	return a > 0 && b > 0 ? b / a : 1;
}

// Blocks from pieces: a block ends where both languages start a new paragraph, as the importer's do.
function rebuild(
	document: AlignedDocument,
	from: string,
	to: string,
	segments: { segment: Segment; block: number; kind: BlockKind }[],
	pieces: Piece[],
	source: Unit[],
	target: Unit[]
): AlignedDocument {
	const opens = (units: Unit[], at: number) => at >= units.length || (units[at]?.startsParagraph ?? false);
	const kept = new Set(pieces.flatMap((piece) => (piece.kept === undefined ? [] : [segments[piece.kept]?.segment.id ?? ''])));
	const join = (units: Unit[], [start, end]: [number, number]) => {
		let text = '';
		for (let u = start; u < end; u++) text += (u === start ? '' : (units[u]?.space ?? ' ')) + (units[u]?.text ?? '');
		return text;
	};
	// Old segments by their texts, so an unchanged one keeps its id.
	const oldByText = new Map<string, Segment[]>();
	for (const { segment } of segments) {
		if (kept.has(segment.id)) continue;
		const key = `${segment.text[from] ?? ''}\u0000${segment.text[to] ?? ''}`;
		oldByText.set(key, [...(oldByText.get(key) ?? []), segment]);
	}
	// Ids, decided before the blocks are built: an unchanged segment keeps its id wherever it now
	// is; a changed one takes the id of the segment its first sentence came from when that id is
	// free, else one derived from it (p3-1 → p3-1a). A new id is never one the document had, so an
	// old link never lands on a different pair.
	const everId = new Set(segments.map(({ segment }) => segment.id));
	const usedIds = new Set(kept);
	const ids = pieces.map((piece) => {
		if (piece.kept !== undefined) return undefined;
		const same = oldByText.get(`${join(source, piece.source)}\u0000${join(target, piece.target)}`)?.find((old) => !usedIds.has(old.id));
		if (same) usedIds.add(same.id);
		return same?.id;
	});
	pieces.forEach((piece, p) => {
		if (piece.kept !== undefined || ids[p] !== undefined) return;
		const unit = source[piece.source[0]] ?? target[piece.target[0]];
		const base = segments[unit?.segment ?? -1]?.segment.id ?? `p${(unit?.block ?? 0) + 1}-1`;
		const id = usedIds.has(base) ? derivedId(base, (candidate) => usedIds.has(candidate) || everId.has(candidate)) : base;
		usedIds.add(id);
		ids[p] = id;
	});
	const blocks: Block[] = [];
	let current: Block | undefined;
	let started = { source: false, target: false };
	pieces.forEach((piece, p) => {
		// A division title is a block of its own; otherwise a block opens where both languages open a paragraph.
		const division = piece.kept !== undefined && isDivision(segments[piece.kept]?.kind ?? 'paragraph');
		const opensBlock = !current || division || isDivision(current.kind) || (opens(source, piece.source[0]) && opens(target, piece.target[0]));
		if (opensBlock) {
			const unit = source[piece.source[0]] ?? target[piece.target[0]];
			const kind = piece.kept !== undefined ? (segments[piece.kept]?.kind ?? 'paragraph') : (document.blocks[unit?.block ?? 0]?.kind ?? 'paragraph');
			current = { kind: isDivision(kind) && piece.kept === undefined ? 'paragraph' : kind, segments: [] };
			blocks.push(current);
			started = { source: false, target: false };
		}
		const block = current as Block;
		if (piece.kept !== undefined) {
			const original = segments[piece.kept]?.segment as Segment;
			const segment: Segment = structuredClone(original);
			// Its space was written for its old neighbours: keep it only where it still follows text.
			const space: Record<string, string> = {};
			for (const [lang, side, units, range] of [[from, 'source', source, piece.source], [to, 'target', target, piece.target]] as const) {
				if ((original.text[lang] ?? '') === '') continue;
				if (started[side]) {
					const before = units[range[0]]?.space ?? ' ';
					if (before !== ' ') space[lang] = before;
				}
				started[side] = true;
			}
			for (const [lang, value] of Object.entries(original.space ?? {})) if (lang !== from && lang !== to) space[lang] = value;
			if (Object.keys(space).length > 0) segment.space = space;
			else delete segment.space;
			block.segments.push(segment);
			return;
		}
		const pair = {
			source: { text: join(source, piece.source), space: started.source ? (source[piece.source[0]]?.space ?? ' ') : '' },
			target: { text: join(target, piece.target), space: started.target ? (target[piece.target[0]]?.space ?? ' ') : '' }
		};
		// A side that runs across a paragraph break keeps the break in its text (docs/format.md).
		const part = pair;
		const segment: Segment = { id: ids[p]!, text: { [from]: part.source.text, [to]: part.target.text } };
		const space: Record<string, string> = {};
		if (part.source.text !== '' && started.source && part.source.space !== ' ') space[from] = part.source.space;
		if (part.target.text !== '' && started.target && part.target.space !== ' ') space[to] = part.target.space;
		if (Object.keys(space).length > 0) segment.space = space;
		segment.confidence = roundConfidence(piece.confidence ?? 1);
		if (part.source.text !== '') started.source = true;
		if (part.target.text !== '') started.target = true;
		block.segments.push(segment);
	});
	return { ...document, blocks };
}
