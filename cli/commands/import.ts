// muqabala import <original> <translation>: two plain texts in, one aligned document out.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { Command, Option } from 'commander';
import { alignTexts, type TextAlignment } from '../../src/lib/align/align';
import { toAlignedDocument } from '../../src/lib/align/document';
import { isDocumentId } from '../../src/lib/document/ids';
import { isLanguageTag } from '../../src/lib/text/language';
import type { AlignedDocument, SourceInfo, TranslationCredit, TranslationMethod } from '../../src/lib/document/types';
import { validateDocumentValue } from '../../src/lib/document/validate';
import { parsePlainText, type PlainText } from '../../src/lib/export/plain-text';
import { CliError, displayPath, ensureDirectory, plural, processIo, readUtf8, resolvePath, usageExitCode, writeFileAtomically, type Io } from '../io';
import { progressFor } from '../progress';
import { configure, runCli } from '../run';

export const translationMethods: readonly TranslationMethod[] = ['human', 'machine', 'post-edited', 'language-model'];

/** A title longer than this is not taken from the first paragraph without being asked. */
const longestDefaultTitle = 150;
/** One text this many times as long as the other (in characters) is refused unless --allow-uneven. */
const unevenFactor = 4;

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

interface ImportOptions extends MetadataOptions {
	from: string;
	to: string;
	id: string;
	titleFrom?: string;
	titleTo?: string;
	out?: string;
	force?: boolean;
	lines?: boolean;
	allowUneven?: boolean;
	ratio?: number;
}

/** Options every command that writes a document shares: what the format requires besides text. */
export function addMetadataOptions(command: Command, required: boolean): Command {
	const option = (flags: string, description: string) => (required ? command.requiredOption(flags, description) : command.option(flags, description));
	option('--publisher <name>', 'who published the original (the format requires it)');
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
		.description('align an original and its translation (two plain UTF-8 texts) and write a document')
		.argument('<original>', 'the original text: paragraphs separated by blank lines')
		.argument('<translation>', 'the translation, in the same form')
		.requiredOption('--from <lang>', 'language of the original, a BCP 47 tag such as ar')
		.requiredOption('--to <lang>', 'language of the translation, such as en')
		.requiredOption('--id <id>', 'document id: lowercase a-z, 0-9 and "-"; also the file name');
	addMetadataOptions(command, true);
	return command
		.option('--title-from <title>', "the original's title (default: its first paragraph, if short)")
		.option('--title-to <title>', "the translation's title (default: its first paragraph, if short)")
		.option('--out <file>', 'where to write the document (default: translations/<id>.json)')
		.option('--force', 'replace the output file if it exists')
		.option('--lines', 'one paragraph per line instead of blank-line-separated paragraphs')
		.option('--allow-uneven', `align even when one text is more than ${unevenFactor} times as long as the other`)
		.addOption(new Option('--ratio <number>', 'translation characters per original character (default: measured)').argParser(parsePositive))
		.addHelpText(
			'after',
			[
				'',
				'The importer changes the texts only in these ways, and says so when it does: a byte order mark',
				'is dropped, CRLF line ends become LF, the lines of a hard-wrapped paragraph are joined with single',
				'spaces (leading and trailing spaces of lines dropped), and text is normalised to NFC.',
				'',
				'Example:',
				'  muqabala import article.ar.txt article.en.txt --from ar --to en --id my-article \\',
				'    --publisher "Kayhan" --translator "A. Translator" --method human'
			].join('\n')
		)
		.action((original: string, translation: string, options: ImportOptions) => importTexts(io, original, translation, options));
}

/** Runs `muqabala import` with `argv` (the arguments after "import"); returns the exit code. */
export function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
	return runCli(importCommand(io), argv, io);
}

function parsePositive(value: string): number {
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) throw new CliError(`--ratio "${value}" is not a positive number`, usageExitCode);
	return number;
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
	const source: SourceInfo = { publisher: options.publisher };
	if (options.site) source.site = options.site;
	if (options.published) source.published = options.published;
	if (options.timeZone) source.timeZone = options.timeZone;
	if (options.url) source.url = options.url;
	const translation: TranslationCredit = { by: options.translator, method: options.method };
	if (options.translationDate) translation.date = options.translationDate;
	if (options.translationNote) translation.note = options.translationNote;
	return { source, translation };
}

function importTexts(io: Io, originalFile: string, translationFile: string, options: ImportOptions): void {
	checkId(options.id);
	const from = checkLanguage('--from', options.from);
	const to = checkLanguage('--to', options.to);
	if (from === to) throw new CliError(`--from and --to are both "${from}"; the translation must be in another language`, usageExitCode);
	const out = outputPath(io, options.id, options.out, options.force);

	const original = readText(io, originalFile, options.lines);
	const translation = readText(io, translationFile, options.lines);
	checkEven(original, translation, options.allowUneven);

	const titles = {
		source: options.titleFrom ?? defaultTitle(original, '--title-from'),
		target: options.titleTo ?? defaultTitle(translation, '--title-to')
	};

	const total = original.text.paragraphs.length + translation.text.paragraphs.length;
	const progress = progressFor(io, total, 2000);
	let alignment: TextAlignment;
	try {
		alignment = alignTexts(original.text.paragraphs, translation.text.paragraphs, { source: from, target: to }, {
			paragraphSeparator: options.lines ? '\n' : '\n\n',
			ratio: options.ratio,
			onProgress: (done, all, phase) => progress.update(done, all, phase === 'sentences' ? 'aligning sentences ' : 'aligning paragraphs')
		});
	} finally {
		progress.stop();
	}

	const document = toAlignedDocument(alignment, {
		id: options.id,
		languages: { source: from, target: to },
		titles,
		...metadataFrom(options),
		schema: schemaReference(io, out)
	});
	writeDocument(io, out, document, { force: options.force, createDirectory: options.out === undefined, flags: metadataFlags });
	report(io, out, alignment);
}

interface ReadText {
	shown: string;
	text: PlainText;
	characters: number;
}

function readText(io: Io, file: string, lines: boolean | undefined): ReadText {
	const path = resolvePath(io, file);
	const shown = displayPath(io, path);
	const text = parsePlainText(readUtf8(io, path), { lines });
	if (text.paragraphs.length === 0) throw new CliError(`${shown}: has no text (the file is empty or holds only blank lines)`);
	const problem = text.problems[0];
	if (problem) {
		throw new CliError(`${shown}:${problem.line}:${problem.column}: ${problem.message}, which a document cannot hold`);
	}
	const { byteOrderMark, lineEnds, unwrapped, normalized } = text.changes;
	const notes = [
		byteOrderMark && 'dropped the byte order mark at the start',
		lineEnds > 0 && `read ${lineEnds} CRLF or CR line end${lineEnds === 1 ? '' : 's'} as LF`,
		unwrapped > 0 && `joined the lines of ${unwrapped} hard-wrapped paragraph${unwrapped === 1 ? '' : 's'} with spaces`,
		normalized > 0 && `normalised ${normalized} paragraph${normalized === 1 ? '' : 's'} to Unicode NFC`
	].filter(Boolean);
	if (notes.length > 0) io.stderr.write(`note: ${shown}: ${notes.join('; ')}\n`);
	return { shown, text, characters: text.paragraphs.reduce((n, p) => n + p.length, 0) };
}

function checkEven(original: ReadText, translation: ReadText, allowUneven: boolean | undefined): void {
	const [longer, shorter] = original.characters >= translation.characters ? [original, translation] : [translation, original];
	const factor = longer.characters / shorter.characters;
	if (factor > unevenFactor && !allowUneven) {
		throw new CliError(
			`${longer.shown} is ${factor.toFixed(1)} times as long as ${shorter.shown} (${longer.characters.toLocaleString('en')} against ${shorter.characters.toLocaleString('en')} characters): are they the same text? Pass --allow-uneven to align them anyway`
		);
	}
}

function defaultTitle(read: ReadText, flag: string): string {
	const first = read.text.paragraphs[0] ?? '';
	if (first.length > longestDefaultTitle) {
		throw new CliError(`${read.shown}: its first paragraph is too long to be the title (${first.length} characters); give ${flag}`);
	}
	return first;
}

function report(io: Io, out: string, alignment: TextAlignment): void {
	const shapes = new Map<string, number>();
	let segments = 0;
	let unlinkedParagraphs = 0;
	for (const block of alignment.blocks) {
		if (block.source.start === block.source.end || block.target.start === block.target.end) unlinkedParagraphs++;
		for (const pair of block.segments) {
			segments++;
			const shape = `${pair.source.sentences}:${pair.target.sentences}`;
			shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
		}
	}
	const links = [...shapes.entries()]
		.sort((a, b) => b[1] - a[1])
		.map(([shape, count]) => `${shape} ×${count}`)
		.join(', ');
	io.stderr.write(
		`wrote ${displayPath(io, out)}: ${plural(alignment.blocks.length, 'block')}, ${plural(segments, 'segment')} (${links}); ${alignment.stats.ratio.toFixed(2)} translation characters per original character\n`
	);
	if (unlinkedParagraphs > 0) {
		const share = unlinkedParagraphs / alignment.blocks.length;
		io.stderr.write(
			`${share > 0.2 ? 'warning' : 'note'}: ${unlinkedParagraphs} paragraph${unlinkedParagraphs === 1 ? ' has' : 's have'} no counterpart in the other text${share > 0.2 ? '; check that the two files are the same text' : ''}\n`
		);
	}
}
