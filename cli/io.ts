// What the commands touch outside themselves: the working directory, output streams, files. Passed
// in, so tests run commands in a temporary directory and read what they printed.
import { closeSync, existsSync, fstatSync, linkSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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

/** Exit code for a command line that could not be understood (missing argument, unknown option). */
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

export { firstInvalidUtf8 } from '../src/lib/text/decode';

/**
 * Writes `content` to `path` so that a failure leaves nothing half-written: the text goes to a
 * temporary file in the same directory, which then takes the final name. Without `overwrite`, an
 * existing file is an error, checked again at the last moment (a hard link does not replace).
 */
export function writeFileAtomically(io: Io, path: string, content: string, options: { overwrite: boolean }): void {
	const shown = displayPath(io, path);
	const directory = dirname(path);
	if (!existsSync(directory)) throw new CliError(`${displayPath(io, directory)}: no such directory for ${shown}`);
	if (!options.overwrite && existsSync(path)) throw new CliError(`${shown} already exists; pass --force to replace it`);
	const temporary = join(directory, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
	try {
		writeFileSync(temporary, content, { flag: 'wx' });
		if (options.overwrite) {
			renameSync(temporary, path);
		} else {
			linkSync(temporary, path);
			unlinkSync(temporary);
		}
	} catch (error) {
		if (existsSync(temporary)) unlinkSync(temporary);
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${shown} already exists; pass --force to replace it`);
		throw new CliError(`${shown}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
	}
}

/** Creates `translations/` (or whatever directory the default output lives in) when missing. */
export function ensureDirectory(path: string): void {
	mkdirSync(path, { recursive: true });
}
