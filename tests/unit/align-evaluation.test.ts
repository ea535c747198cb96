// The aligner measured against hand alignments: the seed document (the Kayhan article and its
// translation, aligned by hand) and the gold texts written for these tests, with their paragraph
// breaks as given and with every third break removed on one side. Per-case figures are held by
// align-golden.test.ts; these are the totals, with a margin below today's figures
// (docs/alignment.md), and the comparisons that justify the cues: against length alone, and
// against a plain Gale–Church aligner on every case.
import { describe, expect, it } from 'vitest';
import { alignTexts, type AlignOptions } from '../../src/lib/align/align';
import { evaluateAlignment, scenarioInput, sumEvaluations, type BreakScenario, type GoldText } from '../../src/lib/align/evaluate';
import { alignGaleChurch } from '../../src/lib/align/gale-church';
import { loadGold } from '../align-gold';

const { seed, cases: own } = loadGold();
const languages = { source: 'ar', target: 'en' };

function evaluate(text: GoldText, scenario: BreakScenario, options: AlignOptions | 'gale-church' = {}) {
	const input = scenarioInput(text, scenario);
	const alignment = options === 'gale-church' ? alignGaleChurch(input.source, input.target, languages) : alignTexts(input.source, input.target, languages, options);
	return evaluateAlignment(text.gold, input, alignment, languages);
}

const measure = (texts: GoldText[], scenario: BreakScenario, options: AlignOptions | 'gale-church' = {}) => sumEvaluations(texts.map((text) => evaluate(text, scenario, options)));

describe('on the seed document', () => {
	it('finds the hand alignment when the paragraphs are given', () => {
		const result = measure([seed], 'as given');
		expect(result.sentences.beads.gold).toBe(25);
		expect(result.paragraphs.beads.f1).toBe(1);
		expect(result.sentences.nullLinks.f1).toBe(1);
	});

	it.each(['target breaks removed', 'source breaks removed'] as const)('still aligns well with %s', (scenario) => {
		const result = measure([seed], scenario);
		expect(result.paragraphs.beads.f1).toBeGreaterThanOrEqual(0.95);
		expect(result.sentences.nullLinks.f1).toBeGreaterThanOrEqual(0.9);
	});
});

describe('on the gold texts written for these tests', () => {
	it('aligns sentences and keeps the traps when the paragraphs are given', () => {
		const result = measure(own, 'as given');
		expect(result.sentences.beads.gold).toBeGreaterThanOrEqual(490);
		expect(result.sentences.nullLinks.f1).toBeGreaterThanOrEqual(0.97);
		expect(result.traps.right / result.traps.total).toBeGreaterThanOrEqual(0.8);
	});

	it.each(['target breaks removed', 'source breaks removed'] as const)('still aligns most of it with %s', (scenario) => {
		const result = measure(own, scenario);
		expect(result.sentences.nullLinks.f1).toBeGreaterThanOrEqual(0.94);
		expect(result.traps.right / result.traps.total).toBeGreaterThanOrEqual(0.7);
	});

	it('does better with the cues than on length alone', () => {
		const withCues = measure(own, 'as given');
		const lengthOnly = measure(own, 'as given', { useCues: false });
		expect(withCues.sentences.nullLinks.f1).toBeGreaterThan(lengthOnly.sentences.nullLinks.f1);
		expect(withCues.traps.right).toBeGreaterThan(lengthOnly.traps.right);
	});

	it('does at least as well as a plain Gale–Church aligner on every case, and better on the hard ones', () => {
		let better = 0;
		for (const text of own) {
			const ours = evaluate(text, 'as given');
			const baseline = evaluate(text, 'as given', 'gale-church');
			expect(ours.sentences.nullLinks.f1, text.name).toBeGreaterThanOrEqual(baseline.sentences.nullLinks.f1);
			expect(ours.traps.right, text.name).toBeGreaterThanOrEqual(baseline.traps.right);
			if (ours.sentences.nullLinks.f1 > baseline.sentences.nullLinks.f1) better++;
		}
		expect(better).toBeGreaterThanOrEqual(9);
	});
});
