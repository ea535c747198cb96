// The passes. Paragraphs first, over the whole text: long units, cheap to link, rarely wrong by
// much. Then sentences, over the whole text again, in a band around what the paragraph links
// imply: paragraph breaks are evidence there, not walls, so a sentence the translator split with
// its last part in a new paragraph stays one link, and a wrong paragraph link does not trap its
// sentences. Then a dictionary learnt from the sentence pairs the aligner is sure of, and the
// sentence pass again with it. All passes use the same cost model and the same programme, and
// every link comes out with a confidence.
import { BeadCost, type CostOptions } from './bead-cost';
import { alignBanded, type BandOptions, type Bead, type Corridor, type Range } from './banded-dp';
import { learnDictionary, type Dictionary, type DictionaryOptions } from './dictionary';
import { isLatinScript } from './cues';
import { lexiconFor, mergeDictionaries } from './lexicon';
import { allKeys, combineFeatures, enrich, latinWordKeys, unitFeatures, withWords, type KeyFilter, type UnitFeatures } from './features';
import { splitSentences } from '../text/sentences';

export type { Bead, Range } from './banded-dp';

/** The two languages being aligned, as BCP 47 tags. */
export interface LanguagePair {
	source: string;
	target: string;
}

export interface AlignOptions extends CostOptions, Omit<BandOptions, 'onProgress' | 'temperature'> {
	/**
	 * Written between two paragraphs that end up in one block (a 2:1 paragraph link); `"\n\n"` by
	 * default, `"\n"` for one-paragraph-per-line input. Stored as the `space` of the segment that
	 * starts the later paragraph, so the block still joins back to its input paragraphs exactly.
	 */
	paragraphSeparator?: string;
	/** Called as work progresses: the paragraph pass, then the sentence passes. */
	onProgress?: (done: number, total: number, phase?: 'paragraphs' | 'sentences') => void;
	/** Learn a dictionary from the first alignment and align the sentences again with it (default true). */
	learnDictionary?: boolean;
	dictionaryOptions?: DictionaryOptions;
	/**
	 * Use the Arabic–English lexicon shipped with the aligner (./lexicon.ts) with the dictionary
	 * learnt from the text, when the two languages are Arabic and English (default true).
	 */
	lexicon?: boolean;
	/** Read numbers written as words, weekdays, months and clause labels (default true; for measuring what they add). */
	calendarWords?: boolean;
	/**
	 * How sharply confidence falls with cost: a link's confidence is its posterior probability with
	 * path weights exp(-cost / temperature). See docs/alignment.md for how it was chosen.
	 */
	temperature?: number;
}

/**
 * Where one side of a segment sits in the input: from `start` in paragraph `paragraph` to `end` in
 * paragraph `endParagraph` (the same paragraph unless the segment runs across a paragraph break).
 */
export interface TextSpan {
	paragraph: number;
	start: number;
	endParagraph?: number;
	end: number;
}

/** One side of an aligned segment. */
export interface SegmentSide {
	/**
	 * The sentence or sentences, exactly as in the input; `''` when the other side has no
	 * counterpart. A side that runs across a paragraph break holds the paragraph separator there.
	 */
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
	/** How sure the aligner is of this link, 0–1: its posterior probability over the alignments of the whole text. */
	confidence: number;
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
	/** Cells and half-width of the sentence pass's band. */
	sentenceCells: number;
	sentenceHalfWidth: number;
	/** Word pairs in the dictionary learnt from the text, and stretches aligned again with it. */
	dictionary: number;
	realigned: number;
}

export interface ParagraphAlignment {
	beads: Bead[];
	stats: { ratio: number; passes: number; halfWidth: number; widenings: number; recentrings: number; bandLimited: boolean; cells: number };
}

/** Default temperature; docs/alignment.md shows how it was chosen. */
export const defaultTemperature = 1;
/** Least half-width of the paragraph band (it is moved or widened when the path runs along its edge). */
const paragraphHalfWidth = 16;

/**
 * Half-width of the paragraph band for a text of `paragraphs` paragraphs. The band starts on the
 * length diagonal, and each paragraph left out, added or longer in translation than the others
 * moves the path off it a little, one way or the other: a random walk, whose spread grows with the
 * square root of its length. A band of √n / 4 (16 at least) holds the synthetic books of
 * `bench:align` without being moved at 10,000 and 50,000 paragraphs; each move costs a whole
 * programme again, and a 50,000-paragraph book was moved twice and widened once at ±16.
 */
function paragraphBand(paragraphs: number): number {
	return Math.max(paragraphHalfWidth, Math.round(Math.sqrt(paragraphs) / 4));
}
/** Half-width of the sentence band around the paragraph links, in sentences. */
const sentenceHalfWidth = 6;

/** A sentence and where it sits in its paragraph. */
export interface PlacedSentence {
	text: string;
	/** Whitespace before it: the paragraph separator for a paragraph's first sentence (but the text's first). */
	space: string;
	span: TextSpan;
	/** First sentence of a paragraph other than the text's first. */
	startsParagraph: boolean;
	features: UnitFeatures;
}

/** A text split into paragraphs and sentences, with every unit's features, read once. */
export interface PreparedText {
	paragraphs: readonly string[];
	lang: string;
	/** The sentences of each paragraph. */
	sentences: PlacedSentence[][];
	/** Each paragraph's features (its sentences' together). */
	features: UnitFeatures[];
	/** True when every sentence's names and number words were read (see `unitFeatures`). */
	rich: boolean;
}

/**
 * Splits `paragraphs` into sentences and reads every unit's features. `filter` (the other text's
 * keys, when known) keeps only the keys that can match it.
 */
export function prepareText(paragraphs: readonly string[], lang: string, separator = '\n\n', options: { rich?: boolean; filter?: KeyFilter; calendar?: boolean } = {}): PreparedText {
	const sentences = paragraphs.map((paragraph, p) => {
		let offset = 0;
		return splitSentences(paragraph, lang).map((sentence, k): PlacedSentence => {
			offset += sentence.spaceBefore.length;
			const start = offset;
			offset += sentence.text.length;
			return {
				text: sentence.text,
				space: k === 0 ? (p === 0 ? '' : separator) : sentence.spaceBefore,
				span: { paragraph: p, start, end: offset },
				startsParagraph: k === 0 && p > 0,
				features: unitFeatures(sentence.text, lang, options)
			};
		});
	});
	const features = sentences.map((list) => combineFeatures(list.map((s) => s.features), Math.max(0, list.length - 1)));
	return { paragraphs, lang, sentences, features, rich: options.rich !== false };
}

/**
 * Links the paragraphs of an original and its translation (paragraph-level beads, in order).
 * Unless `options.ratio` is given, the length ratio is first measured on the whole texts, then
 * measured again on the 1:1 links found and the texts aligned again if it moved by more than 2 %:
 * a long paragraph left untranslated skews the first measure but not the second.
 */
export function alignParagraphs(source: PreparedText, target: PreparedText, options: AlignOptions = {}): ParagraphAlignment {
	const onProgress = options.onProgress;
	// Only a corridor for the sentence pass, which may join three sentences across a paragraph
	// break: beads up to 2:2 are enough here.
	const band = {
		halfWidth: options.halfWidth ?? paragraphBand(Math.max(source.paragraphs.length, target.paragraphs.length)),
		shapes: 6,
		maxCells: options.maxCells,
		onProgress: onProgress && ((done: number, total: number) => onProgress(done, total, 'paragraphs'))
	};
	const scorer = new BeadCost(source.features, target.features, options);
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

export interface TextAlignment {
	blocks: AlignedBlock[];
	stats: AlignStats;
}

/**
 * Aligns two texts given as paragraphs: the paragraph pass, then the sentence pass, then (unless
 * turned off) the dictionary and the sentence pass again. Joining each block's segment texts
 * with their `space` gives back its paragraphs exactly, separated by `paragraphSeparator`.
 */
export function alignTexts(source: readonly string[], target: readonly string[], languages: LanguagePair, options: AlignOptions = {}): TextAlignment {
	const separator = options.paragraphSeparator ?? '\n\n';
	const [source_, target_] = prepareBoth(source, target, languages, separator, { calendar: options.calendarWords });
	return alignPrepared(source_, target_, options);
}

/**
 * Texts longer than this (both together, in characters) are read cheaply first (lengths,
 * punctuation, digits) and read word by word only where the aligner is unsure: reading every
 * word of a 10-million-character book would take longer than aligning it.
 */
export const richUpTo = 1_500_000;

/**
 * Prepares both texts. A short text is read word by word at once, the Latin-script side first when
 * only one is: its names filter the other text's word skeletons, and the other text's Latin words
 * filter its words, so only keys that can match are kept. A long one is read cheaply (`richUpTo`).
 */
export function prepareBoth(
	source: readonly string[],
	target: readonly string[],
	languages: LanguagePair,
	separator = '\n\n',
	options: { calendar?: boolean } = {}
): [PreparedText, PreparedText] {
	const calendar = options.calendar;
	const characters = [...source, ...target].reduce((n, paragraph) => n + paragraph.length, 0);
	const sourceLatin = isLatinScript(languages.source);
	const targetLatin = isLatinScript(languages.target);
	if (characters > richUpTo) {
		const latin = sourceLatin === targetLatin ? undefined : latinWordKeys(sourceLatin ? target : source);
		return [
			prepareText(source, languages.source, separator, { rich: false, calendar, filter: sourceLatin ? { latin } : {} }),
			prepareText(target, languages.target, separator, { rich: false, calendar, filter: targetLatin ? { latin } : {} })
		];
	}
	if (sourceLatin === targetLatin) return [prepareText(source, languages.source, separator, { calendar }), prepareText(target, languages.target, separator, { calendar })];
	const [latinSide, otherSide, latinLang, otherLang] = sourceLatin ? [source, target, languages.source, languages.target] : [target, source, languages.target, languages.source];
	const latin = prepareText(latinSide, latinLang, separator, { calendar, filter: { latin: latinWordKeys(otherSide) } });
	const other = prepareText(otherSide, otherLang, separator, { calendar, filter: { names: allKeys(latin.features, 'names') } });
	return sourceLatin ? [latin, other] : [other, latin];
}

/** `alignTexts` for texts already prepared (`prepareText`). */
export function alignPrepared(source: PreparedText, target: PreparedText, options: AlignOptions = {}): TextAlignment {
	const paragraphs = alignParagraphs(source, target, options);
	// The ratio measured on the whole text is steadier than one measured on a few sentences.
	const sentenceOptions = { ...options, ratio: options.ratio ?? paragraphs.stats.ratio };
	const sourceSentences = source.sentences.flat();
	const targetSentences = target.sentences.flat();
	const breaks = { source: breaksOf(sourceSentences), target: breaksOf(targetSentences) };
	const temperature = options.temperature ?? defaultTemperature;
	const onProgress = options.onProgress && ((done: number, total: number) => options.onProgress?.(done, total, 'sentences'));
	const sentencePass = (costOptions: CostOptions, corridor: Corridor, halfWidth: number) =>
		alignBanded(
			new BeadCost(
				sourceSentences.map((s) => s.features),
				targetSentences.map((s) => s.features),
				costOptions,
				breaks
			),
			{ corridor, halfWidth, maxCells: options.maxCells, temperature, onProgress }
		);

	const corridor = paragraphCorridor(source, target, paragraphs.beads);
	const lexicon = lexiconFor(source.lang, target.lang, options);
	let run = sentencePass(sentenceOptions, corridor, options.halfWidth ?? sentenceHalfWidth);
	let ratio = sentenceOptions.ratio;
	if (options.ratio === undefined) {
		// Measured again on the 1:1 sentence links: a sentence left out inside a paragraph skews the
		// paragraphs' ratio (on a short text, enough to glue that sentence to its neighbour).
		const measured = sentenceRatio(run.beads, sourceSentences, targetSentences);
		if (measured !== undefined && Math.abs(measured / ratio - 1) > 0.03) {
			ratio = measured;
			run = sentencePass({ ...sentenceOptions, ratio }, corridor, options.halfWidth ?? sentenceHalfWidth);
		}
	}
	let beads = run.beads;
	let confidence = run.posteriors ?? new Float64Array(beads.length).fill(1);
	let dictionary: Dictionary | undefined;
	let learnt: Dictionary | undefined;
	let realigned = 0;
	const rich = source.rich && target.rich;
	if (options.useCues !== false) {
		if (options.learnDictionary !== false) {
			learnt = learnDictionary(confidentPairs(sourceSentences, targetSentences, beads, confidence), options.dictionaryOptions);
		}
		// The lexicon first, then what the text taught where the lexicon says nothing: a short text
		// teaches chance pairs (a place name paired with the heat it suffered) as readily as real ones.
		dictionary = mergeDictionaries(lexicon, learnt);
		// Only the links the first pass was unsure of can move: the sure 1:1 links stay, and only the
		// stretches between them are aligned again, now reading every word of their sentences (a long
		// book was read cheaply at first) and with the dictionary, so a long book costs little more.
		if (!rich || (dictionary?.size ?? 0) > 0) {
			const settled = (k: number) => k < 0 || k >= beads.length || isSettled(beads[k] as Bead, confidence[k] ?? 0);
			const second = realignBetween(beads, confidence, (k) => settled(k) && (rich || (settled(k - 1) && settled(k + 1))), (window) => {
				const s = sourceSentences.slice(window.source.start, window.source.end);
				const t = targetSentences.slice(window.target.start, window.target.end);
				for (const sentence of s) enrich(withWords(sentence.features, sentence.text), sentence.text, source.lang);
				for (const sentence of t) enrich(withWords(sentence.features, sentence.text), sentence.text, target.lang);
				const scorer = new BeadCost(
					s.map((x) => x.features),
					t.map((x) => x.features),
					{ ...sentenceOptions, ratio, dictionary },
					{ source: breaks.source.slice(window.source.start, window.source.end + 1), target: breaks.target.slice(window.target.start, window.target.end + 1) }
				);
				return alignBanded(scorer, { halfWidth: sentenceHalfWidth, maxCells: options.maxCells, temperature });
			});
			beads = second.beads;
			confidence = second.confidence;
			realigned = second.windows;
		}
	}

	return {
		blocks: toBlocks(beads, confidence, sourceSentences, targetSentences, breaks),
		stats: {
			...paragraphs.stats,
			ratio,
			sentenceCells: run.cells,
			sentenceHalfWidth: run.halfWidth,
			dictionary: learnt?.size ?? 0,
			realigned
		}
	};
}

// Target characters per source character over 1:1 sentence links (undefined when there are none).
function sentenceRatio(beads: readonly Bead[], source: PlacedSentence[], target: PlacedSentence[]): number | undefined {
	let sourceLength = 0;
	let targetLength = 0;
	let links = 0;
	for (const bead of beads) {
		if (bead.source.end - bead.source.start !== 1 || bead.target.end - bead.target.start !== 1) continue;
		sourceLength += source[bead.source.start]?.features.length ?? 0;
		targetLength += target[bead.target.start]?.features.length ?? 0;
		links++;
	}
	// A ratio measured on one or two short sentences says less than the whole text's.
	const total = source.reduce((n, s) => n + s.features.length, 0);
	if (links < 3 || sourceLength < 0.4 * total || targetLength === 0) return undefined;
	return targetLength / sourceLength;
}

// A 1:1 link the first pass was this sure of is not aligned again.
const settledAbove = 0.9;

function isSettled(bead: Bead, confidence: number): boolean {
	return bead.source.end - bead.source.start === 1 && bead.target.end - bead.target.start === 1 && confidence >= settledAbove;
}

/** A stretch of units to align again: source units `source`, target units `target`. */
export interface Window {
	source: Range;
	target: Range;
}

/**
 * `beads` with every stretch between kept beads aligned again by `align` (which sees the stretch's
 * units numbered from 0). `keep(k)` says which beads stay as they are; the others, with the kept
 * beads around them as walls, make the stretches. Returns the new beads, their confidences (kept
 * beads keep theirs) and how many stretches were aligned again.
 */
export function realignBetween(
	beads: readonly Bead[],
	confidence: Float64Array,
	keep: (k: number) => boolean,
	align: (window: Window) => { beads: Bead[]; posteriors?: Float64Array }
): { beads: Bead[]; confidence: Float64Array; windows: number } {
	const out: Bead[] = [];
	const scores: number[] = [];
	let windows = 0;
	let k = 0;
	while (k < beads.length) {
		if (keep(k)) {
			out.push(beads[k] as Bead);
			scores.push(confidence[k] ?? 1);
			k++;
			continue;
		}
		const first = beads[k] as Bead;
		let last = first;
		while (k < beads.length && !keep(k)) last = beads[k++] as Bead;
		const window = { source: { start: first.source.start, end: last.source.end }, target: { start: first.target.start, end: last.target.end } };
		const result = align(window);
		windows++;
		result.beads.forEach((bead, b) => {
			out.push({
				source: { start: bead.source.start + window.source.start, end: bead.source.end + window.source.start },
				target: { start: bead.target.start + window.target.start, end: bead.target.end + window.target.start },
				cost: bead.cost
			});
			scores.push(result.posteriors?.[b] ?? 1);
		});
	}
	return { beads: out, confidence: Float64Array.from(scores), windows };
}

// The sentence corridor that the paragraph links imply: inside each paragraph link, the sentences
// of one side spread evenly over the sentences of the other.
function paragraphCorridor(source: PreparedText, target: PreparedText, beads: readonly Bead[]): Corridor {
	const sourceStarts = starts(source);
	const targetStarts = starts(target);
	const n = sourceStarts[sourceStarts.length - 1] ?? 0;
	const from = new Int32Array(n + 1).fill(-1);
	const to = new Int32Array(n + 1).fill(-1);
	const visit = (i: number, j: number) => {
		if ((from[i] ?? -1) < 0 || j < (from[i] ?? 0)) from[i] = j;
		if (j > (to[i] ?? -1)) to[i] = j;
	};
	for (const bead of beads) {
		const s0 = sourceStarts[bead.source.start] ?? 0;
		const s1 = sourceStarts[bead.source.end] ?? 0;
		const t0 = targetStarts[bead.target.start] ?? 0;
		const t1 = targetStarts[bead.target.end] ?? 0;
		if (s1 === s0) {
			visit(s0, t0);
			visit(s0, t1);
			continue;
		}
		for (let i = s0; i <= s1; i++) visit(i, t0 + Math.round(((t1 - t0) * (i - s0)) / (s1 - s0)));
	}
	for (let i = 0; i <= n; i++) {
		if ((from[i] ?? -1) < 0) {
			from[i] = i > 0 ? (to[i - 1] ?? 0) : 0;
			to[i] = from[i] ?? 0;
		}
	}
	return { from, to };
}

// starts[p] = index of paragraph p's first sentence among all the text's sentences; starts[P] = total.
function starts(text: PreparedText): number[] {
	const result = [0];
	for (const list of text.sentences) result.push((result[result.length - 1] ?? 0) + list.length);
	return result;
}

// Sentence pairs sure enough to learn words from: 1:1 links the aligner is confident of.
function confidentPairs(
	sourceSentences: PlacedSentence[],
	targetSentences: PlacedSentence[],
	beads: readonly Bead[],
	posteriors: Float64Array | undefined
): { source: Int32Array; target: Int32Array }[] {
	const pairs: { source: Int32Array; target: Int32Array }[] = [];
	// At most a few thousand pairs, evenly spread: enough to learn the words that matter.
	const step = Math.max(1, Math.floor(beads.length / maxLearnPairs));
	beads.forEach((bead, k) => {
		if (k % step !== 0) return;
		if (bead.source.end - bead.source.start !== 1 || bead.target.end - bead.target.start !== 1) return;
		if ((posteriors?.[k] ?? 0) < learnAbove) return;
		const s = sourceSentences[bead.source.start];
		const t = targetSentences[bead.target.start];
		if (s && t) pairs.push({ source: withWords(s.features, s.text).keys.words, target: withWords(t.features, t.text).keys.words });
	});
	return pairs;
}

const learnAbove = 0.8;
const maxLearnPairs = 1500;

function breaksOf(sentences: PlacedSentence[]): Uint8Array {
	const breaks = new Uint8Array(sentences.length + 1);
	sentences.forEach((s, i) => {
		if (s.startsParagraph) breaks[i] = 1;
	});
	return breaks;
}

/**
 * Groups sentence links into blocks: a block ends where both languages start a new paragraph (or
 * a text ends), so each block holds whole paragraphs on both sides, the paragraph-level link.
 */
function toBlocks(
	beads: readonly Bead[],
	posteriors: Float64Array | undefined,
	sourceSentences: PlacedSentence[],
	targetSentences: PlacedSentence[],
	breaks: { source: Uint8Array; target: Uint8Array }
): AlignedBlock[] {
	const edge = (sentences: PlacedSentence[], cuts: Uint8Array, i: number) => i === 0 || i >= sentences.length || cuts[i] === 1;
	const paragraphAt = (sentences: PlacedSentence[], i: number, total: number) => sentences[i]?.span.paragraph ?? total;
	const sourceParagraphs = (sourceSentences[sourceSentences.length - 1]?.span.paragraph ?? -1) + 1;
	const targetParagraphs = (targetSentences[targetSentences.length - 1]?.span.paragraph ?? -1) + 1;
	const blocks: AlignedBlock[] = [];
	let current: AlignedBlock | undefined;
	beads.forEach((bead, k) => {
		if (!current || (edge(sourceSentences, breaks.source, bead.source.start) && edge(targetSentences, breaks.target, bead.target.start))) {
			current = {
				source: { start: paragraphAt(sourceSentences, bead.source.start, sourceParagraphs), end: 0 },
				target: { start: paragraphAt(targetSentences, bead.target.start, targetParagraphs), end: 0 },
				segments: []
			};
			current.source.end = current.source.start;
			current.target.end = current.target.start;
			blocks.push(current);
		}
		const block = current;
		const source = joinSide(sourceSentences, bead.source, block.segments.every((s) => s.source.text === ''));
		const target = joinSide(targetSentences, bead.target, block.segments.every((s) => s.target.text === ''));
		if (source.span) block.source.end = (source.span.endParagraph ?? source.span.paragraph) + 1;
		if (target.span) block.target.end = (target.span.endParagraph ?? target.span.paragraph) + 1;
		block.segments.push({ source, target, confidence: posteriors?.[k] ?? 1 });
	});
	return blocks;
}

function joinSide(sentences: PlacedSentence[], range: Range, opensBlock: boolean): SegmentSide {
	if (range.start === range.end) return { text: '', space: '', sentences: 0 };
	const first = sentences[range.start] as PlacedSentence;
	let text = first.text;
	for (let k = range.start + 1; k < range.end; k++) {
		const sentence = sentences[k] as PlacedSentence;
		text += sentence.space + sentence.text;
	}
	const last = sentences[range.end - 1] as PlacedSentence;
	const span: TextSpan = { paragraph: first.span.paragraph, start: first.span.start, end: last.span.end };
	if (last.span.paragraph !== first.span.paragraph) span.endParagraph = last.span.paragraph;
	// The first text of its language in a block has nothing before it.
	return { text, space: opensBlock ? '' : first.space, span, sentences: range.end - range.start };
}
