// What to check first in an alignment: the pairs that are not one sentence to one sentence, that
// have an empty side, or that the aligner was unsure of. Document in, list out: the reader's review
// panel, the editor and the importer all list doubtful pairs through this. Reasons are codes with
// their figures; the interface words them in its own language.
import { sentenceCount } from './shape';
import type { AlignedDocument, LanguageTag, Segment } from './types';

/**
 * Pairs the aligner was less sure of than this are listed (the importer writes `confidence`). On the
 * aligner's gold, 0.7 lists about a sixth of the links and nine in ten of the wrong ones
 * (docs/alignment.md).
 */
export const defaultReviewThreshold = 0.7;

/** The kinds of doubt, in the order the interface lists their counts. */
export const reviewKinds = ['untranslated', 'added', 'uneven', 'low-confidence'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** Why a pair is listed. */
export type ReviewReason =
	/** The original has text here and the translation none (n:0): left out, or aligned elsewhere. */
	| { code: 'untranslated'; original: number }
	/** The translation has text here and the original none (0:m): added, or aligned elsewhere. */
	| { code: 'added'; translation: number }
	/** Both sides have text, but not one sentence each (2:1, 1:3…). */
	| { code: 'uneven'; original: number; translation: number }
	/** The aligner's confidence is under the threshold. */
	| { code: 'low-confidence'; confidence: number; threshold: number };

/** One pair to check. */
export interface ReviewItem {
	id: string;
	/** 1-based position in the document, as the reader numbers pairs. */
	number: number;
	/** Sentences on each side, original:translation, e.g. "2:1". */
	shape: string;
	sentences: { original: number; translation: number };
	confidence?: number;
	/** At least one. */
	reasons: ReviewReason[];
}

export interface ReviewList {
	original: LanguageTag;
	translation: LanguageTag;
	threshold: number;
	/** In document order. */
	items: ReviewItem[];
	/** Items with a reason of each kind (an item with two reasons counts in both). */
	counts: Record<ReviewKind, number>;
	/** Pairs in the document. */
	pairs: number;
	/** Pairs a person marked checked: never listed, whatever they look like. */
	checked: number;
}

export interface ReviewOptions {
	/** The translation to compare with the original; the document's first other language by default. */
	translation?: LanguageTag;
	/** Confidence under which a pair is listed; `defaultReviewThreshold` by default. */
	threshold?: number;
}

/** The original and the translation a review compares (throws on a language the document lacks). */
export function reviewLanguages(document: AlignedDocument, translation?: LanguageTag): { original: LanguageTag; translation: LanguageTag } {
	const original = document.original;
	const chosen = translation ?? Object.keys(document.languages).find((tag) => tag !== original);
	if (chosen === undefined || chosen === original || !Object.hasOwn(document.languages, chosen)) {
		throw new RangeError(`"${chosen ?? ''}" is not a translation in document ${document.id}`);
	}
	return { original, translation: chosen };
}

/** Why `segment` should be checked, comparing `original` with `translation`; [] when it need not be. */
export function reviewReasons(segment: Segment, original: LanguageTag, translation: LanguageTag, threshold = defaultReviewThreshold): ReviewReason[] {
	if (segment.checked) return [];
	const a = sentenceCount(segment, original);
	const b = sentenceCount(segment, translation);
	const reasons: ReviewReason[] = [];
	if (a > 0 && b === 0) reasons.push({ code: 'untranslated', original: a });
	else if (a === 0 && b > 0) reasons.push({ code: 'added', translation: b });
	else if (a > 0 && (a !== 1 || b !== 1)) reasons.push({ code: 'uneven', original: a, translation: b });
	// A pair with text on neither side (a third language only) has nothing to compare here.
	if (segment.confidence !== undefined && segment.confidence < threshold && (a > 0 || b > 0)) {
		reasons.push({ code: 'low-confidence', confidence: segment.confidence, threshold });
	}
	return reasons;
}

/** The kind of doubt a reason is. */
export const kindOf = (reason: ReviewReason): ReviewKind => reason.code;

/** The doubtful pairs of `document`, with counts by kind. One pass over the pairs. */
export function reviewDocument(document: AlignedDocument, options: ReviewOptions = {}): ReviewList {
	const { original, translation } = reviewLanguages(document, options.translation);
	const threshold = options.threshold ?? defaultReviewThreshold;
	const counts = Object.fromEntries(reviewKinds.map((kind) => [kind, 0])) as Record<ReviewKind, number>;
	const items: ReviewItem[] = [];
	let number = 0;
	let checked = 0;
	for (const block of document.blocks) {
		for (const segment of block.segments) {
			number++;
			if (segment.checked) {
				checked++;
				continue;
			}
			const reasons = reviewReasons(segment, original, translation, threshold);
			if (reasons.length === 0) continue;
			for (const reason of reasons) counts[kindOf(reason)]++;
			const a = sentenceCount(segment, original);
			const b = sentenceCount(segment, translation);
			items.push({
				id: segment.id,
				number,
				shape: `${a}:${b}`,
				sentences: { original: a, translation: b },
				...(segment.confidence !== undefined ? { confidence: segment.confidence } : {}),
				reasons
			});
		}
	}
	return { original, translation, threshold, items, counts, pairs: number, checked };
}
