// Reading one document file from disk, for the site's build (./documents.ts) and the CLI
// (`muqabala validate` and `export`) alike: the same bytes give the same verdict and the same
// messages everywhere. Node only (node:fs); the checks themselves are ../document/validate.ts.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { formatProblem, validateDocumentBytes, type Problem, type ValidationOptions } from '../document/validate';
import type { AlignedDocument } from '../document/types';

/** Documents larger than this are refused before reading (a 10,000-pair document is about 5 MB). */
export const maxDocumentBytes = 128 * 1024 * 1024;

export interface DocumentFile {
	/** The document, present only when there are no problems. */
	document?: AlignedDocument;
	problems: Problem[];
	/** One line per problem, `file:/pointer: message (line L, column C)`. */
	messages: string[];
	/** Why the file could not be read at all (missing, a directory, a device, too large), if so. */
	unreadable?: string;
}

/**
 * Reads and validates the document at `path`; `shown` is how messages name it. Never throws for
 * anything about the file: a missing file, a directory, a device, an unreadable or oversized file
 * are problems like any other.
 */
export function readDocumentFile(path: string, shown: string, options: ValidationOptions = {}): DocumentFile {
	const read = readRegularFile(path, maxDocumentBytes);
	// A file that cannot be read at all has no place inside it to point at: `file: what`.
	if ('problem' in read) return { problems: [{ pointer: '', message: read.problem }], messages: [`${shown}: ${read.problem}`], unreadable: read.problem };
	const result = validateDocumentBytes(read.bytes, options);
	return { ...result, messages: result.problems.map((problem) => formatProblem(shown, problem)) };
}

/**
 * The bytes of a regular file of at most `limit` bytes, or why not, in words. A FIFO or a device
 * (`/dev/zero`) is refused without reading from it.
 */
export function readRegularFile(path: string, limit: number): { bytes: Uint8Array } | { problem: string } {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		return { problem: openProblem(error) };
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) return { problem: 'is a directory, not a file' };
		if (!stat.isFile()) return { problem: 'is not a regular file (a device, FIFO or socket); give a file' };
		if (stat.size > limit) return { problem: `is ${megabytes(stat.size)}, more than the ${megabytes(limit)} a document may have` };
		const bytes = new Uint8Array(stat.size);
		let done = 0;
		while (done < bytes.length) {
			const n = readSync(fd, bytes, done, bytes.length - done, done);
			if (n === 0) break; // the file shrank while we read it
			done += n;
		}
		return { bytes: bytes.subarray(0, done) };
	} catch (error) {
		return { problem: openProblem(error) };
	} finally {
		closeSync(fd);
	}
}

function openProblem(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EISDIR':
			return 'is a directory, not a file';
		case 'EACCES':
		case 'EPERM':
			return 'cannot be read (permission denied)';
		case 'ENOTDIR':
			return 'no such file (a part of the path is not a directory)';
		default:
			return `cannot be read (${code ?? String(error)})`;
	}
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}
