// The dynamic programme, restricted to a band around the expected path so that time and memory grow
// with the length of the texts, not with its square. The band follows the length diagonal: source
// unit i is expected near the target unit where the same share of the target text has been read.
// That diagonal survives merged or split paragraphs, which shift the unit diagonal but not the
// character one. If the best path touches the edge of the band, the band may have cut a better path
// off, so the band is doubled and the programme run again.
import { beadShapes, widestBead, type BeadCost } from './bead-cost';

/** Half-open range of unit indices `[start, end)`. */
export interface Range {
	start: number;
	end: number;
}

/** A link between source units `source` and target units `target`; one side may be empty. */
export interface Bead {
	source: Range;
	target: Range;
	/** This bead's share of the path cost (lower is likelier). */
	cost: number;
}

export interface BandOptions {
	/** Half-width of the first band, in units (default 32). */
	halfWidth?: number;
	/** Never grow the band beyond this many cells (default 100 million, about 100 MB of memory). */
	maxCells?: number;
	/** Called every few thousand rows with the rows done so far and the total. */
	onProgress?: (done: number, total: number) => void;
	/** Use only the first this many of `beadShapes` (default all; 6 stops at 2:2). */
	shapes?: number;
	/**
	 * Also compute each bead's posterior probability, with path weights exp(-cost / temperature)
	 * (see `posteriors`); the result's `posteriors` holds them.
	 */
	temperature?: number;
	/**
	 * Where the path is expected: for each source boundary i, the target boundaries from
	 * `corridor.from[i]` to `corridor.to[i]` (the band is this widened by `halfWidth`). Default: the
	 * length diagonal.
	 */
	corridor?: Corridor;
}

/** Expected target boundaries for each source boundary (both arrays of length n + 1, non-decreasing). */
export interface Corridor {
	from: Int32Array;
	to: Int32Array;
}

export interface BandedAlignment {
	beads: Bead[];
	/** Total cost of the path. */
	cost: number;
	/** The half-width of the band the path was found in. */
	halfWidth: number;
	/** How many times the band was widened. */
	widenings: number;
	/** How many times the band was moved onto the last path found (since the last widening). */
	recentrings: number;
	/** True when the path still touched the band's edge but the band could not grow (maxCells). */
	bandLimited: boolean;
	/** Cells evaluated in the last run. */
	cells: number;
	/** Each bead's posterior probability, when a temperature was given. */
	posteriors?: Float64Array;
}

/** Aligns `scorer.n` source units with `scorer.m` target units; returns the cheapest bead path. */
export function alignBanded(scorer: BeadCost, options: BandOptions = {}): BandedAlignment {
	const n = scorer.n;
	const m = scorer.m;
	const maxCells = options.maxCells ?? 100_000_000;
	let corridor = options.corridor ?? lengthDiagonal(scorer);
	let halfWidth = Math.max(1, options.halfWidth ?? 32);
	let widenings = 0;
	let recentrings = 0;
	for (;;) {
		const band = makeBand(corridor, n, m, halfWidth);
		const run = fill(scorer, band, options.onProgress, options.shapes ?? beadShapes.length);
		const full = band.lo.every((lo, i) => lo === 0 && band.hi[i] === m);
		const touches = !full && touchesEdge(run.path, band, m);
		// Where the path touched the edge, the better path may lie just beyond it. Centre the band on
		// the path found, which has moved towards it, and try again; a drift that builds up slowly
		// over a long book (an omission here, a note there) is followed this way at the same width.
		// Only if that does not settle is the band made wider.
		const wider = recentrings >= maxRecentrings;
		const nextWidth = wider ? halfWidth * 2 : halfWidth;
		if (!touches || bandSize(corridor, n, m, nextWidth) > maxCells) {
			const result: BandedAlignment = { beads: run.beads, cost: run.cost, halfWidth, widenings, recentrings, bandLimited: touches, cells: band.cells };
			// Paths far from the one found carry no weight worth counting: sum over a narrow band round it.
			if (options.temperature !== undefined) {
				const near = makeBand(pathCorridor(run.path, n), n, m, Math.min(halfWidth, posteriorHalfWidth));
				result.posteriors = posteriors(scorer, near, run.beads, options.temperature);
			}
			return result;
		}
		corridor = pathCorridor(run.path, n);
		if (wider) {
			halfWidth = nextWidth;
			widenings++;
			recentrings = 0;
		} else {
			recentrings++;
		}
	}
}

const maxRecentrings = 3;
const posteriorHalfWidth = 4;
/**
 * A bead whose path weight into a cell is below this share of another's is left out of the sums.
 * Leaving it out moves any posterior by less than its own, far below what a confidence shows.
 */
const negligible = 1e-8;

/** The corridor of a path of beads: for each source boundary, the target boundaries the path visits. */
export function beadCorridor(beads: readonly Bead[], n: number): Corridor {
	const path: number[] = [];
	for (let k = beads.length - 1; k >= 0; k--) path.push(beads[k]?.source.end ?? 0, beads[k]?.target.end ?? 0);
	path.push(0, 0);
	return pathCorridor(path, n);
}

// For each row, the first and last cells of the path in that row; rows the path steps over (inside
// a bead of several source units) take the cell it came from.
function pathCorridor(path: number[], n: number): Corridor {
	const from = new Int32Array(n + 1).fill(-1);
	const to = new Int32Array(n + 1).fill(-1);
	for (let k = path.length - 2; k >= 0; k -= 2) {
		const i = path[k] ?? 0;
		const j = path[k + 1] ?? 0;
		if ((from[i] ?? -1) < 0 || j < (from[i] ?? 0)) from[i] = j;
		if (j > (to[i] ?? -1)) to[i] = j;
	}
	for (let i = 1; i <= n; i++) {
		if ((from[i] ?? -1) < 0) {
			from[i] = to[i - 1] ?? 0;
			to[i] = to[i - 1] ?? 0;
		}
	}
	return { from, to };
}

interface Band {
	lo: Int32Array;
	hi: Int32Array;
	/** Offset of row i's first cell in the flat back-pointer array. */
	rowStart: Float64Array;
	cells: number;
	maxWidth: number;
}

// For each source boundary i, the target boundary at the same share of the text's length.
function lengthDiagonal(scorer: BeadCost): Corridor {
	const n = scorer.n;
	const m = scorer.m;
	const centres = new Int32Array(n + 1);
	const sourceTotal = scorer.sourceOffset(n);
	const targetTotal = scorer.targetOffset(m);
	let j = 0;
	for (let i = 0; i <= n; i++) {
		if (sourceTotal === 0 || targetTotal === 0) {
			centres[i] = n === 0 ? m : Math.round((i * m) / n);
			continue;
		}
		const wanted = (scorer.sourceOffset(i) / sourceTotal) * targetTotal;
		while (j < m && scorer.targetOffset(j + 1) <= wanted) j++;
		// Round to the nearer boundary.
		const next = Math.min(j + 1, m);
		const pick = next !== j && scorer.targetOffset(next) - wanted < wanted - scorer.targetOffset(j) ? next : j;
		centres[i] = pick;
	}
	centres[n] = m;
	return { from: centres, to: centres };
}

function makeBand(corridor: Corridor, n: number, m: number, halfWidth: number): Band {
	const lo = new Int32Array(n + 1);
	const hi = new Int32Array(n + 1);
	for (let i = 0; i <= n; i++) {
		lo[i] = Math.max(0, (corridor.from[i] ?? 0) - halfWidth);
		hi[i] = Math.min(m, (corridor.to[i] ?? 0) + halfWidth);
	}
	lo[0] = 0;
	hi[n] = m;
	// Keep the band connected: each row must start no later than one past the previous row's end
	// (otherwise no bead reaches it), and rows never move backwards.
	for (let i = 1; i <= n; i++) {
		lo[i] = Math.max(lo[i - 1] ?? 0, Math.min(lo[i] ?? 0, (hi[i - 1] ?? 0) + 1));
		hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0, lo[i] ?? 0);
	}
	const rowStart = new Float64Array(n + 2);
	let maxWidth = 0;
	for (let i = 0; i <= n; i++) {
		const width = (hi[i] ?? 0) - (lo[i] ?? 0) + 1;
		rowStart[i + 1] = (rowStart[i] ?? 0) + width;
		if (width > maxWidth) maxWidth = width;
	}
	return { lo, hi, rowStart, cells: rowStart[n + 1] ?? 0, maxWidth };
}

function bandSize(corridor: Corridor, n: number, m: number, halfWidth: number): number {
	if (halfWidth > m) return (n + 1) * (m + 1);
	let cells = 0;
	for (let i = 0; i <= n; i++) cells += Math.min(m, (corridor.to[i] ?? 0) + halfWidth) - Math.max(0, (corridor.from[i] ?? 0) - halfWidth) + 1;
	return cells;
}

interface Run {
	beads: Bead[];
	cost: number;
	/** The path as cells, [i0, j0, i1, j1, …], from (0, 0) to (n, m). */
	path: number[];
}

function fill(scorer: BeadCost, band: Band, onProgress: BandOptions['onProgress'], shapeCount: number): Run {
	const n = scorer.n;
	const m = scorer.m;
	const { lo, hi, rowStart } = band;
	const back = new Uint8Array(band.cells);
	const rowCount = widestBead + 1;
	const width = band.maxWidth;
	// The last rowCount rows of costs, row i at (i % rowCount) * width.
	const rows = new Float64Array(rowCount * width).fill(Infinity);
	const shapeA = Int32Array.from(beadShapes, ([a]) => a);
	const shapeB = Int32Array.from(beadShapes, ([, b]) => b);
	const linkFloor = scorer.linkFloor;
	// For the row a bead of each height starts in (i - a): its band and where it is kept in `rows`.
	const fromLo = new Int32Array(rowCount);
	const fromHi = new Int32Array(rowCount);
	const fromBase = new Int32Array(rowCount);

	for (let i = 0; i <= n; i++) {
		for (let a = 0; a < rowCount; a++) {
			const pi = i - a;
			fromLo[a] = pi >= 0 ? (lo[pi] ?? 0) : 1;
			fromHi[a] = pi >= 0 ? (hi[pi] ?? 0) : 0;
			fromBase[a] = pi >= 0 ? (pi % rowCount) * width - (lo[pi] ?? 0) : 0;
		}
		const rowLo = lo[i] ?? 0;
		const rowHi = hi[i] ?? 0;
		const start = rowStart[i] ?? 0;
		const rowBase = (i % rowCount) * width;
		rows.fill(Infinity, rowBase, rowBase + width);
		for (let j = rowLo; j <= rowHi; j++) {
			let best = i === 0 && j === 0 ? 0 : Infinity;
			let move = 0;
			for (let s = 0; s < shapeCount; s++) {
				const a = shapeA[s] ?? 0;
				const b = shapeB[s] ?? 0;
				const pj = j - b;
				if (pj < (fromLo[a] ?? 0) || pj > (fromHi[a] ?? 0)) continue;
				const previous = rows[(fromBase[a] ?? 0) + pj] ?? Infinity;
				if (previous === Infinity) continue;
				// A link that loses even at the least it can cost is not costed at all; the cues only
				// ever add to a bead's cost, so when the rest of it already loses, they are skipped.
				if (a > 0 && b > 0 && previous + (linkFloor[s] ?? 0) >= best) continue;
				const pi = i - a;
				let total = previous + scorer.baseCost(s, pi, a, pj, b);
				if (total >= best) continue;
				if (a > 0 && b > 0) total += scorer.cueCost(pi, a, pj, b);
				if (total < best) {
					best = total;
					move = s + 1;
				}
			}
			rows[rowBase + j - rowLo] = best;
			back[start + j - rowLo] = move;
		}
		if (onProgress && (i & 4095) === 4095) onProgress(i, n);
	}
	onProgress?.(n, n);

	// Walk back from (n, m).
	const beads: Bead[] = [];
	const path: number[] = [n, m];
	let i = n;
	let j = m;
	while (i > 0 || j > 0) {
		const move = back[(rowStart[i] ?? 0) + j - (lo[i] ?? 0)] ?? 0;
		if (move === 0) throw new Error(`alignment path broken at (${i}, ${j})`);
		const a = shapeA[move - 1] ?? 0;
		const b = shapeB[move - 1] ?? 0;
		beads.push({ source: { start: i - a, end: i }, target: { start: j - b, end: j }, cost: scorer.cost(move - 1, i - a, a, j - b, b) });
		i -= a;
		j -= b;
		path.push(i, j);
	}
	beads.reverse();
	const cost = beads.reduce((sum, bead) => sum + bead.cost, 0);
	return { beads, cost, path };
}

/**
 * The posterior probability of each bead of `beads` (a path through `band`): the share of all
 * paths through the band, each weighted by exp(-cost / temperature), that use that bead. Computed
 * by summing over paths forwards and backwards (the forward-backward algorithm). The sums are kept
 * as numbers scaled per row (each row's largest made 1, its scale kept as a logarithm), so a long
 * text neither overflows nor needs a logarithm per term.
 */
function posteriors(scorer: BeadCost, band: Band, beads: readonly Bead[], temperature: number): Float64Array {
	const n = scorer.n;
	const { lo, hi, rowStart, cells } = band;
	const shapeCount = beadShapes.length;
	const shapeA = Int32Array.from(beadShapes, ([a]) => a);
	const shapeB = Int32Array.from(beadShapes, ([, b]) => b);
	const forward = new Float64Array(cells);
	const backward = new Float64Array(cells);
	const forwardScale = new Float64Array(n + 1); // log of row i's scale
	const backwardScale = new Float64Array(n + 1);
	// exp(-cost / temperature) of the bead of each shape that ends in each cell (0 where none). Single
	// precision halves the memory; a bead too unlikely for it (below 1e-38) counts as none.
	const weight = new Float32Array(cells * shapeCount);
	const cell = (i: number, j: number) => (rowStart[i] ?? 0) + j - (lo[i] ?? 0);
	const factor = new Float64Array(widestBead + 1);
	// For the rows a bead of each height reaches (i - a going forwards, i + a going backwards): their
	// band, and the offset that turns a column into a cell index (an empty band where there is no
	// such row).
	const otherLo = new Int32Array(widestBead + 1);
	const otherHi = new Int32Array(widestBead + 1);
	const otherBase = new Float64Array(widestBead + 1);
	const rows = (i: number, direction: number) => {
		for (let a = 0; a <= widestBead; a++) {
			const r = i + direction * a;
			const inside = r >= 0 && r <= n;
			otherLo[a] = inside ? (lo[r] ?? 0) : 1;
			otherHi[a] = inside ? (hi[r] ?? 0) : 0;
			otherBase[a] = inside ? (rowStart[r] ?? 0) - (lo[r] ?? 0) : 0;
		}
	};

	for (let i = 0; i <= n; i++) {
		// Earlier rows' values relative to this row's provisional scale (the previous row's).
		const provisional = i > 0 ? (forwardScale[i - 1] ?? 0) : 0;
		for (let a = 1; a <= widestBead; a++) factor[a] = i - a >= 0 ? Math.exp((forwardScale[i - a] ?? 0) - provisional) : 0;
		rows(i, -1);
		const rowLo = lo[i] ?? 0;
		const rowHi = hi[i] ?? 0;
		const rowBase = (rowStart[i] ?? 0) - rowLo;
		let largest = 0;
		for (let j = rowLo; j <= rowHi; j++) {
			const here = rowBase + j;
			let sum = i === 0 && j === 0 ? 1 : 0;
			let largestTerm = 0;
			for (let s = 0; s < shapeCount; s++) {
				const a = shapeA[s] ?? 0;
				const b = shapeB[s] ?? 0;
				const pj = j - b;
				if (pj < (otherLo[a] ?? 0) || pj > (otherHi[a] ?? 0)) continue;
				// A bead of no source units stays in this row, whose values are still unscaled.
				const reach = (forward[(otherBase[a] ?? 0) + pj] ?? 0) * (a === 0 ? 1 : (factor[a] ?? 0));
				if (reach === 0) continue;
				const base = scorer.baseCost(s, i - a, a, pj, b);
				// Cues only add to a link's cost, so a bead whose length alone makes it negligible
				// beside a term already summed here is left out (weight 0) without reading its cues.
				const lengthWeight = Math.exp(-base / temperature);
				if (reach * lengthWeight < largestTerm * negligible) continue;
				const cues = a > 0 && b > 0 ? scorer.cueCost(i - a, a, pj, b) : 0;
				const w = cues === 0 ? lengthWeight : lengthWeight * Math.exp(-cues / temperature);
				weight[here * shapeCount + s] = w;
				const term = reach * w;
				sum += term;
				if (term > largestTerm) largestTerm = term;
			}
			forward[here] = sum;
			if (sum > largest) largest = sum;
		}
		if (largest > 0) for (let k = rowBase + rowLo; k <= rowBase + rowHi; k++) forward[k] = (forward[k] ?? 0) / largest;
		forwardScale[i] = provisional + (largest > 0 ? Math.log(largest) : 0);
	}
	for (let i = n; i >= 0; i--) {
		const provisional = i < n ? (backwardScale[i + 1] ?? 0) : 0;
		for (let a = 1; a <= widestBead; a++) factor[a] = i + a <= n ? Math.exp((backwardScale[i + a] ?? 0) - provisional) : 0;
		rows(i, 1);
		const rowLo = lo[i] ?? 0;
		const rowHi = hi[i] ?? 0;
		const rowBase = (rowStart[i] ?? 0) - rowLo;
		let largest = 0;
		for (let j = rowHi; j >= rowLo; j--) {
			const here = rowBase + j;
			let sum = i === n && j === (hi[n] ?? 0) ? 1 : 0;
			for (let s = 0; s < shapeCount; s++) {
				const a = shapeA[s] ?? 0;
				const nj = j + (shapeB[s] ?? 0);
				if (nj < (otherLo[a] ?? 0) || nj > (otherHi[a] ?? 0)) continue;
				const next = (otherBase[a] ?? 0) + nj;
				const w = weight[next * shapeCount + s] ?? 0;
				if (w === 0) continue;
				sum += w * (backward[next] ?? 0) * (a === 0 ? 1 : (factor[a] ?? 0));
			}
			backward[here] = sum;
			if (sum > largest) largest = sum;
		}
		if (largest > 0) for (let k = rowBase + rowLo; k <= rowBase + rowHi; k++) backward[k] = (backward[k] ?? 0) / largest;
		backwardScale[i] = provisional + (largest > 0 ? Math.log(largest) : 0);
	}
	const logTotal = Math.log(forward[cell(n, hi[n] ?? 0)] ?? 0) + (forwardScale[n] ?? 0);
	return Float64Array.from(beads, (bead) => {
		const s = beadShapes.findIndex(([a, b]) => a === bead.source.end - bead.source.start && b === bead.target.end - bead.target.start);
		const end = cell(bead.source.end, bead.target.end);
		const w = weight[end * shapeCount + s] ?? 0;
		const before = forward[cell(bead.source.start, bead.target.start)] ?? 0;
		const after = backward[end] ?? 0;
		if (w === 0 || before === 0 || after === 0) return 0;
		const log = Math.log(before) + (forwardScale[bead.source.start] ?? 0) + Math.log(w) + Math.log(after) + (backwardScale[bead.source.end] ?? 0) - logTotal;
		const p = Math.exp(log);
		return Number.isFinite(p) ? Math.min(1, p) : 0;
	});
}

function touchesEdge(path: number[], band: Band, m: number): boolean {
	for (let k = 0; k < path.length; k += 2) {
		const i = path[k] ?? 0;
		const j = path[k + 1] ?? 0;
		const lo = band.lo[i] ?? 0;
		const hi = band.hi[i] ?? 0;
		if ((j === lo && lo > 0) || (j === hi && hi < m)) return true;
	}
	return false;
}
