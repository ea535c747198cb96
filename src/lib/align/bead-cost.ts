// The cost of one bead (a link between a few consecutive source units and a few consecutive
// target units): its prior, its length cost and its cue costs. Everything a bead needs is
// precomputed per unit into flat arrays, so the dynamic programme calls `cost` millions of times
// without allocating.
import { countPunctuation, extractNumbers, isLatinScript, latinWords, punctuationClasses } from './cues';
import { defaultVariance, lengthCost, unitLength, type LengthModel } from './length-cost';

/** The bead shapes the aligner considers: `[source units, target units]`. */
export const beadShapes = [
	[1, 1],
	[1, 0],
	[0, 1],
	[2, 1],
	[1, 2],
	[2, 2]
] as const;

/** A bead shape written `source:target`, e.g. `2:1`. */
export type BeadShape = '1:1' | '1:0' | '0:1' | '2:1' | '1:2' | '2:2';

/**
 * Prior probabilities of the bead shapes, from Gale and Church's hand-aligned sample (the same
 * numbers NLTK uses). 1:0 and 0:1 are rare, 1:1 is the rule.
 */
export const defaultPriors: Record<BeadShape, number> = {
	'1:1': 0.89,
	'1:0': 0.0099,
	'0:1': 0.0099,
	'2:1': 0.089,
	'1:2': 0.089,
	'2:2': 0.011
};

/** How much each cue disagreement costs, in the same unit as the length cost (negative log odds). */
export interface CueWeights {
	/** Per number found on one side of a bead and not on the other. */
	number: number;
	/** Per Latin-script word of a non-Latin side that the other side of the bead does not contain. */
	latinWord: number;
	/** Per unit of difference in the count of each punctuation class. */
	question: number;
	exclamation: number;
	colon: number;
	quote: number;
	parenthesis: number;
}

export const defaultCueWeights: CueWeights = {
	number: 1.5,
	latinWord: 1.5,
	question: 1.2,
	exclamation: 0.8,
	colon: 0.5,
	quote: 0.3,
	parenthesis: 0.4
};

/** The default `skipCost`; see docs/alignment.md for how it was chosen. */
export const defaultSkipCost = 1;

/** Options of the cost model; every field has a default. */
export interface CostOptions {
	/** Target characters per source character; default: measured on the two texts. */
	ratio?: number;
	variance?: number;
	priors?: Partial<Record<BeadShape, number>>;
	cues?: Partial<CueWeights>;
	/**
	 * Length cost of a 1:0 or 0:1 bead, added to its prior. Gale and Church price a skipped unit
	 * like a 1:1 link with an empty side, a cost that grows with the square of the unit's length;
	 * then a long untranslated paragraph is always cheaper glued to a neighbour (2:1) than left
	 * alone. A fixed cost, as Vecalign uses, lets it stand alone. A negative value restores
	 * Gale and Church's own cost.
	 */
	skipCost?: number;
	/** Set to false to align on length alone (for measuring what the cues add). */
	useCues?: boolean;
}

/** The per-unit data of one side. */
interface Side {
	/** prefix[i] = total length of units before i. */
	prefix: Float64Array;
	/** punctuation[(i + 1) * P + k] = count of class k in units before i + 1 (prefix sums). */
	punctuation: Int32Array;
	numbers: (Int32Array | undefined)[];
	/** Words that must be found on the other side (Latin words of non-Latin text), hashed, sorted. */
	required: (Int32Array | undefined)[];
	/** Words the other side may ask for (only those it asks for), hashed, sorted. */
	offered: (Int32Array | undefined)[];
	/** breaks[i] = 1 when unit i starts a new paragraph: no two-unit bead may cross into it. */
	breaks: Uint8Array;
}

const classCount = punctuationClasses.length;

/** Scores beads between two sequences of units (paragraphs or sentences). */
export class BeadCost {
	/** The length model in use; `setRatio` changes its ratio. */
	model: LengthModel;
	readonly n: number;
	readonly m: number;
	/** -log prior of each shape in `beadShapes` order. */
	readonly shapeCost: Float64Array;
	private readonly source: Side;
	private readonly target: Side;
	private readonly weights: CueWeights;
	private readonly punctuationWeights: Float64Array;
	private readonly useCues: boolean;
	private readonly skipCost: number;
	private readonly bothRequire: boolean;
	private scratchA: Int32Array = new Int32Array(16);
	private scratchB: Int32Array = new Int32Array(16);

	constructor(
		sourceTexts: readonly string[],
		targetTexts: readonly string[],
		languages: { source: string; target: string },
		options: CostOptions = {},
		breaks: { source?: Uint8Array; target?: Uint8Array } = {}
	) {
		this.n = sourceTexts.length;
		this.m = targetTexts.length;
		this.useCues = options.useCues ?? true;
		this.skipCost = options.skipCost ?? defaultSkipCost;
		this.weights = { ...defaultCueWeights, ...options.cues };
		this.punctuationWeights = Float64Array.from(punctuationClasses.map((name) => this.weights[name]));
		const priors = { ...defaultPriors, ...options.priors };
		this.shapeCost = Float64Array.from(beadShapes.map(([a, b]) => -Math.log(priors[`${a}:${b}` as BeadShape])));

		const sourceLatin = isLatinScript(languages.source);
		const targetLatin = isLatinScript(languages.target);
		this.bothRequire = !sourceLatin && !targetLatin;
		this.source = buildSide(sourceTexts, !sourceLatin, breaks.source);
		this.target = buildSide(targetTexts, !targetLatin, breaks.target);
		if (this.useCues) {
			// A Latin word in Arabic text is looked for among the English words; collect only those.
			if (!sourceLatin && targetLatin) this.target.offered = offeredWords(targetTexts, this.source.required);
			if (sourceLatin && !targetLatin) this.source.offered = offeredWords(sourceTexts, this.target.required);
		}

		const sourceTotal = this.source.prefix[this.n] ?? 0;
		const targetTotal = this.target.prefix[this.m] ?? 0;
		const ratio = options.ratio ?? (sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1);
		this.model = { ratio, variance: options.variance ?? defaultVariance };
	}

	/** Uses `ratio` from now on (the features of the units stay as computed). */
	setRatio(ratio: number): void {
		this.model = { ...this.model, ratio };
	}

	/** Total length of source units [0, i). */
	sourceOffset(i: number): number {
		return this.source.prefix[i] ?? 0;
	}

	/** Total length of target units [0, j). */
	targetOffset(j: number): number {
		return this.target.prefix[j] ?? 0;
	}

	/**
	 * Cost of the bead of shape `shape` (an index into `beadShapes`) linking source units
	 * [i, i + a) to target units [j, j + b). Infinity when the bead would join two paragraphs.
	 */
	cost(shape: number, i: number, a: number, j: number, b: number): number {
		const source = this.source;
		const target = this.target;
		if (crossesBreak(source.breaks, i, a) || crossesBreak(target.breaks, j, b)) return Infinity;
		const sourceLength = (source.prefix[i + a] ?? 0) - (source.prefix[i] ?? 0);
		const targetLength = (target.prefix[j + b] ?? 0) - (target.prefix[j] ?? 0);
		let cost = this.shapeCost[shape] ?? 0;
		if (a === 0 || b === 0) cost += this.skipCost < 0 ? lengthCost(sourceLength, targetLength, this.model) : this.skipCost;
		else cost += lengthCost(sourceLength, targetLength, this.model);
		if (!this.useCues) return cost;

		const punctuationWeights = this.punctuationWeights;
		for (let k = 0; k < classCount; k++) {
			const s = (source.punctuation[(i + a) * classCount + k] ?? 0) - (source.punctuation[i * classCount + k] ?? 0);
			const t = (target.punctuation[(j + b) * classCount + k] ?? 0) - (target.punctuation[j * classCount + k] ?? 0);
			if (s !== t) cost += (punctuationWeights[k] ?? 0) * Math.abs(s - t);
		}
		const numbers = this.unmatched(source.numbers, i, a, target.numbers, j, b);
		if (numbers > 0) cost += this.weights.number * numbers;

		let missingWords: number;
		if (this.bothRequire) missingWords = this.unmatched(source.required, i, a, target.required, j, b);
		else missingWords = this.missing(source.required, i, a, target.offered, j, b) + this.missing(target.required, j, b, source.offered, i, a);
		if (missingWords > 0) cost += this.weights.latinWord * missingWords;
		return cost;
	}

	/** Size of the symmetric difference of two multisets, each the union of a few units' lists. */
	private unmatched(sourceLists: (Int32Array | undefined)[], i: number, a: number, targetLists: (Int32Array | undefined)[], j: number, b: number): number {
		const sourceCount = countOf(sourceLists, i, a);
		const targetCount = countOf(targetLists, j, b);
		if (sourceCount === 0 || targetCount === 0) return sourceCount + targetCount;
		const left = (this.scratchA = gather(sourceLists, i, a, sourceCount, this.scratchA));
		const right = (this.scratchB = gather(targetLists, j, b, targetCount, this.scratchB));
		let common = 0;
		for (let x = 0, y = 0; x < sourceCount && y < targetCount; ) {
			const l = left[x] ?? 0;
			const r = right[y] ?? 0;
			if (l === r) {
				common++;
				x++;
				y++;
			} else if (l < r) x++;
			else y++;
		}
		return sourceCount + targetCount - 2 * common;
	}

	/** How many words required by one side's units are not offered by the other side's units. */
	private missing(requiredLists: (Int32Array | undefined)[], i: number, a: number, offeredLists: (Int32Array | undefined)[], j: number, b: number): number {
		let missing = 0;
		for (let u = i; u < i + a; u++) {
			const required = requiredLists[u];
			if (!required) continue;
			for (const word of required) {
				let found = false;
				for (let v = j; v < j + b && !found; v++) found = contains(offeredLists[v], word);
				if (!found) missing++;
			}
		}
		return missing;
	}
}

// True when units [start, start + count) include a unit, other than the first, that starts a paragraph.
function crossesBreak(breaks: Uint8Array, start: number, count: number): boolean {
	for (let u = start + 1; u < start + count; u++) if (breaks[u] === 1) return true;
	return false;
}

function countOf(lists: (Int32Array | undefined)[], start: number, count: number): number {
	let total = 0;
	for (let u = start; u < start + count; u++) total += lists[u]?.length ?? 0;
	return total;
}

// The units' lists copied into `scratch` (grown if needed) and sorted there.
function gather(lists: (Int32Array | undefined)[], start: number, count: number, total: number, scratch: Int32Array): Int32Array {
	const out = scratch.length >= total ? scratch : new Int32Array(total * 2);
	let k = 0;
	for (let u = start; u < start + count; u++) {
		const list = lists[u];
		if (list) for (const value of list) out[k++] = value;
	}
	if (count > 1) out.subarray(0, total).sort();
	return out;
}

function buildSide(texts: readonly string[], collectLatin: boolean, breaks: Uint8Array | undefined): Side {
	const n = texts.length;
	const prefix = new Float64Array(n + 1);
	const punctuation = new Int32Array((n + 1) * classCount);
	const numbers: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(n);
	const required: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(n);
	texts.forEach((text, i) => {
		prefix[i + 1] = (prefix[i] ?? 0) + unitLength(text);
		const counts = countPunctuation(text);
		for (let k = 0; k < classCount; k++) {
			punctuation[(i + 1) * classCount + k] = (punctuation[i * classCount + k] ?? 0) + (counts[k] ?? 0);
		}
		numbers[i] = hashList(extractNumbers(text));
		required[i] = collectLatin ? hashList(latinWords(text)) : undefined;
	});
	return { prefix, punctuation, numbers, required, offered: [], breaks: breaks ?? new Uint8Array(n + 1) };
}

// The words of each unit that some unit on the other side requires; everything else is dropped,
// so a long English book costs no memory here unless the Arabic contains Latin words.
function offeredWords(texts: readonly string[], required: (Int32Array | undefined)[]): (Int32Array | undefined)[] {
	const wanted = new Set<number>();
	for (const list of required) if (list) for (const word of list) wanted.add(word);
	if (wanted.size === 0) return [];
	return texts.map((text) => {
		const words = latinWords(text).map(hash).filter((word) => wanted.has(word));
		return words.length > 0 ? Int32Array.from(new Set(words)).sort() : undefined;
	});
}

function hashList(values: string[]): Int32Array | undefined {
	return values.length > 0 ? Int32Array.from(values, hash).sort() : undefined;
}

/** FNV-1a, 32 bits: a string as a number, so comparisons in the inner loop are integer compares. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

function contains(list: Int32Array | undefined, value: number): boolean {
	if (!list) return false;
	let low = 0;
	let high = list.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const v = list[mid] ?? 0;
		if (v === value) return true;
		if (v < value) low = mid + 1;
		else high = mid - 1;
	}
	return false;
}
