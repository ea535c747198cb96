// The dynamic programme, restricted to a band around the expected path so that time and memory grow
// with the length of the texts, not with its square. The band follows the length diagonal: source
// unit i is expected near the target unit where the same share of the target text has been read.
// That diagonal survives merged or split paragraphs, which shift the unit diagonal but not the
// character one. If the best path touches the edge of the band, the band may have cut a better path
// off, so the band is doubled and the programme run again.
import { beadShapes, type BeadCost } from './bead-cost';

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
}

/** Aligns `scorer.n` source units with `scorer.m` target units; returns the cheapest bead path. */
export function alignBanded(scorer: BeadCost, options: BandOptions = {}): BandedAlignment {
	const n = scorer.n;
	const m = scorer.m;
	const maxCells = options.maxCells ?? 100_000_000;
	let centres = lengthDiagonal(scorer);
	let halfWidth = Math.max(1, options.halfWidth ?? 32);
	let widenings = 0;
	let recentrings = 0;
	for (;;) {
		const band = makeBand(centres, n, m, halfWidth);
		const run = fill(scorer, band, options.onProgress);
		const full = band.lo.every((lo, i) => lo === 0 && band.hi[i] === m);
		const touches = !full && touchesEdge(run.path, band, m);
		// Where the path touched the edge, the better path may lie just beyond it. Centre the band on
		// the path found, which has moved towards it, and try again; a drift that builds up slowly
		// over a long book (an omission here, a note there) is followed this way at the same width.
		// Only if that does not settle is the band made wider.
		const wider = recentrings >= maxRecentrings;
		const nextWidth = wider ? halfWidth * 2 : halfWidth;
		if (!touches || makeBandSize(centres, n, m, nextWidth) > maxCells) {
			return { beads: run.beads, cost: run.cost, halfWidth, widenings, recentrings, bandLimited: touches, cells: band.cells };
		}
		centres = pathCentres(run.path, n);
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

// For each row, the middle of the path's cells in that row; rows the path steps over (inside a
// two-unit bead) take the cell it came from.
function pathCentres(path: number[], n: number): Int32Array {
	const centres = new Int32Array(n + 1).fill(-1);
	for (let k = path.length - 2; k >= 0; k -= 2) {
		const i = path[k] ?? 0;
		const j = path[k + 1] ?? 0;
		const c = centres[i] ?? -1;
		centres[i] = c < 0 ? j : Math.round((c + j) / 2);
	}
	for (let i = 1; i <= n; i++) if ((centres[i] ?? -1) < 0) centres[i] = centres[i - 1] ?? 0;
	return centres;
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
function lengthDiagonal(scorer: BeadCost): Int32Array {
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
	return centres;
}

function makeBand(centres: Int32Array, n: number, m: number, halfWidth: number): Band {
	const lo = new Int32Array(n + 1);
	const hi = new Int32Array(n + 1);
	for (let i = 0; i <= n; i++) {
		const c = centres[i] ?? 0;
		lo[i] = Math.max(0, c - halfWidth);
		hi[i] = Math.min(m, c + halfWidth);
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

function makeBandSize(centres: Int32Array, n: number, m: number, halfWidth: number): number {
	if (halfWidth > m) return (n + 1) * (m + 1);
	let cells = 0;
	for (let i = 0; i <= n; i++) {
		const c = centres[i] ?? 0;
		cells += Math.min(m, c + halfWidth) - Math.max(0, c - halfWidth) + 1;
	}
	return cells;
}

interface Run {
	beads: Bead[];
	cost: number;
	/** The path as cells, [i0, j0, i1, j1, …], from (0, 0) to (n, m). */
	path: number[];
}

function fill(scorer: BeadCost, band: Band, onProgress: BandOptions['onProgress']): Run {
	const n = scorer.n;
	const m = scorer.m;
	const { lo, hi, rowStart } = band;
	const back = new Uint8Array(band.cells);
	const rows = [0, 1, 2].map(() => new Float64Array(band.maxWidth).fill(Infinity));
	const shapeCount = beadShapes.length;
	const shapeA = Int32Array.from(beadShapes, ([a]) => a);
	const shapeB = Int32Array.from(beadShapes, ([, b]) => b);

	for (let i = 0; i <= n; i++) {
		const row = rows[i % 3] as Float64Array;
		const rowLo = lo[i] ?? 0;
		const rowHi = hi[i] ?? 0;
		const start = rowStart[i] ?? 0;
		row.fill(Infinity);
		for (let j = rowLo; j <= rowHi; j++) {
			let best = i === 0 && j === 0 ? 0 : Infinity;
			let move = 0;
			for (let s = 0; s < shapeCount; s++) {
				const a = shapeA[s] ?? 0;
				const b = shapeB[s] ?? 0;
				const pi = i - a;
				const pj = j - b;
				if (pi < 0 || pj < 0) continue;
				const prevLo = lo[pi] ?? 0;
				if (pj < prevLo || pj > (hi[pi] ?? 0)) continue;
				const previous = (rows[pi % 3] as Float64Array)[pj - prevLo] ?? Infinity;
				if (previous === Infinity) continue;
				const total = previous + scorer.cost(s, pi, a, pj, b);
				if (total < best) {
					best = total;
					move = s + 1;
				}
			}
			row[j - rowLo] = best;
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
