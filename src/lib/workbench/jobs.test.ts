import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf16, windows1256 } from '../../../tests/encodings';
import type { AlignedDocument } from '../document/types';
import { validateDocumentText, validateDocumentValue } from '../document/validate';
import { toMarkdown } from '../export/markdown';
import { toTmx } from '../export/tmx';
import { toTsv } from '../export/tsv';
import { alignTexts, inspectText, openDocument, progressOf, realignKept, writeExport, type AlignRequest } from './jobs';
import { EditHistory } from '../document/edit';
import { documentText } from '../document/join';
import { WorkbenchError, type WorkbenchProblem } from './problems';

const ar = readFileSync('tests/fixtures/workbench/bookshop.ar.txt', 'utf8');
const en = readFileSync('tests/fixtures/workbench/bookshop.en.txt', 'utf8');
const seedText = readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8');
const seed = JSON.parse(seedText) as AlignedDocument;
const utf8 = (text: string) => new TextEncoder().encode(text);

function problems(run: () => unknown): WorkbenchProblem[] {
	try {
		run();
	} catch (error) {
		if (error instanceof WorkbenchError) return error.problems;
		throw error;
	}
	throw new Error('expected a WorkbenchError');
}

describe('alignTexts', () => {
	const pasted: AlignRequest = { original: { text: ar }, translation: { text: en }, from: 'ar', to: 'en' };

	it('aligns two pasted texts into a valid document, titles from their first paragraphs', () => {
		const steps: number[] = [];
		const result = alignTexts(pasted, (done, total) => steps.push(done / total));
		expect(validateDocumentValue(result.document)).toEqual([]);
		expect(result.document.languages.ar?.title).toBe('مكتبة في شارع النجفي تفتح أبوابها من جديد');
		expect(result.document.languages.en?.title).toBe('A bookshop on al-Najafi Street opens its doors again');
		expect(result.document.id).toBe('a-bookshop-on-al-najafi-street-opens-its-doors-again');
		expect(result.document.languages.en?.translation).toEqual({});
		expect(steps.length).toBeGreaterThan(0);
		// The fourth Arabic paragraph is two in English: the pair that spans the break is listed.
		expect(result.review.length).toBeGreaterThan(0);
		const ids = new Set(result.document.blocks.flatMap((b) => b.segments.map((s) => s.id)));
		for (const item of result.review) expect(ids.has(item.id)).toBe(true);
		// Each review entry carries its pair's number in the reader's gutter.
		const order = [...ids];
		for (const item of result.review) expect(order[item.number - 1]).toBe(item.id);
		// Every word of both texts is in the document, in order.
		const joined = (tag: string) => result.document.blocks.flatMap((b) => b.segments.map((s) => s.text[tag])).join(' ').replace(/\s+/g, ' ');
		expect(joined('en')).toContain('In the evening, university students read poems in front of the shop until late.');
	});

	it('takes titles, source and credit given on the form', () => {
		const result = alignTexts({
			...pasted,
			titles: { original: ' مكتبة ', translation: 'The bookshop' },
			source: { publisher: 'Local paper', url: 'https://example.org/a' },
			credit: { by: 'A. Translator', method: 'human' }
		});
		expect(result.document.languages.en).toEqual({ title: 'The bookshop', translation: { by: 'A. Translator', method: 'human' } });
		expect(result.document.languages.ar?.title).toBe('مكتبة');
		expect(result.document.source).toEqual({ publisher: 'Local paper', url: 'https://example.org/a' });
		expect(result.document.id).toBe('the-bookshop');
	});

	it('reads files as the importer does, naming them', () => {
		const result = alignTexts({ ...pasted, original: { name: 'bookshop.ar.txt', bytes: utf16(ar) }, translation: { name: 'bookshop.en.txt', bytes: utf8(en) } });
		expect(result.document.id).toBe('bookshop');
		const old = { name: 'old.txt', bytes: windows1256(ar) };
		expect(problems(() => alignTexts({ ...pasted, original: old }))).toEqual([expect.objectContaining({ code: 'not-utf8', name: 'old.txt', suggestion: 'windows-1256' })]);
		expect(alignTexts({ ...pasted, original: { ...old, encoding: 'windows-1256' } }).document.languages.ar?.title).toBe('مكتبة في شارع النجفي تفتح أبوابها من جديد');
	});

	it('reports every problem with the input at once', () => {
		expect(problems(() => alignTexts({ original: { text: ' \n' }, translation: { name: 'e.txt', bytes: new Uint8Array() }, from: 'ar', to: 'not a tag' }))).toEqual([
			{ code: 'missing', side: 'original' },
			{ code: 'empty', name: 'e.txt' },
			{ code: 'bad-language', side: 'translation', tag: 'not a tag' }
		]);
		expect(problems(() => alignTexts({ ...pasted, to: 'AR' }))).toEqual([{ code: 'same-language', language: 'ar' }]);
	});

	it('refuses texts of very different length unless asked to align them anyway', () => {
		const short = 'A title\n\nOne short line.';
		expect(problems(() => alignTexts({ ...pasted, translation: { text: short } }))).toEqual([
			expect.objectContaining({ code: 'uneven', longer: 'original' })
		]);
		expect(validateDocumentValue(alignTexts({ ...pasted, translation: { text: short }, allowUneven: true }).document)).toEqual([]);
	});

	it('passes on what else the importer refuses, located', () => {
		const found = problems(() => alignTexts({ ...pasted, original: { text: ar.replace('بعد سنوات', 'بعد \u0007 سنوات') } }));
		expect(found).toEqual([expect.objectContaining({ code: 'import', field: 'original', line: 3 })]);
		const script = problems(() => alignTexts({ ...pasted, from: 'en', to: 'fr', original: { text: en }, translation: { text: ar } }));
		expect(script.every((p) => p.code === 'import')).toBe(true);
	});
});

describe('inspectText', () => {
	it('says what language a file is in, or that it is a document to open', () => {
		expect(inspectText({ name: 'a.txt', bytes: utf8(ar) })).toMatchObject({ kind: 'text', encoding: 'utf-8', detection: { kind: 'language', tag: 'ar' } });
		expect(inspectText({ name: 'doc.json', bytes: utf8(seedText) })).toEqual({ kind: 'document' });
		expect(inspectText({ name: 'm.tmx', bytes: utf8(toTmx(seed)) })).toEqual({ kind: 'tmx' });
		expect(() => inspectText({ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]) })).toThrowError(WorkbenchError);
	});
});

describe('openDocument', () => {
	it('opens a valid document', () => {
		expect(openDocument({ name: 'seed.json', bytes: utf8(seedText) })).toEqual({ document: seed, format: 'json' });
	});

	it('lists the validator’s problems with JSON pointers and lines, as the CLI prints them', () => {
		const text = readFileSync('tests/fixtures/invalid/many-problems.json', 'utf8');
		const [problem] = problems(() => openDocument({ name: 'many-problems.json', bytes: utf8(text) }));
		expect(problem).toEqual({ code: 'invalid-document', name: 'many-problems.json', problems: validateDocumentText(text).problems });
		if (problem?.code !== 'invalid-document') return;
		expect(problem.problems.length).toBeGreaterThan(3);
		expect(problem.problems.every((p) => p.pointer.startsWith('/') && typeof p.line === 'number')).toBe(true);
	});

	it('refuses JSON that is not JSON, and files that are not documents at all', () => {
		expect(problems(() => openDocument({ name: 'x.json', bytes: utf8('{"format": 1,') }))).toEqual([expect.objectContaining({ code: 'invalid-document' })]);
		expect(problems(() => openDocument({ name: 'x.json', bytes: new Uint8Array() }))).toEqual([{ code: 'empty', name: 'x.json' }]);
		expect(problems(() => openDocument({ name: 'scan.pdf', bytes: utf8('%PDF-1.4 ...') }))).toEqual([{ code: 'binary', name: 'scan.pdf', format: 'pdf' }]);
	});

	it('reads back a TMX file written by the export, whole', () => {
		expect(openDocument({ name: 'seed.tmx', bytes: utf8(toTmx(seed)) })).toEqual({ document: { ...seed, $schema: undefined }, format: 'tmx' });
	});

	it('opens another tool’s TMX, titled after the file until renamed', () => {
		const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="ar"><seg>صباح الخير.</seg></tuv><tuv xml:lang="en"><seg>Good morning.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>شكراً.</seg></tuv><tuv xml:lang="en-GB"><seg>Thanks.</seg></tuv></tu></body></tmx>`;
		const { document } = openDocument({ name: 'My memory.tmx', bytes: utf8(tmx) });
		expect(validateDocumentValue(document)).toEqual([]);
		expect(document.id).toBe('my-memory');
		expect(document.languages.ar?.title).toBe('My memory');
		expect(document.languages.en?.translation).toEqual({});
		expect(document.blocks.flatMap((b) => b.segments.map((s) => s.text.en))).toEqual(['Good morning.', '']);
	});

	it.each([
		['malformed XML, located', '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ar"/><body><tu></body></tmx>', { line: 2 }],
		['an entity bomb', '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="ar"/><body/></tmx>', {}],
		['a file in another encoding', '<?xml version="1.0" encoding="ISO-8859-6"?><tmx version="1.4"><header/><body/></tmx>', {}],
		['XML that is not TMX', '<?xml version="1.0"?><html><body/></html>', {}]
	])('refuses a TMX file with %s', (_, xml, place) => {
		const [problem] = problems(() => openDocument({ name: 'bad.tmx', bytes: utf8(xml) }));
		expect(problem).toMatchObject({ code: 'tmx', name: 'bad.tmx', ...place });
		if (problem?.code === 'tmx') expect(problem.detail.length).toBeGreaterThan(10);
	});
});

describe('realignKept', () => {
	it('aligns the unchecked pairs again and leaves every checked pair exactly as it is', () => {
		const aligned = alignTexts({ original: { text: ar }, translation: { text: en }, from: 'ar', to: 'en' }).document;
		const ids = aligned.blocks.flatMap((block) => block.segments.map((segment) => segment.id));
		const history = new EditHistory(aligned);
		// A person merges the two pairs of the second paragraph (now wrong), and confirms another pair.
		const third = aligned.blocks.find((block, b) => b > 0 && block.kind === 'paragraph' && block.segments.length >= 2)!;
		const [first, second] = [third.segments[0]!.id, third.segments[1]!.id];
		expect(history.apply({ kind: 'merge', id: first }).ok).toBe(true);
		const confirmed = ids.at(-1)!;
		expect(history.apply({ kind: 'check', id: confirmed, checked: true }).ok).toBe(true);
		// The merge marked its pair checked; take that back so the aligner may change it.
		expect(history.apply({ kind: 'check', id: first, checked: false }).ok).toBe(true);
		const edited = history.document;

		const result = JSON.parse(realignKept(JSON.stringify(edited)).json) as AlignedDocument;
		expect(validateDocumentValue(result)).toEqual([]);
		for (const lang of ['ar', 'en']) expect(documentText(result, lang)).toBe(documentText(edited, lang));
		const segments = result.blocks.flatMap((block) => block.segments);
		const before = edited.blocks.flatMap((block) => block.segments).find((segment) => segment.id === confirmed);
		expect(segments.find((segment) => segment.id === confirmed)).toEqual(before);
		// The merged pair is cut again where the aligner had cut it.
		const again = segments.find((segment) => segment.id === first);
		expect(again?.text).toEqual(third.segments[0]!.text);
		expect(segments.some((segment) => segment.text.ar === third.segments[1]!.text.ar && segment.text.en === third.segments[1]!.text.en)).toBe(true);
		expect(second).not.toBe(first);
	});
});

describe('writeExport', () => {
	it('writes with the CLI’s writers, and JSON that validates with the site’s schema address', () => {
		expect(writeExport(seedText, 'tmx')).toEqual({ name: `${seed.id}.tmx`, type: 'application/x-tmx+xml; charset=utf-8', text: toTmx(seed) });
		expect(writeExport(seedText, 'tsv').text).toBe(toTsv(seed));
		expect(writeExport(seedText, 'md')).toMatchObject({ name: `${seed.id}.md`, text: toMarkdown(seed) });
		const json = writeExport(seedText, 'json', 'https://muqabala.example/schema/document.schema.json');
		expect(json.name).toBe(`${seed.id}.json`);
		expect(json.text.endsWith('}\n')).toBe(true);
		const parsed = validateDocumentText(json.text);
		expect(parsed.problems).toEqual([]);
		expect(Object.keys(JSON.parse(json.text))[0]).toBe('$schema');
		expect(parsed.document).toEqual({ ...seed, $schema: 'https://muqabala.example/schema/document.schema.json' });
	});
});

describe('progressOf', () => {
	it('moves one bar forward through both passes, never back, never to the end before the end', () => {
		const seen: number[] = [];
		const progress = progressOf((done, total) => seen.push(done / total));
		progress(50, 100, 'paragraphs');
		progress(100, 100, 'paragraphs');
		progress(0, 10, 'sentences');
		progress(5, 10, 'sentences');
		progress(10, 10, 'sentences');
		progress(3, 10, 'sentences'); // the second sentence pass
		expect(seen).toEqual([0.1, 0.2, 0.575, 0.95]);
	});
});
