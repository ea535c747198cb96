// Everything that can go wrong between a file or a paste and a text kept in the browser, as data:
// a code and the facts the message needs (which file, which line, which JSON pointer). The page
// words each one in the interface language (src/lib/i18n/locales: `workbench.problems.*`); the
// English sentences of the shared modules (validator, TMX reader, importer) travel along as
// `detail`, shown as the technical detail they are, so nothing the CLI says is lost.
import type { BinaryFormat } from './files';

/** Which of the two texts, or which field of the form, a problem is about. */
export type TextSide = 'original' | 'translation';

/** One problem the validator found in a document, located as `muqabala validate` locates it. */
export interface LocatedProblem {
	/** JSON pointer (RFC 6901); `''` is the whole document. */
	pointer: string;
	line?: number;
	column?: number;
	/** The validator's own words (English), exactly as the CLI prints them. */
	message: string;
}

export type WorkbenchProblem =
	/** Nothing was pasted or chosen for one of the texts. */
	| { code: 'missing'; side: TextSide }
	| { code: 'empty'; name: string }
	| { code: 'too-large'; name: string; size: number; limit: number }
	| { code: 'binary'; name: string; format: BinaryFormat }
	/** Not UTF-8 (or not the encoding asked for); `suggestion` is the encoding the bytes look like. */
	| { code: 'not-utf8'; name: string; encoding: string; line: number; offset: number; suggestion?: string }
	| { code: 'unknown-encoding'; name: string; encoding: string }
	/** The two texts are in the same language. */
	| { code: 'same-language'; language: string }
	/** A language tag that is not one. */
	| { code: 'bad-language'; side: TextSide; tag: string }
	/** One text is many times as long as the other: probably not the same text. */
	| { code: 'uneven'; longer: TextSide; factor: number; characters: [number, number] }
	/** Something else the importer refused; `field` and the place say where. */
	| { code: 'import'; field: string; line?: number; column?: number; pointer?: string; detail: string }
	/** A Muqabala document that does not validate: every problem, as the CLI lists them. */
	| { code: 'invalid-document'; name: string; problems: LocatedProblem[] }
	/** A TMX file that cannot be read (malformed, hostile, the wrong encoding). */
	| { code: 'tmx'; name: string; line?: number; column?: number; detail: string }
	/** Storage refused: `unavailable` (no IndexedDB, private windows), `full`, or another failure. */
	| { code: 'storage'; reason: StorageFailure; detail?: string }
	/** A bug: the worker or the page failed in a way nobody planned for. */
	| { code: 'internal'; detail: string };

export type StorageFailure = 'unavailable' | 'full' | 'failed';

/** An error carrying structured problems across an `await`. */
export class WorkbenchError extends Error {
	constructor(readonly problems: WorkbenchProblem[]) {
		super(problems.map((problem) => problem.code).join(', '));
		this.name = 'WorkbenchError';
	}
}

/** The problems an error stands for: a WorkbenchError's own, or an `internal` one. */
export function problemsOf(error: unknown): WorkbenchProblem[] {
	if (error instanceof WorkbenchError) return error.problems;
	return [{ code: 'internal', detail: error instanceof Error ? error.message : String(error) }];
}
