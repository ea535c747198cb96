// muqabala validate [files…]: checks documents against the schema and the rules no schema can say.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { readDocumentFile } from '../../src/lib/server/document-file';
import { CliError, displayPath, impliedDocumentId, isSameFile, plural, processIo, resolvePath, type Io } from '../io';
import { progressFor } from '../progress';
import { configure, runCli } from '../run';

/** The command, for `muqabala validate` and for `run`. */
export function validateCommand(io: Io): Command {
	return configure(new Command('validate'), io)
		.description('check documents: JSON Schema, unique segment ids, NFC, no control or bidi override characters, every language present')
		.argument('[files...]', 'documents to check (default: every translations/*.json)')
		.addHelpText(
			'after',
			'\nPrints one line per problem, `file:/json/pointer: message (line L, column C)`, and exits with 1 if there is any.\n' +
				'A file in a directory named "translations" must be named after its id (translations/<id>.json).'
		)
		.action((files: string[]) => validate(io, files));
}

/** Runs `muqabala validate` with `argv` (the arguments after "validate"); returns the exit code. */
export function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
	return runCli(validateCommand(io), argv, io);
}

function validate(io: Io, files: string[]): void {
	const given = files.length > 0 ? files.map((file) => resolvePath(io, file)) : defaultDocuments(io);
	// The same file named twice (or through a link) is checked once, and said so.
	const paths: string[] = [];
	for (const path of given) {
		const earlier = paths.find((other) => isSameFile(other, path));
		if (earlier === undefined) paths.push(path);
		else io.stderr.write(`note: ${displayPath(io, path)} is the same file as ${displayPath(io, earlier)}; checked once\n`);
	}
	const progress = progressFor(io, paths.length, 200);
	let problemCount = 0;
	let badFiles = 0;
	paths.forEach((path, k) => {
		// The same reading and checks as the site's build, so both accept and refuse the same files.
		const { messages } = readDocumentFile(path, displayPath(io, path), { expectedId: impliedDocumentId(path) });
		if (messages.length > 0) {
			badFiles++;
			problemCount += messages.length;
			io.stdout.write(messages.join('\n') + '\n');
		}
		progress.update(k + 1, paths.length, 'validating');
	});
	progress.stop();
	const documents = plural(paths.length, 'document');
	if (problemCount > 0) throw new CliError(`${plural(problemCount, 'problem')} in ${badFiles} of ${documents}`);
	io.stderr.write(`${documents} valid\n`);
}

function defaultDocuments(io: Io): string[] {
	const directory = resolvePath(io, 'translations');
	let names: string[];
	try {
		names = readdirSync(directory).filter((name) => name.endsWith('.json'));
	} catch {
		throw new CliError('no translations/ directory here; name the files to check');
	}
	if (names.length === 0) throw new CliError('translations/ holds no .json documents; name the files to check');
	return names.sort().map((name) => join(directory, name));
}
