import { describe, expect, it } from 'vitest';
import { lengthCost, logTwoSidedTail, unitLength } from './length-cost';

const model = { ratio: 1.45, variance: 6.8 };

describe('lengthCost', () => {
	it('prefers lengths that follow the expected ratio', () => {
		expect(lengthCost(100, 145, model)).toBeLessThan(lengthCost(100, 100, model));
		expect(lengthCost(100, 145, model)).toBeLessThan(lengthCost(100, 200, model));
		expect(lengthCost(100, 145, model)).toBeCloseTo(0, 6);
	});

	it('forgives the same absolute difference more in longer texts', () => {
		expect(lengthCost(1000, 1450 + 40, model)).toBeLessThan(lengthCost(100, 145 + 40, model));
	});

	it('stays finite for absurd pairs, so costs still compare', () => {
		const cost = lengthCost(5000, 1, model);
		expect(Number.isFinite(cost)).toBe(true);
		expect(cost).toBeGreaterThan(lengthCost(5000, 100, model));
	});

	it('costs nothing for two empty sides', () => {
		expect(lengthCost(0, 0, model)).toBe(0);
	});
});

describe('logTwoSidedTail', () => {
	it('matches the normal distribution', () => {
		expect(Math.exp(logTwoSidedTail(0))).toBeCloseTo(1, 6);
		expect(Math.exp(logTwoSidedTail(1.959964))).toBeCloseTo(0.05, 6);
		expect(Math.exp(logTwoSidedTail(-2.575829))).toBeCloseTo(0.01, 6);
	});

	it('keeps falling far in the tail instead of underflowing', () => {
		expect(logTwoSidedTail(40)).toBeLessThan(logTwoSidedTail(39));
		expect(logTwoSidedTail(40)).toBeGreaterThan(-Infinity);
	});
});

describe('unitLength', () => {
	it('does not count Arabic short-vowel marks', () => {
		expect(unitLength('قريتَيْ')).toBe(unitLength('قريتي'));
		expect(unitLength('abc')).toBe(3);
	});
});
