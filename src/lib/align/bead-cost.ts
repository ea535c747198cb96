// The cost of one bead (a link between a few consecutive source units and a few consecutive
// target units): its prior, its length cost and its cue costs. Everything a bead needs is
// precomputed per unit into flat arrays, so the dynamic programme calls `cost` millions of times
// without allocating.
import { punctuationClasses } from './cues';
import { keepKeys, sharedKeys, type KeyKind, type UnitFeatures } from './features';
import { defaultVariance, lengthCostWith, lowestLengthCost, type LengthModel } from './length-cost';

/**
 * The bead shapes the aligner considers: `[source units, target units]`. A sentence the translator
 * left out or added is a bead of its own (1:0, 0:1); up to three sentences may face one (3:1, 1:3).
 */
export const beadShapes = [
	[1, 1],
	[1, 0],
	[0, 1],
	[2, 1],
	[1, 2],
	[2, 2],
	[3, 1],
	[1, 3]
] as const;

/** A bead shape written original:translation, e.g. `2:1`. */
export type BeadShape = '1:1' | '1:0' | '0:1' | '2:1' | '1:2' | '2:2' | '3:1' | '1:3';

/** The most units one side of a bead may hold. */
export const widestBead = 3;

/**
 * Prior probabilities of the bead shapes. 1:1, 2:1, 1:2 and 2:2 are Gale and Church's, from their
 * hand-aligned sample (the numbers NLTK uses); 3:1 and 1:3, which they did not allow, are given a
 * tenth of 2:1. Their 1:0 and 0:1 (0.0099) come from parliamentary proceedings, translated in full;
 * news and literary translators leave out and add more, and 0.03 is what the gold texts here
 * support (docs/alignment.md).
 */
export const defaultPriors: Record<BeadShape, number> = {
	'1:1': 0.89,
	'1:0': 0.03,
	'0:1': 0.03,
	'2:1': 0.089,
	'1:2': 0.089,
	'2:2': 0.011,
	'3:1': 0.0089,
	'1:3': 0.0089
};

/** How much each cue disagreement costs, in the same unit as the length cost (negative log odds). */
export interface CueWeights {
	/** Per number on one side of a linked bead that the other side lacks (among numbers both texts have). */
	number: number;
	/** Per Latin-script word of non-Latin text not found on the other side (and the other way round). */
	latinWord: number;
	/** Per name (consonant skeleton) on one side of a linked bead and not on the other. */
	name: number;
	/** Per word of the dictionary learnt from the text on one side of a linked bead and not on the other. */
	word: number;
	/** Per unit of difference in the count of each punctuation class, in a linked bead. */
	question: number;
	exclamation: number;
	colon: number;
	quote: number;
	parenthesis: number;
	/** Taken off the skip cost of a unit that reads like a translator's note (wholly in brackets). */
	aside: number;
	/**
	 * What a key costs in a 1:0 or 0:1 bead, as a share of what an unmatched key costs in a linked
	 * bead. Both texts have every key counted here, so a key that finds its partner in a linked bead
	 * saves twice this; one that does not costs the rest. 1 makes a skipped unit's keys cost as
	 * much as unmatched ones (the cues then cannot tell an omission from a merge); 0 makes
	 * matching keys worth nothing against a skip.
	 */
	skipKeyShare: number;
}

export const defaultCueWeights: CueWeights = {
	number: 1.5,
	latinWord: 1.5,
	name: 1.5,
	word: 0.5,
	question: 1.2,
	exclamation: 0.8,
	colon: 0.5,
	quote: 0.3,
	parenthesis: 0.4,
	aside: 2,
	skipKeyShare: 0.5
};

/** The default `skipCost`; see docs/alignment.md for how it was chosen. */
export const defaultSkipCost = 1;
/** The default `breakCost` and `unevenBreakCost`. */
export const defaultBreakCost = 2;
export const defaultUnevenBreakCost = 1;

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
	/**
	 * Cost of a bead whose units on one side run across a paragraph break (a sentence the
	 * translator split with the third part in a new paragraph); Infinity forbids it.
	 */
	breakCost?: number;
	/**
	 * Cost of a linked bead that ends where one language starts a new paragraph and the other
	 * does not: a paragraph the translator merged with the next, or split.
	 */
	unevenBreakCost?: number;
	/** Set to false to align on length alone (for measuring what the cues add). */
	useCues?: boolean;
	/** Which kinds of keys to compare (default all); for measuring what each adds. */
	keyKinds?: readonly KeyKind[];
	/**
	 * The dictionary learnt from the text (./dictionary.ts): for each side, a stem key → concept id.
	 * Units' `words` keys are compared through it.
	 */
	dictionary?: { source: ReadonlyMap<number, number>; target: ReadonlyMap<number, number> };
}

/** The per-unit data of one side. */
interface Side {
	/** prefix[i] = total length of units before i. */
	prefix: Float64Array;
	/** punctuation[(i + 1) * P + k] = count of class k in units before i + 1 (prefix sums). */
	punctuation: Int32Array;
	/** marked[i] = how many units before i hold any counted mark (prefix sums). */
	marked: Int32Array;
	/**
	 * Each unit's keys that can match the other side, all kinds in one sorted list, the kind in the
	 * two low bits (see `kindWeights`); undefined for a unit with none.
	 */
	keys: (Int32Array | undefined)[];
	/** keyWeight[i] = total weight of the keys of units before i (prefix sums). */
	keyWeight: Float64Array;
	/**
	 * A 32-bit signature of each unit's keys (a bit per key, `keyBit`): two spans whose signatures
	 * share no bit share no key, which settles most beads without comparing their lists.
	 */
	signature: Int32Array;
	aside: Uint8Array;
	/** What the unit's cues cost when it stands alone (a 1:0 or 0:1 bead): see `CueWeights.skipKeyShare`. */
	skipCue: Float64Array;
	/** breaks[i] = 1 when unit i starts a new paragraph. */
	breaks: Uint8Array;
	/** edges[i] = 1 when boundary i (before unit i) is a paragraph edge: the start, the end, or a break. */
	edges: Uint8Array;
}

const classCount = punctuationClasses.length;
// Bound once: `cost` runs millions of times, and an imported binding can cost a property read per
// call (it does under tsx, which the benchmark runs on).
const lengthCostOf = lengthCostWith;
const allKinds: readonly KeyKind[] = ['numbers', 'latin', 'names', 'words'];

/** Scores beads between two sequences of units (paragraphs or sentences). */
export class BeadCost {
	/** The length model in use; `setRatio` changes its ratio. */
	model: LengthModel;
	readonly n: number;
	readonly m: number;
	/** -log prior of each shape in `beadShapes` order. */
	readonly shapeCost: Float64Array;
	/**
	 * For each shape with units on both sides, a bound no `baseCost` of that shape goes below: its
	 * prior plus the lowest length cost (break costs only add, unless set negative: then -Infinity).
	 */
	readonly linkFloor: Float64Array;
	private readonly source: Side;
	private readonly target: Side;
	private readonly weights: CueWeights;
	private readonly punctuationWeights: Float64Array;
	/** The weight of each compared kind, in the order of the sides' `keys`. */
	private readonly kindWeights: Float64Array;
	private readonly useCues: boolean;
	private readonly skipCost: number;
	private readonly breakCost: number;
	private readonly unevenBreakCost: number;
	/** True when paragraph breaks were given (units are sentences). */
	private readonly hasBreaks: boolean;
	/** The model's figures, read in the inner loop without going through `model`. */
	private ratio: number;
	private readonly variance: number;
	private scratchA: Int32Array = new Int32Array(64);
	private scratchB: Int32Array = new Int32Array(64);

	constructor(
		sourceUnits: readonly UnitFeatures[],
		targetUnits: readonly UnitFeatures[],
		options: CostOptions = {},
		breaks: { source?: Uint8Array; target?: Uint8Array } = {}
	) {
		this.n = sourceUnits.length;
		this.m = targetUnits.length;
		this.useCues = options.useCues ?? true;
		this.skipCost = options.skipCost ?? defaultSkipCost;
		this.breakCost = options.breakCost ?? defaultBreakCost;
		this.unevenBreakCost = options.unevenBreakCost ?? defaultUnevenBreakCost;
		this.hasBreaks = breaks.source !== undefined || breaks.target !== undefined;
		this.weights = { ...defaultCueWeights, ...options.cues };
		this.punctuationWeights = Float64Array.from(punctuationClasses.map((name) => this.weights[name]));
		const priors = { ...defaultPriors, ...options.priors };
		this.shapeCost = Float64Array.from(beadShapes.map(([a, b]) => -Math.log(priors[`${a}:${b}` as BeadShape])));
		const breaksOnlyAdd = this.breakCost >= 0 && this.unevenBreakCost >= 0;
		this.linkFloor = this.shapeCost.map((cost) => (breaksOnlyAdd ? cost + lowestLengthCost : -Infinity));

		// Only keys both texts have can tell one path from another; the rest cost every path the same.
		const kinds = this.useCues ? (options.keyKinds ?? allKinds) : [];
		const sourceKeys: (Int32Array | undefined)[][] = [];
		const targetKeys: (Int32Array | undefined)[][] = [];
		const weights: number[] = [];
		const weightOf: Record<KeyKind, number> = { numbers: this.weights.number, latin: this.weights.latinWord, names: this.weights.name, words: this.weights.word };
		for (const kind of kinds) {
			if (weightOf[kind] === 0) continue;
			let sourceLists: (Int32Array | undefined)[];
			let targetLists: (Int32Array | undefined)[];
			if (kind === 'words') {
				if (!options.dictionary) continue;
				sourceLists = concepts(sourceUnits, options.dictionary.source);
				targetLists = concepts(targetUnits, options.dictionary.target);
			} else {
				const shared = sharedKeys(sourceUnits, targetUnits, kind);
				if (shared.size === 0) continue;
				sourceLists = keepKeys(sourceUnits, kind, shared);
				targetLists = keepKeys(targetUnits, kind, shared);
			}
			sourceKeys.push(sourceLists);
			targetKeys.push(targetLists);
			weights.push(weightOf[kind]);
		}
		this.kindWeights = Float64Array.from({ length: 4 }, (_, k) => weights[k] ?? 0);
		this.source = buildSide(sourceUnits, mergeKinds(sourceKeys, this.n), this.kindWeights, breaks.source);
		this.target = buildSide(targetUnits, mergeKinds(targetKeys, this.m), this.kindWeights, breaks.target);
		if (this.useCues) {
			for (const side of [this.source, this.target]) {
				for (let u = 0; u < side.skipCue.length; u++) {
					let cost = 0;
					for (let k = 0; k < classCount; k++) {
						cost += (this.punctuationWeights[k] ?? 0) * ((side.punctuation[(u + 1) * classCount + k] ?? 0) - (side.punctuation[u * classCount + k] ?? 0));
					}
					cost += this.weights.skipKeyShare * ((side.keyWeight[u + 1] ?? 0) - (side.keyWeight[u] ?? 0));
					side.skipCue[u] = cost;
				}
			}
		}

		const sourceTotal = this.source.prefix[this.n] ?? 0;
		const targetTotal = this.target.prefix[this.m] ?? 0;
		const ratio = options.ratio ?? (sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1);
		this.model = { ratio, variance: options.variance ?? defaultVariance };
		this.ratio = ratio;
		this.variance = this.model.variance;
	}

	/** Uses `ratio` from now on (the features of the units stay as computed). */
	setRatio(ratio: number): void {
		this.model = { ...this.model, ratio };
		this.ratio = ratio;
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
	 * The part of a bead's cost that does not look at cues: prior, length (or skip cost) and
	 * paragraph breaks crossed. Never more than `cost`, so the programme can skip a bead whose base
	 * cost alone is already too high.
	 */
	baseCost(shape: number, i: number, a: number, j: number, b: number): number {
		const source = this.source;
		const target = this.target;
		let cost = this.shapeCost[shape] ?? 0;
		if (a > 1 || b > 1) {
			const crossed = crossings(source.breaks, i, a) + crossings(target.breaks, j, b);
			if (crossed > 0) cost += this.breakCost * crossed;
		}
		const sourceLength = (source.prefix[i + a] ?? 0) - (source.prefix[i] ?? 0);
		const targetLength = (target.prefix[j + b] ?? 0) - (target.prefix[j] ?? 0);
		if (a === 0 || b === 0) {
			if (this.skipCost < 0) return cost + lengthCostOf(sourceLength, targetLength, this.ratio, this.variance);
			cost += this.skipCost;
			if (!this.useCues) return cost;
			const side = a === 0 ? target : source;
			for (let u = a === 0 ? j : i, end = u + (a === 0 ? b : a); u < end; u++) {
				cost += side.skipCue[u] ?? 0;
				// A lone unit that reads like a translator's note is an addition more often than not.
				if (side.aside[u]) cost -= this.weights.aside;
			}
			return cost;
		}
		cost += lengthCostOf(sourceLength, targetLength, this.ratio, this.variance);
		if (this.hasBreaks && source.edges[i + a] !== target.edges[j + b]) cost += this.unevenBreakCost;
		return cost;
	}

	/**
	 * Cost of the bead of shape `shape` (an index into `beadShapes`) linking source units
	 * [i, i + a) to target units [j, j + b).
	 */
	cost(shape: number, i: number, a: number, j: number, b: number): number {
		const base = this.baseCost(shape, i, a, j, b);
		if (!this.useCues || a === 0 || b === 0) return base;
		return base + this.cueCost(i, a, j, b);
	}

	/** What the cues of a linked bead add to its cost: disagreements between its two sides (0 without cues). */
	cueCost(i: number, a: number, j: number, b: number): number {
		if (!this.useCues) return 0;
		const source = this.source;
		const target = this.target;
		let cost = 0;
		// Most sentences hold none of the marks counted: skip the classes when neither side has any.
		if ((source.marked[i + a] ?? 0) !== (source.marked[i] ?? 0) || (target.marked[j + b] ?? 0) !== (target.marked[j] ?? 0)) {
			const punctuationWeights = this.punctuationWeights;
			for (let k = 0; k < classCount; k++) {
				const s = (source.punctuation[(i + a) * classCount + k] ?? 0) - (source.punctuation[i * classCount + k] ?? 0);
				const t = (target.punctuation[(j + b) * classCount + k] ?? 0) - (target.punctuation[j * classCount + k] ?? 0);
				if (s !== t) cost += (punctuationWeights[k] ?? 0) * Math.abs(s - t);
			}
		}
		const unmatched = this.unmatchedWeight(i, a, j, b);
		if (unmatched > 0) cost += unmatched;
		return cost;
	}

	/** How the cues of a linked bead agree, for its confidence: the weight of matched and unmatched keys. */
	agreement(i: number, a: number, j: number, b: number): { matched: number; unmatched: number } {
		const total = this.totalWeight(i, a, j, b);
		const unmatched = this.unmatchedWeight(i, a, j, b);
		return { matched: (total - unmatched) / 2, unmatched };
	}

	private totalWeight(i: number, a: number, j: number, b: number): number {
		const source = this.source.keyWeight;
		const target = this.target.keyWeight;
		return (source[i + a] ?? 0) - (source[i] ?? 0) + (target[j + b] ?? 0) - (target[j] ?? 0);
	}

	/**
	 * The weight of the keys of a linked bead that find no partner on its other side: the symmetric
	 * difference of the two sides' keys (each side the union of its units' keys), weighted by kind.
	 */
	private unmatchedWeight(i: number, a: number, j: number, b: number): number {
		const sourceWeight = (this.source.keyWeight[i + a] ?? 0) - (this.source.keyWeight[i] ?? 0);
		const targetWeight = (this.target.keyWeight[j + b] ?? 0) - (this.target.keyWeight[j] ?? 0);
		if (sourceWeight === 0 || targetWeight === 0) return sourceWeight + targetWeight;
		const sourceSignature = this.source.signature;
		const targetSignature = this.target.signature;
		let leftBits = sourceSignature[i] ?? 0;
		for (let u = i + 1; u < i + a; u++) leftBits |= sourceSignature[u] ?? 0;
		let rightBits = targetSignature[j] ?? 0;
		for (let u = j + 1; u < j + b; u++) rightBits |= targetSignature[u] ?? 0;
		if ((leftBits & rightBits) === 0) return sourceWeight + targetWeight;
		// A single unit's list is already sorted; several units' lists are gathered and sorted.
		const leftLength = a === 1 ? (this.source.keys[i]?.length ?? 0) : keyCount(this.source.keys, i, a);
		const rightLength = b === 1 ? (this.target.keys[j]?.length ?? 0) : keyCount(this.target.keys, j, b);
		const left = a === 1 ? (this.source.keys[i] as Int32Array) : (this.scratchA = gather(this.source.keys, i, a, leftLength, this.scratchA));
		const right = b === 1 ? (this.target.keys[j] as Int32Array) : (this.scratchB = gather(this.target.keys, j, b, rightLength, this.scratchB));
		const weights = this.kindWeights;
		let matched = 0;
		for (let x = 0, y = 0; x < leftLength && y < rightLength; ) {
			const l = left[x] ?? 0;
			const r = right[y] ?? 0;
			if (l === r) {
				matched += weights[l & 3] ?? 0;
				x++;
				y++;
			} else if (l < r) x++;
			else y++;
		}
		return sourceWeight + targetWeight - 2 * matched;
	}
}

// The bit a key sets in its unit's signature: five bits of the hash, above the kind's two.
function keyBit(key: number): number {
	return 1 << ((key >>> 2) & 31);
}

// How many units of [start, start + count), other than the first, start a paragraph.
function crossings(breaks: Uint8Array, start: number, count: number): number {
	let crossed = 0;
	for (let u = start + 1; u < start + count; u++) crossed += breaks[u] ?? 0;
	return crossed;
}

// How many keys units [start, start + count) hold together.
function keyCount(lists: (Int32Array | undefined)[], start: number, count: number): number {
	let total = 0;
	for (let u = start; u < start + count; u++) total += lists[u]?.length ?? 0;
	return total;
}

// The keys of units [start, start + count), `total` of them, merged in order into `scratch` (grown
// if needed): each unit's list is sorted already, so each is merged in from the back, which is
// cheaper than sorting them together (this runs for every bead of several units the programme costs).
function gather(lists: (Int32Array | undefined)[], start: number, count: number, total: number, scratch: Int32Array): Int32Array {
	const out = scratch.length >= total ? scratch : new Int32Array(total * 2);
	let k = 0;
	for (let u = start; u < start + count; u++) {
		const list = lists[u];
		if (!list) continue;
		let x = k - 1;
		let y = list.length - 1;
		let to = k + list.length - 1;
		k += list.length;
		while (y >= 0) {
			const key = list[y] ?? 0;
			if (x >= 0 && (out[x] ?? 0) > key) out[to--] = out[x--] ?? 0;
			else {
				out[to--] = key;
				y--;
			}
		}
	}
	return out;
}

// Each unit's keys of every kind in one sorted list, the kind's index in the two low bits.
function mergeKinds(kinds: (Int32Array | undefined)[][], n: number): (Int32Array | undefined)[] {
	const merged: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(n);
	for (let u = 0; u < n; u++) {
		let total = 0;
		let kindsWithKeys = 0;
		for (const lists of kinds) {
			const length = lists[u]?.length ?? 0;
			total += length;
			if (length > 0) kindsWithKeys++;
		}
		if (total === 0) continue;
		const keys = new Int32Array(total);
		let k = 0;
		for (let kind = 0; kind < kinds.length; kind++) {
			const list = kinds[kind]?.[u];
			if (list) for (let x = 0; x < list.length; x++) keys[k++] = ((list[x] ?? 0) & ~3) | kind;
		}
		// Each list is sorted, and clearing a key's two low bits keeps the order: one kind's list
		// needs no sorting.
		merged[u] = kindsWithKeys === 1 ? keys : keys.sort();
	}
	return merged;
}

// Each unit's dictionary concepts (sorted), from its word keys.
function concepts(units: readonly UnitFeatures[], dictionary: ReadonlyMap<number, number>): (Int32Array | undefined)[] {
	if (dictionary.size === 0) return [];
	return units.map((unit) => {
		let found: number[] | undefined;
		for (const key of unit.keys.words) {
			const concept = dictionary.get(key);
			if (concept !== undefined) (found ??= []).push(concept);
		}
		return found ? Int32Array.from(new Set(found)).sort() : undefined;
	});
}

function buildSide(units: readonly UnitFeatures[], keys: (Int32Array | undefined)[], kindWeights: Float64Array, breaks: Uint8Array | undefined): Side {
	const n = units.length;
	const prefix = new Float64Array(n + 1);
	const punctuation = new Int32Array((n + 1) * classCount);
	const keyWeight = new Float64Array(n + 1);
	const signature = new Int32Array(n);
	const marked = new Int32Array(n + 1);
	const aside = new Uint8Array(n);
	units.forEach((unit, i) => {
		prefix[i + 1] = (prefix[i] ?? 0) + unit.length;
		for (let k = 0; k < classCount; k++) {
			punctuation[(i + 1) * classCount + k] = (punctuation[i * classCount + k] ?? 0) + (unit.punctuation[k] ?? 0);
		}
		let marks = 0;
		for (let k = 0; k < classCount; k++) marks += unit.punctuation[k] ?? 0;
		marked[i + 1] = (marked[i] ?? 0) + (marks > 0 ? 1 : 0);
		let weight = 0;
		const list = keys[i];
		if (list) {
			for (const key of list) {
				weight += kindWeights[key & 3] ?? 0;
				signature[i] = (signature[i] ?? 0) | keyBit(key);
			}
		}
		keyWeight[i + 1] = (keyWeight[i] ?? 0) + weight;
		if (unit.aside) aside[i] = 1;
	});
	const cuts = breaks ?? new Uint8Array(n + 1);
	const edges = new Uint8Array(n + 1);
	for (let i = 0; i <= n; i++) edges[i] = i === 0 || i === n || cuts[i] === 1 ? 1 : 0;
	return { prefix, punctuation, marked, keys, keyWeight, signature, aside, skipCue: new Float64Array(n), breaks: cuts, edges };
}
