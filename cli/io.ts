// What the commands touch outside themselves: the working directory, output streams, files. Passed
// in, so tests run commands in a temporary directory and read what they printed.
import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

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

/**
 * Reads a text file that must be UTF-8. Invalid bytes are an error naming the line and byte, not
 * U+FFFD characters quietly written into a document. A byte order mark is left for the caller.
 */
export function readUtf8(io: Io, path: string): string {
	const shown = displayPath(io, path);
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new CliError(`${shown}: no such file`);
		if (code === 'EISDIR') throw new CliError(`${shown}: is a directory, not a file`);
		throw new CliError(`${shown}: cannot be read (${code ?? String(error)})`);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		const line = bytes.subarray(0, at).reduce((n, byte) => n + (byte === 0x0a ? 1 : 0), 1);
		const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
		throw new CliError(`${shown}:${line}: is not UTF-8 text (byte 0x${byte} at offset ${at}); save it as UTF-8 and try again`);
	}
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let code = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			code = (code << 6) | (c & 0x3f);
		}
		if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
		i += need + 1;
	}
	return bytes.length;
}

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
