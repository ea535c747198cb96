// What the commands touch outside themselves: the working directory, output streams, files. Passed
// in, so tests run commands in a temporary directory and read what they printed.
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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
