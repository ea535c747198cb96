// muqabala validate [files…]: checks documents against the schema and the rules no schema can say.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Command } from 'commander';
import { formatProblem, validateDocumentText } from '../../src/lib/document/validate';
import { CliError, displayPath, plural, processIo, readUtf8, resolvePath, type Io } from '../io';
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
	const paths = files.length > 0 ? files.map((file) => resolvePath(io, file)) : defaultDocuments(io);
	const progress = progressFor(io, paths.length, 200);
	let problemCount = 0;
	let badFiles = 0;
	paths.forEach((path, k) => {
		const shown = displayPath(io, path);
		let problems: string[];
		try {
			const expectedId = basename(dirname(path)) === 'translations' ? basename(path).replace(/\.json$/, '') : undefined;
			const text = readUtf8(io, path);
			// JSON.parse and the site's build reject a byte order mark; say so plainly.
			problems = text.startsWith('\uFEFF')
				? [`${shown}:/: starts with a byte order mark (U+FEFF); save it as UTF-8 without one`]
				: // A truncated file yields the same syntax error several times; print each line once.
					[...new Set(validateDocumentText(text, { expectedId }).problems.map((problem) => formatProblem(shown, problem)))];
		} catch (error) {
			if (!(error instanceof CliError)) throw error;
			problems = [error.message];
		}
		if (problems.length > 0) {
			badFiles++;
			problemCount += problems.length;
			io.stdout.write(problems.join('\n') + '\n');
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
