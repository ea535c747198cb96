// The messages between the page and the align worker: one request in, progress and one answer out.
import type { ExportFile, ExportFormat } from './export-formats';
import type { AlignRequest, AlignResult, InspectResult, OpenedFormat } from './jobs';
import type { WorkbenchProblem } from './problems';
import type { PreparedDocument } from './texts';

export interface Jobs {
	/** A chosen file: its encoding, length and language, or that it is a document or TMX file. */
	inspect: { request: { name: string; bytes: Uint8Array; encoding?: string }; result: InspectResult };
	/** Two texts aligned into a document, sent back as JSON text ready to keep. */
	align: { request: AlignRequest; result: Omit<AlignResult, 'document'> & { prepared: PreparedDocument } };
	/** A Muqabala document or a TMX file, validated, sent back as JSON text ready to keep. */
	open: { request: { name: string; bytes: Uint8Array }; result: { prepared: PreparedDocument; format: OpenedFormat } };
	/** A document (JSON text, as kept) aligned again around its checked pairs. */
	realign: { request: { json: string }; result: { prepared: PreparedDocument } };
	/** A document (JSON text, as kept) written in one of the export formats. */
	export: { request: { json: string; format: ExportFormat; schemaUrl?: string }; result: ExportFile };
}

export type JobName = keyof Jobs;

export type WorkerRequest = { [J in JobName]: { job: J; request: Jobs[J]['request'] } }[JobName];

export type WorkerMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: unknown }
	| { type: 'failed'; problems: WorkbenchProblem[] };
