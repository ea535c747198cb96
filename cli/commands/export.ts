// muqabala export <id|file> --format tmx|tsv|md: a document out to the tools people already use.
import { Command, Option } from 'commander';
import { isDocumentId } from '../../src/lib/document/ids';
import type { AlignedDocument } from '../../src/lib/document/types';
import { toMarkdown } from '../../src/lib/export/markdown';
import { toTmx } from '../../src/lib/export/tmx';
import { toTsv } from '../../src/lib/export/tsv';
import { readDocumentFile } from '../../src/lib/server/document-file';
import { checkOutput, CliError, displayPath, outputTarget, processIo, resolvePath, usageExitCode, writeFileAtomically, type Io } from '../io';
import { configure, runCli } from '../run';

export const exportFormats = ['tmx', 'tsv', 'md'] as const;
type Format = (typeof exportFormats)[number];

interface ExportOptions {
	format: Format;
	out?: string;
	force?: boolean;
	translation?: string;
	checkedOnly?: boolean;
	/** Commander's name for --no-formula-protection. */
	formulaProtection: boolean;
}

/** The command, for `muqabala export` and for `run`. */
export function exportCommand(io: Io): Command {
	return configure(new Command('export'), io)
		.description('write a document as TMX 1.4b, TSV or bilingual Markdown')
		.argument('<document>', 'a document id (read from translations/<id>.json) or a path to a .json file')
		.addOption(new Option('--format <format>', 'tmx: translation memory for CAT tools; tsv: id, original, translation; md: to read').choices(exportFormats).makeOptionMandatory())
		.option('--out <path>', 'write to this file (or into this directory, as <id>.<format>) instead of standard output')
		.option('--force', 'replace the --out file if it exists')
		.option('--translation <lang>', 'for tsv and md, the translation to use when the document has several')
		.option('--checked-only', 'for tmx, only the pairs a person marked checked in the editor')
		.option('--no-formula-protection', "tsv: write cells that begin with = + - @ as they are (by default they get a leading ' so spreadsheets do not run them)")
		.addHelpText('after', '\nExamples:\n  muqabala export kayhan-2017-11-19-albukamal --format tmx --out albukamal.tmx\n  muqabala export translations/x.json --format md > x.md')
		.action((documentArgument: string, options: ExportOptions) => exportDocument(io, documentArgument, options));
}

/** Runs `muqabala export` with `argv` (the arguments after "export"); returns the exit code. */
export function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
	return runCli(exportCommand(io), argv, io);
}

/** Reads and validates the document an argument names: an id, or a path to a .json file. */
export function readDocument(io: Io, argument: string): { document: AlignedDocument; shown: string } {
	const looksLikePath = argument.endsWith('.json') || argument.includes('/') || argument.includes('\\');
	if (!looksLikePath && !isDocumentId(argument)) {
		throw new CliError(`"${argument}" is neither a document id (lowercase a-z, 0-9 and "-") nor a .json file`, usageExitCode);
	}
	const path = resolvePath(io, looksLikePath ? argument : `translations/${argument}.json`);
	const shown = displayPath(io, path);
	const result = readDocumentFile(path, shown);
	if (result.unreadable !== undefined) throw new CliError(`${shown}: ${result.unreadable}`);
	const first = result.problems[0];
	if (!result.document || first) {
		const where = first ? `${first.pointer || '/'}: ${first.message}` : 'unreadable';
		throw new CliError(`${shown} is not a valid document (${where}); run muqabala validate ${shown}`);
	}
	return { document: result.document, shown };
}

function exportDocument(io: Io, argument: string, options: ExportOptions): void {
	if (options.checkedOnly && options.format !== 'tmx') throw new CliError('--checked-only works with --format tmx only', usageExitCode);
	const { document } = readDocument(io, argument);
	// Where to write is settled (and refused) before the work, not after it.
	const path = options.out === undefined ? undefined : outputTarget(io, options.out, `${document.id}.${options.format}`);
	if (path !== undefined) checkOutput(io, path, { overwrite: options.force === true });
	let text: string;
	try {
		text =
			options.format === 'tmx'
				? toTmx(document, { checkedOnly: options.checkedOnly === true })
				: options.format === 'tsv'
					? toTsv(document, { translation: options.translation, protectFormulas: options.formulaProtection })
					: toMarkdown(document, options);
	} catch (error) {
		if (error instanceof Error && !(error instanceof CliError)) throw new CliError(`--translation: ${error.message}`, usageExitCode);
		throw error;
	}
	if (path === undefined) {
		io.stdout.write(text);
		return;
	}
	writeFileAtomically(io, path, text, { overwrite: options.force === true });
	io.stderr.write(`wrote ${displayPath(io, path)}\n`);
}
