// The golden cases: one folder per case under tests/fixtures/align, holding source.txt, target.txt
// and expected.json (the hand alignment). Every case must join back to its input byte for byte and
// agree with its own text; cases marked "exact" must be aligned exactly as expected. Every case must
// also do no worse than the figures `npm run bench:align -- --record` last wrote into its
// expected.json ("measured"): its sentence-link F1 (a sentence with no counterpart counting as a
// link to nothing) and how many of its traps (gold links that are not 1:1) come out exactly right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTexts, type AlignedBlock } from '../../src/lib/align/align';
import { evaluateAlignment } from '../../src/lib/align/evaluate';
import { parsePlainText } from '../../src/lib/export/plain-text';

interface ExpectedPair {
	source: string;
	target: string;
	space?: { source?: string; target?: string };
}
interface Expected {
	about: string;
	provenance: string;
	languages: { source: string; target: string };
	exact: boolean;
	blocks: ExpectedPair[][];
	measured?: { linkF1: number; trapsRight: number; traps: number };
}

const root = join(import.meta.dirname, '../fixtures/align');
const cases = readdirSync(root).sort();

function joinSide(pairs: { text: string; space: string }[]): string {
	let joined = '';
	for (const { text, space } of pairs) if (text !== '') joined += joined === '' ? text : space + text;
	return joined;
}

const expectedSide = (block: ExpectedPair[], side: 'source' | 'target') =>
	joinSide(block.map((pair) => ({ text: pair[side], space: pair.space?.[side] ?? ' ' })));

const actualSide = (block: AlignedBlock, side: 'source' | 'target') => joinSide(block.segments.map((pair) => pair[side]));

/** The output in the shape of expected.json, spaces written only where they are not one space. */
function asExpected(blocks: AlignedBlock[]): ExpectedPair[][] {
	return blocks.map((block) =>
		block.segments.map((pair) => {
			const space: { source?: string; target?: string } = {};
			for (const side of ['source', 'target'] as const) {
				if (pair[side].text !== '' && pair[side].space !== '' && pair[side].space !== ' ') space[side] = pair[side].space;
			}
			return { source: pair.source.text, target: pair.target.text, ...(Object.keys(space).length ? { space } : {}) };
		})
	);
}

it('has golden cases', () => {
	expect(cases.length).toBeGreaterThanOrEqual(8);
});

describe.each(cases)('%s', (name) => {
	const read = (file: string) => readFileSync(join(root, name, file), 'utf8');
	const expected = JSON.parse(read('expected.json')) as Expected;
	const files = { source: read('source.txt'), target: read('target.txt') };
	const input = { source: parsePlainText(files.source), target: parsePlainText(files.target) };
	const { blocks } = alignTexts(input.source.paragraphs, input.target.paragraphs, expected.languages);

	it('says what it shows and where its text comes from', () => {
		expect(expected.about.length).toBeGreaterThan(20);
		expect(expected.provenance).toMatch(/written for|public domain/i);
	});

	it('is a gold alignment of its own two texts', () => {
		for (const side of ['source', 'target'] as const) {
			const paragraphs = expected.blocks.map((block) => expectedSide(block, side)).filter((text) => text !== '');
			expect(paragraphs.join('\n\n')).toBe(input[side].paragraphs.join('\n\n'));
		}
	});

	it('joins back to the input exactly', () => {
		for (const side of ['source', 'target'] as const) {
			for (const block of blocks) {
				const range = block[side];
				expect(actualSide(block, side)).toBe(input[side].paragraphs.slice(range.start, range.end).join('\n\n'));
			}
			const rebuilt = blocks.map((block) => actualSide(block, side)).filter((text) => text !== '').join('\n\n');
			expect(rebuilt).toBe(input[side].paragraphs.join('\n\n'));
			const { byteOrderMark, lineEnds, unwrapped, normalized } = input[side].changes;
			if (!byteOrderMark && !lineEnds && !unwrapped && !normalized) expect(`${rebuilt}\n`).toBe(files[side]);
		}
	});

	it('does no worse than its recorded figures', () => {
		expect(expected.measured, 'no figures recorded: run npm run bench:align -- --record').toBeDefined();
		const gold = expected.blocks.map((block) => block.map(({ source, target }) => ({ source, target })));
		const input = { source: parsePlainText(files.source).paragraphs, target: parsePlainText(files.target).paragraphs };
		const result = evaluateAlignment(gold, input, { blocks }, expected.languages);
		expect(result.traps.total).toBe(expected.measured?.traps);
		expect(result.sentences.nullLinks.f1).toBeGreaterThanOrEqual(expected.measured?.linkF1 ?? 1);
		expect(result.traps.right).toBeGreaterThanOrEqual(expected.measured?.trapsRight ?? Infinity);
	});

	if (expected.exact) {
		it('is aligned exactly as the hand alignment', () => {
			expect(asExpected(blocks)).toEqual(expected.blocks);
		});
	}
});
