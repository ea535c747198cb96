// muqabala: the corpus tools. `run(argv)` parses the arguments after the program name and returns
// the exit code; bin/muqabala.js calls `main()`, which sets it on the process.
import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { importTmxCommand } from './commands/import-tmx';
import { validateCommand } from './commands/validate';
import { describeError, failureExitCode, processIo, type Io } from './io';
import { configure, runCli, unexpected } from './run';

/** The whole program with its commands. */
export function program(io: Io): Command {
	return configure(new Command('muqabala'), io)
		.description('Muqabala corpus tools: validate, import (with automatic alignment) and export aligned documents')
		.version(packageJson.version, '-V, --version')
		.addCommand(validateCommand(io))
		.addCommand(importCommand(io))
		.addCommand(exportCommand(io))
		.addCommand(importTmxCommand(io))
		.addHelpText('after', '\nRun muqabala <command> --help for a command\'s options. docs/cli.md has examples.');
}

/** Runs the program with `argv` (the arguments after "muqabala"); returns the exit code. */
export function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
	return runCli(program(io), argv, io);
}

/**
 * Runs the program on the process's own arguments and sets its exit code. What can go wrong
 * around the program is said in one line too: a working directory that no longer exists, and
 * standard output that cannot take the text (a full disk, `> /dev/full`). Output piped into a
 * program that stops reading early (`… | head`) is not an error.
 */
export async function main(): Promise<void> {
	let outputError: NodeJS.ErrnoException | undefined;
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		outputError ??= error;
	});
	let io: Io;
	try {
		io = processIo();
	} catch (error) {
		process.stderr.write(`muqabala: the current directory cannot be used (${describeError(error)}); cd to one that exists\n`);
		process.exitCode = failureExitCode;
		return;
	}
	let code: number;
	try {
		code = await run(process.argv.slice(2), io);
	} catch (error) {
		process.stderr.write(`muqabala: ${unexpected(error)}\n`);
		code = failureExitCode;
	}
	// Written text may still be on its way: wait for it, then see whether it arrived.
	await new Promise<void>((done) => process.stdout.write('', () => done()));
	if (outputError) {
		process.stderr.write(`muqabala: cannot write to standard output (${describeError(outputError)})\n`);
		code = failureExitCode;
	}
	process.exitCode = code;
}
