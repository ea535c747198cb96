// Tab-separated values: one row per segment, `id`, the original, the translation. Tabs, line breaks
// and backslashes inside a field are written as \t, \n, \r and \\ (the convention of PostgreSQL's
// COPY and of "linear TSV"), so every row stays one line with exactly three fields.
import type { AlignedDocument } from '../document/types';

/** Escapes one TSV field. */
export function escapeTsvField(text: string): string {
	return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c);
}

/** Undoes `escapeTsvField`. */
export function unescapeTsvField(field: string): string {
	return field.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);
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

/** The document as TSV: a header row `id <original> <translation>` (language tags), then one row per segment. */
export function toTsv(document: AlignedDocument, options: { translation?: string } = {}): string {
	const from = document.original;
	const to = translationLanguage(document, options.translation);
	const rows = [['id', from, to]];
	for (const block of document.blocks) {
		for (const segment of block.segments) rows.push([segment.id, segment.text[from] ?? '', segment.text[to] ?? '']);
	}
	return rows.map((row) => row.map(escapeTsvField).join('\t')).join('\n') + '\n';
}

/** Reads TSV written by `toTsv` back into rows of unescaped fields (the header row included). */
export function parseTsv(text: string): string[][] {
	return text
		.replace(/\r?\n$/, '')
		.split(/\r?\n/)
		.map((line) => line.split('\t').map(unescapeTsvField));
}
