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
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x0300 || !combiningMark.test(text[i] ?? '')) length++;
	}
	return length;
}

const combiningMark = /\p{M}/u;

/**
 * Cost of linking source text of length `a` to target text of length `b` (lower is likelier): the
 * negative log probability of a length difference at least this large under the model.
 */
export function lengthCost(a: number, b: number, model: LengthModel): number {
	if (a === 0 && b === 0) return 0;
	// Centre the spread on the pair, not on one side, so that a long target is measured against
	// the source it claims to translate and not only against the source's own length.
	const expected = ((a * model.ratio + b) / 2) * model.variance;
	const z = (b - a * model.ratio) / Math.sqrt(expected);
	return -logTwoSidedTail(z);
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
