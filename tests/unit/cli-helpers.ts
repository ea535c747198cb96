// Shared by the cli-*.test.ts files: a temporary project directory and an Io that records output.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../cli/io';

export const repoRoot = join(import.meta.dirname, '../..');
export const cliFixtures = join(repoRoot, 'tests/fixtures/cli');

export interface RecordingIo extends Io {
	out: () => string;
	err: () => string;
}

/** An Io rooted at `cwd` that keeps what is written; `tty` makes stderr claim to be a terminal. */
export function recordingIo(cwd: string, tty = false): RecordingIo {
	let out = '';
	let err = '';
	return {
		cwd,
		stdout: { write: (text: string) => (out += text) },
		stderr: { write: (text: string) => (err += text), isTTY: tty },
		out: () => out,
		err: () => err
	};
}

/** A fresh directory with the CLI fixtures copied in; removed by the returned function. */
export function tempProject(): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'muqabala-cli-'));
	cpSync(cliFixtures, dir, { recursive: true });
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir`, relative, sorted: to check that a failed command wrote nothing. */
export function listFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).sort();
}
