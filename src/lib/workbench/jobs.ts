// The work the align worker does, as plain functions of plain data: reading a text file, aligning
// two texts into a document, opening a Muqabala document or a TMX file, writing an export. They
// call the same modules as the CLI (importer, validator, TMX reader, writers): one code path. Kept
// out of align.worker.ts so unit tests run them directly; every failure is a WorkbenchError.
import { idFrom, ImportError, importTexts, unevenFactor, type ImportNote, type ImportProblem } from '../align/import';
import { realign } from '../align/realign';
import type { AlignedDocument, SourceInfo, TranslationCredit } from '../document/types';
import { validateDocumentBytes, validateDocumentValue } from '../document/validate';
import { parsePlainText } from '../export/plain-text';
import { decodeTmx, documentFromTmx, parseTmx, TmxError, type TmxDocumentDefaults } from '../export/tmx';
import { isLanguageTag } from '../text/language';
import { detectLanguage, type Detection } from '../text/script';
import { exportDocument } from './exports';
import type { ExportFile, ExportFormat } from './export-formats';
import { fileKind, maxFileBytes, readTextFile } from './files';
import { WorkbenchError, type TextSide, type WorkbenchProblem } from './problems';
import { prepareDocument, toReviewEntry, type PreparedDocument, type ReviewEntry } from './texts';

/** A text as the page has it: pasted, or the bytes of a chosen file (with the encoding chosen, if any). */
export type TextInput = { text: string } | { name: string; bytes: Uint8Array; encoding?: string };

export interface AlignRequest {
	original: TextInput;
	translation: TextInput;
	/** BCP 47 tags, as detected and perhaps changed on the page. */
	from: string;
	to: string;
	titles?: { original?: string; translation?: string };
	source?: SourceInfo;
	credit?: TranslationCredit;
	/** Align even when one text is many times as long as the other. */
	allowUneven?: boolean;
}

export interface AlignResult {
	document: AlignedDocument;
	review: ReviewEntry[];
	notes: ImportNote[];
	/** Segments by shape (`1:1`, `2:1`, …). */
	shapes: Record<string, number>;
}

export type InspectResult =
	| { kind: 'text'; encoding: string; characters: number; detection: Detection }
	/** Not a plain text but a document or a TMX file: the page opens it as such. */
	| { kind: 'document' | 'tmx' };

export type OpenedFormat = 'json' | 'tmx';

/** One text's bytes read into text, or a WorkbenchError naming the file. */
function textOf(input: TextInput, side: TextSide): { text: string; name?: string } {
	if ('text' in input) {
		if (input.text.trim() === '') throw new WorkbenchError([{ code: 'missing', side }]);
		return { text: input.text };
	}
	const read = readTextFile(input.bytes, input.name, input.encoding);
	if (!read.ok) throw new WorkbenchError([read.problem]);
	return { text: read.text, name: input.name };
}

/** A chosen file's encoding, length and language, for the form; refuses what cannot be read as text. */
export function inspectText(input: { name: string; bytes: Uint8Array; encoding?: string }): InspectResult {
	if (!input.encoding && input.bytes.length > 0 && input.bytes.length <= maxFileBytes) {
		const kind = fileKind(input.bytes, input.name);
		if (kind.kind === 'document' || kind.kind === 'tmx') return { kind: kind.kind };
	}
	const read = readTextFile(input.bytes, input.name, input.encoding);
	if (!read.ok) throw new WorkbenchError([read.problem]);
	return { kind: 'text', encoding: read.encoding, characters: read.text.length, detection: detectLanguage(read.text) };
}

/** Aligns two texts into a document with the importer `muqabala import` uses. */
export function alignTexts(request: AlignRequest, onProgress?: (done: number, total: number) => void): AlignResult {
	const problems: WorkbenchProblem[] = [];
	const read = (input: TextInput, side: TextSide) => {
		try {
			return textOf(input, side);
		} catch (error) {
			if (!(error instanceof WorkbenchError)) throw error;
			problems.push(...error.problems);
			return undefined;
		}
	};
	const original = read(request.original, 'original');
	const translation = read(request.translation, 'translation');
	for (const [side, tag] of [['original', request.from], ['translation', request.to]] as const) {
		if (!isLanguageTag(tag)) problems.push({ code: 'bad-language', side, tag });
	}
	if (problems.length === 0 && Intl.getCanonicalLocales(request.from)[0] === Intl.getCanonicalLocales(request.to)[0]) {
		problems.push({ code: 'same-language', language: request.from });
	}
	if (problems.length > 0 || !original || !translation) throw new WorkbenchError(problems);

	// The importer refuses uneven texts too, but in English words: measured here, the page can say
	// so in its own and offer to align them anyway.
	const originalText = parsePlainText(original.text);
	const translationText = parsePlainText(translation.text);
	if (!request.allowUneven) {
		const length = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);
		const a = length(originalText.paragraphs);
		const b = length(translationText.paragraphs);
		const factor = Math.max(a, b) / Math.max(1, Math.min(a, b));
		if (a > 0 && b > 0 && factor > unevenFactor) {
			throw new WorkbenchError([{ code: 'uneven', longer: a >= b ? 'original' : 'translation', factor, characters: [a, b] }]);
		}
	}

	const titles = clean(request.titles ?? {});
	try {
		const result = importTexts({
			original: original.text,
			translation: translation.text,
			names: { ...(original.name ? { original: original.name } : {}), ...(translation.name ? { translation: translation.name } : {}) },
			from: request.from,
			to: request.to,
			// A pasted text has no file name to take the id from: it comes from the translation's title.
			id: idFrom(original.name, titles.translation ?? translationText.paragraphs[0]),
			titles,
			...(request.source && Object.keys(request.source).length > 0 ? { source: request.source } : {}),
			credit: request.credit ?? {},
			allowUneven: true,
			onProgress: onProgress && progressOf(onProgress)
		});
		const review = result.review.map(toReviewEntry);
		return { document: result.document, review, notes: result.notes, shapes: result.stats.shapes };
	} catch (error) {
		if (error instanceof ImportError) throw new WorkbenchError(error.problems.map(fromImportProblem));
		throw error;
	}
}

/** Share of an alignment's work in the paragraph pass; the sentence passes do the rest. */
const paragraphShare = 0.2;

/**
 * One progress for the whole alignment, from the aligner's per-pass progress: the paragraph pass
 * fills the first fifth, the sentence pass most of the rest, and the bar never moves back (the
 * sentence pass may run twice; the last steps report nothing). Reported in thousandths.
 */
export function progressOf(report: (done: number, total: number) => void): (done: number, total: number, phase?: 'paragraphs' | 'sentences') => void {
	let shown = 0;
	return (done, total, phase) => {
		const share = total > 0 ? Math.min(1, done / total) : 0;
		const overall = phase === 'sentences' ? paragraphShare + (0.95 - paragraphShare) * share : paragraphShare * share;
		const thousandths = Math.floor(overall * 1000);
		if (thousandths <= shown) return;
		shown = thousandths;
		report(thousandths, 1000);
	};
}

function clean<T extends Record<string, string | undefined>>(values: T): Partial<T> {
	const out: Partial<T> = {};
	for (const [key, value] of Object.entries(values)) {
		const trimmed = value?.replace(/\s+/gu, ' ').trim();
		if (trimmed) out[key as keyof T] = trimmed as T[keyof T];
	}
	return out;
}

function fromImportProblem(problem: ImportProblem): WorkbenchProblem {
	return {
		code: 'import',
		field: problem.field,
		detail: problem.message,
		...(problem.line !== undefined ? { line: problem.line } : {}),
		...(problem.column !== undefined ? { column: problem.column } : {}),
		...(problem.pointer !== undefined ? { pointer: problem.pointer } : {})
	};
}

/** Opens a Muqabala document (JSON) or a TMX file, told apart by name and content. */
export function openDocument(file: { name: string; bytes: Uint8Array }): { document: AlignedDocument; format: OpenedFormat } {
	const { name, bytes } = file;
	if (bytes.length > maxFileBytes) throw new WorkbenchError([{ code: 'too-large', name, size: bytes.length, limit: maxFileBytes }]);
	if (bytes.length === 0) throw new WorkbenchError([{ code: 'empty', name }]);
	const kind = fileKind(bytes, name);
	if (kind.kind === 'binary') throw new WorkbenchError([{ code: 'binary', name, format: kind.format }]);
	if (kind.kind === 'tmx') return { document: openTmx(name, bytes), format: 'tmx' };
	// JSON, or a text that is neither: the validator says what is wrong with it, as `muqabala validate` would.
	const result = validateDocumentBytes(bytes);
	if (!result.document) throw new WorkbenchError([{ code: 'invalid-document', name, problems: result.problems }]);
	return { document: result.document, format: 'json' };
}

function openTmx(name: string, bytes: Uint8Array): AlignedDocument {
	let document: AlignedDocument;
	try {
		const content = parseTmx(decodeTmx(bytes));
		// A file from another tool names neither the document nor its titles nor its translator:
		// the file's name stands in for the titles (they can be renamed), the credit is unknown.
		const defaults: TmxDocumentDefaults = {};
		const prop = (type: string, lang?: string) => content.props.some((p) => p.type === `x-muqabala-${type}` && (lang === undefined || p.lang === lang));
		const stem = name.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '').replace(/\s+/gu, ' ').trim() || name;
		if (!prop('id')) {
			defaults.id = idFrom(stem, stem);
			defaults.translation = {};
		}
		const titles: Record<string, string> = {};
		for (const lang of content.languages) if (!prop('title', lang)) titles[lang] = stem;
		if (Object.keys(titles).length > 0) defaults.titles = titles;
		document = documentFromTmx(content, defaults);
	} catch (error) {
		if (error instanceof TmxError) {
			throw new WorkbenchError([{ code: 'tmx', name, detail: error.message, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column !== undefined ? { column: error.column } : {}) }]);
		}
		throw error;
	}
	// What the TMX reader built is checked like any document: only valid documents are kept.
	const problems = validateDocumentValue(document);
	if (problems.length > 0) throw new WorkbenchError([{ code: 'invalid-document', name, problems }]);
	return document;
}

/** An export of a document given as JSON text (as it is kept), written by the CLI's writers. */
/**
 * The document (JSON text, as kept) aligned again around its checked pairs, as the editor's
 * "Re-align the rest" asks: checked pairs and chapter titles stay exactly as they are, the text
 * between them is aligned afresh. The result is validated like every document the page keeps.
 */
export function realignKept(json: string): PreparedDocument {
	const document = JSON.parse(json) as AlignedDocument;
	const realigned = realign(document);
	const problems = validateDocumentValue(realigned);
	if (problems.length > 0) throw new WorkbenchError([{ code: 'internal', detail: `re-alignment made an invalid document: ${problems[0]!.pointer} ${problems[0]!.message}` }]);
	return prepareDocument(realigned);
}

export function writeExport(json: string, format: ExportFormat, schemaUrl?: string): ExportFile {
	return exportDocument(JSON.parse(json) as AlignedDocument, format, { schemaUrl });
}
