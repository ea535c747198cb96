// The two passes: paragraphs first, over the whole text; then, inside each group of paragraphs that
// the first pass linked, sentences. Both passes use the same cost model and the same programme.
import { BeadCost, type CostOptions } from './bead-cost';
import { alignBanded, type BandOptions, type Bead, type Range } from './banded-dp';
import { splitSentences } from '../text/sentences';

export type { Bead, Range } from './banded-dp';

/** The two languages being aligned, as BCP 47 tags. */
export interface LanguagePair {
	source: string;
	target: string;
}

export interface AlignOptions extends CostOptions, BandOptions {
	/**
	 * Written between two paragraphs that end up in one block (a 2:1 paragraph link); `"\n\n"` by
	 * default, `"\n"` for one-paragraph-per-line input. Stored as the `space` of the segment that
	 * starts the later paragraph, so the block still joins back to its input paragraphs exactly.
	 */
	paragraphSeparator?: string;
	/** Called as work progresses: the paragraph pass, then the sentence pass. */
	onProgress?: (done: number, total: number, phase?: 'paragraphs' | 'sentences') => void;
}

/** Where one side of a segment sits in the input: a paragraph and a character range inside it. */
export interface TextSpan {
	paragraph: number;
	start: number;
	end: number;
}

/** One side of an aligned segment. */
export interface SegmentSide {
	/** The sentence or sentences, exactly as in the input; `''` when the other side has no counterpart. */
	text: string;
	/** Whitespace before `text` when the block's texts are joined (`''` before the block's first text). */
	space: string;
	/** Where the text comes from; absent when `text` is empty. */
	span?: TextSpan;
	/** How many sentences (as the splitter found them) `text` holds: 0 when it is empty. */
	sentences: number;
}

/** A sentence-level link: a few sentences of the original and their translation. */
export interface SegmentPair {
	source: SegmentSide;
	target: SegmentSide;
}

/** The paragraphs of one paragraph-level link and their sentence-level links. */
export interface AlignedBlock {
	/** Source paragraph indices `[start, end)`; empty when the target paragraphs have no counterpart. */
	source: Range;
	target: Range;
	segments: SegmentPair[];
}

/** Figures about a run, for diagnostics and the benchmark. */
export interface AlignStats {
	/** Target characters per source character used by the length model. */
	ratio: number;
	/** How many times the paragraph pass ran (the ratio is measured again after the first). */
	passes: number;
	/** Half-width of the band the paragraph pass settled on, and how often it was widened. */
	halfWidth: number;
	widenings: number;
	/** How many times the band was moved onto the path found (the last widening's count). */
	recentrings: number;
	bandLimited: boolean;
	cells: number;
}

export interface ParagraphAlignment {
	beads: Bead[];
	stats: AlignStats;
}

/**
 * Links the paragraphs of an original and its translation (paragraph-level beads, in order).
 * Unless `options.ratio` is given, the length ratio is first measured on the whole texts, then
 * measured again on the 1:1 links found and the texts aligned again if it moved by more than 2 %:
 * a long paragraph left untranslated skews the first measure but not the second.
 */
export function alignParagraphs(
	source: readonly string[],
	target: readonly string[],
	languages: LanguagePair,
	options: AlignOptions = {}
): ParagraphAlignment {
	const onProgress = options.onProgress;
	const band = {
		halfWidth: options.halfWidth,
		maxCells: options.maxCells,
		onProgress: onProgress && ((done: number, total: number) => onProgress(done, total, 'paragraphs'))
	};
	const scorer = new BeadCost(source, target, languages, options);
	let run = alignBanded(scorer, band);
	let passes = 1;
	while (options.ratio === undefined && passes < maxPasses) {
		const ratio = oneToOneRatio(scorer, run.beads);
		if (ratio === undefined || Math.abs(ratio / scorer.model.ratio - 1) <= 0.02) break;
		scorer.setRatio(ratio);
		run = alignBanded(scorer, band);
		passes++;
	}
	return {
		beads: run.beads,
		stats: {
			ratio: scorer.model.ratio,
			passes,
			halfWidth: run.halfWidth,
			widenings: run.widenings,
			recentrings: run.recentrings,
			bandLimited: run.bandLimited,
			cells: run.cells
		}
	};
}

const maxPasses = 3;

// Target characters per source character over the 1:1 links (undefined when there are none).
function oneToOneRatio(scorer: BeadCost, beads: readonly Bead[]): number | undefined {
	let sourceLength = 0;
	let targetLength = 0;
	for (const bead of beads) {
		if (bead.source.end - bead.source.start !== 1 || bead.target.end - bead.target.start !== 1) continue;
		sourceLength += scorer.sourceOffset(bead.source.end) - scorer.sourceOffset(bead.source.start);
		targetLength += scorer.targetOffset(bead.target.end) - scorer.targetOffset(bead.target.start);
	}
	return sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : undefined;
}

/** A sentence and where it sits in its paragraph. */
interface PlacedSentence {
	text: string;
	space: string;
	span: TextSpan;
	/** First sentence of a paragraph other than the group's first. */
	startsParagraph: boolean;
}

/**
 * Splits the paragraphs of one paragraph-level link (`source` and `target`, either may be empty)
 * into sentences and links the sentences. `sourceIndex` and `targetIndex` are the first
 * paragraphs' indices in the whole text, for the spans. Sentences never join across a paragraph
 * break.
 */
export function alignSentences(
	source: readonly string[],
	target: readonly string[],
	languages: LanguagePair,
	options: AlignOptions & { sourceIndex?: number; targetIndex?: number } = {}
): SegmentPair[] {
	const separator = options.paragraphSeparator ?? '\n\n';
	const sourceSentences = placeSentences(source, languages.source, options.sourceIndex ?? 0, separator);
	const targetSentences = placeSentences(target, languages.target, options.targetIndex ?? 0, separator);
	const scorer = new BeadCost(
		sourceSentences.map((s) => s.text),
		targetSentences.map((s) => s.text),
		languages,
		options,
		{ source: breaksOf(sourceSentences), target: breaksOf(targetSentences) }
	);
	const { beads } = alignBanded(scorer, { halfWidth: options.halfWidth, maxCells: options.maxCells });
	return beads.map((bead) => ({
		source: joinSide(sourceSentences, bead.source),
		target: joinSide(targetSentences, bead.target)
	}));
}

export interface TextAlignment {
	blocks: AlignedBlock[];
	stats: AlignStats;
}

/**
 * Aligns two texts given as paragraphs: the paragraph pass, then the sentence pass inside each
 * paragraph link. Joining each block's segment texts with their `space` gives back its paragraphs
 * exactly, separated by `paragraphSeparator`.
 */
export function alignTexts(
	source: readonly string[],
	target: readonly string[],
	languages: LanguagePair,
	options: AlignOptions = {}
): TextAlignment {
	const paragraphs = alignParagraphs(source, target, languages, options);
	// The ratio measured on the whole text is steadier than one measured inside a small group,
	// where a translator's note or an omission would skew it.
	const sentenceOptions = { ...options, ratio: options.ratio ?? paragraphs.stats.ratio };
	const blocks: AlignedBlock[] = [];
	const total = paragraphs.beads.length;
	paragraphs.beads.forEach((bead, k) => {
		const segments = alignSentences(
			source.slice(bead.source.start, bead.source.end),
			target.slice(bead.target.start, bead.target.end),
			languages,
			{ ...sentenceOptions, sourceIndex: bead.source.start, targetIndex: bead.target.start }
		);
		blocks.push({ source: bead.source, target: bead.target, segments });
		if (options.onProgress && ((k & 255) === 255 || k === total - 1)) options.onProgress(k + 1, total, 'sentences');
	});
	return { blocks, stats: paragraphs.stats };
}

function placeSentences(paragraphs: readonly string[], lang: string, firstIndex: number, separator: string): PlacedSentence[] {
	const placed: PlacedSentence[] = [];
	paragraphs.forEach((paragraph, p) => {
		let offset = 0;
		splitSentences(paragraph, lang).forEach((sentence, k) => {
			offset += sentence.spaceBefore.length;
			const start = offset;
			offset += sentence.text.length;
			const first = k === 0;
			placed.push({
				text: sentence.text,
				space: first ? (placed.length === 0 ? '' : separator) : sentence.spaceBefore,
				span: { paragraph: firstIndex + p, start, end: offset },
				startsParagraph: first && p > 0
			});
		});
	});
	return placed;
}

function breaksOf(sentences: PlacedSentence[]): Uint8Array {
	const breaks = new Uint8Array(sentences.length + 1);
	sentences.forEach((s, i) => {
		if (s.startsParagraph) breaks[i] = 1;
	});
	return breaks;
}

function joinSide(sentences: PlacedSentence[], range: Range): SegmentSide {
	if (range.start === range.end) return { text: '', space: '', sentences: 0 };
	const first = sentences[range.start] as PlacedSentence;
	let text = first.text;
	for (let k = range.start + 1; k < range.end; k++) {
		const sentence = sentences[k] as PlacedSentence;
		text += sentence.space + sentence.text;
	}
	const last = sentences[range.end - 1] as PlacedSentence;
	return {
		text,
		space: first.space,
		span: { paragraph: first.span.paragraph, start: first.span.start, end: last.span.end },
		sentences: range.end - range.start
	};
}
