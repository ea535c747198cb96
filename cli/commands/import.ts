// muqabala import <original> <translation>: two plain texts in, one aligned document out. This
// file reads the files, calls the import pipeline (src/lib/align/import.ts, which the workbench
// shares), prints what it did and what to check, and writes the document.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { Command, Option } from 'commander';
import {
	checkImport,
	checkImportOptions,
	defaultReviewThreshold,
	idFrom,
	ImportError,
	importTexts,
	unevenFactor,
	type ImportField,
	type ImportInput,
	type ImportProblem,
	type ImportResult
} from '../../src/lib/align/import';
import { isDocumentId } from '../../src/lib/document/ids';
import type { AlignedDocument, SourceInfo, TranslationCredit, TranslationMethod } from '../../src/lib/document/types';
import { validateDocumentValue } from '../../src/lib/document/validate';
import { isLanguageTag } from '../../src/lib/text/language';
import { CliError, defaultMaxBytes, displayPath, ensureDirectory, plural, processIo, readText, resolvePath, usageExitCode, writeFileAtomically, type Io } from '../io';
import { progressFor } from '../progress';
import { configure, runCli } from '../run';

export const translationMethods: readonly TranslationMethod[] = ['human', 'machine', 'post-edited', 'language-model'];

/** What the document says besides its text, as given on the command line. */
export interface MetadataOptions {
	publisher: string;
	translator: string;
	method: TranslationMethod;
	translationDate?: string;
	translationNote?: string;
	site?: string;
	url?: string;
	published?: string;
	timeZone?: string;
}

interface ImportOptions extends Partial<MetadataOptions> {
	from?: string;
	to?: string;
	id?: string;
	titleFrom?: string;
	titleTo?: string;
	out?: string;
	force?: boolean;
	lines?: boolean;
	allowUneven?: boolean;
	ratio?: number;
	encoding?: string;
	maxSize?: number;
	reviewThreshold?: number;
	json?: boolean;
}

/** Options every command that writes a document shares: what the document says besides its text. */
export function addMetadataOptions(command: Command, required: boolean): Command {
	const option = (flags: string, description: string) => (required ? command.requiredOption(flags, description) : command.option(flags, description));
	option('--publisher <name>', 'who published the original');
	option('--translator <name>', 'who made the translation: a person, an organisation or a project');
	command.addOption(
		new Option('--method <method>', 'how the translation was made').choices(translationMethods).makeOptionMandatory(required)
	);
	return command
		.option('--translation-date <date>', 'when the translation was made, YYYY-MM-DD')
		.option('--translation-note <text>', 'anything a reader should know about the translation')
		.option('--site <site>', "the publisher's site as printed, e.g. kayhan.ir")
		.option('--url <url>', 'where the original can be found')
		.option('--published <date-time>', 'publication time, RFC 3339 with offset, e.g. 2017-11-19T21:11:00+03:30')
		.option('--time-zone <zone>', 'IANA time zone of the publication time, e.g. Asia/Tehran');
}

/** The command, for `muqabala import` and for `run`. */
export function importCommand(io: Io): Command {
	const command = configure(new Command('import'), io)
		.description('align an original and its translation (two plain texts) and write a document')
		.argument('<original>', 'the original text: paragraphs separated by blank lines')
		.argument('<translation>', 'the translation, in the same form')
		.option('--from <lang>', "language of the original, a BCP 47 tag such as ar (default: read from its script)")
		.option('--to <lang>', 'language of the translation, such as en (default: read from its script)')
		.option('--id <id>', 'document id: lowercase a-z, 0-9 and "-"; also the file name (default: from the original\'s file name)');
	addMetadataOptions(command, false);
	return command
		.option('--title-from <title>', "the original's title (default: its first paragraph, if both texts open with a title)")
		.option('--title-to <title>', "the translation's title (default: as for --title-from)")
		.option('--out <file>', 'where to write the document (default: translations/<id>.json)')
		.option('--force', 'replace the output file if it exists')
		.option('--lines', 'one paragraph per line instead of blank-line-separated paragraphs')
		.option('--encoding <name>', 'the encoding of a file that is not UTF-8, e.g. windows-1256 (UTF-8 is always tried first)')
		.addOption(new Option('--max-size <MB>', `refuse files larger than this many megabytes (default ${defaultMaxBytes / 2 ** 20})`).argParser(positive('--max-size')))
		.option('--allow-uneven', `align even when one text is more than ${unevenFactor} times as long as the other`)
		.addOption(new Option('--ratio <number>', 'translation characters per original character (default: measured)').argParser(positive('--ratio')))
		.addOption(
			new Option('--review-threshold <confidence>', `list links under this confidence for review, 0 to 1 (default ${defaultReviewThreshold})`).argParser(fraction('--review-threshold'))
		)
		.option('--json', 'print the result and the review list as JSON on standard output')
		.addHelpText(
			'after',
			[
				'',
				'Everything but the two files is optional: the languages are read from the scripts, the id from the',
				"original's file name, the titles from the first paragraphs, and a document may say nothing of its",
				'publisher or translator. After writing, the importer lists the links to check: every link that is',
				'not one sentence to one sentence, and every link it is unsure of.',
				'',
				'The importer changes the texts only in these ways, and says so when it does: a byte order mark',
				'is dropped, CRLF line ends become LF, the lines of a hard-wrapped paragraph are joined with single',
				'spaces (leading and trailing spaces of lines dropped), and text is normalised to NFC.',
				'',
				'Examples:',
				'  muqabala import article.ar.txt article.en.txt',
				'  muqabala import article.ar.txt article.en.txt --from ar --to en --id my-article \\',
				'    --publisher "Kayhan" --translator "A. Translator" --method human --encoding windows-1256'
			].join('\n')
		)
		.action((original: string, translation: string, options: ImportOptions) => runImport(io, original, translation, options));
}

/** Runs `muqabala import` with `argv` (the arguments after "import"); returns the exit code. */
export function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
	return runCli(importCommand(io), argv, io);
}

function positive(flag: string) {
	return (value: string): number => {
		const number = Number(value);
		if (!Number.isFinite(number) || number <= 0) throw new CliError(`${flag} "${value}" is not a positive number`, usageExitCode);
		return number;
	};
}

function fraction(flag: string) {
	return (value: string): number => {
		const number = Number(value);
		if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new CliError(`${flag} "${value}" is not a number from 0 to 1`, usageExitCode);
		return number;
	};
}

/** Checks an id given on the command line. */
export function checkId(id: string): void {
	if (!isDocumentId(id)) {
		throw new CliError(`--id "${id}" is not a valid document id: use lowercase a-z, 0-9 and "-", at most 64 characters, not starting with "-"`, usageExitCode);
	}
}

/** Checks a language tag given on the command line and returns its canonical form. */
export function checkLanguage(flag: string, tag: string): string {
	if (!isLanguageTag(tag)) throw new CliError(`${flag} "${tag}" is not a BCP 47 language tag such as "ar" or "en"`, usageExitCode);
	return Intl.getCanonicalLocales(tag)[0] ?? tag;
}

/** The output path, checked for an existing file before any work is done. */
export function outputPath(io: Io, id: string, out: string | undefined, force: boolean | undefined): string {
	const path = resolvePath(io, out ?? join('translations', `${id}.json`));
	if (!force && existsSync(path)) throw new CliError(`${displayPath(io, path)} already exists; pass --force to replace it`);
	return path;
}

/** The `$schema` reference from `path`'s directory to the project's schema (as the seed has it). */
export function schemaReference(io: Io, path: string): string {
	return relative(dirname(path), resolvePath(io, 'static/schema/document.schema.json')).split(sep).join('/');
}

/** Writes `document` after checking it, so that only valid documents are ever written. */
export function writeDocument(
	io: Io,
	path: string,
	document: AlignedDocument,
	options: { force?: boolean; createDirectory?: boolean; flags?: Record<string, string> }
): void {
	const problems = validateDocumentValue(document, { expectedId: path.endsWith(`${sep}translations${sep}${document.id}.json`) ? document.id : undefined });
	const first = problems[0];
	if (first) {
		const flag = Object.entries(options.flags ?? {}).find(([pointer]) => first.pointer.startsWith(pointer))?.[1];
		throw new CliError(`${flag ? `${flag}: ` : ''}the document would not be valid: ${first.pointer || '/'}: ${first.message}`);
	}
	// The default translations/ directory is made only now, so a failure leaves nothing behind.
	if (options.createDirectory) ensureDirectory(dirname(path));
	writeFileAtomically(io, path, JSON.stringify(document, null, '\t') + '\n', { overwrite: options.force === true });
}

/** Which command-line option each part of the document comes from, for error messages. */
export const metadataFlags: Record<string, string> = {
	'/source/publisher': '--publisher',
	'/source/site': '--site',
	'/source/url': '--url',
	'/source/published': '--published',
	'/source/timeZone': '--time-zone',
	'/languages/': '--translator, --method, --translation-date, --translation-note or a title'
};

/** The metadata options as the document's source and translation credit. */
export function metadataFrom(options: MetadataOptions): { source: SourceInfo; translation: TranslationCredit } {
	const { source, credit } = metadataOf(options);
	return { source: { ...source, publisher: options.publisher }, translation: { ...credit, by: options.translator, method: options.method } };
}

// What was given, and nothing else: a document may leave out its publisher and translator.
function metadataOf(options: Partial<MetadataOptions>): { source: SourceInfo; credit: TranslationCredit } {
	const source: SourceInfo = {};
	if (options.publisher !== undefined) source.publisher = options.publisher;
	if (options.site !== undefined) source.site = options.site;
	if (options.published !== undefined) source.published = options.published;
	if (options.timeZone !== undefined) source.timeZone = options.timeZone;
	if (options.url !== undefined) source.url = options.url;
	const credit: TranslationCredit = {};
	if (options.translator !== undefined) credit.by = options.translator;
	if (options.method !== undefined) credit.method = options.method;
	if (options.translationDate !== undefined) credit.date = options.translationDate;
	if (options.translationNote !== undefined) credit.note = options.translationNote;
	return { source, credit };
}

// The option behind each field of the import, for messages.
const fieldFlags: Record<ImportField, string> = {
	original: '',
	translation: '',
	from: '--from',
	to: '--to',
	id: '--id',
	'titles.original': '--title-from',
	'titles.translation': '--title-to',
	source: '',
	credit: '',
	notes: ''
};
const pointerFlags: [RegExp, string][] = [
	[/^\/source\/publisher/u, '--publisher'],
	[/^\/source\/site/u, '--site'],
	[/^\/source\/url/u, '--url'],
	[/^\/source\/published/u, '--published'],
	[/^\/source\/timeZone/u, '--time-zone'],
	[/^\/languages\/[^/]+\/translation\/by/u, '--translator'],
	[/^\/languages\/[^/]+\/translation\/method/u, '--method'],
	[/^\/languages\/[^/]+\/translation\/date/u, '--translation-date'],
	[/^\/languages\/[^/]+\/translation\/note/u, '--translation-note']
];

// One line per problem, the option or file it is about first.
function problemLine(problem: ImportProblem): string {
	if (problem.pointer) {
		const flag = pointerFlags.find(([pattern]) => pattern.test(problem.pointer ?? ''))?.[1];
		return flag ? `${flag}: ${problem.message.replace(/^\/\S+: /u, '')}` : problem.message;
	}
	const flag = fieldFlags[problem.field];
	const message = problem.message.replace(/Allow uneven texts to align them anyway$/u, 'Pass --allow-uneven to align them anyway');
	return flag && problem.kind === 'usage' && !message.startsWith('--') ? `${flag} ${message}` : message;
}

// Every problem, one line each, all prefixed by `runCli` with "muqabala import: "; exit 2 when any
// is a command line to fix, 1 when the input is at fault.
function fail(problems: { message: string; usage: boolean }[]): never {
	throw new CliError(problems.map((problem) => problem.message).join('\nmuqabala import: '), problems.some((problem) => problem.usage) ? usageExitCode : 1);
}

function runImport(io: Io, originalFile: string, translationFile: string, options: ImportOptions): void {
	const paths = { original: resolvePath(io, originalFile), translation: resolvePath(io, translationFile) };
	const names = { original: displayPath(io, paths.original), translation: displayPath(io, paths.translation) };
	const { source, credit } = metadataOf(options);
	const request: Omit<ImportInput, 'original' | 'translation'> = {
		names,
		from: options.from,
		to: options.to,
		id: options.id,
		titles: { original: options.titleFrom, translation: options.titleTo },
		source,
		credit,
		lines: options.lines,
		ratio: options.ratio,
		allowUneven: options.allowUneven,
		reviewThreshold: options.reviewThreshold
	};

	// Read both files and check the output path before any work, collecting every problem.
	const failures: { message: string; usage: boolean }[] = [];
	const read = (path: string) => {
		try {
			return readText(io, path, { encoding: options.encoding, maxBytes: options.maxSize ? options.maxSize * 2 ** 20 : undefined, sizeFlag: '--max-size', encodingFlag: '--encoding' }).text;
		} catch (error) {
			if (!(error instanceof CliError)) throw error;
			if (!failures.some((f) => f.message === error.message)) failures.push({ message: error.message, usage: error.exitCode === usageExitCode });
			return undefined;
		}
	};
	const original = read(paths.original);
	const translation = read(paths.translation);
	// An existing output is refused before the work (and again, by the atomic write, after it).
	const expectedId = options.id ?? idFrom(names.original, undefined);
	if (isDocumentId(expectedId)) {
		try {
			outputPath(io, expectedId, options.out, options.force);
		} catch (error) {
			if (!(error instanceof CliError)) throw error;
			failures.push({ message: error.message, usage: false });
		}
	}
	// Everything the pipeline would refuse, found before any alignment, with the problems above.
	const problems = original !== undefined && translation !== undefined ? checkImport({ ...request, original, translation }) : checkImportOptions(request);
	for (const problem of problems) failures.push({ message: problemLine(problem), usage: problem.kind === 'usage' });
	if (original === undefined || translation === undefined || failures.length > 0) fail(failures);

	const progress = progressFor(io, original.length + translation.length, 50_000);
	let result: ImportResult;
	try {
		result = importTexts({
			...request,
			original,
			translation,
			onProgress: (done, all, phase) => progress.update(done, all, phase === 'sentences' ? 'aligning sentences ' : 'aligning paragraphs')
		});
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		fail(error.problems.map((problem) => ({ message: problemLine(problem), usage: problem.kind === 'usage' })));
	} finally {
		progress.stop();
	}

	const out = outputPath(io, result.document.id, options.out, options.force);
	const document: AlignedDocument = { $schema: schemaReference(io, out), ...result.document };
	for (const note of result.notes) io.stderr.write(`${note.level}: ${note.about ? `${note.about}: ` : ''}${note.message}\n`);
	writeDocument(io, out, document, { force: options.force, createDirectory: options.out === undefined, flags: metadataFlags });
	if (options.json) io.stdout.write(JSON.stringify(jsonReport(io, out, result), null, '\t') + '\n');
	report(io, out, result);
}

function jsonReport(io: Io, out: string, result: ImportResult) {
	return {
		document: displayPath(io, out),
		id: result.document.id,
		languages: result.languages,
		titles: { original: result.document.languages[result.languages.from]?.title, translation: result.document.languages[result.languages.to]?.title },
		blocks: result.document.blocks.length,
		segments: result.stats.segments,
		shapes: result.stats.shapes,
		ratio: Number(result.stats.ratio.toFixed(3)),
		notes: result.notes,
		review: result.review
	};
}

function report(io: Io, out: string, result: ImportResult): void {
	const links = Object.entries(result.stats.shapes)
		.sort((a, b) => b[1] - a[1])
		.map(([shape, count]) => `${shape} ×${count}`)
		.join(', ');
	io.stderr.write(
		`wrote ${displayPath(io, out)}: ${plural(result.document.blocks.length, 'block')}, ${plural(result.stats.segments, 'segment')} (${links}); ${result.stats.ratio.toFixed(2)} translation characters per original character\n`
	);
	if (result.review.length === 0) {
		io.stderr.write('review: nothing to check: every link is one sentence to one sentence, and the aligner is sure of each\n');
		return;
	}
	io.stderr.write(`review: ${plural(result.review.length, 'link')} to check (original:translation; the first words of each side)\n`);
	for (const item of result.review) {
		const shape = item.reasons[0]?.startsWith('continues') ? item.reasons.join('; ') : `${item.shape}: ${item.reasons.join('; ')}`;
		const side = (text: string) => (text === '' ? '—' : text);
		io.stderr.write(`  ${item.id.padEnd(8)} ${shape}\n           ${side(item.original)} | ${side(item.translation)}\n`);
	}
}
