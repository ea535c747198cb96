// TMX 1.4b, the translation-memory exchange format CAT tools read: one translation unit (<tu>) per
// segment, one variant (<tuv xml:lang>) per language that has text. What TMX has no place for
// (titles, credits, publisher, block structure, the whitespace between segments) travels in
// <prop type="x-muqabala-…"> elements, which TMX reserves for tool-specific data and other tools
// ignore; with them, a TMX written here reads back into the same document.
// Spec: https://www.gala-global.org/tmx-14b
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isSegmentId } from '../document/ids';
import { blockKinds, type AlignedDocument, type Block, type BlockKind, type DocumentNote, type LanguageEntry, type Segment, type SourceInfo, type TranslationCredit, type TranslationMethod } from '../document/types';

/** Written in the header as the creating tool. */
export const creationTool = { name: 'muqabala', version: '1' };

const prefix = 'x-muqabala-';

/** Escapes text for XML element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

const prop = (type: string, value: string, lang?: string, indent = '\t\t') =>
	`${indent}<prop type="${escapeXml(prefix + type)}"${lang ? ` xml:lang="${escapeXml(lang)}"` : ''}>${escapeXml(value)}</prop>`;

/** The document as TMX 1.4b text. */
export function toTmx(document: AlignedDocument): string {
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
	for (const note of document.notes ?? []) lines.push(`\t\t<note xml:lang="${escapeXml(note.lang)}">${escapeXml(note.text)}</note>`);
	lines.push('\t</header>', '\t<body>');
	document.blocks.forEach((block, b) => {
		for (const segment of block.segments) {
			lines.push(`\t\t<tu tuid="${escapeXml(segment.id)}">`);
			lines.push(prop('block', String(b + 1), undefined, '\t\t\t'), prop('kind', block.kind, undefined, '\t\t\t'));
			for (const [lang, space] of Object.entries(segment.space ?? {})) {
				// As a JSON string, so that line breaks survive XML whitespace handling and stay visible.
				lines.push(prop('space', JSON.stringify(space), lang, '\t\t\t'));
			}
			if (segment.confidence !== undefined) lines.push(prop('confidence', String(segment.confidence), undefined, '\t\t\t'));
			if (segment.checked) lines.push(prop('checked', 'true', undefined, '\t\t\t'));
			for (const lang of languages) {
				const text = segment.text[lang] ?? '';
				if (text !== '') lines.push(`\t\t\t<tuv xml:lang="${escapeXml(lang)}"><seg>${escapeXml(text)}</seg></tuv>`);
			}
			lines.push('\t\t</tu>');
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
	htmlEntities: true // also decodes numeric character references (&#10;), which TMX files use
});

/** Reads TMX text (any version 1.x) into its translation units. Throws `TmxError`. */
export function parseTmx(xml: string): TmxContent {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new TmxError(`not well-formed XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
	const root = (parser.parse(xml) as XmlNode[]).find((node) => 'tmx' in node);
	if (!root) throw new TmxError('no <tmx> element: this is not a TMX file');
	const tmx = children(root, 'tmx');
	const header = tmx.find((node) => 'header' in node);
	const body = tmx.find((node) => 'body' in node);
	if (!header || !body) throw new TmxError('a TMX file needs a <header> and a <body>');
	const sourceLanguage = canonicalLanguage(header[':@']?.srclang ?? '*all*');

	const headerChildren = children(header, 'header');
	const props = headerChildren.filter((node) => 'prop' in node).map(readProp);
	const notes = headerChildren
		.filter((node) => 'note' in node)
		.map((node) => ({ lang: canonicalLanguage(node[':@']?.['xml:lang'] ?? 'en'), text: cleanText(textOf(children(node, 'note'))) }));

	const languages = new Set<string>();
	if (sourceLanguage !== '*all*') languages.add(sourceLanguage);
	const units = children(body, 'body')
		.filter((node) => 'tu' in node)
		.map((tu): TranslationUnit => {
			const parts = children(tu, 'tu');
			const variants: Record<string, string> = {};
			for (const tuv of parts.filter((node) => 'tuv' in node)) {
				const attributes = tuv[':@'] ?? {};
				const raw = attributes['xml:lang'] ?? attributes.lang; // TMX 1.1 wrote lang=
				if (!raw) throw new TmxError(`a <tuv> in unit ${tu[':@']?.tuid ?? '(no tuid)'} has no xml:lang`);
				const lang = canonicalLanguage(raw);
				const seg = children(tuv, 'tuv').find((node) => 'seg' in node);
				variants[lang] = seg ? cleanText(textOf(children(seg, 'seg'))) : '';
				languages.add(lang);
			}
			return { id: tu[':@']?.tuid, props: parts.filter((node) => 'prop' in node).map(readProp), variants };
		});
	return { sourceLanguage, languages: [...languages], props, notes, units };
}

function children(node: XmlNode, name: string): XmlNode[] {
	const value = node[name];
	return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function readProp(node: XmlNode): Prop {
	const attributes = node[':@'] ?? {};
	const lang = attributes['xml:lang'];
	return { type: attributes.type ?? '', value: textOf(children(node, 'prop')), ...(lang ? { lang: canonicalLanguage(lang) } : {}) };
}

// The text of mixed content. Inline codes that stand for native markup (<bpt>, <ept>, <it>, <ph>)
// and sub-flows (<sub>) are not text and are dropped; <hi> and <ut> wrap text and keep it.
function textOf(nodes: XmlNode[]): string {
	let text = '';
	for (const node of nodes) {
		if ('#text' in node) text += String(node['#text']);
		else if ('hi' in node) text += textOf(children(node, 'hi'));
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

	const entries: Record<string, LanguageEntry> = {};
	for (const lang of languages) {
		const title = defaults.titles?.[lang] ?? headerProp('title', lang);
		if (!title) throw new TmxError(`the file gives no title in "${lang}": give one`);
		const entry: LanguageEntry = { title };
		if (lang !== original) {
			const credit = defaults.translation ?? translationCredit(content, lang);
			if (!credit) throw new TmxError(`the file does not say who translated "${lang}" and how: give the translator and method`);
			entry.translation = credit;
		}
		entries[lang] = entry;
	}

	const source: Record<string, string | Record<string, string>> = { ...defaults.source };
	for (const p of content.props) {
		if (!p.type.startsWith(`${prefix}source-`)) continue;
		const key = p.type.slice(prefix.length + 7);
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
		for (const lang of languages) text[lang] = unit.variants[lang] ?? '';
		if (Object.values(text).every((t) => t === '')) return; // nothing to show
		const segmentId = unit.id && isSegmentId(unit.id) && !usedIds.has(unit.id) ? unit.id : `tu-${u + 1}`;
		usedIds.add(segmentId);
		const segment: Segment = { id: segmentId, text };
		for (const p of unit.props.filter((p) => p.type === `${prefix}space` && p.lang)) {
			segment.space = { ...segment.space, [p.lang as string]: parseSpace(p.value) };
		}
		// The aligner's confidence and a person's check travel with the unit (issue 9).
		const confidence = Number(unitProp('confidence')?.value);
		if (unitProp('confidence') && Number.isFinite(confidence) && confidence >= 0 && confidence <= 1) segment.confidence = confidence;
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
		source: source as unknown as SourceInfo,
		...(content.notes.length > 0 ? { notes: content.notes } : {}),
		blocks
	};
}

function translationCredit(content: TmxContent, lang: string): TranslationCredit | undefined {
	const credit: Record<string, string> = {};
	for (const p of content.props) {
		if (p.lang === lang && p.type.startsWith(`${prefix}translation-`)) credit[p.type.slice(prefix.length + 12)] = p.value;
	}
	if (!credit.by || !credit.method) return undefined;
	return { ...credit, by: credit.by, method: credit.method as TranslationMethod };
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
