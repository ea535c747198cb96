// Downloads made in the page: a Blob and a link with `download`, no request anywhere.
import { runJob } from './align-client';
import type { ExportFile, ExportFormat } from './export-formats';

/** The address of the site's published schema, written into exported documents as `$schema`. */
export function schemaUrl(): string {
	return new URL('/schema/document.schema.json', location.origin).href;
}

/** Offers `file` to the browser as a download. */
export function saveFile(file: ExportFile): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has its own copy once it has started.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes a document (JSON text, as kept) as `format` in the worker (a book takes a while) and downloads it. */
export async function downloadExport(json: string, format: ExportFormat): Promise<void> {
	saveFile(await runJob('export', { json, format, schemaUrl: schemaUrl() }));
}
