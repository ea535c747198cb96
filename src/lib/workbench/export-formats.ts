// The formats a document is downloaded in, apart from the writers themselves (./exports.ts, which
// run in the align worker): the page lists the formats without loading any writer.

export const exportFormats = ['json', 'tmx', 'tsv', 'md'] as const;
/** In the editor also a translation memory of the checked pairs alone. */
export const editorExportFormats = ['json', 'tmx', 'tmx-checked', 'tsv', 'md'] as const;
export type ExportFormat = (typeof editorExportFormats)[number];

/** A file ready to download. */
export interface ExportFile {
	/** `<document id>.<format>`. */
	name: string;
	type: string;
	text: string;
}
