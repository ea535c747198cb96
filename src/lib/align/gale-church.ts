// A plain Gale–Church aligner, the baseline the benchmark measures ours against. Gale and Church
// (1993) as it is usually implemented (NLTK's gale_church.py): paragraphs first, then sentences
// inside each pair of linked paragraphs; bead shapes 1:1, 1:0, 0:1, 2:1, 1:2 and 2:2 with their
// priors; a skipped unit costs like a 1:1 link with an empty side; lengths only, no other cue; the
// full programme, no band (the gold texts are small). The one change: the ratio of lengths is the
// two texts' own (Arabic into English runs about 1.4 characters per character, not 1).
import type { AlignedBlock, LanguagePair, SegmentSide, TextAlignment } from './align';
import { lengthCost, unitLength, type LengthModel } from './length-cost';
import { splitSentences } from '../text/sentences';

const shapes: [number, number, number][] = [
	[1, 1, 0.89],
	[1, 0, 0.0099],
	[0, 1, 0.0099],
	[2, 1, 0.089],
	[1, 2, 0.089],
	[2, 2, 0.011]
];

/** Aligns two texts given as paragraphs the Gale–Church way. */
export function alignGaleChurch(source: readonly string[], target: readonly string[], languages: LanguagePair, options: { separator?: string } = {}): TextAlignment {
	const separator = options.separator ?? '\n\n';
	const total = (texts: readonly string[]) => texts.reduce((n, text) => n + unitLength(text), 0);
	const model: LengthModel = { ratio: total(target) / Math.max(1, total(source)) || 1, variance: 6.8 };
	const paragraphBeads = galeChurch(source.map(unitLength), target.map(unitLength), model);
	const blocks: AlignedBlock[] = [];
	let i = 0;
	let j = 0;
	for (const [a, b] of paragraphBeads) {
		const place = (paragraphs: readonly string[], first: number, count: number, lang: string) =>
			paragraphs.slice(first, first + count).flatMap((paragraph, p) => {
				let offset = 0;
				return splitSentences(paragraph, lang).map((sentence, k) => {
					offset += sentence.spaceBefore.length;
					const start = offset;
					offset += sentence.text.length;
					return { text: sentence.text, space: k === 0 ? separator : sentence.spaceBefore, paragraph: first + p, start, end: offset };
				});
			});
		const sourceSentences = place(source, i, a, languages.source);
		const targetSentences = place(target, j, b, languages.target);
		const sentenceBeads = galeChurch(sourceSentences.map((s) => unitLength(s.text)), targetSentences.map((s) => unitLength(s.text)), model);
		const side = (sentences: typeof sourceSentences, from: number, count: number, first: boolean): SegmentSide => {
			if (count === 0) return { text: '', space: '', sentences: 0 };
			const chosen = sentences.slice(from, from + count);
			const start = chosen[0] as (typeof chosen)[number];
			const end = chosen[chosen.length - 1] as (typeof chosen)[number];
			return {
				text: chosen.map((s, k) => (k === 0 ? '' : s.space) + s.text).join(''),
				space: first ? '' : start.space,
				span: { paragraph: start.paragraph, start: start.start, end: end.end, ...(end.paragraph !== start.paragraph ? { endParagraph: end.paragraph } : {}) },
				sentences: count
			};
		};
		let s = 0;
		let t = 0;
		const segments = sentenceBeads.map(([x, y]) => {
			const pair = { source: side(sourceSentences, s, x, s === 0), target: side(targetSentences, t, y, t === 0), confidence: 1 };
			s += x;
			t += y;
			return pair;
		});
		blocks.push({ source: { start: i, end: i + a }, target: { start: j, end: j + b }, segments });
		i += a;
		j += b;
	}
	return {
		blocks,
		stats: { ratio: model.ratio, passes: 1, halfWidth: 0, widenings: 0, recentrings: 0, bandLimited: false, cells: 0, sentenceCells: 0, sentenceHalfWidth: 0, dictionary: 0, realigned: 0 }
	};
}

/** The Gale–Church programme over two lists of lengths: the beads, as [source units, target units]. */
export function galeChurch(source: readonly number[], target: readonly number[], model: LengthModel): [number, number][] {
	const n = source.length;
	const m = target.length;
	const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
	const move = new Int8Array((n + 1) * (m + 1)).fill(-1);
	const prefix = (lengths: readonly number[]) => lengths.reduce((sums, length) => (sums.push((sums[sums.length - 1] ?? 0) + length), sums), [0]);
	const sourceSums = prefix(source);
	const targetSums = prefix(target);
	cost[0] = 0;
	for (let i = 0; i <= n; i++) {
		for (let j = 0; j <= m; j++) {
			if (i === 0 && j === 0) continue;
			shapes.forEach(([a, b, prior], k) => {
				if (i < a || j < b) return;
				const previous = cost[(i - a) * (m + 1) + (j - b)] ?? Infinity;
				if (previous === Infinity) return;
				const lengths = lengthCost((sourceSums[i] ?? 0) - (sourceSums[i - a] ?? 0), (targetSums[j] ?? 0) - (targetSums[j - b] ?? 0), model);
				const total = previous - Math.log(prior) + lengths;
				if (total < (cost[i * (m + 1) + j] ?? Infinity)) {
					cost[i * (m + 1) + j] = total;
					move[i * (m + 1) + j] = k;
				}
			});
		}
	}
	const beads: [number, number][] = [];
	for (let i = n, j = m; i > 0 || j > 0; ) {
		const [a, b] = shapes[move[i * (m + 1) + j] ?? 0] as [number, number, number];
		beads.push([a, b]);
		i -= a;
		j -= b;
	}
	return beads.reverse();
}
