// The whole import: two plain texts in, a document, a review list and notes out. Plain TypeScript
// with no Node modules: `muqabala import` calls it after reading the files, and the workbench will
// call it in a Web Worker. It asks only for what it cannot find out: the languages come from the
// scripts when not given, the id from a name, the titles from the first paragraphs, and every
// piece of metadata is optional. Everything wrong with the input is reported at once.
import { defaultReviewThreshold } from '../document/review';
import { firstWords, reviewList, type ReviewItem } from './review-list';

export { describeShape, firstWords, reviewList, type ReviewItem } from './review-list';
import { alignTexts, type AlignStats, type TextAlignment } from './align';
import { toDocumentWithOrigins } from './document';
import { isDocumentId } from '../document/ids';
import type { AlignedDocument, DocumentNote, SourceInfo, TranslationCredit } from '../document/types';
import { validateDocumentValue } from '../document/validate';
import { parsePlainText, type PlainText } from '../export/plain-text';
import { isLanguageTag } from '../text/language';
import { detectLanguage, languageName, scriptFits, scriptName, type Detection } from '../text/script';

export interface ImportInput {
	/** The original and the translation, decoded (../text/decode.ts). */
	original: string;
	translation: string;
	/** How to name each text in messages, e.g. its file name (default "the original", "the translation"). */
	names?: { original?: string; translation?: string };
	/** BCP 47 tags; each is detected from its text's script when absent. */
	from?: string;
	to?: string;
	/** Document id; default: from `names.original` (a file name), else from the translation's title. */
	id?: string;
	/** Titles; default: each text's first paragraph, when both look like titles (they then leave the text). */
	titles?: { original?: string; translation?: string };
	/** Where the original comes from; everything optional, left out of the document when empty. */
	source?: SourceInfo;
	/** Who translated it and how; `{}` (the default) when not known. */
	credit?: TranslationCredit;
	notes?: DocumentNote[];
	/** One paragraph per line instead of blank-line-separated paragraphs. */
	lines?: boolean;
	/** Translation characters per original character (default: measured). */
	ratio?: number;
	/** Align even when one text is more than `unevenFactor` times as long as the other. */
	allowUneven?: boolean;
	/** Links under this confidence are listed for review (default `defaultReviewThreshold`). */
	reviewThreshold?: number;
	/** The `$schema` reference to write into the document. */
	schema?: string;
	onProgress?: (done: number, total: number, phase?: 'paragraphs' | 'sentences') => void;
}

/** What an input problem is about: a text, or one of the input's fields. */
export type ImportField = 'original' | 'translation' | 'from' | 'to' | 'id' | 'titles.original' | 'titles.translation' | 'source' | 'credit' | 'notes';

/** One thing wrong with the input: what it is about, where (for a text), and what to do. */
export interface ImportProblem {
	field: ImportField;
	message: string;
	/** For a text: the 1-based line and column. */
	line?: number;
	column?: number;
	/** For metadata: the JSON pointer in the document (e.g. `/source/published`). */
	pointer?: string;
	/** What kind of problem: the input cannot be used (`input`) or a value given is wrong (`usage`). */
	kind: 'input' | 'usage';
}

/** Thrown by `importTexts` with every problem it found. */
export class ImportError extends Error {
	constructor(readonly problems: ImportProblem[]) {
		super(problems.map((problem) => problem.message).join('; '));
		this.name = 'ImportError';
	}
}


/** Something the importer did or noticed that the user should know. */
export interface ImportNote {
	level: 'note' | 'warning';
	/** The text it is about, by its name; absent for the document as a whole. */
	about?: string;
	message: string;
}

export interface ImportResult {
	document: AlignedDocument;
	review: ReviewItem[];
	notes: ImportNote[];
	/** The languages used and whether each was detected. */
	languages: { from: string; to: string; detected: { from: boolean; to: boolean } };
	alignment: TextAlignment;
	stats: AlignStats & { segments: number; shapes: Record<string, number> };
}

/** Links under this confidence are listed for review; docs/alignment.md says how it was chosen. */
export { defaultReviewThreshold };
/** One text this many times as long as the other (in characters) is refused unless `allowUneven`. */
export const unevenFactor = 4;
/** A first paragraph longer than this is not taken for a title. */
export const longestTitle = 150;

/** What `checkInput` found: every problem, or everything `importTexts` needs to go on. */
interface CheckedInput {
	problems: ImportProblem[];
	ready?: {
		names: { original: string; translation: string };
		notes: ImportNote[];
		texts: { original: PlainText; translation: PlainText };
		languages: { from: string; to: string; detected: { from: boolean; to: boolean } };
		id: string;
		titles: Titles;
	};
}

/**
 * Every problem `importTexts` would report for `input`, found without aligning anything (for a
 * caller that wants to check before it commits to the work, or to add problems of its own).
 */
export function checkImport(input: ImportInput): ImportProblem[] {
	return checkInput(input).problems;
}

function checkInput(input: ImportInput): CheckedInput {
	const names = { original: input.names?.original ?? 'the original', translation: input.names?.translation ?? 'the translation' };
	const problems: ImportProblem[] = [];
	const notes: ImportNote[] = [];
	const texts = {
		original: readText(input.original, names.original, 'original', input.lines, problems, notes),
		translation: readText(input.translation, names.translation, 'translation', input.lines, problems, notes)
	};
	const languages = chooseLanguages(input, texts, names, problems, notes);
	const id = input.id ?? idFrom(names.original, input.titles?.translation ?? texts.translation?.paragraphs[0]);
	if (!isDocumentId(id)) problems.push(badId(id));
	const titles = chooseTitles(input, texts, names, problems, notes);
	if (texts.original && texts.translation && !input.allowUneven) checkEven(texts.original, texts.translation, names, problems);
	// Metadata is checked even when the languages could not be settled, so that every problem is
	// reported at once; stand-in tags serve then.
	checkMetadata(input, id, languages ?? { from: 'ar', to: 'en' }, titles ?? { original: 'x', translation: 'x', dropFirst: false }, problems);
	if (problems.length > 0 || !texts.original || !texts.translation || !languages || !titles) return { problems };
	return { problems, ready: { names, notes, texts: { original: texts.original, translation: texts.translation }, languages, id, titles } };
}

/**
 * The problems with an import's options that do not need the texts: language tags, the id, the
 * titles and the metadata. For a caller that could not read a text, to report everything at once.
 */
export function checkImportOptions(input: Omit<ImportInput, 'original' | 'translation'>): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const from = input.from === undefined ? 'ar' : checkLanguageTag(input.from, 'from', problems);
	const to = input.to === undefined ? 'en' : checkLanguageTag(input.to, 'to', problems);
	const id = input.id ?? idFrom(input.names?.original, input.titles?.translation);
	if (!isDocumentId(id)) problems.push(badId(id));
	for (const [field, title] of [['titles.original', input.titles?.original], ['titles.translation', input.titles?.translation]] as const) {
		if (title !== undefined && !/^\S(.*\S)?$/u.test(title)) problems.push({ field, kind: 'usage', message: `the title "${title}" must be one line of text without leading or trailing spaces` });
	}
	const languages = from && to && from !== to ? { from, to } : { from: 'ar', to: 'en' };
	checkMetadata(input, id, languages, { original: input.titles?.original ?? 'x', translation: input.titles?.translation ?? 'x', dropFirst: false }, problems);
	return problems;
}

function badId(id: string): ImportProblem {
	return { field: 'id', kind: 'usage', message: `"${id}" is not a valid document id: use lowercase a-z, 0-9 and "-", at most 64 characters, not starting with "-"` };
}

/**
 * Aligns `input.original` with `input.translation` and builds the document. Throws an
 * `ImportError` listing every problem when the input cannot be used.
 */
export function importTexts(input: ImportInput): ImportResult {
	const checked = checkInput(input);
	if (checked.problems.length > 0 || !checked.ready) throw new ImportError(checked.problems);
	const { names, notes, texts, languages, id, titles } = checked.ready;
	const source = titles.dropFirst ? texts.original.paragraphs.slice(1) : texts.original.paragraphs;
	const target = titles.dropFirst ? texts.translation.paragraphs.slice(1) : texts.translation.paragraphs;
	if (source.length === 0 || target.length === 0) {
		const empty = source.length === 0 ? names.original : names.translation;
		throw new ImportError([{ field: source.length === 0 ? 'original' : 'translation', kind: 'input', message: `${empty}: has no text after its title` }]);
	}
	const alignment = alignTexts(source, target, { source: languages.from, target: languages.to }, {
		paragraphSeparator: input.lines ? '\n' : '\n\n',
		ratio: input.ratio,
		onProgress: input.onProgress
	});
	const { document, origins } = toDocumentWithOrigins(alignment, {
		id,
		languages: { source: languages.from, target: languages.to },
		titles: { source: titles.original, target: titles.translation },
		source: input.source,
		translation: input.credit ?? {},
		notes: input.notes,
		schema: input.schema
	});
	const problemsInDocument = validateDocumentValue(document);
	if (problemsInDocument.length > 0) {
		throw new ImportError(problemsInDocument.map((problem) => ({ field: fieldOf(problem.pointer), kind: 'usage', pointer: problem.pointer, message: `${problem.pointer || '/'}: ${problem.message}` })));
	}

	const review = reviewList(document, languages, input.reviewThreshold ?? defaultReviewThreshold);
	const shapes: Record<string, number> = {};
	for (const block of alignment.blocks) for (const pair of block.segments) shapes[`${pair.source.sentences}:${pair.target.sentences}`] = (shapes[`${pair.source.sentences}:${pair.target.sentences}`] ?? 0) + 1;
	const unlinked = alignment.blocks.filter((block) => block.source.start === block.source.end || block.target.start === block.target.end).length;
	if (unlinked > 0 && unlinked / alignment.blocks.length > 0.2) {
		notes.push({ level: 'warning', message: `${unlinked} of ${alignment.blocks.length} paragraph groups have no counterpart in the other text; check that the two files are the same text` });
	}
	return {
		document,
		review,
		notes,
		languages,
		alignment,
		stats: { ...alignment.stats, segments: origins.length, shapes }
	};
}

// ---- reading ------------------------------------------------------------------------------------

function readText(text: string, name: string, field: 'original' | 'translation', lines: boolean | undefined, problems: ImportProblem[], notes: ImportNote[]): PlainText | undefined {
	const parsed = parsePlainText(text, { lines });
	if (parsed.paragraphs.length === 0) {
		problems.push({ field, kind: 'input', message: `${name}: has no text (it is empty or holds only blank lines)` });
		return undefined;
	}
	const problem = parsed.problems[0];
	if (problem) {
		problems.push({ field, kind: 'input', line: problem.line, column: problem.column, message: `${name}:${problem.line}:${problem.column}: ${problem.message}, which a document cannot hold` });
		return undefined;
	}
	const { byteOrderMark, lineEnds, unwrapped, normalized } = parsed.changes;
	const changes = [
		byteOrderMark && 'dropped the byte order mark at the start',
		lineEnds > 0 && `read ${lineEnds} CRLF or CR line end${lineEnds === 1 ? '' : 's'} as LF`,
		unwrapped > 0 && `joined the lines of ${unwrapped} hard-wrapped paragraph${unwrapped === 1 ? '' : 's'} with spaces`,
		normalized > 0 && `normalised ${normalized} paragraph${normalized === 1 ? '' : 's'} to Unicode NFC`
	].filter((change): change is string => typeof change === 'string');
	if (changes.length > 0) notes.push({ level: 'note', about: name, message: changes.join('; ') });
	return parsed;
}

// ---- languages ----------------------------------------------------------------------------------

const knownLanguage = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

// English names of languages (lower case) → their two-letter tags, to answer "--from arabic".
let languagesByName: Map<string, string> | undefined;
function tagForName(name: string): string | undefined {
	if (!languagesByName) {
		languagesByName = new Map();
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		for (const x of letters) {
			for (const y of letters) {
				const label = knownLanguage.of(x + y);
				if (label) languagesByName.set(label.toLowerCase(), x + y);
			}
		}
	}
	return languagesByName.get(name.trim().toLowerCase());
}

/**
 * A language tag as given, checked: a well-formed BCP 47 tag whose language is a real one, in
 * canonical case (`AR` → `ar`). Undefined, with a problem, when it is not.
 */
export function checkLanguageTag(tag: string, field: 'from' | 'to', problems: ImportProblem[]): string | undefined {
	const named = tagForName(tag);
	if (!isLanguageTag(tag) || !knownLanguage.of(tag.split('-')[0] ?? '')) {
		problems.push({
			field,
			kind: 'usage',
			message: `"${tag}" is not a BCP 47 language tag${named ? `; for ${languageName(named)} write "${named}"` : ' such as "ar" or "en"'}`
		});
		return undefined;
	}
	return Intl.getCanonicalLocales(tag)[0] ?? tag;
}

function chooseLanguages(
	input: ImportInput,
	texts: { original?: PlainText; translation?: PlainText },
	names: { original: string; translation: string },
	problems: ImportProblem[],
	notes: ImportNote[]
): { from: string; to: string; detected: { from: boolean; to: boolean } } | undefined {
	const given = {
		from: input.from === undefined ? undefined : checkLanguageTag(input.from, 'from', problems),
		to: input.to === undefined ? undefined : checkLanguageTag(input.to, 'to', problems)
	};
	if ((input.from !== undefined && !given.from) || (input.to !== undefined && !given.to)) return undefined;
	const sample = (text: PlainText | undefined) => (text ? text.paragraphs.join('\n') : '');
	const originalText = sample(texts.original);
	const translationText = sample(texts.translation);

	// Declared languages must fit the scripts; two that fit the other text mean the files were swapped.
	if (given.from && given.to && originalText && translationText) {
		const fromFits = scriptFits(originalText, given.from);
		const toFits = scriptFits(translationText, given.to);
		if (!fromFits.fits && !toFits.fits && scriptFits(translationText, given.from).fits && scriptFits(originalText, given.to).fits) {
			problems.push({
				field: 'original',
				kind: 'input',
				message: `${names.original} is in ${scriptName(fromFits.script ?? '')} script and ${names.translation} in ${scriptName(toFits.script ?? '')} script, the other way round from --from ${given.from} --to ${given.to}: give the original first, or swap --from and --to`
			});
			return undefined;
		}
	}
	const decide = (field: 'from' | 'to', tag: string | undefined, text: string, name: string): { tag: string; detected: boolean } | undefined => {
		if (!text) return undefined;
		if (tag) {
			const fit = scriptFits(text, tag);
			if (!fit.fits) {
				const detected = detectLanguage(text);
				const suggestion = detected.kind === 'language' ? `; if it is ${languageName(detected.tag)}, give --${field} ${detected.tag}` : '';
				problems.push({
					field,
					kind: 'input',
					message: `${name} is written in ${scriptName(fit.script ?? '')} script, which does not fit --${field} ${tag} (${languageName(tag)})${suggestion}`
				});
				return undefined;
			}
			return { tag, detected: false };
		}
		const detection = detectLanguage(text);
		if (detection.kind === 'language') {
			notes.push({ level: 'note', about: name, message: `read as ${languageName(detection.tag)} (${detection.tag}) from its script; give --${field} if it is another language` });
			return { tag: detection.tag, detected: true };
		}
		problems.push({ field, kind: 'input', message: `${name}: ${undetected(detection)}; give --${field} with its language, e.g. --${field} ${field === 'from' ? 'ar' : 'en'}` });
		return undefined;
	};
	const from = decide('from', given.from, originalText, names.original);
	const to = decide('to', given.to, translationText, names.translation);
	if (!from || !to) return undefined;
	if (from.tag === to.tag) {
		problems.push({
			field: from.detected && !to.detected ? 'from' : 'to',
			kind: from.detected || to.detected ? 'input' : 'usage',
			message: `the original and the translation are both in ${languageName(from.tag)} (${from.tag}): a translation must be in another language`
		});
		return undefined;
	}
	return { from: from.tag, to: to.tag, detected: { from: from.detected, to: to.detected } };
}

function undetected(detection: Detection): string {
	if (detection.kind === 'mixed') {
		const shares = detection.scripts.map((s) => `${scriptName(s.script)} ${Math.round(s.share * 100)} %`).join(', ');
		return `mixes scripts (${shares}), so its language cannot be told from its letters`;
	}
	if (detection.kind === 'unknown' && detection.script) return `is in ${scriptName(detection.script)} script, but its language cannot be told from its letters`;
	return 'has no letters to tell its language by';
}

// ---- titles, id, metadata -----------------------------------------------------------------------

interface Titles {
	original: string;
	translation: string;
	/** The first paragraphs are the titles: they leave the aligned text. */
	dropFirst: boolean;
}

/** True when `paragraph` reads like a title: short, one line, not ending like a sentence. */
export function looksLikeTitle(paragraph: string): boolean {
	if (paragraph.length === 0 || paragraph.length > longestTitle) return false;
	// A headline may ask a question; it does not end with a full stop, a colon or a comma.
	return !/[.!…:;،,]$/u.test(paragraph);
}

function chooseTitles(
	input: ImportInput,
	texts: { original?: PlainText; translation?: PlainText },
	names: { original: string; translation: string },
	problems: ImportProblem[],
	notes: ImportNote[]
): Titles | undefined {
	const given = input.titles ?? {};
	for (const [field, title] of [['titles.original', given.original], ['titles.translation', given.translation]] as const) {
		if (title !== undefined && !/^\S(.*\S)?$/u.test(title)) problems.push({ field, kind: 'usage', message: `the title "${title}" must be one line of text without leading or trailing spaces` });
	}
	if (!texts.original || !texts.translation) return undefined;
	const firstOriginal = texts.original.paragraphs[0] ?? '';
	const firstTranslation = texts.translation.paragraphs[0] ?? '';
	// The first paragraphs are taken for the titles only together: if only one text opened with a
	// title, dropping it would leave the other text's first paragraph without its counterpart.
	const firstAreTitles = looksLikeTitle(firstOriginal) && looksLikeTitle(firstTranslation);
	const matchesGiven = (title: string | undefined, first: string) => title === undefined || title.normalize('NFC') === first;
	const dropFirst =
		texts.original.paragraphs.length > 1 &&
		texts.translation.paragraphs.length > 1 &&
		((firstAreTitles && matchesGiven(given.original, firstOriginal) && matchesGiven(given.translation, firstTranslation)) ||
			(given.original?.normalize('NFC') === firstOriginal && given.translation?.normalize('NFC') === firstTranslation));
	const title = (given_: string | undefined, first: string, text: PlainText, name: string) => {
		if (given_ !== undefined) return given_.normalize('NFC');
		if (dropFirst) return first;
		const stand = firstWords(text.paragraphs[0] ?? '', 10);
		notes.push({ level: 'note', about: name, message: `its first paragraph does not look like a title, so the title is its first words ("${stand}"); give a title to replace them` });
		return stand;
	};
	return {
		original: title(given.original, firstOriginal, texts.original, names.original),
		translation: title(given.translation, firstTranslation, texts.translation, names.translation),
		dropFirst
	};
}

/** A document id made from a file name ("story.ar.txt" → "story") or a title. */
export function idFrom(fileName: string | undefined, title: string | undefined): string {
	let base = (fileName ?? '').replace(/^.*[\\/]/u, '').replace(/\.(txt|text|md)$/iu, '');
	// "story.ar" and "story-en": the language is not part of the document's name.
	base = base.replace(/[._-]([a-z]{2,3}(?:-[a-z0-9]{2,8})?)$/iu, (whole, tag: string) => (knownLanguage.of(tag.split('-')[0] ?? '') ? '' : whole));
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/gu, '-')
			.replace(/^-+|-+$/gu, '')
			.slice(0, 64)
			.replace(/-+$/u, '');
	return slug(base) || slug(title ?? '') || 'document';
}

function checkEven(original: PlainText, translation: PlainText, names: { original: string; translation: string }, problems: ImportProblem[]): void {
	const length = (text: PlainText) => text.paragraphs.reduce((n, p) => n + p.length, 0);
	const a = length(original);
	const b = length(translation);
	const [longer, shorter, longerName, shorterName, field] = a >= b ? [a, b, names.original, names.translation, 'original' as const] : [b, a, names.translation, names.original, 'translation' as const];
	const factor = longer / Math.max(1, shorter);
	if (factor > unevenFactor) {
		problems.push({
			field,
			kind: 'input',
			message: `${longerName} is ${factor.toFixed(1)} times as long as ${shorterName} (${longer.toLocaleString('en')} against ${shorter.toLocaleString('en')} characters): are they the same text? Allow uneven texts to align them anyway`
		});
	}
}

// The metadata checked on its own before any work, so that every problem is reported at once.
function checkMetadata(input: Omit<ImportInput, 'original' | 'translation'>, id: string, languages: { from: string; to: string }, titles: Titles, problems: ImportProblem[]): void {
	const stub = {
		format: 1,
		id: isDocumentId(id) ? id : 'x',
		original: languages.from,
		languages: { [languages.from]: { title: titles.original || 'x' }, [languages.to]: { title: titles.translation || 'x', translation: input.credit ?? {} } },
		...(input.source && Object.keys(input.source).length > 0 ? { source: input.source } : {}),
		...(input.notes && input.notes.length > 0 ? { notes: input.notes } : {}),
		blocks: [{ kind: 'paragraph', segments: [{ id: 'p1-1', text: { [languages.from]: 'x', [languages.to]: 'x' } }] }]
	};
	for (const problem of validateDocumentValue(stub)) {
		problems.push({ field: fieldOf(problem.pointer), kind: 'usage', pointer: problem.pointer, message: `${problem.pointer || '/'}: ${problem.message}` });
	}
}

function fieldOf(pointer: string): ImportField {
	if (pointer.startsWith('/source')) return 'source';
	if (pointer.startsWith('/notes')) return 'notes';
	if (pointer === '/id') return 'id';
	if (/^\/languages\/[^/]+\/translation/u.test(pointer)) return 'credit';
	if (/^\/languages\/[^/]+\/title/u.test(pointer)) return 'titles.translation';
	return 'source';
}
