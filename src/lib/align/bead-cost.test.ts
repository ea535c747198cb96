import { describe, expect, it } from 'vitest';
import { BeadCost, beadShapes } from './bead-cost';

const shape = (a: number, b: number) => beadShapes.findIndex(([x, y]) => x === a && y === b);
const languages = { source: 'ar', target: 'en' };
const arabic = (length: number) => 'ب'.repeat(length);
const english = (length: number) => 'e'.repeat(length);

describe('BeadCost', () => {
	it('measures the ratio on the texts unless told', () => {
		expect(new BeadCost([arabic(100)], [english(150)], languages).model.ratio).toBe(1.5);
		expect(new BeadCost([arabic(100)], [english(150)], languages, { ratio: 2 }).model.ratio).toBe(2);
	});

	it('charges a bead for numbers found on one side only', () => {
		const cost = new BeadCost([`${arabic(60)} ١٩٩٨`, `${arabic(60)} ١٩٩٩`], [`${english(60)} 1998`, `${english(60)} 1999`], languages, { ratio: 1 });
		const matching = cost.cost(shape(1, 1), 0, 1, 0, 1);
		const crossed = cost.cost(shape(1, 1), 0, 1, 1, 1);
		expect(crossed - matching).toBeCloseTo(2 * 1.5, 6); // two unmatched numbers at the default weight
		// A 2:2 bead holds both numbers on both sides, so the cues add nothing to its cost.
		const lengthOnly = new BeadCost([`${arabic(60)} ١٩٩٨`, `${arabic(60)} ١٩٩٩`], [`${english(60)} 1998`, `${english(60)} 1999`], languages, { ratio: 1, useCues: false });
		expect(cost.cost(shape(2, 2), 0, 2, 0, 2)).toBeCloseTo(lengthOnly.cost(shape(2, 2), 0, 2, 0, 2), 9);
	});

	it('charges a bead whose Arabic has a Latin word its English lacks', () => {
		const cost = new BeadCost([`صفحة على Instagram ${arabic(40)}`], [`a page on Instagram ${english(40)}`, `a page on Facebook ${english(40)}`], languages, { ratio: 1 });
		expect(cost.cost(shape(1, 1), 0, 1, 1, 1)).toBeGreaterThan(cost.cost(shape(1, 1), 0, 1, 0, 1) + 1);
	});

	it('charges a bead for a question mark on one side only', () => {
		const cost = new BeadCost([`${arabic(40)}؟`], [`${english(40)}?`, `${english(40)}.`], languages, { ratio: 1 });
		expect(cost.cost(shape(1, 1), 0, 1, 1, 1)).toBeGreaterThan(cost.cost(shape(1, 1), 0, 1, 0, 1));
	});

	it('ignores cues when asked to align on length alone', () => {
		const cost = new BeadCost([`${arabic(60)} ١٩٩٨`], [`${english(60)} 2024`], languages, { ratio: 1, useCues: false });
		const plain = new BeadCost([`${arabic(60)} ١٩٩٨`], [`${english(60)} 1998`], languages, { ratio: 1, useCues: false });
		expect(cost.cost(shape(1, 1), 0, 1, 0, 1)).toBe(plain.cost(shape(1, 1), 0, 1, 0, 1));
	});

	it('forbids a two-unit bead across a paragraph break', () => {
		const breaks = { source: Uint8Array.from([0, 1, 0]) };
		const cost = new BeadCost([arabic(30), arabic(30)], [english(60)], languages, { ratio: 1 }, breaks);
		expect(cost.cost(shape(2, 1), 0, 2, 0, 1)).toBe(Infinity);
		expect(Number.isFinite(cost.cost(shape(1, 1), 1, 1, 0, 1))).toBe(true);
	});

	it('prices a skipped unit at its prior plus a fixed cost, whatever its length', () => {
		const cost = new BeadCost([arabic(20), arabic(2000)], [english(20)], languages, { ratio: 1 });
		expect(cost.cost(shape(1, 0), 0, 1, 0, 0)).toBeCloseTo(cost.cost(shape(1, 0), 1, 1, 0, 0), 9);
		const gale = new BeadCost([arabic(20), arabic(2000)], [english(20)], languages, { ratio: 1, skipCost: -1 });
		expect(gale.cost(shape(1, 0), 1, 1, 0, 0)).toBeGreaterThan(gale.cost(shape(1, 0), 0, 1, 0, 0) + 100);
	});
});
