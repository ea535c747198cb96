// Tab-separated values: one row per segment, `id`, the original, the translation. Tabs, line breaks
// and backslashes inside a field are written as \t, \n, \r and \\ (the convention of PostgreSQL's
// COPY and of "linear TSV"), so every row stays one line with exactly three fields.
//
// Spreadsheets run a cell that begins with =, +, -, @ (or a tab or carriage return) as a formula
// ("CSV injection"), so by default such a cell is written with a leading apostrophe, which
// spreadsheets read as "this is text" and do not show (OWASP's advice). A cell that already begins
// with apostrophes followed by one of those characters gets one more, so `parseTsv` can take
// exactly one away again and every text reads back as it was.
import type { AlignedDocument } from '../document/types';

/** Escapes one TSV field. */
export function escapeTsvField(text: string): string {
	return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c);
}

/** Undoes `escapeTsvField`. */
export function unescapeTsvField(field: string): string {
	return field.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);
}

const formulaStart = /^'*[=+\-@\t\r]/;
const protectedStart = /^'+[=+\-@\t\r]/;

/** `text` as a cell a spreadsheet will not run: an apostrophe before a formula-like start. */
export function protectFormula(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes `protectFormula`. */
export function unprotectFormula(cell: string): string {
	return protectedStart.test(cell) ? cell.slice(1) : cell;
}

/** The translation language to export: the one asked for, or the document's only translation. */
export function translationLanguage(document: AlignedDocument, wanted?: string): string {
	const translations = Object.keys(document.languages).filter((lang) => lang !== document.original);
	if (wanted !== undefined) {
		if (!translations.includes(wanted)) throw new Error(`the document has no "${wanted}" translation (it has ${translations.join(', ')})`);
		return wanted;
	}
	if (translations.length !== 1) throw new Error(`the document has ${translations.length} translations (${translations.join(', ')}); choose one`);
	return translations[0] as string;
}

export interface TsvOptions {
	/** The translation to write when the document has several. */
	translation?: string;
	/** Protect cells that a spreadsheet would run as formulas (default true). */
	protectFormulas?: boolean;
}

/** The document as TSV: a header row `id <original> <translation>` (language tags), then one row per segment. */
export function toTsv(document: AlignedDocument, options: TsvOptions = {}): string {
	const from = document.original;
	const to = translationLanguage(document, options.translation);
	const cell = options.protectFormulas === false ? (text: string) => text : protectFormula;
	const rows = [['id', from, to]];
	for (const block of document.blocks) {
		for (const segment of block.segments) rows.push([segment.id, cell(segment.text[from] ?? ''), cell(segment.text[to] ?? '')]);
	}
	return rows.map((row) => row.map(escapeTsvField).join('\t')).join('\n') + '\n';
}

/**
 * Reads TSV written by `toTsv` back into rows of unescaped fields (the header row included).
 * `protectFormulas` must be what `toTsv` was given (default true).
 */
export function parseTsv(text: string, options: { protectFormulas?: boolean } = {}): string[][] {
	const cell = options.protectFormulas === false ? (field: string) => field : unprotectFormula;
	return text
		.replace(/\r?\n$/, '')
		.split(/\r?\n/)
		.map((line) => line.split('\t').map((field) => cell(unescapeTsvField(field))));
}
