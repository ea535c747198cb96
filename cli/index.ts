// muqabala: the corpus tools. `run(argv)` parses the arguments after the program name and returns
// the exit code; bin/muqabala.js calls `main()`, which sets it on the process.
import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { importTmxCommand } from './commands/import-tmx';
import { validateCommand } from './commands/validate';
import { processIo, type Io } from './io';
import { configure, runCli } from './run';

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

/** Runs the program on the process's own arguments and sets its exit code. */
export async function main(): Promise<void> {
	process.exitCode = await run(process.argv.slice(2));
}
