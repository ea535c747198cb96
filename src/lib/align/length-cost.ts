// The Gale–Church length model: in a translation, the length of a target text is roughly
// proportional to the length of its source, with a spread that grows with the length.
// W. A. Gale and K. W. Church, "A program for aligning sentences in bilingual corpora",
// Computational Linguistics 19(1), 1993.

/** How target lengths follow source lengths. */
export interface LengthModel {
	/** Expected target characters per source character (about 1.45 for Arabic into English). */
	ratio: number;
	/** Variance of a target length, per character of expected target length. */
	variance: number;
}

/** Gale and Church's variance (6.8, measured on English, French and German); see docs/alignment.md. */
export const defaultVariance = 6.8;

/** Length of `text` as the aligner counts it: code units, not counting combining marks (tashkil). */
export function unitLength(text: string): number {
	// A loop, not a regular expression over the whole text: a five-million-character paragraph
	// overflowed the stack of /\P{M}+/gu.
	let length = 0;
	for (let i = 0; i < text.length; i++) if (!isCombiningMark(text.charCodeAt(i), text, i)) length++;
	return length;
}

/** True when the UTF-16 code unit `code` (at `text[i]`) is a combining mark (Unicode category M). */
export function isCombiningMark(code: number, text: string, i: number): boolean {
	if (code < 0x0300) return false;
	// Arabic harakat, superscript alef and Quranic marks; the rest of the Arabic block is letters.
	if (code >= 0x0600 && code <= 0x06ff) return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed && code !== 0x06dd && code !== 0x06de && code !== 0x06e5 && code !== 0x06e6);
	if (code >= 0x0300 && code <= 0x036f) return true;
	if (code < 0x0900) return combiningMark.test(text[i] ?? '');
	return combiningMark.test(text[i] ?? '');
}

const combiningMark = /\p{M}/u;

/**
 * Cost of linking source text of length `a` to target text of length `b` (lower is likelier): the
 * negative log probability of a length difference at least this large under the model.
 */
export function lengthCost(a: number, b: number, model: LengthModel): number {
	return lengthCostWith(a, b, model.ratio, model.variance);
}

/** `lengthCost` with the model's two figures given apart (for the programme's inner loop). */
export function lengthCostWith(a: number, b: number, ratio: number, variance: number): number {
	if (a === 0 && b === 0) return 0;
	// Centre the spread on the pair, not on one side, so that a long target is measured against
	// the source it claims to translate and not only against the source's own length.
	const expected = ((a * ratio + b) / 2) * variance;
	const z = Math.abs(b - a * ratio) / Math.sqrt(expected);
	// From a table: the dynamic programme asks this millions of times, and a logarithm each time
	// was a fifth of its work. Linear interpolation between steps of 1/64 is within 1e-4 of the
	// formula; beyond the table the tail's asymptote takes over.
	const at = z * tableSteps;
	if (at >= tableSize - 1) return tailAsymptote(z);
	const k = Math.floor(at);
	const low = tailTable[k] ?? 0;
	return low + ((tailTable[k + 1] ?? 0) - low) * (at - k);
}

const tableSteps = 64;
const tableSize = 40 * tableSteps + 1;
const tailTable = Float64Array.from({ length: tableSize }, (_, k) => -logTwoSidedTail(k / tableSteps));

/**
 * No `lengthCost` is lower than this (the table's least entry: the approximation puts it a little
 * below 0 at z = 0; interpolation stays between entries and the tail beyond the table is larger).
 * The programme uses it to skip a bead that cannot win before costing it.
 */
export const lowestLengthCost = tailTable.reduce((least, cost) => Math.min(least, cost), 0);
// -log P(|Z| >= z) for large z: z²/2 + log z + log √(π/2), plus the next term of the series.
function tailAsymptote(z: number): number {
	return (z * z) / 2 + Math.log(z) + 0.5 * Math.log(Math.PI / 2) + 1 / (z * z);
}

/**
 * `log P(|Z| >= z)` for a standard normal Z, i.e. `log erfc(|z| / √2)`. Computed in log space (the
 * Numerical Recipes `erfcc` approximation, relative error below 1.2e-7) so that a very unlikely
 * length never underflows to `-Infinity` and every bead keeps a finite, comparable cost.
 */
export function logTwoSidedTail(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.5 * x);
	const poly =
		-1.26551223 +
		t *
			(1.00002368 +
				t *
					(0.37409196 +
						t *
							(0.09678418 +
								t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
	return Math.log(t) - x * x + poly;
}
