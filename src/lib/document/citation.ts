// What "copy this pair" puts on the clipboard, and how the document is cited (in print too).
//
// One structure serves both clipboard forms: blocks of parts, each part with its own language and
// direction. The UI builds rich text from it with DOM APIs (text nodes, never HTML strings); the
// plain text is rendered from the same parts here, so the two forms always say the same thing.
// The interface's words come in as `CitationLabels`, already translated: this module knows no
// interface language.
import { directionOf, type Direction } from '../text/language';
import type { AlignedDocument, LanguageTag, Segment, TranslationMethod } from './types';

/** The interface's words around the document's own, in the interface language (the caller translates). */
export interface CitationLabels {
	/** The interface language; the citation's own words are in it. */
	lang: LanguageTag;
	/** Heads one language's side of a pair: "Arabic (original)", "English". */
	side: (tag: LanguageTag, isOriginal: boolean) => string;
	/** Stands for a side the pair does not have: "Not in the Arabic". */
	missing: (tag: LanguageTag) => string;
	/** The publisher's article identifier: "article 66847". */
	articleId: (id: string) => string;
	/** A date as the interface writes it; `iso` is YYYY-MM-DD or an RFC 3339 time (in `timeZone` when given). */
	date: (iso: string, timeZone?: string) => string;
	/** Heads one language's translation credit: "English translation". */
	translation: (tag: LanguageTag) => string;
	/** Stands for a translator the document does not name: "translator not named". */
	translatorUnknown: string;
	/** How a text was translated: "language model". */
	method: (method: TranslationMethod) => string;
	/** Names the pair as the reader shows it: "pair 12" (its gutter number; `id` is its permanent id). */
	pair: (number: number, id: string) => string;
	/** Between the items of a list in the interface language: ", " or "، ". */
	separator: string;
}

/** What a part of a clip is, so the UI can style it (a title in italics, a link as a link). */
export type ClipPartKind =
	| 'heading'
	| 'segment'
	| 'missing'
	| 'title'
	| 'publisher'
	| 'site'
	| 'article'
	| 'date'
	| 'source-url'
	| 'translation'
	| 'translator'
	| 'method'
	| 'pair'
	| 'permalink'
	| 'text';

/** A run of text in one language and direction. `lang` is absent where the language is not known. */
export interface ClipPart {
	kind: ClipPartKind;
	text: string;
	lang?: LanguageTag;
	dir: Direction;
	/** For `source-url` and `permalink`: where the text links to. */
	href?: string;
}

/** A paragraph of a clip: a side's heading, the side's text, or the citation. */
export interface ClipBlock {
	kind: 'heading' | 'segment' | 'citation';
	lang?: LanguageTag;
	dir: Direction;
	parts: ClipPart[];
}

/** What goes on the clipboard: the blocks to build rich text from, and the same as plain text. */
export interface Clip {
	blocks: ClipBlock[];
	text: string;
}

export interface CitationOptions {
	/** The absolute URL of what is cited (for a pair, the link that reaches that pair). */
	permalink: string;
	labels: CitationLabels;
	/** Which languages to include, e.g. one column only (default: all, the original first). */
	languages?: readonly LanguageTag[];
}

/**
 * A pair with its citation: each included language's side under its heading (the original first),
 * then the citation naming the pair and its permalink. `undefined` when the document has no
 * segment `segmentId`.
 */
export function pairClip(doc: AlignedDocument, segmentId: string, options: CitationOptions): Clip | undefined {
	checkPermalink(options.permalink);
	const found = findSegment(doc, segmentId);
	if (!found) return undefined;
	const { labels } = options;
	const uiDir = directionOf(labels.lang);
	const blocks: ClipBlock[] = [];
	for (const tag of includedLanguages(doc, options.languages)) {
		const dir = directionOf(tag);
		blocks.push({ kind: 'heading', lang: labels.lang, dir: uiDir, parts: [ui('heading', labels.side(tag, tag === doc.original), labels)] });
		const text = found.segment.text[tag] ?? '';
		blocks.push(
			text === ''
				? { kind: 'segment', lang: labels.lang, dir: uiDir, parts: [ui('missing', labels.missing(tag), labels)] }
				: { kind: 'segment', lang: tag, dir, parts: [{ kind: 'segment', text, lang: tag, dir }] }
		);
	}
	const pair = [ui('pair', labels.pair(found.number, segmentId), labels), ui('text', ': ', labels), link('permalink', options.permalink)];
	blocks.push(citationBlock(doc, options, pair));
	return { blocks, text: plainText(blocks) };
}

/**
 * The citation of the whole document (what print puts under the title): titles, source,
 * translation credits and permalink.
 */
export function documentCitation(doc: AlignedDocument, options: CitationOptions): Clip {
	checkPermalink(options.permalink);
	const blocks = [citationBlock(doc, options, [link('permalink', options.permalink)])];
	return { blocks, text: plainText(blocks) };
}

/**
 * `blocks` as plain text: a blank line between a side and the next heading, a line break after a
 * heading. A run whose direction differs from its paragraph's is wrapped in Unicode isolates
 * (U+2068…U+2069), so an Arabic title in an English citation (or a URL in an Arabic one) keeps its
 * order and its punctuation in any plain-text editor.
 */
export function plainText(blocks: readonly ClipBlock[]): string {
	let text = '';
	blocks.forEach((block, index) => {
		if (index > 0) text += blocks[index - 1]!.kind === 'heading' ? '\n' : '\n\n';
		for (const part of block.parts) text += part.dir === block.dir || part.kind === 'text' ? part.text : `\u2068${part.text}\u2069`;
	});
	return text;
}

// ---- the citation paragraph ---------------------------------------------------------------------

/** Titles. Source. Translation credits. Then `tail` (the pair and its permalink, or the permalink). */
function citationBlock(doc: AlignedDocument, options: CitationOptions, tail: ClipPart[]): ClipBlock {
	const { labels } = options;
	const languages = includedLanguages(doc, options.languages);
	// The original's title always names the work; the translations' titles follow when included.
	const titled = languages.includes(doc.original) ? languages : [doc.original, ...languages];
	const sentences: ClipPart[][] = [
		joinParts(
			titled.map((tag) => [{ kind: 'title', text: doc.languages[tag]!.title, lang: tag, dir: directionOf(tag) }]),
			ui('text', ' / ', labels)
		),
		sourceParts(doc, labels),
		...languages.filter((tag) => tag !== doc.original).map((tag) => creditParts(doc, tag, labels)),
		tail
	].filter((sentence) => sentence.length > 0);
	const parts: ClipPart[] = [];
	sentences.forEach((sentence, index) => {
		parts.push(...sentence);
		// A full stop ends each sentence but the last, which ends with a URL (a full stop after it
		// would be taken into the link by many programs).
		if (index < sentences.length - 1) parts.push(ui('text', endsWithStop(sentence) ? ' ' : '. ', labels));
	});
	return { kind: 'citation', lang: labels.lang, dir: directionOf(labels.lang), parts };
}

/** "Kayhan (kayhan.ir), article 66847, 19 November 2017, https://…" with whatever is known. */
function sourceParts(doc: AlignedDocument, labels: CitationLabels): ClipPart[] {
	const source = doc.source ?? {};
	const items: ClipPart[][] = [];
	const localName = source.publisherNames?.[labels.lang];
	const publisher: ClipPart[] = [];
	if (localName) publisher.push(ui('publisher', localName, labels));
	else if (source.publisher) publisher.push({ kind: 'publisher', text: source.publisher, dir: directionOfText(source.publisher, labels) });
	if (source.site) {
		const site: ClipPart = { kind: 'site', text: source.site, dir: 'ltr' };
		if (publisher.length > 0) publisher.push(ui('text', ' (', labels), site, ui('text', ')', labels));
		else publisher.push(site);
	}
	if (publisher.length > 0) items.push(publisher);
	if (source.articleId) items.push([ui('article', labels.articleId(source.articleId), labels)]);
	if (source.published) items.push([ui('date', labels.date(source.published, source.timeZone), labels)]);
	if (source.url) items.push([link('source-url', source.url)]);
	return joinParts(items, ui('text', labels.separator, labels));
}

/** "English translation: The Muqabala project (language model), 25 November 2026". */
function creditParts(doc: AlignedDocument, tag: LanguageTag, labels: CitationLabels): ClipPart[] {
	const credit = doc.languages[tag]?.translation ?? {};
	const parts: ClipPart[] = [ui('translation', labels.translation(tag), labels), ui('text', ': ', labels)];
	if (credit.by) parts.push({ kind: 'translator', text: credit.by, dir: directionOfText(credit.by, labels) });
	else parts.push(ui('translator', labels.translatorUnknown, labels));
	if (credit.method) parts.push(ui('text', ' (', labels), ui('method', labels.method(credit.method), labels), ui('text', ')', labels));
	if (credit.date) parts.push(ui('text', labels.separator, labels), ui('date', labels.date(credit.date), labels));
	return parts;
}

// ---- helpers ------------------------------------------------------------------------------------

function ui(kind: ClipPartKind, text: string, labels: CitationLabels): ClipPart {
	return { kind, text, lang: labels.lang, dir: directionOf(labels.lang) };
}

function link(kind: 'permalink' | 'source-url', href: string): ClipPart {
	return { kind, text: href, dir: 'ltr', href };
}

function joinParts(items: ClipPart[][], separator: ClipPart): ClipPart[] {
	return items.flatMap((item, index) => (index === 0 ? item : [{ ...separator }, ...item]));
}

function endsWithStop(sentence: ClipPart[]): boolean {
	return /[.!?؟]["'”’»)]*$/u.test(sentence.at(-1)?.text ?? '');
}

/** The direction of a name in no known language: that of its first strong letter, else the interface's. */
function directionOfText(text: string, labels: CitationLabels): Direction {
	const strong = /[\p{L}]/u.exec(text)?.[0];
	if (!strong) return directionOf(labels.lang);
	return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(strong) ? 'rtl' : 'ltr';
}

function includedLanguages(doc: AlignedDocument, wanted?: readonly LanguageTag[]): LanguageTag[] {
	const all = [doc.original, ...Object.keys(doc.languages).filter((tag) => tag !== doc.original)];
	return wanted ? all.filter((tag) => wanted.includes(tag)) : all;
}

function findSegment(doc: AlignedDocument, id: string): { segment: Segment; number: number } | undefined {
	let number = 0;
	for (const block of doc.blocks) {
		for (const segment of block.segments) {
			number++;
			if (segment.id === id) return { segment, number };
		}
	}
	return undefined;
}

function checkPermalink(permalink: string): void {
	let url: URL | undefined;
	try {
		url = new URL(permalink);
	} catch {
		url = undefined;
	}
	// A citation travels away from the site: a relative link would lead nowhere.
	if (!url || !/^https?:$/.test(url.protocol)) throw new TypeError(`a citation needs an absolute http(s) permalink, not "${permalink}"`);
}
