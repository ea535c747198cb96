// The alignment at a glance, as plain data: the original's sentences along one axis, the
// translation's along the other, and one mark per pair covering the sentences it links. A 1:1 pair
// is a unit square on the diagonal path, an n:m pair an n×m box, a 1:0 pair a flat mark along the
// original's axis and a 0:1 pair one along the translation's. The component
// (components/AlignmentMap.svelte) draws it; finding what to draw and what was clicked is here,
// in logarithmic time, so a 10,000-pair map answers a pointer as fast as a short one.
import { reviewLanguages, reviewReasons, defaultReviewThreshold, type ReviewKind, type ReviewOptions } from './review';
import { sentenceCount } from './shape';
import type { AlignedDocument, LanguageTag } from './types';

/** One pair on the map. */
export interface MapMark {
	id: string;
	/** 1-based position in the document (the mark's index is `number - 1`). */
	number: number;
	/** The original's sentences `[x, x + width)` and the translation's `[y, y + height)`, 0-based. */
	x: number;
	width: number;
	y: number;
	height: number;
	confidence?: number;
	checked: boolean;
	/** Why the review list lists it ([] when it does not, and always for a checked pair). */
	doubts: ReviewKind[];
}

export interface AlignmentMap {
	original: LanguageTag;
	translation: LanguageTag;
	threshold: number;
	/** Sentences of the original (the first axis) and of the translation (the second). */
	width: number;
	height: number;
	/** In document order: x, y, x + width and y + height never decrease from one to the next. */
	marks: MapMark[];
}

/** The map of `document`'s original against one translation (see `ReviewOptions`). One pass over the pairs. */
export function toAlignmentMap(document: AlignedDocument, options: ReviewOptions = {}): AlignmentMap {
	const { original, translation } = reviewLanguages(document, options.translation);
	const threshold = options.threshold ?? defaultReviewThreshold;
	const marks: MapMark[] = [];
	let x = 0;
	let y = 0;
	for (const block of document.blocks) {
		for (const segment of block.segments) {
			const width = sentenceCount(segment, original);
			const height = sentenceCount(segment, translation);
			marks.push({
				id: segment.id,
				number: marks.length + 1,
				x,
				width,
				y,
				height,
				...(segment.confidence !== undefined ? { confidence: segment.confidence } : {}),
				checked: segment.checked === true,
				doubts: reviewReasons(segment, original, translation, threshold).map((reason) => reason.code)
			});
			x += width;
			y += height;
		}
	}
	return { original, translation, threshold, width: x, height: y, marks };
}

/** A rectangle of the map, in sentences: `[x0, x1] × [y0, y1]`. */
export interface MapWindow {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** The marks `[start, end)` that touch `window`. Two binary searches: the marks run along the path. */
export function marksIn(map: AlignmentMap, window: MapWindow): [number, number] {
	const { marks } = map;
	// Past the window's start on both axes (true from some index on, as the path only goes forward).
	const start = firstIndex(marks.length, (i) => {
		const m = marks[i]!;
		return m.x + m.width >= window.x0 && m.y + m.height >= window.y0;
	});
	// Beyond the window's end on either axis (likewise).
	const end = firstIndex(marks.length, (i) => {
		const m = marks[i]!;
		return m.x > window.x1 || m.y > window.y1;
	});
	return [start, Math.max(start, end)];
}

/**
 * The index of the mark nearest to the point `(x, y)` (in sentences), or -1 for an empty map. The
 * path is monotone, so the marks are ordered along the diagonal: search there, then look at
 * neighbours only while they could still be nearer.
 */
export function nearestMark(map: AlignmentMap, x: number, y: number): number {
	const { marks } = map;
	if (marks.length === 0) return -1;
	const diagonal = x + y;
	const split = firstIndex(marks.length, (i) => marks[i]!.x + marks[i]!.y >= diagonal);
	let best = -1;
	let bestDistance = Infinity;
	const consider = (i: number) => {
		const d = distance(marks[i]!, x, y);
		if (d < bestDistance) [best, bestDistance] = [i, d];
	};
	// A mark whose whole extent along the diagonal is farther than the best found cannot be nearer.
	for (let i = split; i < marks.length; i++) {
		if ((marks[i]!.x + marks[i]!.y - diagonal) / Math.SQRT2 > bestDistance) break;
		consider(i);
	}
	for (let i = split - 1; i >= 0; i--) {
		const m = marks[i]!;
		if ((diagonal - (m.x + m.width + m.y + m.height)) / Math.SQRT2 > bestDistance) break;
		consider(i);
	}
	return best;
}

/** Euclidean distance from `(x, y)` to the mark's rectangle (0 inside it). */
export function distance(mark: MapMark, x: number, y: number): number {
	const dx = Math.max(mark.x - x, 0, x - (mark.x + mark.width));
	const dy = Math.max(mark.y - y, 0, y - (mark.y + mark.height));
	return Math.hypot(dx, dy);
}

/** The index of the first mark of doubt of `kinds` after (or, with `step` -1, before) mark `from`; -1 when none. */
export function nextDoubt(map: AlignmentMap, from: number, step: 1 | -1, kinds?: ReadonlySet<ReviewKind>): number {
	for (let i = from + step; i >= 0 && i < map.marks.length; i += step) {
		const doubts = map.marks[i]!.doubts;
		if (doubts.length > 0 && (!kinds || doubts.some((kind) => kinds.has(kind)))) return i;
	}
	return -1;
}

// The first i in [0, n) for which `test` holds, given that it holds for every later i too; n if none.
function firstIndex(n: number, test: (i: number) => boolean): number {
	let low = 0;
	let high = n;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (test(mid)) high = mid;
		else low = mid + 1;
	}
	return low;
}
