// Property-based hardening: what must hold for every input, not just the fixtures. Each property
// prints its seed (tests/arbitraries.ts: fuzzParameters); FUZZ_SEED=<seed> replays a failure and
// FUZZ_RUNS=<n> runs longer. When a property finds a bug, keep its counterexample as a plain test.
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../../src/lib/document/types';
import { validateDocumentBytes, validateDocumentText, validateDocumentValue, type Problem } from '../../src/lib/document/validate';
import { decodeTmx, documentFromTmx, parseTmx, TmxError, toTmx } from '../../src/lib/export/tmx';
import { parseTsv, toTsv } from '../../src/lib/export/tsv';
import { toMarkdown } from '../../src/lib/export/markdown';
import { arbitraryDocument, fuzzParameters, hostileLine } from '../arbitraries';

const timeout = 120_000;

/** The document as a TMX round trip can give it back: no $schema, no empty notes or source. */
function comparable(document: AlignedDocument): AlignedDocument {
	const { $schema: _schema, ...rest } = document;
	if (rest.notes?.length === 0) delete rest.notes;
	if (rest.source && Object.keys(rest.source).length === 0) delete rest.source;
	return rest;
}

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);

describe('export and import keep the text', () => {
	it('TMX: well-formed, and read back (as UTF-8 and as UTF-16) into the same document', () => {
		fc.assert(
			fc.property(arbitraryDocument(), (document) => {
				expect(validateDocumentValue(document)).toEqual([]);
				const tmx = toTmx(document);
				expect(XMLValidator.validate(tmx)).toBe(true);
				expect(documentFromTmx(parseTmx(decodeTmx(new TextEncoder().encode(tmx))))).toEqual(comparable(document));
				const utf16 = tmx.replace('encoding="UTF-8"', 'encoding="UTF-16"');
				expect(documentFromTmx(parseTmx(decodeTmx(utf16le(utf16))))).toEqual(comparable(document));
			}),
			fuzzParameters('TMX round trip')
		);
	}, timeout);

	it('TSV: one row of three fields per segment, read back to the same texts, with or without formula protection', () => {
		fc.assert(
			fc.property(arbitraryDocument(), fc.boolean(), (document, protectFormulas) => {
				const segments = document.blocks.flatMap((block) => block.segments);
				for (const translation of Object.keys(document.languages).filter((lang) => lang !== document.original)) {
					const tsv = toTsv(document, { translation, protectFormulas });
					expect(tsv.split('\n')).toHaveLength(segments.length + 2); // header, rows, final newline
					const rows = parseTsv(tsv, { protectFormulas });
					expect(rows[0]).toEqual(['id', document.original, translation]);
					expect(rows.slice(1)).toEqual(segments.map((s) => [s.id, s.text[document.original] ?? '', s.text[translation] ?? '']));
					if (protectFormulas) for (const row of tsv.split('\n')) for (const cell of row.split('\t')) expect(cell).not.toMatch(/^[=+\-@]/);
				}
			}),
			fuzzParameters('TSV round trip')
		);
	}, timeout);

	it('Markdown: each segment is one escaped line that unescapes to its text, and no text starts a block of its own', () => {
		const unescape = (line: string) => line.replace(/\\(.)/gu, '$1');
		fc.assert(
			fc.property(arbitraryDocument(), (document) => {
				const translation = Object.keys(document.languages).find((lang) => lang !== document.original) as string;
				const lines = toMarkdown(document, { translation }).split('\n');
				const bodyStart = lines.indexOf('---');
				const body = lines.slice(bodyStart);
				const texts = document.blocks.flatMap((b) => b.segments.flatMap((s) => [s.text[document.original] ?? '', s.text[translation] ?? '']));
				const written = body.filter((line) => line !== '' && line !== '---').map((line) => (line.startsWith('> ') ? line.slice(2) : line));
				expect(written.map((line) => (line === '—' ? '' : unescape(line)))).toEqual(texts.map((t) => (t === '—' ? '' : t)));
				for (const line of written) {
					// Nothing that would open a heading, list, quote, code, HTML block or table.
					expect(line).not.toMatch(/^(#|[-+*=>]|\d+[.)]|<|`|\|| {4})/);
					expect(line).not.toMatch(/(^|[^\\])(\\\\)*[<>`*_[\]{}#|~]/);
				}
			}),
			fuzzParameters('Markdown escaping')
		);
	}, timeout);
});

// Bytes that are nearly a document or a TMX find more than uniform noise: flip, drop and insert bytes.
function mutatedBytes(base: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
	const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'drop', 'insert', 'cut'), byte: fc.integer({ min: 0, max: 255 }) });
	return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 8 })).map(([bytes, edits]) => {
		let out = [...bytes];
		for (const { at, kind, byte } of edits) {
			const i = out.length === 0 ? 0 : at % out.length;
			if (kind === 'flip') out[i] = byte;
			else if (kind === 'drop') out.splice(i, 1);
			else if (kind === 'insert') out.splice(i, 0, byte);
			else out = out.slice(0, i);
		}
		return new Uint8Array(out);
	});
}

const documentBytes = arbitraryDocument({ maxBlocks: 3 }).map((d) => new TextEncoder().encode(JSON.stringify(d, null, '\t')));
const tmxBytes = arbitraryDocument({ maxBlocks: 3 }).map((d) => new TextEncoder().encode(toTmx(d)));

describe('random bytes never crash the readers', () => {
	it('validate gives a verdict for any bytes: a document, or problems that say where', () => {
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), mutatedBytes(documentBytes)), (bytes) => {
				const result = validateDocumentBytes(bytes);
				if (result.document) expect(result.problems).toEqual([]);
				else {
					expect(result.problems.length).toBeGreaterThan(0);
					for (const problem of result.problems) expect(problem.pointer === '' || problem.pointer.startsWith('/')).toBe(true);
				}
			}),
			fuzzParameters('validate on random bytes', 200)
		);
	}, timeout);

	it('import-tmx either reads a document or fails with a TmxError, never anything else', () => {
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), mutatedBytes(tmxBytes)), (bytes) => {
				try {
					const document = documentFromTmx(parseTmx(decodeTmx(bytes)), { id: 'x', titles: {}, translation: { by: 'T', method: 'human' } });
					expect(document.blocks.length).toBeGreaterThan(0);
				} catch (error) {
					if (!(error instanceof TmxError)) throw error;
					expect(error.message.length).toBeGreaterThan(0);
				}
			}),
			fuzzParameters('import-tmx on random bytes', 200)
		);
	}, timeout);
});

// ---- random edits to valid documents ------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every JSON pointer in `value`, the root included. */
function pointers(value: Json, pointer = ''): string[] {
	const here = [pointer];
	if (Array.isArray(value)) value.forEach((item, i) => here.push(...pointers(item, `${pointer}/${i}`)));
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) here.push(...pointers(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
	return here;
}

function resolvePointer(value: Json, pointer: string): { found: boolean; value?: Json } {
	if (pointer === '') return { found: true, value };
	let current: Json = value;
	for (const token of pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))) {
		if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return { found: false };
		current = (current as Record<string, Json>)[token] as Json;
	}
	return { found: true, value: current };
}

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'toString', 'constructor', 'hasOwnProperty', 'id', 'text', 'ar', 'en', 'kind', 'space', 'checked', 'confidence', 'EN', 'x-y', ''), fc.string({ maxLength: 8 }));
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
	fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
	hostileLine({ allowEmpty: true }),
	fc.constantFrom<Json>('', ' ', '\n', 'toString', '2016-12-31T23:59:60Z', 'not-a-date', 1.5, -0.1, 2, true, false, null, [], {}, '\u202E', '\u2066', 'e\u0301', '\uFFFE')
);
const edit = fc.record({ target: fc.nat(), kind: fc.constantFrom('replace', 'delete', 'add', 'duplicate'), key: hostileKey, value: hostileValue });

/** The document with one random edit at a random place, as plain JSON. */
interface Change {
	target: number;
	kind: string;
	key: string;
	value: Json;
}

function edited(document: AlignedDocument, change: Change): Json {
	const value = JSON.parse(JSON.stringify(document)) as Json;
	const all = pointers(value);
	const pointer = all[change.target % all.length] as string;
	if (pointer === '') return change.kind === 'replace' ? change.value : value;
	const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'));
	const token = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
	const parent = resolvePointer(value, parentPointer).value as Json[] | Record<string, Json>;
	const target = resolvePointer(value, pointer).value as Json;
	if (Array.isArray(parent)) {
		const i = Number(token);
		if (change.kind === 'delete') parent.splice(i, 1);
		else if (change.kind === 'duplicate') parent.splice(i, 0, JSON.parse(JSON.stringify(target)) as Json);
		else if (change.kind === 'add') parent.push(change.value);
		else parent[i] = change.value;
	} else if (change.kind === 'delete') delete parent[token];
	else if (change.kind === 'add' || change.kind === 'duplicate') {
		// defineProperty, so that "__proto__" becomes an ordinary key, as JSON.parse would make it.
		Object.defineProperty(target && typeof target === 'object' && !Array.isArray(target) ? target : parent, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
	} else parent[token] = change.value;
	return value;
}

describe('random edits to valid documents', () => {
	it('are either valid or reported with a JSON pointer into the edited document, and never throw', () => {
		fc.assert(
			fc.property(arbitraryDocument({ maxBlocks: 3 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (document, changes) => {
				let value: Json = document as unknown as Json;
				for (const change of changes) value = edited(value as unknown as AlignedDocument, change);
				const json = JSON.stringify(value, null, '\t');
				const result = validateDocumentText(json);
				if (result.document) {
					expect(result.problems).toEqual([]);
					expect(validateDocumentValue(JSON.parse(json))).toEqual([]);
					return;
				}
				expect(result.problems.length).toBeGreaterThan(0);
				for (const problem of result.problems as Problem[]) {
					expect(problem.pointer === '' || problem.pointer.startsWith('/'), problem.pointer).toBe(true);
					// The pointer names the value at fault, or (for something missing) its parent.
					const parent = problem.pointer.slice(0, Math.max(0, problem.pointer.lastIndexOf('/')));
					expect(resolvePointer(JSON.parse(json) as Json, problem.pointer).found || resolvePointer(JSON.parse(json) as Json, parent).found, `${problem.pointer}: ${problem.message}`).toBe(true);
					expect(problem.line, `${problem.pointer}: ${problem.message}`).toBeGreaterThan(0);
					expect(problem.message.length).toBeGreaterThan(0);
				}
			}),
			fuzzParameters('random edits', 200)
		);
	}, timeout);
});
