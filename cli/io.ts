// What the commands touch outside themselves: the working directory, output streams, files. Passed
// in, so tests run commands in a temporary directory and read what they printed.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { decodeText } from '../src/lib/text/decode';

export interface Output {
	write(text: string): unknown;
	isTTY?: boolean;
}

export interface Io {
	/** Relative paths on the command line are resolved against this directory. */
	cwd: string;
	stdout: Output;
	stderr: Output;
}

/** The real process's directory and streams. */
export function processIo(): Io {
	return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
}

/**
 * A failure the user can act on: one line saying what and where, and the exit code. Every command
 * throws this; `runCli` is the one place that prints it and turns it into an exit code.
 */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
		this.name = 'CliError';
	}
}

/** Exit code for a failure of the work: invalid or unreadable input, output that cannot be written. */
export const failureExitCode = 1;

/** Exit code for a command line that could not be understood (missing argument, unknown option, bad value). */
export const usageExitCode = 2;

/** `count` and the noun, plural when count is not 1: "1 block", "3 blocks". */
export function plural(count: number, noun: string): string {
	return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** `path` as the user would type it from `io.cwd` (relative when inside it). */
export function displayPath(io: Io, path: string): string {
	const shown = relative(io.cwd, path);
	return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

export function resolvePath(io: Io, path: string): string {
	return resolve(io.cwd, path);
}

// ---- reading -----------------------------------------------------------------------------------

/** Files larger than this are refused unless the command is told otherwise (`--max-size`). */
export const defaultMaxBytes = 64 * 2 ** 20;

/**
 * Reads a file's bytes, at most `maxBytes` of them: a larger file, or an endless one such as
 * /dev/zero, is an error that names the limit (the file is read in chunks, never whole first).
 */
export function readBytes(io: Io, path: string, options: { maxBytes?: number; sizeFlag?: string } = {}): Uint8Array {
	const shown = displayPath(io, path);
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const tooLarge = () =>
		new CliError(
			`${shown}: larger than ${formatBytes(maxBytes)}, the most this command reads${options.sizeFlag ? `; pass ${options.sizeFlag} to raise the limit` : ''}`
		);
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (error) {
		throw readError(shown, error);
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw new CliError(`${shown}: is a directory, not a file`);
		if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
		// Devices and pipes report no size: read in chunks and stop one byte past the limit.
		const chunks: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const chunk = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
			const read = readSync(fd, chunk, 0, chunk.length, null);
			if (read === 0) break;
			chunks.push(chunk.subarray(0, read));
			total += read;
			if (total > maxBytes) throw tooLarge();
		}
		const bytes = new Uint8Array(total);
		let at = 0;
		for (const chunk of chunks) {
			bytes.set(chunk, at);
			at += chunk.length;
		}
		return bytes;
	} catch (error) {
		if (error instanceof CliError) throw error;
		throw readError(shown, error);
	} finally {
		closeSync(fd);
	}
}

function readError(shown: string, error: unknown): CliError {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return new CliError(`${shown}: no such file`);
	if (code === 'EISDIR') return new CliError(`${shown}: is a directory, not a file`);
	if (code === 'EACCES') return new CliError(`${shown}: cannot be read (permission denied)`);
	return new CliError(`${shown}: cannot be read (${code ?? String(error)})`);
}

function formatBytes(bytes: number): string {
	return `${(bytes / 2 ** 20).toLocaleString('en', { maximumFractionDigits: 2 })} MB`;
}

/**
 * Reads a text file: UTF-8 first, strictly; a file that is not UTF-8 is read as `encoding` when
 * one is given, else it is an error naming the line and byte and the encoding the bytes look like
 * (`--encoding windows-1256` for an Arabic file saved by Windows). A byte order mark is left for
 * the caller.
 */
export function readText(io: Io, path: string, options: { encoding?: string; maxBytes?: number; sizeFlag?: string; encodingFlag?: string } = {}): { text: string; encoding: string } {
	const shown = displayPath(io, path);
	const bytes = readBytes(io, path, options);
	const utf8 = decodeText(bytes);
	if (utf8.ok) return { text: utf8.text, encoding: utf8.encoding };
	if (options.encoding) {
		const decoded = decodeText(bytes, options.encoding);
		if (decoded.ok) return { text: decoded.text, encoding: decoded.encoding };
		if (decoded.reason === 'unknown-encoding') throw new CliError(`${options.encodingFlag ?? 'encoding'} "${options.encoding}" is not an encoding this system can read, e.g. windows-1256`, usageExitCode);
		throw new CliError(`${shown}: is neither UTF-8 nor ${options.encoding} text`);
	}
	const byte = (utf8.byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
	const hint = options.encodingFlag
		? utf8.suggestion === 'windows-1256'
			? `; if it was saved in Arabic by Windows, try ${options.encodingFlag} windows-1256`
			: `; if you know its encoding, give it with ${options.encodingFlag}${utf8.suggestion ? ` (perhaps ${utf8.suggestion})` : ''}`
		: '; save it as UTF-8 and try again';
	throw new CliError(`${shown}:${utf8.line}: is not UTF-8 text (byte 0x${byte} at offset ${utf8.offset})${hint}`);
}

/**
 * Reads a text file that must be UTF-8. Invalid bytes are an error naming the line and byte, not
 * U+FFFD characters quietly written into a document. A byte order mark is left for the caller.
 */
export function readUtf8(io: Io, path: string): string {
	return readText(io, path).text;
}

export { firstInvalidUtf8 } from '../src/lib/text/utf8';

// ---- writing -----------------------------------------------------------------------------------

/** Temporary files being written right now: removed if the process is interrupted. */
const liveTemporaries = new Set<string>();
let cleanupInstalled = false;

// A signal that arrives during a (synchronous) write is handled once the write returns: the
// temporary file is then renamed or removed by the writer, and this removes any still left, then
// lets the signal end the process as it would have. Installed on the first write, not before, so
// Ctrl-C during long work (an alignment) stops the process at once as usual.
function installCleanup(): void {
	if (cleanupInstalled) return;
	cleanupInstalled = true;
	const removeTemporaries = () => {
		for (const path of liveTemporaries) rmSync(path, { force: true });
		liveTemporaries.clear();
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			removeTemporaries();
			process.kill(process.pid, signal); // no listener left: the default action, as if never caught
		});
	}
	process.once('exit', removeTemporaries);
}

/** What `lstat` says about an output path before writing to it; refuses anything but a regular file. */
function checkTarget(io: Io, path: string, overwrite: boolean): void {
	const shown = displayPath(io, path);
	let stat: Stats;
	try {
		stat = lstatSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return;
		if (code === 'ENOTDIR') throw new CliError(`${shown}: a part of this path is a file, not a directory`);
		throw new CliError(`${shown}: cannot be written (${describeError(error)})`);
	}
	if (stat.isSymbolicLink()) throw new CliError(`${shown} is a symbolic link; refusing to replace it (write to the file it points to, or remove the link)`);
	if (stat.isDirectory()) throw new CliError(`${shown} is a directory; give a file name`);
	if (!stat.isFile()) throw new CliError(`${shown} is not a regular file (a device, FIFO or socket); refusing to write to it`);
	if (!overwrite) throw new CliError(`${shown} already exists; pass --force to replace it`);
	// Mode bits, not access(): root may write anything, but a read-only file says "keep me".
	if ((stat.mode & 0o222) === 0) throw new CliError(`${shown} is read-only; refusing to replace it (make it writable first)`);
}

/**
 * Checks, before any work is done, that `path` can be written: its directory exists, and it is
 * new or (with `overwrite`) a writable regular file. `writeFileAtomically` checks again.
 */
export function checkOutput(io: Io, path: string, options: { overwrite: boolean }): void {
	const directory = dirname(path);
	let isDirectory = false;
	try {
		isDirectory = statSync(directory).isDirectory();
	} catch {
		// reported below
	}
	if (!isDirectory) throw new CliError(`${displayPath(io, directory)}: no such directory for ${displayPath(io, path)}`);
	checkTarget(io, path, options.overwrite);
}

/**
 * Where `--out <out>` writes: `out` itself, or `defaultName` inside it when it is a directory
 * (an existing one, or any path written with a trailing slash, which must then exist).
 */
export function outputTarget(io: Io, out: string, defaultName: string): string {
	const path = resolvePath(io, out);
	const namesDirectory = /[\\/]$/.test(out);
	let stat: Stats | undefined;
	try {
		stat = statSync(path);
	} catch {
		stat = undefined;
	}
	if (namesDirectory && !stat) throw new CliError(`${out}: no such directory`);
	if (namesDirectory && !stat?.isDirectory()) throw new CliError(`${out}: not a directory`);
	return stat?.isDirectory() ? join(path, defaultName) : path;
}

/**
 * The document id a path implies: a file in a directory named `translations` must be named
 * `<id>.json`, because the site's build reads it from there under that name. Undefined elsewhere.
 */
export function impliedDocumentId(path: string): string | undefined {
	return basename(dirname(path)) === 'translations' ? basename(path).replace(/\.json$/, '') : undefined;
}

/** Refuses to write document `id` where the build would reject it (translations/<other>.json). */
export function checkDocumentPath(io: Io, path: string, id: string): void {
	const implied = impliedDocumentId(path);
	if (implied !== undefined && implied !== id) {
		throw new CliError(
			`${displayPath(io, path)}: a document in translations/ must be named after its id, translations/${id}.json, or the site will not build; choose that name, or give the id "${implied}"`
		);
	}
}

/** True when the two paths are the same file (also through links or different spellings). */
export function isSameFile(a: string, b: string): boolean {
	try {
		const [x, y] = [statSync(a), statSync(b)];
		return x.dev === y.dev && x.ino === y.ino;
	} catch {
		return resolve(a) === resolve(b);
	}
}

/**
 * Writes `content` to `path` so that a failure leaves nothing half-written: the text goes to a
 * temporary file in the same directory, which then takes the final name. Only a regular file is
 * ever written or replaced: a symbolic link, a directory, a device, a FIFO or a read-only file is
 * refused. Without `overwrite`, an existing file is an error, checked again at the last moment (a
 * hard link does not replace). An interrupted write (SIGINT, SIGTERM, SIGHUP) leaves no temporary.
 */
export function writeFileAtomically(io: Io, path: string, content: string | Uint8Array, options: { overwrite: boolean }): void {
	const shown = displayPath(io, path);
	checkOutput(io, path, options);
	installCleanup();
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	liveTemporaries.add(temporary);
	try {
		writeFileSync(temporary, content, { flag: 'wx' });
		checkTarget(io, path, options.overwrite); // again: it may have changed while we wrote
		if (options.overwrite) {
			renameSync(temporary, path);
		} else {
			try {
				linkSync(temporary, path);
			} catch (error) {
				// Some file systems have no hard links; then the check above is the last one.
				if ((error as NodeJS.ErrnoException).code !== 'EPERM' && (error as NodeJS.ErrnoException).code !== 'ENOTSUP') throw error;
				renameSync(temporary, path);
			}
		}
	} catch (error) {
		if (error instanceof CliError) throw error;
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${shown} already exists; pass --force to replace it`);
		throw new CliError(`${shown}: cannot be written (${describeError(error)})`);
	} finally {
		rmSync(temporary, { force: true });
		liveTemporaries.delete(temporary);
	}
}

/** Creates `translations/` (or whatever directory the default output lives in) when missing. */
export function ensureDirectory(path: string, io?: Io): void {
	try {
		mkdirSync(path, { recursive: true });
	} catch (error) {
		throw new CliError(`${io ? displayPath(io, path) : path}: cannot create this directory (${describeError(error)})`);
	}
}

const errorWords: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	ENAMETOOLONG: 'file name too long',
	ENOTDIR: 'a part of the path is not a directory',
	EISDIR: 'is a directory',
	ENOENT: 'no such file or directory',
	EIO: 'input/output error',
	EEXIST: 'already exists',
	EMFILE: 'too many open files'
};

/** A system error as `CODE: words`, for one-line messages. */
export function describeError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code) return errorWords[code] ? `${code}: ${errorWords[code]}` : code;
	return error instanceof Error ? error.message : String(error);
}
