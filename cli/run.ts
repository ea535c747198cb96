// The one place where a command's failure becomes a message and an exit code.
import { CommanderError, type Command } from 'commander';
import { CliError, usageExitCode, type Io } from './io';

/** Makes a commander command report through `io` and throw instead of exiting the process. */
export function configure(command: Command, io: Io): Command {
	return command
		.exitOverride()
		.configureOutput({
			writeOut: (text) => io.stdout.write(text),
			writeErr: (text) => io.stderr.write(text),
			outputError: () => {} // printed by runCli, in one format for every error
		})
		.showSuggestionAfterError(true);
}

/**
 * Parses `argv` (the arguments after the program name) with `command` and runs it. Returns the exit
 * code: 0, 1 for a failure of the work (bad input, invalid document), 2 for a command line that
 * could not be understood. Errors are printed to `io.stderr` as one line: `muqabala <command>: …`.
 */
export async function runCli(command: Command, argv: readonly string[], io: Io): Promise<number> {
	try {
		await command.parseAsync([...argv], { from: 'user' });
		return 0;
	} catch (error) {
		const name = commandPath(command, argv);
		if (error instanceof CommanderError) {
			// --help and --version end the parse this way too, successfully.
			if (error.exitCode === 0) return 0;
			const message = error.message.replace(/^error: /, '');
			io.stderr.write(`${name}: ${message} (see ${name} --help)\n`);
			return usageExitCode;
		}
		if (error instanceof CliError) {
			io.stderr.write(`${name}: ${error.message}\n`);
			return error.exitCode;
		}
		// A bug, not a user error: keep the stack.
		io.stderr.write(`${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		return 70; // EX_SOFTWARE
	}
}

// "muqabala" or "muqabala import", for messages.
function commandPath(command: Command, argv: readonly string[]): string {
	if (command.name() !== 'muqabala') return `muqabala ${command.name()}`;
	const sub = command.commands.find((c) => c.name() === argv[0]);
	return sub ? `muqabala ${sub.name()}` : 'muqabala';
}
