import { describe, expect, it } from 'vitest';
import { BeadCost, beadShapes } from './bead-cost';
import { unitFeatures } from './features';

const shape = (a: number, b: number) => beadShapes.findIndex(([x, y]) => x === a && y === b);
const arabic = (length: number, extra = '') => unitFeatures(`${'ب'.repeat(length)}${extra}`, 'ar');
const english = (length: number, extra = '') => unitFeatures(`${'e'.repeat(length)}${extra}`, 'en');

describe('BeadCost', () => {
	it('measures the ratio on the texts unless told', () => {
		expect(new BeadCost([arabic(100)], [english(150)]).model.ratio).toBe(1.5);
		expect(new BeadCost([arabic(100)], [english(150)], { ratio: 2 }).model.ratio).toBe(2);
	});

	it('charges a linked bead for numbers found on one side only', () => {
		const cost = new BeadCost([arabic(60, ' ١٩٩٨'), arabic(60, ' ١٩٩٩')], [english(60, ' 1998'), english(60, ' 1999')], { ratio: 1 });
		const matching = cost.cost(shape(1, 1), 0, 1, 0, 1);
		const crossed = cost.cost(shape(1, 1), 0, 1, 1, 1);
		expect(crossed - matching).toBeCloseTo(2 * 1.5, 6); // two unmatched numbers at the default weight
		// A 2:2 bead holds both numbers on both sides, so the cues add nothing to its cost.
		expect(cost.cueCost(0, 2, 0, 2)).toBe(0);
	});

	it('reads numbers written as words, weekdays and months as the same keys in both languages', () => {
		const cost = new BeadCost(
			[unitFeatures('انتظروا ثلاث ساعات يوم الأربعاء في آذار.', 'ar'), unitFeatures('وعادوا في السادسة.', 'ar')],
			[unitFeatures('They waited three hours on Wednesday in March.', 'en'), unitFeatures('They came back at six.', 'en')],
			{ ratio: 1 }
		);
		expect(cost.cueCost(0, 1, 0, 1)).toBe(0);
		expect(cost.cueCost(0, 1, 1, 1)).toBeGreaterThan(3);
	});

	it('matches a name across scripts by its consonants', () => {
		const cost = new BeadCost(
			[unitFeatures('قال حميد سليماني إنّ المطر توقّف.', 'ar')],
			[unitFeatures('Hamid Soleimani said the rain had stopped.', 'en'), unitFeatures('Farmers said the rain had stopped.', 'en')],
			{ ratio: 1 }
		);
		expect(cost.cueCost(0, 1, 0, 1)).toBe(0);
		expect(cost.cueCost(0, 1, 1, 1)).toBeGreaterThan(0);
	});

	it('charges a bead whose Arabic has a Latin word its English lacks', () => {
		const cost = new BeadCost([unitFeatures(`صفحة على Instagram ${'ب'.repeat(40)}`, 'ar')], [english(40, ' a page on Instagram'), english(40, ' a page on Facebook')], { ratio: 1 });
		expect(cost.cost(shape(1, 1), 0, 1, 1, 1)).toBeGreaterThan(cost.cost(shape(1, 1), 0, 1, 0, 1) + 1);
	});

	it('charges a bead for a question mark on one side only', () => {
		const cost = new BeadCost([arabic(40, '؟')], [english(40, '?'), english(40, '.')], { ratio: 1 });
		expect(cost.cost(shape(1, 1), 0, 1, 1, 1)).toBeGreaterThan(cost.cost(shape(1, 1), 0, 1, 0, 1));
	});

	it('ignores cues when asked to align on length alone', () => {
		const cost = new BeadCost([arabic(60, ' ١٩٩٨')], [english(60, ' 2024')], { ratio: 1, useCues: false });
		const plain = new BeadCost([arabic(60, ' ١٩٩٨')], [english(60, ' 1998')], { ratio: 1, useCues: false });
		expect(cost.cost(shape(1, 1), 0, 1, 0, 1)).toBe(plain.cost(shape(1, 1), 0, 1, 0, 1));
	});

	it('charges a bead that runs across a paragraph break, and one that ends where only one side breaks', () => {
		const breaks = { source: Uint8Array.from([0, 1, 0]) };
		const cost = new BeadCost([arabic(30), arabic(30)], [english(60)], { ratio: 1 }, breaks);
		const across = cost.baseCost(shape(2, 1), 0, 2, 0, 1);
		const free = new BeadCost([arabic(30), arabic(30)], [english(60)], { ratio: 1 });
		expect(across - free.baseCost(shape(2, 1), 0, 2, 0, 1)).toBeCloseTo(2, 9);
		// 1:1 ending at the Arabic break while the English paragraph goes on: one uneven break.
		const uneven = new BeadCost([arabic(30), arabic(30)], [english(30), english(30)], { ratio: 1 }, breaks);
		const even = new BeadCost([arabic(30), arabic(30)], [english(30), english(30)], { ratio: 1 }, { ...breaks, target: Uint8Array.from([0, 1, 0]) });
		expect(uneven.baseCost(shape(1, 1), 0, 1, 0, 1) - even.baseCost(shape(1, 1), 0, 1, 0, 1)).toBeCloseTo(1, 9);
		expect(new BeadCost([arabic(30), arabic(30)], [english(60)], { ratio: 1, breakCost: Infinity }, breaks).cost(shape(2, 1), 0, 2, 0, 1)).toBe(Infinity);
	});

	it('prices a skipped unit at its prior plus a fixed cost, whatever its length', () => {
		const cost = new BeadCost([arabic(20), arabic(2000)], [english(20)], { ratio: 1 });
		expect(cost.cost(shape(1, 0), 0, 1, 0, 0)).toBeCloseTo(cost.cost(shape(1, 0), 1, 1, 0, 0), 9);
		const gale = new BeadCost([arabic(20), arabic(2000)], [english(20)], { ratio: 1, skipCost: -1 });
		expect(gale.cost(shape(1, 0), 1, 1, 0, 0)).toBeGreaterThan(gale.cost(shape(1, 0), 0, 1, 0, 0) + 100);
	});

	it('makes a lone unit in brackets cheaper to leave unlinked: a translator’s note', () => {
		const note = new BeadCost([arabic(40)], [english(40), unitFeatures('(A khabiya is a clay jar.)', 'en')], { ratio: 1 });
		const plain = new BeadCost([arabic(40)], [english(40), unitFeatures('A khabiya is a clay jar.', 'en')], { ratio: 1 });
		expect(plain.cost(shape(0, 1), 0, 0, 1, 1) - note.cost(shape(0, 1), 0, 0, 1, 1)).toBeGreaterThan(1);
	});
});
