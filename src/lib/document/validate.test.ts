import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignedDocument } from './types';
import { formatProblem, textProblems, validateDocumentBytes, validateDocumentText } from './validate';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/invalid/${name}`, import.meta.url), 'utf8');

function validDocument(): AlignedDocument {
	return {
		format: 1,
		id: 'sample',
		original: 'ar',
		languages: {
			ar: { title: 'عنوان' },
			en: { title: 'Title', translation: { by: 'Test', method: 'human' } }
		},
		source: { publisher: 'Test', published: '2017-11-19T21:11:00+03:30', timeZone: 'Asia/Tehran' },
		blocks: [
			{
				kind: 'paragraph',
				segments: [
					{ id: 'p1-1', text: { ar: 'الجملة الأولى.', en: 'The first sentence.' } },
					{ id: 'p1-2', text: { ar: 'الثانية.', en: '' } }
				]
			}
		]
	};
}

/** Problems for a valid document changed by `edit`, as `pointer: message` lines. */
function problemsAfter(edit: (doc: AlignedDocument & Record<string, unknown>) => void): string[] {
	const doc = validDocument() as AlignedDocument & Record<string, unknown>;
	edit(doc);
	return validateDocumentText(JSON.stringify(doc, null, '\t')).problems.map((p) => `${p.pointer}: ${p.message}`);
}

describe('validateDocumentText', () => {
	it('accepts a valid document and returns it', () => {
		const result = validateDocumentText(JSON.stringify(validDocument()), { expectedId: 'sample' });
		expect(result.problems).toEqual([]);
		expect(result.document?.id).toBe('sample');
	});

	it.each([
		['a missing required property', (d: Record<string, unknown>) => delete d.blocks, /^: is missing required property "blocks"/],
		['an unknown property', (d: Record<string, unknown>) => (d.colour = 'red'), /^\/colour: is not a property/],
		['a bad document id', (d: AlignedDocument) => (d.id = 'Bad Id'), /^\/id: must be a lowercase slug/],
		['an unknown block kind', (d: AlignedDocument) => ((d.blocks[0] as { kind: string }).kind = 'poem'), /^\/blocks\/0\/kind: must be one of/],
		['a title with a line break', (d: AlignedDocument) => (d.languages.en!.title = 'two\nlines'), /^\/languages\/en\/title: must be a single line/],
		['text ending in a line break', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = 'two\n'), /^\/blocks\/0\/segments\/0\/text\/en: must not start or end with whitespace/],
		['text with leading space', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = ' x'), /^\/blocks\/0\/segments\/0\/text\/en: must not start or end with whitespace/],
		['text with a carriage return', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = 'a\r\nb'), /^\/blocks\/0\/segments\/0\/text\/en: contains the control character U\+000D/],
		['a date without offset', (d: AlignedDocument) => (d.source!.published = '2017-11-19T21:11:00'), /^\/source\/published: must be an RFC 3339 date-time/],
		['a missing language in a segment', (d: AlignedDocument) => delete d.blocks[0]!.segments[0]!.text.en, /^\/blocks\/0\/segments\/0\/text: has no "en" text; write ""/],
		['an undeclared language', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.fr = 'x'), /^\/blocks\/0\/segments\/0\/text\/fr: "fr" is not one of the declared languages/],
		['a duplicate segment id', (d: AlignedDocument) => (d.blocks[0]!.segments[1]!.id = 'p1-1'), /^\/blocks\/0\/segments\/1\/id: "p1-1" is already the id of \/blocks\/0\/segments\/0/],
		['a segment empty in every language', (d: AlignedDocument) => (d.blocks[0]!.segments[1]!.text.ar = ''), /^\/blocks\/0\/segments\/1\/text: is empty in every language/],
		['text not in NFC', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = 'Cafe\u0301'), /^\/blocks\/0\/segments\/0\/text\/en: is not in Unicode normalisation form NFC/],
		['a bidirectional override', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = 'a\u202eb'), /^\/blocks\/0\/segments\/0\/text\/en: contains the bidirectional embedding or override U\+202E/],
		['an unpaired isolate', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = 'a\u2068b'), /unpaired bidirectional isolate U\+2068/],
		['a control character', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.text.en = 'a\u0007b'), /control character U\+0007/],
		['an original that is not declared', (d: AlignedDocument) => (d.original = 'fa'), /^\/original: "fa" is not one of the declared languages/],
		['a translation without credit', (d: AlignedDocument) => delete d.languages.en!.translation, /^\/languages\/en: a translation must say who translated it/],
		['a non-canonical language tag', (d: AlignedDocument) => {
			d.languages['EN'] = d.languages.en!;
			delete d.languages.en;
			for (const s of d.blocks[0]!.segments) { s.text['EN'] = s.text.en!; delete s.text.en; }
		}, /^\/languages\/EN: write the tag "EN" as "en"/],
		['a space that is the default', (d: AlignedDocument) => (d.blocks[0]!.segments[1]!.space = { ar: ' ' }), /space\/ar: is a single space, which is the default/],
		['a confidence outside [0, 1]', (d: AlignedDocument) => (d.blocks[0]!.segments[0]!.confidence = 1.5), /^\/blocks\/0\/segments\/0\/confidence: must be <= 1/],
		['"checked": false (leave it out instead)', (d: Record<string, unknown>) => (((d as unknown as AlignedDocument).blocks[0]!.segments[0] as Record<string, unknown>).checked = false), /^\/blocks\/0\/segments\/0\/checked: must be true/],
		['a chapter with two segments', (d: AlignedDocument) => d.blocks.unshift({ kind: 'chapter', segments: [{ id: 'c1', text: { ar: 'أ', en: 'A' } }, { id: 'c2', text: { ar: 'ب', en: 'B' } }] }), /^\/blocks\/0\/segments: a chapter or section has exactly one segment/],
		['a chapter without a title in one language', (d: AlignedDocument) => d.blocks.unshift({ kind: 'chapter', segments: [{ id: 'c1', text: { ar: 'الفصل', en: '' } }] }), /^\/blocks\/0\/segments\/0\/text\/en: a chapter or section title is needed in every language/],
		['an original named after an inherited property', (d: AlignedDocument) => (d.original = 'toString'), /^\/original: "toString" is not one of the declared languages/],
		['text keyed by an inherited property', (d: AlignedDocument) => { d.blocks[0]!.segments[0]!.text = { ar: 'x', valueOf: 'y' }; }, /text: has no "en" text|"valueOf" is not one of the declared languages/],
		['a leap second', (d: AlignedDocument) => (d.source!.published = '2016-12-31T23:59:60Z'), /^\/source\/published: is not a time this format can show/],
		['a publisher name in an undeclared language', (d: AlignedDocument) => (d.source!.publisherNames = { fa: 'کیهان' }), /^\/source\/publisherNames\/fa: "fa" is not one of the declared languages/],
		['an unknown time zone', (d: AlignedDocument) => (d.source!.timeZone = 'Mars/Olympus'), /^\/source\/timeZone: "Mars\/Olympus" is not a known IANA time zone/]
	])('reports %s with its JSON pointer', (_name, edit, expected) => {
		const problems = problemsAfter(edit as (d: AlignedDocument & Record<string, unknown>) => void);
		expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
	});

	it('accepts a document without source details, a translation credit that names nobody, chapters, confidence and checked pairs', () => {
		const doc = validDocument() as AlignedDocument;
		delete doc.source;
		doc.languages.en!.translation = {};
		doc.blocks.unshift({ kind: 'chapter', segments: [{ id: 'chapter-1', text: { ar: 'الفصل الأول', en: 'Chapter one' } }] });
		doc.blocks[1]!.segments[0]!.confidence = 0.42;
		doc.blocks[1]!.segments[0]!.checked = true;
		expect(validateDocumentText(JSON.stringify(doc)).problems).toEqual([]);
	});

	it('allows paired isolates and marks such as U+200F', () => {
		expect(textProblems('a \u2067عربي\u2069 b \u200f', '/x')).toEqual([]);
	});

	it('checks that the id matches the file name', () => {
		const problems = validateDocumentText(JSON.stringify(validDocument()), { expectedId: 'other-name' }).problems;
		expect(problems.map((p) => p.message)).toEqual(['is "sample" but the file is named "other-name.json"; the two must match']);
	});

	it('finds duplicate keys, which JSON.parse would silently drop, with their line', () => {
		const problems = validateDocumentText(fixture('duplicate-key.json')).problems;
		expect(problems.map((p) => formatProblem('duplicate-key.json', p))).toEqual([
			'duplicate-key.json:/blocks/0/segments/0/text/en: the key "en" appears more than once in this object (line 14, column 58)'
		]);
	});

	it('reports every problem of a document at once, in file order, with lines', () => {
		const lines = validateDocumentText(fixture('many-problems.json')).problems.map((p) => formatProblem('f.json', p));
		expect(lines).toEqual([
			'f.json:/source/timeZone: "Mars/Olympus" is not a known IANA time zone (line 9, column 35)',
			'f.json:/blocks/0/segments/1/id: "same" is already the id of /blocks/0/segments/0 (line 15, column 7)',
			'f.json:/blocks/0/segments/1/text/en: contains the bidirectional embedding or override U+202E at index 9; use isolates (U+2066–U+2069) or nothing (line 15, column 48)',
			'f.json:/blocks/0/segments/2/text: has no "en" text; write "" if this segment has no counterpart in that language (line 16, column 22)',
			'f.json:/blocks/0/segments/3/text/ar: is not in Unicode normalisation form NFC (line 17, column 31)',
			'f.json:/blocks/0/segments/3/text/en: has an unpaired bidirectional isolate U+2067 at index 8 (line 17, column 48)'
		]);
	});

	it('reports JSON syntax errors with their line and column', () => {
		const result = validateDocumentText('{\n  "format": 1,\n  "id": "x",,\n}');
		expect(result.document).toBeUndefined();
		expect(result.problems[0]).toMatchObject({ pointer: '', line: 3 });
		expect(formatProblem('x.json', result.problems[0]!)).toMatch(/^x\.json:\/: invalid JSON: /);
	});

	it('keeps "__proto__" an ordinary key rather than a prototype', () => {
		const json = JSON.stringify(validDocument()).replace('"source":', '"__proto__": {"polluted": true}, "source":');
		const result = validateDocumentText(json);
		expect(result.problems.map((p) => p.pointer)).toContain('/__proto__');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses JSON nested deeper than a document can be, in one problem, without a stack overflow', () => {
		for (const json of ['['.repeat(1_000_000), '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000), `{"blocks":${'['.repeat(100)}${']'.repeat(100)}}`]) {
			const problems = validateDocumentText(json).problems;
			expect(problems).toHaveLength(1);
			expect(problems[0]?.message).toMatch(/nested more than 64 deep/);
		}
		// Brackets inside strings are text, not nesting.
		const doc = validDocument() as AlignedDocument;
		doc.blocks[0]!.segments[0]!.text.en = '['.repeat(100) + '\\"{';
		expect(validateDocumentText(JSON.stringify(doc)).problems).toEqual([]);
	});

	it('reads bytes strictly: UTF-8 only, no byte order mark, the place of a bad byte', () => {
		const json = JSON.stringify(validDocument());
		expect(validateDocumentBytes(new TextEncoder().encode(json)).problems).toEqual([]);
		const bad = new TextEncoder().encode(`{\n"x": "caf\u00e9"}`);
		const latin1 = new Uint8Array([...bad.subarray(0, 11), 0xe9, ...bad.subarray(13)]);
		expect(validateDocumentBytes(latin1).problems).toEqual([
			{ pointer: '', message: 'is not UTF-8 text (byte 0xE9 at offset 11); save it as UTF-8 and try again', line: 2, column: 10 }
		]);
		// An encoded surrogate (CESU-8) is not UTF-8 either.
		expect(validateDocumentBytes(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22])).problems[0]?.message).toMatch(/byte 0xED at offset 1/);
		expect(validateDocumentBytes(new TextEncoder().encode(`\uFEFF${json}`)).problems[0]?.message).toMatch(/byte order mark/);
	});

	it('says a repeated syntax error once', () => {
		const problems = validateDocumentText('{"a": "x').problems;
		expect(new Set(problems.map((p) => `${p.message}${p.line}${p.column}`)).size).toBe(problems.length);
	});
});
