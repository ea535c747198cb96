// TMX 1.4b, the translation-memory exchange format CAT tools read: one translation unit (<tu>) per
// segment, one variant (<tuv xml:lang>) per language that has text. What TMX has no place for
// (titles, credits, publisher, block structure, the whitespace between segments) travels in
// <prop type="x-muqabala-…"> elements, which TMX reserves for tool-specific data and other tools
// ignore; with them, a TMX written here reads back into the same document.
//
// XML 1.0 cannot hold U+FFFE and U+FFFF (nor control characters), not even as character references,
// yet a document may. A text holding one is written with U+FFFD in its place, where other tools
// read it, and exactly, as a JSON string with \u escapes, in a prop whose type ends in "-json"
// (`x-muqabala-text-json` beside a segment's variant); the reader prefers the exact one.
//
// Reading is strict, because a TMX may come from anywhere: UTF-8 or UTF-16 only (with a byte order
// mark, as Trados and memoQ write it), one root element, no DOCTYPE internal subset (so no entity
// expansion), only XML's five entities, only character references to characters XML allows, no
// element TMX does not define (its text would be lost without a word), and no deep nesting.
// Spec: https://www.gala-global.org/tmx-14b
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isSegmentId } from '../document/ids';
import { decodeUtf8, describeUtf8Error } from '../text/utf8';
import { blockKinds, type AlignedDocument, type Block, type BlockKind, type DocumentNote, type LanguageEntry, type Segment, type SourceInfo, type TranslationCredit } from '../document/types';

/** Written in the header as the creating tool. */
export const creationTool = { name: 'muqabala', version: '1' };

const prefix = 'x-muqabala-';

/** Escapes text for XML element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Characters XML 1.0 does not allow in a document, even as character references. */
const notXml = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const hasNotXml = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** `text` with every character XML cannot hold as U+FFFD: what other tools see. */
export function xmlSafe(text: string): string {
	return text.replace(notXml, '\uFFFD');
}

/** `text` as a JSON string whose every character XML can hold (the others as \u escapes). */
function exactJson(text: string): string {
	return JSON.stringify(text).replace(notXml, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

// A prop, or its exact "-json" form when the value holds characters XML cannot.
const prop = (type: string, value: string, lang?: string, indent = '\t\t') => {
	const exact = hasNotXml.test(value);
	return `${indent}<prop type="${escapeXml(prefix + type + (exact ? '-json' : ''))}"${lang ? ` xml:lang="${escapeXml(lang)}"` : ''}>${escapeXml(exact ? exactJson(value) : value)}</prop>`;
};

export interface TmxOptions {
	/**
	 * Only the pairs a person confirmed (`checked: true`), for a translation memory that holds
	 * nothing unverified. The header says so (`x-muqabala-selection` = `checked`): such a file is
	 * not the whole text, and reading it back gives only those pairs.
	 */
	checkedOnly?: boolean;
}

/** The document as TMX 1.4b text. */
export function toTmx(document: AlignedDocument, options: TmxOptions = {}): string {
	const languages = orderedLanguages(document);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tmx version="1.4">',
		`\t<header creationtool="${creationTool.name}" creationtoolversion="${creationTool.version}" segtype="sentence" o-tmf="muqabala-json" adminlang="en" srclang="${escapeXml(document.original)}" datatype="plaintext">`,
		prop('id', document.id)
	];
	for (const lang of languages) {
		const entry = document.languages[lang] as LanguageEntry;
		lines.push(prop('title', entry.title, lang));
		for (const [key, value] of Object.entries(entry.translation ?? {})) lines.push(prop(`translation-${key}`, String(value), lang));
	}
	for (const [key, value] of Object.entries(document.source ?? {})) {
		// Names in other languages: one prop per language.
		if (typeof value === 'object') for (const [lang, name] of Object.entries(value)) lines.push(prop(`source-${key}`, name, lang));
		else lines.push(prop(`source-${key}`, String(value)));
	}
	if (options.checkedOnly) lines.push(prop('selection', 'checked'));
	for (const note of document.notes ?? []) {
		if (hasNotXml.test(note.text)) lines.push(prop('note', note.text, note.lang));
		else lines.push(`\t\t<note xml:lang="${escapeXml(note.lang)}">${escapeXml(note.text)}</note>`);
	}
	lines.push('\t</header>', '\t<body>');
	document.blocks.forEach((block, b) => {
		for (const segment of block.segments) {
			if (options.checkedOnly && !segment.checked) continue;
			lines.push(`\t\t<tu tuid="${escapeXml(segment.id)}">`);
			lines.push(prop('block', String(b + 1), undefined, '\t\t\t'), prop('kind', block.kind, undefined, '\t\t\t'));
			if (segment.confidence !== undefined) lines.push(prop('confidence', String(segment.confidence), undefined, '\t\t\t'));
			if (segment.checked) lines.push(prop('checked', 'true', undefined, '\t\t\t'));
			for (const [lang, space] of Object.entries(segment.space ?? {})) {
				// As a JSON string, so that line breaks survive XML whitespace handling and stay visible.
				lines.push(prop('space', JSON.stringify(space), lang, '\t\t\t'));
			}
			const variants: string[] = [];
			for (const lang of languages) {
				const text = segment.text[lang] ?? '';
				if (text === '') continue;
				if (hasNotXml.test(text)) lines.push(prop('text', text, lang, '\t\t\t'));
				variants.push(`\t\t\t<tuv xml:lang="${escapeXml(lang)}"><seg>${escapeXml(xmlSafe(text))}</seg></tuv>`);
			}
			lines.push(...variants, '\t\t</tu>');
		}
	});
	lines.push('\t</body>', '</tmx>', '');
	return lines.join('\n');
}

// The original first, then the other languages in the document's order.
function orderedLanguages(document: AlignedDocument): string[] {
	return [document.original, ...Object.keys(document.languages).filter((lang) => lang !== document.original)];
}

// ---- reading -------------------------------------------------------------------------------------

/** A TMX file that cannot be read, with the line and column where known. */
export class TmxError extends Error {
	constructor(
		message: string,
		readonly line?: number,
		readonly column?: number
	) {
		super(message);
		this.name = 'TmxError';
	}
}

/** One translation unit as read: its id, its props, its text per language. */
export interface TranslationUnit {
	id?: string;
	props: Prop[];
	variants: Record<string, string>;
}

export interface Prop {
	type: string;
	lang?: string;
	value: string;
}

export interface TmxContent {
	/** The header's srclang (`*all*` when the file says so). */
	sourceLanguage: string;
	/** Every language with text, the source language first. */
	languages: string[];
	props: Prop[];
	notes: DocumentNote[];
	units: TranslationUnit[];
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
	preserveOrder: true, // <seg> holds mixed content: text and inline codes, in order
	ignoreAttributes: false,
	attributeNamePrefix: '',
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	processEntities: true,
	htmlEntities: true, // also decodes numeric character references (&#10;); named HTML ones are refused before
	captureMetaData: true // where each element starts, for messages
});
const metadata = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Elements TMX 1.4b defines; anything else is refused rather than silently dropped. */
const tmxElements = new Set(['tmx', 'header', 'body', 'tu', 'tuv', 'seg', 'prop', 'note', 'ude', 'map', 'bpt', 'ept', 'it', 'ph', 'hi', 'sub', 'ut']);
/** Deeper than this is not a TMX (a real one is under 10 deep): refused before parsing. */
export const maxTmxNesting = 100;

/**
 * The text of a TMX file's bytes: UTF-8 or UTF-16 (little- or big-endian, told by the byte order
 * mark or by how `<?xml` is written), strictly decoded. Any other encoding, or one the XML
 * declaration names and the bytes are not, is refused with a `TmxError` that says so.
 */
export function decodeTmx(bytes: Uint8Array): string {
	const [a, b, c, d] = bytes;
	if ((a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) || (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00)) {
		throw new TmxError('the file is UTF-32, which this reader does not take; save it as UTF-8 or UTF-16');
	}
	let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
	let start = 0;
	if (a === 0xef && b === 0xbb && c === 0xbf) start = 3;
	else if (a === 0xff && b === 0xfe) [encoding, start] = ['utf-16le', 2];
	else if (a === 0xfe && b === 0xff) [encoding, start] = ['utf-16be', 2];
	else if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) encoding = 'utf-16le';
	else if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) encoding = 'utf-16be';

	let text: string;
	if (encoding === 'utf-8') {
		const decoded = decodeUtf8(bytes.subarray(start));
		if ('error' in decoded) {
			const declared = declaredEncoding(new TextDecoder('latin1').decode(bytes.subarray(0, 200)));
			if (declared && !/^utf-?8$/i.test(declared)) throw new TmxError(`the file is in ${declared}; save it as UTF-8 or UTF-16 and try again`);
			throw new TmxError(`is not UTF-8 text (${describeUtf8Error(decoded.error)}); save it as UTF-8 or UTF-16 and try again`, decoded.error.line, decoded.error.column);
		}
		text = decoded.text;
	} else {
		try {
			text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
		} catch {
			throw new TmxError(`is not ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text throughout (an odd byte count or a broken surrogate pair)`);
		}
	}
	const declared = declaredEncoding(text);
	if (declared !== undefined) {
		const utf16 = /^utf-?16(le|be)?$/i.test(declared);
		const utf8 = /^utf-?8$/i.test(declared);
		if (!utf8 && !utf16) throw new TmxError(`the file says it is in ${declared}; only UTF-8 and UTF-16 are read: save it as one of those`);
		if (utf16 && encoding === 'utf-8') throw new TmxError('the file says it is UTF-16 but is written as UTF-8 (or has lost its byte order mark)');
	}
	return text;
}

function declaredEncoding(text: string): string | undefined {
	return /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
}

/** Reads TMX text (any version 1.x) into its translation units. Throws `TmxError`. */
export function parseTmx(xml: string): TmxContent {
	xml = xml.replace(/^\uFEFF/, '');
	const lines = lineStarts(xml);
	const at = (offset: number) => position(lines, offset);
	checkXmlText(xml, at);
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new TmxError(`not well-formed XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
	let nodes: XmlNode[];
	try {
		nodes = parser.parse(xml) as XmlNode[];
	} catch (error) {
		throw new TmxError(`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
	}
	const roots = nodes.filter((node) => elementName(node) !== undefined);
	const first = roots[0];
	if (!first || elementName(first) !== 'tmx') throw new TmxError(`no <tmx> element${first ? ` (the root is <${elementName(first)}>)` : ''}: this is not a TMX file`);
	const second = roots[1];
	if (second) throw new TmxError(`a second root element <${elementName(second)}> after <tmx>: an XML file has exactly one`, ...lineOf(second, at));
	checkElements(first, at);

	const tmx = children(first, 'tmx');
	const header = tmx.find((node) => has(node, 'header'));
	const body = tmx.find((node) => has(node, 'body'));
	if (!header || !body) throw new TmxError('a TMX file needs a <header> and a <body>');
	const sourceLanguage = canonicalLanguage(attribute(header, 'srclang') ?? '*all*');

	const headerChildren = children(header, 'header');
	const props = headerChildren.filter((node) => has(node, 'prop')).map(readProp);
	// Notes in order: <note> elements, and notes written as props because they hold characters XML cannot.
	const notes: DocumentNote[] = [];
	for (const node of headerChildren) {
		if (has(node, 'note')) notes.push({ lang: canonicalLanguage(attribute(node, 'xml:lang') ?? 'en'), text: cleanText(textOf(children(node, 'note'))) });
		else if (has(node, 'prop')) {
			const p = readProp(node);
			if (p.type === `${prefix}note` && p.lang) notes.push({ lang: p.lang, text: p.value });
		}
	}

	const languages = new Set<string>();
	if (sourceLanguage !== '*all*') languages.add(sourceLanguage);
	// Our own files name every language by its title, in the document's order, even one that has no
	// text in any segment (and so no <tuv> at all).
	for (const p of props) if (p.type === `${prefix}title` && p.lang) languages.add(p.lang);
	const units = children(body, 'body')
		.filter((node) => has(node, 'tu'))
		.map((tu): TranslationUnit => {
			const parts = children(tu, 'tu');
			const unitProps = parts.filter((node) => has(node, 'prop')).map(readProp);
			const variants: Record<string, string> = {};
			for (const tuv of parts.filter((node) => has(node, 'tuv'))) {
				const raw = attribute(tuv, 'xml:lang') ?? attribute(tuv, 'lang'); // TMX 1.1 wrote lang=
				if (!raw) throw new TmxError(`a <tuv> in unit ${attribute(tu, 'tuid') ?? '(no tuid)'} has no xml:lang`, ...lineOf(tuv, at));
				const lang = canonicalLanguage(raw);
				const seg = children(tuv, 'tuv').find((node) => has(node, 'seg'));
				const shown = seg ? cleanText(textOf(children(seg, 'seg'))) : '';
				// The exact text, when XML could not hold it, if the visible one is still what was written.
				const exact = unitProps.find((p) => p.type === `${prefix}text` && p.lang === lang)?.value;
				variants[lang] = exact !== undefined && xmlSafe(exact) === shown ? exact : shown;
				languages.add(lang);
			}
			return { id: attribute(tu, 'tuid'), props: unitProps, variants };
		});
	return { sourceLanguage, languages: [...languages], props, notes, units };
}

// What a well-formed XML 1.0 document cannot contain, which fast-xml-parser lets through: characters
// outside XML's range, entities other than the five predefined ones (a DOCTYPE internal subset would
// declare more, and could expand them without end), character references to characters XML does not
// allow, and nesting deep enough to exhaust a parser.
function checkXmlText(xml: string, at: (offset: number) => [number, number]): void {
	const bad = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
	if (bad) throw new TmxError(`contains the character ${codePoint(bad[0])}, which XML does not allow`, ...at(bad.index));
	// Comments, CDATA sections and processing instructions are blanked out (same length), so what
	// follows only looks at markup and text.
	const scan = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (m) => ' '.repeat(m.length));
	const doctype = /<!DOCTYPE[^>[]*\[/i.exec(scan);
	if (doctype) {
		throw new TmxError('the file declares entities or elements of its own (a DOCTYPE with an internal subset); TMX needs none, and they are not read', ...at(doctype.index));
	}
	for (const match of scan.matchAll(/&(#x[0-9A-Fa-f]+|#[0-9]+|[^\s;&<]*);?/g)) {
		const [reference, name = ''] = match;
		const offset = match.index ?? 0;
		if (!reference.endsWith(';')) continue; // a bare & is reported by the well-formedness check
		if (name.startsWith('#')) {
			const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			if (!isXmlCharacter(code)) {
				throw new TmxError(`the character reference ${reference} names a character XML does not allow${code <= 0x10ffff ? ` (${codePoint(String.fromCodePoint(code))})` : ''}`, ...at(offset));
			}
		} else if (!['amp', 'lt', 'gt', 'quot', 'apos'].includes(name)) {
			throw new TmxError(`the entity ${reference} is not defined (XML knows only &amp; &lt; &gt; &quot; &apos;; write other characters as themselves or as &#…;)`, ...at(offset));
		}
	}
	let depth = 0;
	for (const tag of scan.matchAll(/<(\/?)[A-Za-z_][^\s/>]*[^>]*?(\/?)>/g)) {
		if (tag[1]) depth--;
		else if (!tag[2] && ++depth > maxTmxNesting) {
			throw new TmxError(`elements nested more than ${maxTmxNesting} deep; a TMX file needs fewer than 10`, ...at(tag.index ?? 0));
		}
	}
}

function isXmlCharacter(code: number): boolean {
	return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

// Refuses elements TMX does not define: their text would otherwise be lost without a word.
function checkElements(root: XmlNode, at: (offset: number) => [number, number]): void {
	const stack: XmlNode[] = [root];
	for (let node = stack.pop(); node; node = stack.pop()) {
		const name = elementName(node);
		if (name === undefined) continue;
		if (!tmxElements.has(name)) throw new TmxError(`<${name}> is not a TMX element; its content would be lost, so the file is refused`, ...lineOf(node, at));
		stack.push(...children(node, name));
	}
}

/** The element's name, or undefined for text, comments and the XML declaration. */
function elementName(node: XmlNode): string | undefined {
	return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?'));
}

function lineOf(node: XmlNode, at: (offset: number) => [number, number]): [number, number] | [] {
	const start = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[metadata]?.startIndex;
	return start === undefined ? [] : at(start);
}

const has = (node: XmlNode, name: string): boolean => Object.hasOwn(node, name);

function attribute(node: XmlNode, name: string): string | undefined {
	const attributes = node[':@'];
	return attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}

function children(node: XmlNode, name: string): XmlNode[] {
	const value = has(node, name) ? node[name] : undefined;
	return Array.isArray(value) ? (value as XmlNode[]) : [];
}

// A prop as read; an exact "-json" prop (see toTmx) becomes the plain prop it stands for.
function readProp(node: XmlNode): Prop {
	const lang = attribute(node, 'xml:lang');
	let type = attribute(node, 'type') ?? '';
	let value = textOf(children(node, 'prop'));
	if (type.startsWith(prefix) && type.endsWith('-json')) {
		try {
			const parsed: unknown = JSON.parse(value);
			if (typeof parsed === 'string') [type, value] = [type.slice(0, -'-json'.length), parsed];
		} catch {
			// not ours after all: kept as it is, and ignored
		}
	}
	return { type, value, ...(lang ? { lang: canonicalLanguage(lang) } : {}) };
}

// The text of mixed content. Inline codes that stand for native markup (<bpt>, <ept>, <it>, <ph>)
// and sub-flows (<sub>) are not text and are dropped; <hi> and <ut> wrap text and keep it.
function textOf(nodes: XmlNode[]): string {
	let text = '';
	for (const node of nodes) {
		if (has(node, '#text')) text += String(node['#text']);
		else if (has(node, 'hi')) text += textOf(children(node, 'hi'));
	}
	return text;
}

// Segments from other tools may carry line breaks and padding the document format does not allow.
function cleanText(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ').trim().normalize('NFC');
}

function canonicalLanguage(tag: string): string {
	if (tag === '*all*') return tag;
	try {
		return Intl.getCanonicalLocales(tag)[0] ?? tag;
	} catch {
		throw new TmxError(`"${tag}" is not a valid language tag`);
	}
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

function position(lines: number[], offset: number): [number, number] {
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((lines[mid] ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return [low + 1, offset - (lines[low] ?? 0) + 1];
}

function codePoint(char: string): string {
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What to fill in when the TMX does not say it (a TMX from another tool says none of it). */
export interface TmxDocumentDefaults {
	id?: string;
	original?: string;
	titles?: Record<string, string>;
	source?: SourceInfo;
	translation?: TranslationCredit;
}

/**
 * A document from TMX content: metadata from the x-muqabala props, or else from `defaults`; one
 * block per x-muqabala-block value, or one block per unit when the file has none.
 */
export function documentFromTmx(content: TmxContent, defaults: TmxDocumentDefaults = {}): AlignedDocument {
	const headerProp = (type: string, lang?: string) =>
		content.props.find((p) => p.type === prefix + type && (lang === undefined || p.lang === lang))?.value;
	const original = defaults.original ?? (content.sourceLanguage !== '*all*' ? content.sourceLanguage : content.languages[0]);
	if (!original) throw new TmxError('the file has no languages: no <tuv> and no srclang');
	const languages = [original, ...content.languages.filter((lang) => lang !== original)];
	if (languages.length < 2) throw new TmxError(`the file has text in one language only (${original}); a document needs a translation`);

	const id = defaults.id ?? headerProp('id');
	if (!id) throw new TmxError('the file does not name the document (no x-muqabala-id prop): give an id');

	// A file written by `toTmx` names its document; its translation credits may be partial or empty.
	const ours = headerProp('id') !== undefined;
	const entries: Record<string, LanguageEntry> = {};
	for (const lang of languages) {
		const title = defaults.titles?.[lang] ?? headerProp('title', lang);
		if (!title) throw new TmxError(`the file gives no title in "${lang}": give one`);
		const entry: LanguageEntry = { title };
		if (lang !== original) {
			const credit = defaults.translation ?? translationCredit(content, lang, ours);
			if (!credit) throw new TmxError(`the file does not say who translated "${lang}" and how: give the translator and method`);
			entry.translation = credit;
		}
		entries[lang] = entry;
	}

	const source: Record<string, string | Record<string, string>> = { ...defaults.source };
	for (const p of content.props) {
		if (!p.type.startsWith(`${prefix}source-`)) continue;
		const key = p.type.slice(prefix.length + 7);
		if (!sourceKeys.includes(key)) continue; // not a field of the format: nothing to keep
		if (key === 'publisherNames') {
			if (p.lang && !Object.hasOwn(defaults.source ?? {}, key)) source[key] = { ...(source[key] as Record<string, string> | undefined), [p.lang]: p.value };
		} else if (!Object.hasOwn(source, key)) {
			source[key] = p.value;
		}
	}

	const blocks: Block[] = [];
	let lastBlock: string | undefined;
	const usedIds = new Set<string>();
	content.units.forEach((unit, u) => {
		const unitProp = (type: string) => unit.props.find((p) => p.type === prefix + type);
		const text: Record<string, string> = {};
		for (const lang of languages) text[lang] = (Object.hasOwn(unit.variants, lang) ? unit.variants[lang] : undefined) ?? '';
		if (Object.values(text).every((t) => t === '')) return; // nothing to show
		const segmentId = unit.id && isSegmentId(unit.id) && !usedIds.has(unit.id) ? unit.id : `tu-${u + 1}`;
		usedIds.add(segmentId);
		const segment: Segment = { id: segmentId, text };
		for (const p of unit.props.filter((p) => p.type === `${prefix}space` && p.lang)) {
			segment.space = { ...segment.space, [p.lang as string]: parseSpace(p.value) };
		}
		// The aligner's confidence and a person's check travel with the unit (issue 9).
		const confidence = unitProp('confidence')?.value;
		if (confidence !== undefined && confidence.trim() !== '' && Number.isFinite(Number(confidence)) && Number(confidence) >= 0 && Number(confidence) <= 1) {
			segment.confidence = Number(confidence);
		}
		if (unitProp('checked')?.value === 'true') segment.checked = true;
		const blockKey = unitProp('block')?.value ?? `unit-${u}`;
		if (blockKey !== lastBlock || blocks.length === 0) {
			const kind = unitProp('kind')?.value;
			blocks.push({ kind: isBlockKind(kind) ? kind : 'paragraph', segments: [] });
			lastBlock = blockKey;
		}
		blocks[blocks.length - 1]?.segments.push(segment);
	});
	if (blocks.length === 0) throw new TmxError('the file has no translation units with text');

	return {
		format: 1,
		id,
		original,
		languages: entries,
		...(Object.keys(source).length > 0 || defaults.source ? { source: source as unknown as SourceInfo } : {}),
		...(content.notes.length > 0 ? { notes: content.notes } : {}),
		blocks
	};
}

const sourceKeys = ['publisher', 'publisherNames', 'site', 'articleId', 'published', 'timeZone', 'url'];
const creditKeys = ['by', 'method', 'date', 'note'];

// The credit the file gives a translation: from our own file, whatever it says (even nothing);
// from another tool's, only a complete one (who and how).
function translationCredit(content: TmxContent, lang: string, ours: boolean): TranslationCredit | undefined {
	const credit: Record<string, string> = {};
	for (const p of content.props) {
		if (p.lang !== lang || !p.type.startsWith(`${prefix}translation-`)) continue;
		const key = p.type.slice(prefix.length + 12);
		if (creditKeys.includes(key)) credit[key] = p.value;
	}
	if (!ours && (!credit.by || !credit.method)) return undefined;
	return credit as TranslationCredit;
}

function parseSpace(value: string): string {
	try {
		const parsed: unknown = JSON.parse(value);
		if (typeof parsed === 'string') return parsed;
	} catch {
		// fall through: not JSON, take it as written
	}
	return value;
}

function isBlockKind(kind: string | undefined): kind is BlockKind {
	return (blockKinds as readonly string[]).includes(kind ?? '');
}
