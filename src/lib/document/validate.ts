// Parse and validate one aligned document. Shared by the site build (src/lib/server/documents.ts)
// and the CLI (`muqabala validate`), so a document that validates in one passes in the other.
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { isLanguageTag } from '../text/language';
import { decodeUtf8, describeUtf8Error } from '../text/utf8';
import { documentSchema, idPattern, languageTagPattern, nonEmptyTextPattern, spacePattern, textPattern } from './schema';
import { isDivision, type AlignedDocument } from './types';

/** One thing wrong with a document, located by JSON pointer and, when known, line and column. */
export interface Problem {
	/** JSON pointer (RFC 6901) of the value at fault; `''` is the whole document. */
	pointer: string;
	message: string;
	/** 1-based line and column in the file, when the pointer can be found in it. */
	line?: number;
	column?: number;
}

export interface ValidationResult {
	/** The document, present only when there are no problems. */
	document?: AlignedDocument;
	problems: Problem[];
}

export interface ValidationOptions {
	/** The id the file name implies (`translations/<id>.json`); checked against the document's id. */
	expectedId?: string;
}

type Compiled = ReturnType<Ajv2020['compile']>;
let compiled: Compiled | undefined;

// Compiled on first use: the schema is fixed, so one validator serves every document.
function schemaValidator(): Compiled {
	if (!compiled) {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats.default(ajv, ['date', 'date-time', 'uri']);
		compiled = ajv.compile(documentSchema);
	}
	return compiled;
}

/**
 * Validates a document file's bytes: they must be UTF-8 without a byte order mark (what JSON and
 * the site's build accept). The CLI and the build both read documents through this, so they accept
 * and refuse the same files with the same messages.
 */
export function validateDocumentBytes(bytes: Uint8Array, options: ValidationOptions = {}): ValidationResult {
	const decoded = decodeUtf8(bytes);
	if ('error' in decoded) {
		const { error } = decoded;
		return {
			problems: [{ pointer: '', message: `is not UTF-8 text (${describeUtf8Error(error)}); save it as UTF-8 and try again`, line: error.line, column: error.column }]
		};
	}
	if (decoded.text.startsWith('\uFEFF')) {
		return { problems: [{ pointer: '', message: 'starts with a byte order mark (U+FEFF); save it as UTF-8 without one', line: 1, column: 1 }] };
	}
	return validateDocumentText(decoded.text, options);
}

/** Arrays and objects nested deeper than this are refused before parsing; a document needs 6. */
export const maxNesting = 64;

/** Validates a document given as JSON text; returns the document only if it has no problems. */
export function validateDocumentText(json: string, options: ValidationOptions = {}): ValidationResult {
	// Where lines start, to place problems: found only when there is one (a pass over a long book).
	let lineTable: number[] | undefined;
	const at = (offset: number) => position((lineTable ??= lineStarts(json)), offset);
	const deep = tooDeep(json, maxNesting);
	if (deep !== undefined) {
		return {
			problems: [{ pointer: '', message: `invalid document: arrays and objects nested more than ${maxNesting} deep (a document needs 6)`, ...at(deep) }]
		};
	}
	// One streaming pass finds syntax errors and duplicate keys (which JSON.parse would silently
	// drop); the syntax tree, costly for a long book, is built only to place problems on lines.
	const syntaxErrors: ParseError[] = [];
	const duplicates = duplicateKeys(json, syntaxErrors);
	if (syntaxErrors.length > 0) {
		return {
			problems: unique(
				syntaxErrors.map((e) => ({
					pointer: '',
					message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
					...at(e.offset)
				}))
			)
		};
	}
	// JSON.parse, not the tree, builds the value: it keeps "__proto__" an ordinary key.
	const value: unknown = JSON.parse(json);
	const problems = [...duplicates.map((d) => ({ ...d, ...at(d.offset) })), ...validateDocumentValue(value, options)].map(
		({ offset: _offset, ...problem }: Problem & { offset?: number }) => problem
	);
	if (problems.length === 0) return { document: value as AlignedDocument, problems };
	const tree = parseTree(json, [], { disallowComments: true, allowTrailingComma: false });
	for (const problem of problems) {
		if (problem.line === undefined && tree) Object.assign(problem, locate(tree, (lineTable ??= lineStarts(json)), problem.pointer));
	}
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
	return problems.length === 0 ? { document: value as AlignedDocument, problems } : { problems: unique(problems) };
}

// A truncated file yields the same syntax error several times: each problem is reported once.
function unique(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.pointer}\u0000${p.message}\u0000${p.line}\u0000${p.column}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

// Offset of the bracket that opens level `limit + 1`, outside strings; undefined when none does.
function tooDeep(json: string, limit: number): number | undefined {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < json.length; i++) {
		const c = json.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++; // backslash: skip the escaped character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > limit) return i;
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return undefined;
}

/** Validates an already-parsed document (no line numbers, no duplicate-key check). */
export function validateDocumentValue(value: unknown, options: ValidationOptions = {}): Problem[] {
	const validate = schemaValidator();
	if (!validate(value)) return schemaProblems(validate.errors ?? []);
	return semanticProblems(value as AlignedDocument, options);
}

/** One line per problem: `file:/json/pointer: message (line L, column C)`. */
export function formatProblem(file: string, problem: Problem): string {
	const where = problem.line === undefined ? '' : ` (line ${problem.line}, column ${problem.column})`;
	return `${file}:${problem.pointer || '/'}: ${problem.message}${where}`;
}

// ---- schema errors, made readable -------------------------------------------------------------

// Keyed by the pattern itself: the schema uses each pattern for one kind of value.
const patternMessages: Record<string, string> = {
	[textPattern]: 'must not start or end with whitespace',
	[nonEmptyTextPattern]: 'must be a single line without leading or trailing whitespace',
	[languageTagPattern]: 'must be a BCP 47 language tag such as "ar" or "en"',
	[idPattern]: 'must be a lowercase slug: a-z, 0-9 and "-", at most 64 characters, not starting with "-"',
	[spacePattern]: 'must contain only whitespace'
};

function schemaProblems(errors: ErrorObject[]): Problem[] {
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const error of errors) {
		const problem = schemaProblem(error);
		if (!problem) continue;
		const key = `${problem.pointer}\u0000${problem.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		problems.push(problem);
	}
	return problems;
}

function schemaProblem(error: ErrorObject): Problem | undefined {
	const pointer = error.instancePath;
	const params = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'required':
			return { pointer, message: `is missing required property "${String(params.missingProperty)}"` };
		case 'additionalProperties':
			return {
				pointer: `${pointer}/${escapePointer(String(params.additionalProperty))}`,
				message: 'is not a property this format knows (check its spelling)'
			};
		case 'propertyNames':
			return undefined; // reported by the inner error on the name itself
		case 'enum':
			return {
				pointer,
				message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
			};
		case 'const':
			return { pointer, message: `must be ${JSON.stringify(params.allowedValue)}` };
		case 'pattern': {
			const known = patternMessages[String(params.pattern)];
			if (error.propertyName !== undefined) {
				return {
					pointer: `${pointer}/${escapePointer(error.propertyName)}`,
					message: `key ${JSON.stringify(error.propertyName)} ${known ?? error.message}`
				};
			}
			return { pointer, message: known ?? `must match ${String(params.pattern)}` };
		}
		case 'format':
			return { pointer, message: formatMessage(String(params.format)) };
		default:
			return { pointer, message: error.message ?? `fails ${error.keyword}` };
	}
}

function formatMessage(format: string): string {
	switch (format) {
		case 'date-time':
			return 'must be an RFC 3339 date-time with its UTC offset, e.g. 2017-11-19T21:11:00+03:30';
		case 'date':
			return 'must be a date written YYYY-MM-DD';
		case 'uri':
			return 'must be an absolute http(s) URL';
		default:
			return `must be a valid ${format}`;
	}
}

// ---- rules no schema can say ------------------------------------------------------------------

const bidiOverride = /[\u202A-\u202E]/u;
const controlCharacter = /[\p{Cc}\u2028\u2029]/u;
const controlCharacterButLineFeed = /[^\P{Cc}\n]|[\u2028\u2029]/u;

const has = (object: object, key: string): boolean => Object.hasOwn(object, key);

function semanticProblems(doc: AlignedDocument, options: ValidationOptions): Problem[] {
	const problems: Problem[] = [];
	const languages = Object.keys(doc.languages);

	if (options.expectedId !== undefined && doc.id !== options.expectedId) {
		problems.push({
			pointer: '/id',
			message: `is "${doc.id}" but the file is named "${options.expectedId}.json"; the two must match`
		});
	}

	for (const tag of languages) {
		const pointer = `/languages/${escapePointer(tag)}`;
		problems.push(...tagProblems(tag, pointer));
		const entry = doc.languages[tag];
		if (tag === doc.original && entry?.translation) {
			problems.push({ pointer: `${pointer}/translation`, message: 'the original language has no translation credit' });
		}
		if (tag !== doc.original && !entry?.translation) {
			problems.push({
				pointer,
				message:
					'a translation must say who translated it and how ("translation": { "by", "method" }); write "translation": {} if that is not known'
			});
		}
	}
	if (!has(doc.languages, doc.original)) {
		problems.push({ pointer: '/original', message: `"${doc.original}" is not one of the declared languages` });
	}

	const source = doc.source;
	if (source?.timeZone !== undefined && !isTimeZone(source.timeZone)) {
		problems.push({ pointer: '/source/timeZone', message: `"${source.timeZone}" is not a known IANA time zone` });
	}
	if (source?.published !== undefined && Number.isNaN(Date.parse(source.published))) {
		problems.push({
			pointer: '/source/published',
			message: 'is not a time this format can show (a leap second such as 23:59:60 is not accepted; write 23:59:59)'
		});
	}
	for (const tag of Object.keys(source?.publisherNames ?? {})) {
		if (!has(doc.languages, tag)) {
			problems.push({ pointer: `/source/publisherNames/${escapePointer(tag)}`, message: `"${tag}" is not one of the declared languages` });
		}
	}
	doc.notes?.forEach((note, i) => {
		if (!isLanguageTag(note.lang)) {
			problems.push({ pointer: `/notes/${i}/lang`, message: `"${note.lang}" is not a valid BCP 47 language tag` });
		}
	});

	const firstUse = new Map<string, string>();
	doc.blocks.forEach((block, b) => {
		if (isDivision(block.kind)) problems.push(...divisionProblems(block.segments, `/blocks/${b}`, languages));
		block.segments.forEach((segment, s) => {
			const pointer = `/blocks/${b}/segments/${s}`;
			const earlier = firstUse.get(segment.id);
			if (earlier !== undefined) {
				problems.push({ pointer: `${pointer}/id`, message: `"${segment.id}" is already the id of ${earlier}` });
			} else {
				firstUse.set(segment.id, pointer);
			}
			for (const tag of languages) {
				if (!has(segment.text, tag)) {
					problems.push({
						pointer: `${pointer}/text`,
						message: `has no "${tag}" text; write "" if this segment has no counterpart in that language`
					});
				}
			}
			for (const tag of Object.keys(segment.text)) {
				if (!has(doc.languages, tag)) {
					problems.push({
						pointer: `${pointer}/text/${escapePointer(tag)}`,
						message: `"${tag}" is not one of the declared languages`
					});
				}
			}
			if (Object.values(segment.text).every((t) => t === '')) {
				problems.push({ pointer: `${pointer}/text`, message: 'is empty in every language' });
			}
			for (const [tag, space] of Object.entries(segment.space ?? {})) {
				const at = `${pointer}/space/${escapePointer(tag)}`;
				if (!has(doc.languages, tag)) {
					problems.push({ pointer: at, message: `"${tag}" is not one of the declared languages` });
				} else if (!has(segment.text, tag) || segment.text[tag] === '') {
					problems.push({ pointer: at, message: 'is set but the segment has no text in this language' });
				} else if (space === ' ') {
					problems.push({ pointer: at, message: 'is a single space, which is the default: leave it out' });
				}
			}
		});
	});

	forEachString(doc, [], (text, path) => {
		// A segment's `space` may hold a line break: when one block joins two paragraphs of a side
		// (the translation split or merged a paragraph), the later one starts after "\n\n".
		// So may a segment's text, where one side runs across a paragraph break the other does not make.
		const lineBreaks = path.length === 6 && path[0] === 'blocks' && path[2] === 'segments' && (path[4] === 'space' || path[4] === 'text');
		const found = textProblems(text, '', { lineBreaks });
		// The pointer is written only for a string that has a problem: a book has a million strings.
		for (const problem of found) problems.push({ ...problem, pointer: `/${path.map(escapePointer).join('/')}` });
	});
	return problems;
}

function tagProblems(tag: string, pointer: string): Problem[] {
	if (!isLanguageTag(tag)) return [{ pointer, message: `"${tag}" is not a valid BCP 47 language tag` }];
	const canonical = Intl.getCanonicalLocales(tag)[0];
	return canonical === tag ? [] : [{ pointer, message: `write the tag "${tag}" as "${canonical}"` }];
}

// A chapter or section is one segment, its title, written in every language.
function divisionProblems(segments: AlignedDocument['blocks'][number]['segments'], pointer: string, languages: string[]): Problem[] {
	if (segments.length !== 1) {
		return [{ pointer: `${pointer}/segments`, message: 'a chapter or section has exactly one segment: its title' }];
	}
	const title = segments[0]!;
	return languages
		.filter((tag) => has(title.text, tag) && title.text[tag] === '')
		.map((tag) => ({ pointer: `${pointer}/segments/0/text/${escapePointer(tag)}`, message: 'a chapter or section title is needed in every language' }));
}

/** Problems with one string: normalisation, invisible controls, bidirectional formatting. */
export function textProblems(text: string, pointer: string, options: { lineBreaks?: boolean } = {}): Problem[] {
	const problems: Problem[] = [];
	if (!text.isWellFormed()) {
		problems.push({ pointer, message: 'contains an unpaired surrogate (broken UTF-16 escape)' });
		return problems;
	}
	if (text.normalize('NFC') !== text) {
		problems.push({ pointer, message: 'is not in Unicode normalisation form NFC' });
	}
	const control = (options.lineBreaks ? controlCharacterButLineFeed : controlCharacter).exec(text);
	if (control) {
		problems.push({ pointer, message: `contains the control character ${codePoint(control[0])} at index ${control.index}` });
	}
	const override = bidiOverride.exec(text);
	if (override) {
		problems.push({
			pointer,
			message: `contains the bidirectional embedding or override ${codePoint(override[0])} at index ${override.index}; use isolates (U+2066–U+2069) or nothing`
		});
	}
	const isolate = unpairedIsolate(text);
	if (isolate !== undefined) {
		problems.push({ pointer, message: `has an unpaired bidirectional isolate ${codePoint(text[isolate] ?? '')} at index ${isolate}` });
	}
	return problems;
}

// Index of the first isolate initiator (U+2066–U+2068) without its U+2069, or of a stray U+2069.
function unpairedIsolate(text: string): number | undefined {
	const open: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x2066 && c <= 0x2068) open.push(i);
		else if (c === 0x2069 && open.pop() === undefined) return i;
	}
	return open[0];
}

/** Calls `visit` with every string in `value` and its path (keys and indices, unescaped). */
function forEachString(value: unknown, path: string[], visit: (text: string, path: readonly string[]) => void): void {
	if (typeof value === 'string') {
		visit(value, path);
	} else if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			path.push(String(i));
			forEachString(value[i], path, visit);
			path.pop();
		}
	} else if (value && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			path.push(key);
			forEachString((value as Record<string, unknown>)[key], path, visit);
			path.pop();
		}
	}
}

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

function codePoint(char: string): string {
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// ---- positions ---------------------------------------------------------------------------------

/**
 * Keys that appear twice in one object, found in one streaming pass over the text (no tree), with
 * the offset of the repeated key; syntax errors are collected into `errors`.
 */
function duplicateKeys(json: string, errors: ParseError[]): (Problem & { offset: number })[] {
	const problems: (Problem & { offset: number })[] = [];
	// Per open object or array: the keys seen (objects), the index of the item being read (arrays),
	// and the key being read (objects). The pointer is spelled out only for a repeated key.
	const stack: { keys?: Set<string>; index: number; key?: string }[] = [];
	const pointerTo = (key: string) =>
		stack
			.slice(1)
			.map((_, k) => {
				const parent = stack[k]!;
				return parent.keys ? escapePointer(parent.key!) : String(parent.index);
			})
			.concat(escapePointer(key))
			.map((token) => `/${token}`)
			.join('');
	const enterValue = () => {
		const parent = stack.at(-1);
		if (parent && !parent.keys) parent.index++;
	};
	visit(
		json,
		{
			onObjectBegin: () => {
				enterValue();
				stack.push({ keys: new Set(), index: 0 });
			},
			onObjectProperty: (key, offset) => {
				const object = stack.at(-1)!;
				if (object.keys!.has(key)) {
					problems.push({
						pointer: pointerTo(key),
						message: `the key "${key}" appears more than once in this object`,
						offset
					});
				}
				object.keys!.add(key);
				object.key = key;
			},
			onObjectEnd: () => {
				stack.pop();
			},
			onArrayBegin: () => {
				enterValue();
				stack.push({ index: -1 });
			},
			onArrayEnd: () => {
				stack.pop();
			},
			onLiteralValue: enterValue,
			onError: (error, offset, length) => errors.push({ error, offset, length })
		},
		{ disallowComments: true, allowTrailingComma: false }
	);
	return problems;
}

function locate(tree: Node, lines: number[], pointer: string): Pick<Problem, 'line' | 'column'> {
	const path = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
	// Walk down as far as the file goes: a missing property is reported at its parent.
	for (let depth = path.length; depth >= 0; depth--) {
		const node = findNodeAtLocation(tree, path.slice(0, depth).map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
		if (node) {
			// For an object property, point at its key, which is where an editor puts the cursor.
			const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
			return position(lines, target.offset);
		}
	}
	return {};
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

function position(lines: number[], offset: number): { line: number; column: number } {
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((lines[mid] ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 };
}

function describeParseError(code: string): string {
	return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Escapes one JSON pointer reference token (RFC 6901). */
export function escapePointer(token: string): string {
	return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(token: string): string {
	return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
