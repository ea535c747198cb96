// Scoring an alignment against a hand alignment (gold). Both are turned into beads over character
// spans of the same input text, so a gold segment boundary is compared with the aligner's even when
// the sentence splitter would have cut the text elsewhere. docs/alignment.md defines the measures:
// - beads (strict): a predicted bead is correct when a gold bead covers exactly the same text on
//   both sides (1:0 and 0:1 beads included);
// - links (lax): every bead stands for the pairs (source unit, target unit) it joins, units being
//   the splitter's sentences (or the input paragraphs); 1:0 and 0:1 beads join no pair.
import { blockText } from '../document/join';
import type { AlignedDocument } from '../document/types';
import type { TextAlignment } from './align';
import { splitSentences } from '../text/sentences';

/** Character range `[start, end)` in one side's text (its paragraphs joined by a blank line). */
export type Span = readonly [number, number];

/** A bead as the text it covers on each side; `null` for a side with no text. */
export interface SpanBead {
	source: Span | null;
	target: Span | null;
}

/** Precision, recall and F1 (each 0…1) with the counts behind them. */
export interface Scores {
	precision: number;
	recall: number;
	f1: number;
	/** Items in both the prediction and the gold. */
	correct: number;
	predicted: number;
	gold: number;
}

export interface LevelScores {
	beads: Scores;
	links: Scores;
}

export interface Evaluation {
	paragraphs: LevelScores;
	/** `nullLinks`: links where a sentence with no counterpart counts as a link to nothing. */
	sentences: LevelScores & { nullLinks: Scores };
	traps: TrapScores;
}

/**
 * The gold beads that are not 1:1 (1:0, 0:1, 2:1, 1:3, …, in the splitter's sentences), and how
 * many of them the aligner produced exactly.
 */
export interface TrapScores {
	right: number;
	total: number;
	/** The traps it missed: their shape and the start of each side. */
	missed: { shape: string; source: string; target: string }[];
}

/** One hand-aligned segment: its text on each side (`''` when it has no counterpart). */
export interface GoldPair {
	source: string;
	target: string;
}

/** The text both sides' offsets refer to: the paragraphs joined by a blank line. */
export const paragraphJoiner = '\n\n';

/** Scores from counts; an empty prediction or gold has precision or recall 1 only if both are empty. */
export function scores(correct: number, predicted: number, gold: number): Scores {
	const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
	const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : correct / gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { precision, recall, f1, correct, predicted, gold };
}

/** Strict bead scores: a predicted bead counts only if a gold bead covers exactly the same text. */
export function scoreBeads(gold: readonly SpanBead[], predicted: readonly SpanBead[]): Scores {
	const goldKeys = new Set(gold.map(beadKey));
	const correct = predicted.filter((bead) => goldKeys.has(beadKey(bead))).length;
	return scores(correct, predicted.length, gold.length);
}

/**
 * Lax link scores: each bead is expanded into the (source unit, target unit) pairs it joins; units
 * are given by their start offsets (sorted) on each side, and a unit belongs to the bead that
 * covers its first character.
 */
export function scoreLinks(
	gold: readonly SpanBead[],
	predicted: readonly SpanBead[],
	units: { source: readonly number[]; target: readonly number[] },
	options: { nullLinks?: boolean } = {}
): Scores {
	const goldLinks = links(gold, units, options.nullLinks);
	const predictedLinks = links(predicted, units, options.nullLinks);
	let correct = 0;
	for (const link of predictedLinks) if (goldLinks.has(link)) correct++;
	return scores(correct, predictedLinks.size, goldLinks.size);
}

/**
 * Scores `alignment` of the paragraphs `input` against gold segments grouped in gold blocks (each
 * gold block is one paragraph of the original with its translation). The input may have
 * paragraph breaks removed on either side; the gold paragraph links then follow from the gold
 * blocks each input paragraph overlaps.
 */
export function evaluateAlignment(
	gold: readonly (readonly GoldPair[])[],
	input: { source: readonly string[]; target: readonly string[] },
	alignment: Pick<TextAlignment, 'blocks'>,
	languages: { source: string; target: string }
): Evaluation {
	const sourceStarts = paragraphStarts(input.source);
	const targetStarts = paragraphStarts(input.target);
	const sourceText = input.source.join(paragraphJoiner);
	const targetText = input.target.join(paragraphJoiner);

	// Sentence level.
	const goldSegments = locatePairs(gold.flat(), sourceText, targetText);
	const predictedSegments: SpanBead[] = alignment.blocks.flatMap((block) =>
		block.segments.map((pair) => ({
			source: pair.source.span ? globalSpan(sourceStarts, pair.source.span) : null,
			target: pair.target.span ? globalSpan(targetStarts, pair.target.span) : null
		}))
	);
	const sentenceUnits = {
		source: sentenceStarts(input.source, sourceStarts, languages.source),
		target: sentenceStarts(input.target, targetStarts, languages.target)
	};

	// Paragraph level.
	let next = 0;
	const goldBlocks = gold.map((pairs) => {
		const located = goldSegments.slice(next, (next += pairs.length));
		return { source: cover(located.map((b) => b.source)), target: cover(located.map((b) => b.target)) };
	});
	const sourceParagraphs = input.source.map((p, i) => [sourceStarts[i] ?? 0, (sourceStarts[i] ?? 0) + p.length] as const);
	const targetParagraphs = input.target.map((p, i) => [targetStarts[i] ?? 0, (targetStarts[i] ?? 0) + p.length] as const);
	const goldParagraphs = paragraphBeads(goldBlocks, sourceParagraphs, targetParagraphs);
	const predictedParagraphs: SpanBead[] = alignment.blocks.map((block) => ({
		source: rangeSpan(sourceParagraphs, block.source.start, block.source.end),
		target: rangeSpan(targetParagraphs, block.target.start, block.target.end)
	}));
	const paragraphUnits = { source: [...sourceStarts], target: [...targetStarts] };

	return {
		paragraphs: {
			beads: scoreBeads(goldParagraphs, predictedParagraphs),
			links: scoreLinks(goldParagraphs, predictedParagraphs, paragraphUnits)
		},
		sentences: {
			beads: scoreBeads(goldSegments, predictedSegments),
			links: scoreLinks(goldSegments, predictedSegments, sentenceUnits),
			nullLinks: scoreLinks(goldSegments, predictedSegments, sentenceUnits, { nullLinks: true })
		},
		traps: scoreTraps(goldSegments, predictedSegments, sentenceUnits, { source: sourceText, target: targetText })
	};
}

/** `paragraphs` with the break after each index in `breaks` removed (the two joined by a space). */
export function removeBreaks(paragraphs: readonly string[], breaks: ReadonlySet<number>): string[] {
	const out: string[] = [];
	paragraphs.forEach((paragraph, i) => {
		if (i > 0 && breaks.has(i - 1) && out.length > 0) out[out.length - 1] += ' ' + paragraph;
		else out.push(paragraph);
	});
	return out;
}

function beadKey(bead: SpanBead): string {
	return `${bead.source ? bead.source.join('-') : '_'}|${bead.target ? bead.target.join('-') : '_'}`;
}

function links(beads: readonly SpanBead[], units: { source: readonly number[]; target: readonly number[] }, nullLinks = false): Set<string> {
	const set = new Set<string>();
	for (const bead of beads) {
		const sources = bead.source ? unitsIn(units.source, bead.source) : [];
		const targets = bead.target ? unitsIn(units.target, bead.target) : [];
		if (sources.length > 0 && targets.length > 0) for (const s of sources) for (const t of targets) set.add(`${s}:${t}`);
		else if (nullLinks) {
			// A sentence with no counterpart is a link to nothing: hiding it inside a neighbour's
			// link costs recall here, and inventing one costs precision.
			for (const s of sources) set.add(`${s}:-`);
			for (const t of targets) set.add(`-:${t}`);
		}
	}
	return set;
}

/** The gold beads that are not 1:1 in `units`, and whether `predicted` has each exactly. */
export function scoreTraps(
	gold: readonly SpanBead[],
	predicted: readonly SpanBead[],
	units: { source: readonly number[]; target: readonly number[] },
	texts: { source: string; target: string }
): TrapScores {
	const predictedKeys = new Set(predicted.map(beadKey));
	const result: TrapScores = { right: 0, total: 0, missed: [] };
	for (const bead of gold) {
		const a = bead.source ? unitsIn(units.source, bead.source).length : 0;
		const b = bead.target ? unitsIn(units.target, bead.target).length : 0;
		if (a === 1 && b === 1) continue;
		result.total++;
		if (predictedKeys.has(beadKey(bead))) result.right++;
		else {
			const start = (span: Span | null, text: string) => (span ? text.slice(span[0], span[1]).split(/\s+/u).slice(0, 6).join(' ') : '');
			result.missed.push({ shape: `${a}:${b}`, source: start(bead.source, texts.source), target: start(bead.target, texts.target) });
		}
	}
	return result;
}

function unitsIn(starts: readonly number[], span: Span): number[] {
	const inside: number[] = [];
	starts.forEach((start, k) => {
		if (start >= span[0] && start < span[1]) inside.push(k);
	});
	return inside;
}

function paragraphStarts(paragraphs: readonly string[]): number[] {
	const starts: number[] = [];
	let offset = 0;
	for (const paragraph of paragraphs) {
		starts.push(offset);
		offset += paragraph.length + paragraphJoiner.length;
	}
	return starts;
}

function globalSpan(starts: readonly number[], span: { paragraph: number; start: number; end: number; endParagraph?: number }): Span {
	return [(starts[span.paragraph] ?? 0) + span.start, (starts[span.endParagraph ?? span.paragraph] ?? 0) + span.end];
}

function sentenceStarts(paragraphs: readonly string[], starts: readonly number[], lang: string): number[] {
	const result: number[] = [];
	paragraphs.forEach((paragraph, p) => {
		let offset = starts[p] ?? 0;
		for (const sentence of splitSentences(paragraph, lang)) {
			offset += sentence.spaceBefore.length;
			result.push(offset);
			offset += sentence.text.length;
		}
	});
	return result;
}

// Finds each gold segment in the input, in order. Between two segments of a side there may only
// be whitespace: anything else means the gold does not describe this input.
function locatePairs(pairs: readonly GoldPair[], sourceText: string, targetText: string): SpanBead[] {
	const cursor = { source: 0, target: 0 };
	const find = (text: string, side: 'source' | 'target', haystack: string): Span | null => {
		if (text === '') return null;
		// Whitespace may differ: a gold pair that spans a paragraph break holds "\n\n", which becomes
		// a space when that break is removed from the input.
		const pattern = new RegExp(text.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'), 'uy');
		let at = cursor[side];
		while (at < haystack.length && /\s/u.test(haystack[at] ?? '')) at++;
		pattern.lastIndex = at;
		const match = pattern.exec(haystack);
		if (!match) throw new Error(`gold ${side} text not found in order in the input: ${JSON.stringify(text.slice(0, 60))}`);
		cursor[side] = at + match[0].length;
		return [at, at + match[0].length];
	};
	return pairs.map((pair) => ({ source: find(pair.source, 'source', sourceText), target: find(pair.target, 'target', targetText) }));
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function cover(spans: (Span | null)[]): Span | null {
	const present = spans.filter((s): s is Span => s !== null);
	if (present.length === 0) return null;
	return [Math.min(...present.map((s) => s[0])), Math.max(...present.map((s) => s[1]))];
}

function rangeSpan(paragraphs: readonly (readonly [number, number])[], start: number, end: number): Span | null {
	if (start === end) return null;
	return [paragraphs[start]?.[0] ?? 0, paragraphs[end - 1]?.[1] ?? 0];
}

function overlapping(paragraphs: readonly (readonly [number, number])[], span: Span): number[] {
	const found: number[] = [];
	paragraphs.forEach(([start, end], i) => {
		if (start < span[1] && span[0] < end) found.push(i);
	});
	return found;
}

// Gold paragraph beads: input paragraphs joined (union-find) whenever one gold block overlaps them.
function paragraphBeads(
	blocks: SpanBead[],
	sourceParagraphs: readonly (readonly [number, number])[],
	targetParagraphs: readonly (readonly [number, number])[]
): SpanBead[] {
	const n = sourceParagraphs.length;
	const parent = Array.from({ length: n + targetParagraphs.length }, (_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) x = parent[x] = parent[parent[x] ?? x] ?? x;
		return x;
	};
	const union = (a: number, b: number) => {
		parent[find(a)] = find(b);
	};
	for (const block of blocks) {
		const ids = [
			...(block.source ? overlapping(sourceParagraphs, block.source) : []),
			...(block.target ? overlapping(targetParagraphs, block.target).map((t) => n + t) : [])
		];
		for (const id of ids.slice(1)) union(ids[0] ?? id, id);
	}
	const groups = new Map<number, { source: number[]; target: number[] }>();
	for (let id = 0; id < parent.length; id++) {
		const root = find(id);
		const group = groups.get(root) ?? { source: [], target: [] };
		if (id < n) group.source.push(id);
		else group.target.push(id - n);
		groups.set(root, group);
	}
	return [...groups.values()].map((group) => ({
		source: group.source.length > 0 ? rangeSpan(sourceParagraphs, Math.min(...group.source), Math.max(...group.source) + 1) : null,
		target: group.target.length > 0 ? rangeSpan(targetParagraphs, Math.min(...group.target), Math.max(...group.target) + 1) : null
	}));
}

// ---- gold texts and the scenarios they are measured in --------------------------------------------

/** A hand-aligned text: gold segments per block, and the two texts as paragraphs. */
export interface GoldText {
	name: string;
	gold: GoldPair[][];
	source: string[];
	target: string[];
}

/** The gold of an aligned document (e.g. the seed): its blocks, and its paragraphs rebuilt. */
export function goldFromDocument(name: string, document: AlignedDocument): GoldText {
	const from = document.original;
	const to = Object.keys(document.languages).find((lang) => lang !== from) ?? from;
	return {
		name,
		gold: document.blocks.map((block) => block.segments.map((s) => ({ source: s.text[from] ?? '', target: s.text[to] ?? '' }))),
		source: document.blocks.map((block) => blockText(block, from)).filter((text) => text !== ''),
		target: document.blocks.map((block) => blockText(block, to)).filter((text) => text !== '')
	};
}

/** How the input is fed to the aligner: as given, or with every third paragraph break removed on one side. */
export type BreakScenario = 'as given' | 'target breaks removed' | 'source breaks removed';
export const breakScenarios: readonly BreakScenario[] = ['as given', 'target breaks removed', 'source breaks removed'];

/** The breaks after paragraphs 1, 4, 7, … (every third one) of a text of `count` paragraphs. */
export function everyThirdBreak(count: number): Set<number> {
	return new Set(Array.from({ length: Math.max(0, count - 1) }, (_, i) => i).filter((i) => i % 3 === 1));
}

/** The two texts of `text` as the aligner gets them in `scenario`. */
export function scenarioInput(text: GoldText, scenario: BreakScenario): { source: string[]; target: string[] } {
	return {
		source: scenario === 'source breaks removed' ? removeBreaks(text.source, everyThirdBreak(text.source.length)) : text.source,
		target: scenario === 'target breaks removed' ? removeBreaks(text.target, everyThirdBreak(text.target.length)) : text.target
	};
}

/** Sums of counts over several evaluations, as scores (micro-averaged). */
export function sumEvaluations(evaluations: readonly Evaluation[]): Evaluation {
	const sum = (pick: (e: Evaluation) => Scores) =>
		scores(
			evaluations.reduce((n, e) => n + pick(e).correct, 0),
			evaluations.reduce((n, e) => n + pick(e).predicted, 0),
			evaluations.reduce((n, e) => n + pick(e).gold, 0)
		);
	return {
		paragraphs: { beads: sum((e) => e.paragraphs.beads), links: sum((e) => e.paragraphs.links) },
		sentences: { beads: sum((e) => e.sentences.beads), links: sum((e) => e.sentences.links), nullLinks: sum((e) => e.sentences.nullLinks) },
		traps: {
			right: evaluations.reduce((n, e) => n + e.traps.right, 0),
			total: evaluations.reduce((n, e) => n + e.traps.total, 0),
			missed: evaluations.flatMap((e) => e.traps.missed)
		}
	};
}
