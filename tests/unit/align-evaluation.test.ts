// The aligner measured against hand alignments: the seed document (the Kayhan article and its
// translation, aligned by hand) and the gold texts written for these tests. The thresholds sit
// below today's figures (docs/alignment.md) with a margin: they catch a real regression, not a
// change in the last decimal.
import { describe, expect, it } from 'vitest';
import { alignTexts, type AlignOptions } from '../../src/lib/align/align';
import {
	evaluateAlignment,
	scenarioInput,
	sumEvaluations,
	type BreakScenario,
	type GoldText
} from '../../src/lib/align/evaluate';
import { loadGold } from '../align-gold';

const { seed, cases: own } = loadGold();
const languages = { source: 'ar', target: 'en' };

function measure(texts: GoldText[], scenario: BreakScenario, options: AlignOptions = {}) {
	return sumEvaluations(
		texts.map((text) => {
			const input = scenarioInput(text, scenario);
			return evaluateAlignment(text.gold, input, alignTexts(input.source, input.target, languages, options), languages);
		})
	);
}

describe('on the seed document', () => {
	it('finds the hand alignment when the paragraphs are given', () => {
		const result = measure([seed], 'as given');
		expect(result.paragraphs.beads.gold).toBe(23);
		expect(result.sentences.beads.gold).toBe(25);
		expect(result.paragraphs.beads.f1).toBeGreaterThanOrEqual(0.95);
		expect(result.sentences.beads.f1).toBeGreaterThanOrEqual(0.92);
	});

	it.each(['target breaks removed', 'source breaks removed'] as const)('still aligns well with %s', (scenario) => {
		const result = measure([seed], scenario);
		expect(result.paragraphs.beads.gold).toBe(16);
		expect(result.paragraphs.beads.f1).toBeGreaterThanOrEqual(0.9);
		expect(result.sentences.beads.f1).toBeGreaterThanOrEqual(0.75);
		expect(result.sentences.links.f1).toBeGreaterThanOrEqual(0.85);
	});
});

describe('on the gold texts written for these tests', () => {
	it('aligns paragraphs and sentences well when the paragraphs are given', () => {
		const result = measure(own, 'as given');
		expect(result.sentences.beads.gold).toBeGreaterThanOrEqual(80);
		expect(result.paragraphs.beads.f1).toBeGreaterThanOrEqual(0.92);
		expect(result.sentences.beads.f1).toBeGreaterThanOrEqual(0.9);
		expect(result.sentences.links.f1).toBeGreaterThanOrEqual(0.92);
	});

	it.each(['target breaks removed', 'source breaks removed'] as const)('still aligns most of it with %s', (scenario) => {
		const result = measure(own, scenario);
		expect(result.paragraphs.beads.f1).toBeGreaterThanOrEqual(0.75);
		expect(result.sentences.beads.f1).toBeGreaterThanOrEqual(0.8);
		expect(result.sentences.links.f1).toBeGreaterThanOrEqual(0.85);
	});

	it('does better with the cues than on length alone', () => {
		const withCues = measure(own, 'as given');
		const lengthOnly = measure(own, 'as given', { useCues: false });
		expect(withCues.sentences.beads.f1).toBeGreaterThan(lengthOnly.sentences.beads.f1);
		expect(withCues.paragraphs.beads.f1).toBeGreaterThanOrEqual(lengthOnly.paragraphs.beads.f1);
	});
});
