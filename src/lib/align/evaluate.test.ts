import { describe, expect, it } from 'vitest';
import { alignTexts } from './align';
import { evaluateAlignment, removeBreaks, scoreBeads, scoreLinks, scores, type SpanBead } from './evaluate';

describe('scores', () => {
	it('computes precision, recall and F1 from counts', () => {
		expect(scores(3, 4, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6, correct: 3, predicted: 4, gold: 6 });
		expect(scores(0, 0, 0).f1).toBe(1);
		expect(scores(0, 0, 5).recall).toBe(0);
	});
});

describe('scoreBeads and scoreLinks', () => {
	// Source units start at 0, 10, 20; target units at 0, 15, 30.
	const units = { source: [0, 10, 20], target: [0, 15, 30] };
	const gold: SpanBead[] = [
		{ source: [0, 9], target: [0, 29] }, // 1:2
		{ source: [10, 29], target: [30, 40] } // 2:1
	];

	it('counts a bead only when it covers exactly the gold text on both sides', () => {
		const predicted: SpanBead[] = [
			{ source: [0, 9], target: [0, 14] },
			{ source: [10, 19], target: [15, 29] },
			{ source: [20, 29], target: [30, 40] }
		];
		expect(scoreBeads(gold, predicted)).toMatchObject({ correct: 0, predicted: 3, gold: 2 });
		expect(scoreBeads(gold, gold)).toMatchObject({ precision: 1, recall: 1 });
	});

	it('gives partial credit through the unit pairs a bead joins', () => {
		const predicted: SpanBead[] = [
			{ source: [0, 9], target: [0, 14] }, // 0-0: right
			{ source: [10, 19], target: [15, 29] }, // 1-1: wrong
			{ source: [20, 29], target: [30, 40] } // 2-2: right
		];
		// Gold pairs: 0-0, 0-1, 1-2, 2-2.
		expect(scoreLinks(gold, predicted, units)).toMatchObject({ correct: 2, predicted: 3, gold: 4 });
	});

	it('gives 1:0 and 0:1 beads no links but counts them as beads', () => {
		const withSkip: SpanBead[] = [...gold, { source: null, target: [41, 50] }];
		expect(scoreLinks(withSkip, withSkip, { ...units, target: [...units.target, 41] })).toMatchObject({ gold: 4 });
		expect(scoreBeads(withSkip, withSkip)).toMatchObject({ correct: 3, gold: 3 });
	});
});

describe('removeBreaks', () => {
	it('joins a paragraph to the next with a space', () => {
		expect(removeBreaks(['a', 'b', 'c', 'd'], new Set([0, 2]))).toEqual(['a b', 'c d']);
		expect(removeBreaks(['a', 'b', 'c'], new Set([0, 1]))).toEqual(['a b c']);
	});
});

describe('evaluateAlignment', () => {
	const gold = [
		[{ source: 'جملة أولى طويلة بعض الشيء.', target: 'A first sentence, somewhat long.' }],
		[
			{ source: 'جملة ثانية.', target: 'A second sentence.' },
			{ source: 'جملة ثالثة أطول من الثانية بكثير.', target: 'A third sentence, much longer than the second.' }
		]
	];
	const source = ['جملة أولى طويلة بعض الشيء.', 'جملة ثانية. جملة ثالثة أطول من الثانية بكثير.'];
	const target = ['A first sentence, somewhat long.', 'A second sentence. A third sentence, much longer than the second.'];
	const languages = { source: 'ar', target: 'en' };

	it('scores a perfect alignment as perfect', () => {
		const result = evaluateAlignment(gold, { source, target }, alignTexts(source, target, languages), languages);
		expect(result.paragraphs.beads).toMatchObject({ precision: 1, recall: 1, gold: 2 });
		expect(result.sentences.beads).toMatchObject({ precision: 1, recall: 1, gold: 3 });
	});

	it('derives the gold paragraph links when breaks were removed on one side', () => {
		const merged = removeBreaks(target, new Set([0]));
		const result = evaluateAlignment(gold, { source, target: merged }, alignTexts(source, merged, languages), languages);
		expect(result.paragraphs.beads.gold).toBe(1); // both Arabic paragraphs to the one English paragraph
		expect(result.paragraphs.links.gold).toBe(2);
		expect(result.sentences.beads.gold).toBe(3);
	});

	it('refuses gold that does not describe the input', () => {
		expect(() => evaluateAlignment(gold, { source, target: ['Something else.'] }, alignTexts(source, ['Something else.'], languages), languages)).toThrow(/not found/);
	});
});
