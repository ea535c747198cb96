// The aligner measured against hand alignments: the seed document (the Kayhan article and its
// translation, aligned by hand) and the gold texts written for these tests. The thresholds sit
// below today's figures (docs/alignment.md) with a margin: they catch a real regression, not a
// change in the last decimal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTexts, type AlignOptions } from '../../src/lib/align/align';
import {
	evaluateAlignment,
	goldFromDocument,
	scenarioInput,
	sumEvaluations,
	type BreakScenario,
	type GoldText
} from '../../src/lib/align/evaluate';
import type { AlignedDocument } from '../../src/lib/document/types';
import { parsePlainText } from '../../src/lib/export/plain-text';

const root = join(import.meta.dirname, '../..');
const seed = goldFromDocument(
	'seed',
	JSON.parse(readFileSync(join(root, 'translations/kayhan-2017-11-19-albukamal.json'), 'utf8')) as AlignedDocument
);
const fixtures = join(root, 'tests/fixtures/align');
const own: GoldText[] = readdirSync(fixtures).map((name) => {
	const read = (file: string) => readFileSync(join(fixtures, name, file), 'utf8');
	const expected = JSON.parse(read('expected.json')) as { blocks: { source: string; target: string }[][] };
	return {
		name,
		gold: expected.blocks.map((block) => block.map(({ source, target }) => ({ source, target }))),
		source: parsePlainText(read('source.txt')).paragraphs,
		target: parsePlainText(read('target.txt')).paragraphs
	};
});
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
