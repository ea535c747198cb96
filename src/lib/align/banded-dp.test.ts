import { describe, expect, it } from 'vitest';
import { BeadCost, beadShapes } from './bead-cost';
import { alignBanded } from './banded-dp';
import { unitFeatures, type UnitFeatures } from './features';

// Units of a given length and nothing else (the band is about lengths).
const cache = new Map<string, UnitFeatures>();
const units = (texts: string[], lang: string) =>
	texts.map((text) => {
		const key = `${lang}:${text}`;
		let features = cache.get(key);
		if (!features) cache.set(key, (features = unitFeatures(text, lang)));
		return features;
	});
const scorerFor = (source: string[], target: string[]) => new BeadCost(units(source, 'ar'), units(target, 'en'));

/** Deterministic random numbers (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A pair of unit sequences with a known disturbance: merges, splits, omissions, insertions. */
function disturbedPair(n: number, seed: number, rates = { merge: 0.05, split: 0.05, drop: 0.03, add: 0.03 }) {
	const next = random(seed);
	const source: string[] = [];
	const target: string[] = [];
	for (let i = 0; i < n; i++) {
		const length = 30 + Math.floor(next() * 300);
		source.push('س'.repeat(length));
		const translated = 'e'.repeat(Math.round(length * 1.4 * (0.9 + next() * 0.2)));
		const roll = next();
		if (roll < rates.merge && target.length > 0) target[target.length - 1] += ' ' + translated;
		else if (roll < rates.merge + rates.split) target.push(translated.slice(0, translated.length / 2), translated.slice(translated.length / 2));
		else if (roll < rates.merge + rates.split + rates.drop) continue;
		else if (roll < rates.merge + rates.split + rates.drop + rates.add) target.push('n'.repeat(40 + Math.floor(next() * 200)), translated);
		else target.push(translated);
	}
	return { source, target };
}

describe('alignBanded', () => {
	it('covers both texts with monotone beads, each of an allowed shape', () => {
		const { source, target } = disturbedPair(300, 1);
		const { beads } = alignBanded(scorerFor(source, target));
		let i = 0;
		let j = 0;
		for (const bead of beads) {
			expect([bead.source.start, bead.target.start]).toEqual([i, j]);
			const shape = `${bead.source.end - i}:${bead.target.end - j}`;
			expect(['1:1', '1:0', '0:1', '2:1', '1:2', '2:2', '3:1', '1:3']).toContain(shape);
			i = bead.source.end;
			j = bead.target.end;
		}
		expect([i, j]).toEqual([source.length, target.length]);
	});

	it('finds the same path as the full programme on disturbed texts', () => {
		for (const seed of [2, 3, 4, 5, 6, 7]) {
			const { source, target } = disturbedPair(400, seed);
			const scorer = scorerFor(source, target);
			const banded = alignBanded(scorer, { halfWidth: 8 });
			const full = alignBanded(scorer, { halfWidth: 100_000 });
			expect(banded.cost).toBeCloseTo(full.cost, 6);
			expect(banded.beads.map((b) => [b.source.start, b.target.start])).toEqual(full.beads.map((b) => [b.source.start, b.target.start]));
			expect(banded.cells).toBeLessThan(full.cells / 4);
		}
	});

	it('moves or widens the band when the path runs along its edge', () => {
		// 60 notes added at the start of the target push the path far off the length diagonal.
		const { source, target } = disturbedPair(200, 8, { merge: 0, split: 0, drop: 0, add: 0 });
		const notes = Array.from({ length: 60 }, (_, k) => 'n'.repeat(50 + k));
		const scorer = scorerFor(source, [...notes, ...target]);
		const result = alignBanded(scorer, { halfWidth: 8 });
		expect(result.widenings + result.recentrings).toBeGreaterThan(0);
		expect(result.bandLimited).toBe(false);
		expect(result.cost).toBeCloseTo(alignBanded(scorer, { halfWidth: 100_000 }).cost, 6);
	});

	it('grows linearly: twice the text, about twice the cells', () => {
		const small = disturbedPair(2000, 9);
		const large = disturbedPair(4000, 9);
		const cells = (p: { source: string[]; target: string[] }) => alignBanded(scorerFor(p.source, p.target)).cells;
		expect(cells(large) / cells(small)).toBeLessThan(2.3);
	});

	it('reports a path it could not check when the band may not grow', () => {
		const { source, target } = disturbedPair(100, 10, { merge: 0, split: 0, drop: 0, add: 0 });
		const notes = Array.from({ length: 40 }, () => 'n'.repeat(80));
		const scorer = scorerFor(source, [...notes, ...target]);
		const result = alignBanded(scorer, { halfWidth: 2, maxCells: 800 });
		expect(result.bandLimited).toBe(true);
	});

	it('gives each bead of the path a posterior probability, high where the texts agree', () => {
		const { source, target } = disturbedPair(60, 11, { merge: 0, split: 0, drop: 0, add: 0 });
		const result = alignBanded(scorerFor(source, target), { temperature: 1 });
		expect(result.posteriors).toHaveLength(result.beads.length);
		for (const p of result.posteriors ?? []) {
			expect(p).toBeGreaterThanOrEqual(0);
			expect(p).toBeLessThanOrEqual(1);
		}
		const mean = Array.from(result.posteriors ?? []).reduce((sum, p) => sum + p, 0) / result.beads.length;
		expect(mean).toBeGreaterThan(0.8);
		// A short English unit between two that fit their Arabic units could belong to either: the
		// aligner picks one and says it is unsure.
		const scorer = new BeadCost(units(['س'.repeat(60), 'س'.repeat(60)], 'ar'), units(['e'.repeat(60), 'e'.repeat(10), 'e'.repeat(60)], 'en'), { ratio: 1 });
		const unsure = alignBanded(scorer, { temperature: 1 });
		for (const p of unsure.posteriors ?? []) expect(p).toBeLessThan(0.7);
	});

	it('gives the posteriors that summing over every path by hand gives', () => {
		// Small enough to list every path of beads; words that match in places, so cues count too.
		const next = random(5);
		const word = () => ['Basra', 'Mosul', '1990', '12', 'Erbil', 'Kirkuk'][Math.floor(next() * 6)] ?? '';
		for (let trial = 0; trial < 20; trial++) {
			const n = 2 + Math.floor(next() * 3);
			const m = 2 + Math.floor(next() * 3);
			const source = Array.from({ length: n }, () => `${'س'.repeat(5 + Math.floor(next() * 60))} ${word()}`);
			const target = Array.from({ length: m }, () => `${'e'.repeat(5 + Math.floor(next() * 80))} ${word()}`);
			const scorer = new BeadCost(units(source, 'ar'), units(target, 'en'));
			const result = alignBanded(scorer, { temperature: 1, halfWidth: 8 });
			// Every path from (0, 0) to (n, m), with its weight and its beads.
			const weightOf = new Map<string, number>();
			let total = 0;
			const walk = (i: number, j: number, weight: number, beads: string[]) => {
				if (i === n && j === m) {
					total += weight;
					for (const bead of beads) weightOf.set(bead, (weightOf.get(bead) ?? 0) + weight);
					return;
				}
				beadShapes.forEach(([a, b], shape) => {
					if (i + a > n || j + b > m) return;
					walk(i + a, j + b, weight * Math.exp(-scorer.cost(shape, i, a, j, b)), [...beads, `${i},${a},${j},${b}`]);
				});
			};
			walk(0, 0, 1, []);
			result.beads.forEach((bead, k) => {
				const key = `${bead.source.start},${bead.source.end - bead.source.start},${bead.target.start},${bead.target.end - bead.target.start}`;
				expect(result.posteriors?.[k]).toBeCloseTo((weightOf.get(key) ?? 0) / total, 6);
			});
		}
	});

	it('aligns empty sides', () => {
		expect(alignBanded(scorerFor([], [])).beads).toEqual([]);
		const onlySource = alignBanded(scorerFor(['أ', 'ب'], [])).beads;
		expect(onlySource.map((b) => [b.source.end - b.source.start, b.target.end - b.target.start])).toEqual([
			[1, 0],
			[1, 0]
		]);
	});
});
