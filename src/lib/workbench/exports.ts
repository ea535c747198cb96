// A document written out for download in the formats `muqabala export` writes (TMX, TSV,
// Markdown) and as the JSON document itself, by the same writers: one code path, no copy.
import type { AlignedDocument } from '../document/types';
import { toMarkdown } from '../export/markdown';
import { toTmx } from '../export/tmx';
import { toTsv } from '../export/tsv';

import type { ExportFile, ExportFormat } from './export-formats';

const types: Record<ExportFormat, string> = {
	json: 'application/json',
	tmx: 'application/x-tmx+xml',
	'tmx-checked': 'application/x-tmx+xml',
	tsv: 'text/tab-separated-values',
	md: 'text/markdown'
};

/**
 * `document` as a file in `format`. JSON is written as the CLI writes documents (tabs, a final
 * line break) with `$schema` pointing at `schemaUrl` (the site's published schema) when given.
 */
export function exportDocument(document: AlignedDocument, format: ExportFormat, options: { schemaUrl?: string } = {}): ExportFile {
	const name = format === 'tmx-checked' ? `${document.id}.checked.tmx` : `${document.id}.${format}`;
	const type = `${types[format]}; charset=utf-8`;
	if (format === 'tmx' || format === 'tmx-checked') return { name, type, text: toTmx(document, { checkedOnly: format === 'tmx-checked' }) };
	if (format === 'tsv') return { name, type, text: toTsv(document) };
	if (format === 'md') return { name, type, text: toMarkdown(document) };
	const { $schema, ...rest } = document;
	const schema = options.schemaUrl ?? $schema;
	return { name, type, text: JSON.stringify(schema === undefined ? rest : { $schema: schema, ...rest }, null, '\t') + '\n' };
}
