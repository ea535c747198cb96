// The arbitraries other property tests build on (tests/arbitraries.ts) make only valid documents,
// with the hostile parts they promise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocumentText, validateDocumentValue } from '../../src/lib/document/validate';
import { arbitraryDocument, fuzzParameters, hostileLine, nonXmlCharacters } from '../arbitraries';

describe('tests/arbitraries.ts', () => {
	it('makes documents that pass validation, as values and as JSON text', () => {
		fc.assert(
			fc.property(arbitraryDocument(), (document) => {
				expect(validateDocumentValue(document)).toEqual([]);
				expect(validateDocumentText(JSON.stringify(document, null, '\t')).problems).toEqual([]);
			}),
			fuzzParameters('arbitrary documents are valid', 200)
		);
	}, 60_000);

	it('reaches the hostile cases: non-characters, astral text, divisions, confidence, checked, spacing', () => {
		const sample = fc.sample(arbitraryDocument(), { numRuns: 150, seed: 42 });
		const json = sample.map((d) => JSON.stringify(d)).join('\n');
		for (const char of nonXmlCharacters) expect(json).toContain(char);
		expect(json).toMatch(/[\u{10000}-\u{10FFFF}]/u);
		expect(json).toContain('"kind":"chapter"');
		expect(json).toContain('"kind":"section"');
		expect(json).toContain('"confidence":');
		expect(json).toContain('"checked":true');
		expect(json).toContain('"space":');
		expect(json).toContain('\\n');
		const lines = fc.sample(hostileLine(), { numRuns: 200, seed: 7 });
		expect(lines.some((line) => /\u3000|\u00A0|\u2009/.test(line))).toBe(true);
		expect(lines.every((line) => line !== '' && line.trim() === line)).toBe(true);
	}, 60_000);
});
