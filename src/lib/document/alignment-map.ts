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

/** A stretch of the path: the marks in it, how many are unsure or checked, and the box they fill. */
export interface PathBin {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	marks: number;
	/** Marks whose confidence is under the threshold. */
	low: number;
	checked: number;
}

/**
 * Marks `[start, end)` grouped into stretches about `step` sentences long (measured along the
 * diagonal, x + y): how the map draws more segments than it has pixels, each stretch coloured by
 * the share of its segments that are unsure or checked rather than by the worst one.
 */
export function binPath(map: AlignmentMap, start: number, end: number, step: number): PathBin[] {
	const bins: PathBin[] = [];
	let bin: PathBin | undefined;
	let key = -1;
	for (let i = start; i < end; i++) {
		const m = map.marks[i]!;
		const k = Math.floor((m.x + m.y) / step);
		if (!bin || k !== key) {
			bin = { x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height, marks: 0, low: 0, checked: 0 };
			bins.push(bin);
			key = k;
		}
		bin.x1 = m.x + m.width;
		bin.y1 = m.y + m.height;
		bin.marks++;
		if (m.checked) bin.checked++;
		else if (m.doubts.includes('low-confidence')) bin.low++;
	}
	return bins;
}

/** Sentences `[from, to)` of one axis, of which `empty` are in segments with nothing on the other side. */
export interface EdgeBin {
	from: number;
	to: number;
	empty: number;
}

/**
 * The sentences of one axis without a counterpart (1:0 on the original's, 0:1 on the
 * translation's) among marks `[start, end)`, counted in stretches of `step` sentences; only
 * stretches that have some.
 */
export function binEdge(map: AlignmentMap, start: number, end: number, axis: 'original' | 'translation', step: number): EdgeBin[] {
	const bins = new Map<number, EdgeBin>();
	for (let i = start; i < end; i++) {
		const m = map.marks[i]!;
		const [at, size, other] = axis === 'original' ? [m.x, m.width, m.height] : [m.y, m.height, m.width];
		if (size === 0 || other > 0) continue;
		for (let s = at; s < at + size; s++) {
			const k = Math.floor(s / step);
			let bin = bins.get(k);
			if (!bin) {
				bin = { from: k * step, to: (k + 1) * step, empty: 0 };
				bins.set(k, bin);
			}
			bin.empty++;
		}
	}
	return [...bins.values()];
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
