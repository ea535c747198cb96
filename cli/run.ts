// The one place where a command's failure becomes a message and an exit code.
import { CommanderError, type Command } from 'commander';
import { CliError, failureExitCode, usageExitCode, type Io } from './io';

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
 * code, the same scheme for every command (docs/cli.md): 0 success; 1 the work failed (invalid
 * document, bad or unreadable input, output that cannot be written, and also a bug); 2 the command
 * line could not be understood or its values are wrong (unknown option, missing argument, invalid id,
 * language tag or choice). Errors are one line on `io.stderr`: `muqabala <command>: …`; a bug's
 * stack is shown only with MUQABALA_DEBUG=1.
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
		// A bug, not a user error: one line, and the stack for whoever debugs it.
		io.stderr.write(`${name}: ${unexpected(error)}\n`);
		if (process.env.MUQABALA_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
		return failureExitCode;
	}
}

// "muqabala" or "muqabala import", for messages.
function commandPath(command: Command, argv: readonly string[]): string {
	if (command.name() !== 'muqabala') return `muqabala ${command.name()}`;
	const sub = command.commands.find((c) => c.name() === argv[0]);
	return sub ? `muqabala ${sub.name()}` : 'muqabala';
}

/** An error no command expected, as one line. */
export function unexpected(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return `unexpected error: ${message.split('\n')[0]} (this is a bug in muqabala; MUQABALA_DEBUG=1 shows where)`;
}
