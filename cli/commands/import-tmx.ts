// muqabala import-tmx <file.tmx>: a TMX file (one written by `export`, or another tool's) back
// into a document.
import { Command, Option } from 'commander';
import { dirname, join } from 'node:path';
import { decodeTmx, documentFromTmx, parseTmx, TmxError, type TmxDocumentDefaults } from '../../src/lib/export/tmx';
import { readRegularFile } from '../../src/lib/server/document-file';
import { checkDocumentPath, checkOutput, CliError, displayPath, ensureDirectory, isSameFile, outputTarget, plural, processIo, resolvePath, usageExitCode, type Io } from '../io';
import { configure, runCli } from '../run';
import { addMetadataOptions, checkId, checkLanguage, metadataFlags, metadataFrom, schemaReference, writeDocument, type MetadataOptions } from './import';

/** TMX files larger than this are refused before reading. */
const maxTmxBytes = 256 * 1024 * 1024;

interface ImportTmxOptions extends Partial<MetadataOptions> {
	id?: string;
	original?: string;
	title: string[];
	out?: string;
	force?: boolean;
}

/** The command, for `muqabala import-tmx` and for `run`. */
export function importTmxCommand(io: Io): Command {
	const command = configure(new Command('import-tmx'), io)
		.description('read a TMX file into a document (one segment per translation unit)')
		.argument('<file>', 'the .tmx file')
		.option('--id <id>', 'document id (default: the one the file names, if it was written by muqabala export)')
		.option('--original <lang>', 'the language of the original (default: the header\'s srclang)')
		.addOption(new Option('--title <lang=title>', 'a title, e.g. --title "en=The title"; repeat per language').argParser(collect).default([]));
	addMetadataOptions(command, false);
	return command
		.option('--out <path>', 'where to write the document: a file, or a directory to write <id>.json in (default: translations/<id>.json)')
		.option('--force', 'replace the output file if it exists')
		.addHelpText(
			'after',
			'\nA TMX written by `muqabala export` carries everything a document needs and reads back into the same\n' +
				'document. For a TMX from another tool, give what it lacks: --id, --title per language, --publisher,\n' +
				'--translator and --method. Without block information each translation unit becomes its own block.'
		)
		.action((file: string, options: ImportTmxOptions) => importTmx(io, file, options));
}

/** Runs `muqabala import-tmx` with `argv` (the arguments after "import-tmx"); returns the exit code. */
export function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
	return runCli(importTmxCommand(io), argv, io);
}

function collect(value: string, previous: string[]): string[] {
	return [...previous, value];
}

function importTmx(io: Io, file: string, options: ImportTmxOptions): void {
	if (options.id !== undefined) checkId(options.id);
	const path = resolvePath(io, file);
	const shown = displayPath(io, path);
	const defaults: TmxDocumentDefaults = {};
	if (options.id) defaults.id = options.id;
	if (options.original) defaults.original = checkLanguage('--original', options.original);
	for (const title of options.title) {
		const [lang, ...rest] = title.split('=');
		if (!lang || rest.length === 0 || rest.join('=').trim() === '') throw new CliError(`--title "${title}" must be written lang=title, e.g. "en=The title"`, usageExitCode);
		defaults.titles = { ...defaults.titles, [checkLanguage('--title', lang)]: rest.join('=').trim() };
	}
	const { publisher, translator, method } = options;
	if (publisher !== undefined || translator !== undefined || method !== undefined) {
		if (!publisher || !translator || !method) {
			throw new CliError('--publisher, --translator and --method go together: give all three or none', usageExitCode);
		}
		const metadata = metadataFrom({ ...options, publisher, translator, method });
		defaults.source = metadata.source;
		defaults.translation = metadata.translation;
	}

	const read = readRegularFile(path, maxTmxBytes);
	if ('problem' in read) throw new CliError(`${shown}: ${read.problem}`);
	let document;
	try {
		document = documentFromTmx(parseTmx(decodeTmx(read.bytes)), defaults);
	} catch (error) {
		if (error instanceof TmxError) {
			const where = error.line === undefined ? '' : `${error.line}:${error.column ?? 1}:`;
			throw new CliError(`${shown}:${where} ${error.message}`);
		}
		throw error;
	}
	checkId(document.id);
	const out = options.out === undefined ? resolvePath(io, join('translations', `${document.id}.json`)) : outputTarget(io, options.out, `${document.id}.json`);
	if (isSameFile(out, path)) throw new CliError(`${displayPath(io, out)} is the TMX file being read; write the document somewhere else`);
	checkDocumentPath(io, out, document.id);
	if (options.out !== undefined) checkOutput(io, out, { overwrite: options.force === true });
	else ensureDirectory(dirname(out), io); // translations/, made only now that the document is ready
	const withSchema = { $schema: schemaReference(io, out), ...document };
	writeDocument(io, out, withSchema, { force: options.force, createDirectory: options.out === undefined, flags: metadataFlags });
	const segments = document.blocks.reduce((n, block) => n + block.segments.length, 0);
	io.stderr.write(`wrote ${displayPath(io, out)}: ${plural(document.blocks.length, 'block')}, ${plural(segments, 'segment')} from ${shown}\n`);
}
