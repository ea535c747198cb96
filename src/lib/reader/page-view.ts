// The finished view of one reader page: everything the components render, in the interface
// language, computed in the route's load (at build time) so the components only lay it out.
import { linkShape, type PageRange, type ReaderView } from '../document/view';
import type { LanguageView } from '../document/view';
import type { Direction } from '../text/language';
import { formatNumber, formatPublished, languageName, localizeDigits, type PublishedDate } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';

export interface ReaderLanguage extends LanguageView {
	/** The language's name in the interface language ("Arabic", «العربية»). */
	name: string;
}

/** Which of the compared texts a cell shows: the first, the second, or neither (3+ languages). */
export type Side = 'first' | 'second' | 'other';

export interface CellPageView {
	tag: string;
	dir: Direction;
	side: Side;
	text: string;
	lead: string;
	paragraphBreak: boolean;
	sentences: number;
	/** "Not in the English", when the cell is empty. */
	emptyLabel?: string;
}

export interface PairPageView {
	id: string;
	number: number;
	/** The number as the interface writes it ("12", «١٢»). */
	numberLabel: string;
	/** "Pair 12", for assistive technology. */
	label: string;
	/** "Link to pair 12". */
	linkLabel: string;
	/** Set when the pair is not one sentence to one sentence: original:translation counts and what they mean. */
	shape?: { text: string; description: string };
	confidence?: number;
	checked?: boolean;
	cells: CellPageView[];
}

export interface BlockPageView {
	kind: ReaderView['blocks'][number]['kind'];
	/** Stable key: the id of its first pair. */
	key: string;
	pairs: PairPageView[];
	/** Past the first screen: its layout may wait until it comes near. */
	far: boolean;
}

export interface TocEntry {
	id: string;
	kind: 'chapter' | 'section';
	titles: { tag: string; dir: Direction; text: string }[];
	href: string;
	page: number;
	/** True for entries on the page being read. */
	current: boolean;
}

export interface PageLink {
	href: string;
	/** "Page 3", or the chapter's title when the page starts one. */
	label: string;
}

export interface PageNavigation {
	/** 0-based. */
	index: number;
	count: number;
	/** "Page 2 of 14 · pairs 301–600". */
	label: string;
	previous?: PageLink;
	next?: PageLink;
}

export interface SourceFacts {
	/** The publisher's name in the interface language when the document gives it. */
	publisher?: string;
	publisherLang?: string;
	site?: string;
	url?: string;
	/** "article ٦٦٨٤٧". */
	article?: string;
}

export interface Credit {
	/** "English translation". */
	heading: string;
	/** The translator, or "translator not named". */
	by: string;
	byKnown: boolean;
	method?: string;
	note?: string;
}

/** What the reader's script needs to know about the page (sent as JSON; see src/lib/client). */
export interface ReaderClientConfig {
	id: string;
	locale: UiLocale;
	/** Language tags, the original first. */
	languages: string[];
	/** Their names in the interface language. */
	names: Record<string, string>;
	pageIndex: number;
	/** `[first pair number, last pair number]` of every page. */
	pages: [number, number][];
	/** The address of every page, in order. */
	pageHrefs: string[];
	/** The document as JSON (for search, cross-page links, saving a copy). */
	documentUrl: string;
	/** The absolute-path permalink base: `/en/read/<id>`. */
	permalinkPath: string;
	/** The title in the interface language (the running head on paper). */
	title: string;
	/** True for a text kept in this browser rather than one of the site's documents. */
	local?: boolean;
	/** True when the document is divided into chapters (the print dialog offers to print one). */
	chapters?: boolean;
	/** Interface strings the script needs, already translated (it carries no translation library). */
	strings: ClientStrings;
}

/** Interface strings the reader's script uses; `{{…}}` placeholders are filled in by it. */
export interface ClientStrings {
	/** "Page {{page}} of {{pages}}", for the page margins on paper. */
	pageOf: string;
	/** "This text has no segment “{{id}}”…". */
	pairNotFound: string;
	copied: string;
	copyFailed: string;
	/** "{{language}} only", the single-text layouts. */
	only: string;
	/** Printing more than this page could not be prepared. */
	printFailed: string;
}

export interface ReaderPageView {
	id: string;
	locale: UiLocale;
	/** The title in the interface language when the document has one, else the original's. */
	title: string;
	languages: ReaderLanguage[];
	source: SourceFacts;
	published: PublishedDate | null;
	credits: Credit[];
	notes: ReaderView['notes'];
	toc: TocEntry[];
	page: PageNavigation;
	blocks: BlockPageView[];
	/** "25 aligned segments". */
	pairCountLabel: string;
	/** Address of the document's first page. */
	href: string;
	client: ReaderClientConfig;
}

/** More pairs than any screen shows before the reader scrolls: later blocks may defer layout. */
const firstScreenPairs = 16;

/** The address of page `index` (0-based) of document `id` in the interface language `locale`. */
export function pageHref(locale: UiLocale, id: string, index: number): string {
	return index === 0 ? `/${locale}/read/${id}` : `/${locale}/read/${id}/${index + 1}`;
}

/**
 * Where a reader page's links point and where its script finds the whole document: the site's
 * prerendered pages for its own documents (the default), or the browser-side reader's addresses
 * for a text kept in the browser.
 */
export interface ReaderAddresses {
	/** The address of page `index` (0-based). */
	page(index: number): string;
	/** What `loadDocument` (client/document.ts) is asked for. */
	documentUrl: string;
	/** The name places and searches are remembered under on this device. */
	key: string;
	local: boolean;
}

/** The addresses of one of the site's documents. */
export function siteAddresses(locale: UiLocale, id: string): ReaderAddresses {
	return { page: (index) => pageHref(locale, id, index), documentUrl: `/documents/${id}.json`, key: id, local: false };
}

/** Builds the view of page `index` of a document for the interface language `locale`. */
export function toReaderPage(
	view: ReaderView,
	index: number,
	locale: UiLocale,
	t: Translate,
	addresses: ReaderAddresses = siteAddresses(locale, view.id)
): ReaderPageView {
	const range = view.pages[index];
	if (!range) throw new RangeError(`page ${index} of ${view.id} does not exist`);
	const names = Object.fromEntries(view.languages.map((l) => [l.tag, languageName(l.tag, locale)]));
	const languages = view.languages.map((l) => ({ ...l, name: names[l.tag]! }));
	const [first, second] = languages;
	if (!first || !second) throw new Error(`${view.id} has fewer than two languages`);
	const sideOf = (tag: string): Side => (tag === first.tag ? 'first' : tag === second.tag ? 'second' : 'other');
	const number = (n: number) => formatNumber(n, locale);
	// Worded once per page, not once per pair: a page of 300 pairs is drawn again after every edit.
	const slot = '\u0000';
	const pairLabel = t('reader.pair', { number: slot });
	const linkLabel = t('reader.permalink', { number: slot });
	const emptyLabels = Object.fromEntries(view.languages.map((l) => [l.tag, t('reader.noCounterpart', { language: names[l.tag] })]));
	// Likewise a shape's description, once per pair of sentence counts: most of a page's cost was here.
	const shapeDescriptions = new Map<string, string>();
	const shapeDescription = (firstCount: number, secondCount: number): string => {
		const key = `${firstCount}:${secondCount}`;
		let description = shapeDescriptions.get(key);
		if (description === undefined) {
			description = t('reader.linkShape', {
				first: t('reader.sentencesIn', { count: firstCount, language: first.name }),
				second: t('reader.sentencesIn', { count: secondCount, language: second.name })
			});
			shapeDescriptions.set(key, description);
		}
		return description;
	};

	const blocks = view.blocks.slice(range.firstBlock, range.endBlock).map(
		(block): BlockPageView => ({
			kind: block.kind,
			key: block.pairs[0]!.id,
			far: block.pairs[0]!.number - range.firstPair >= firstScreenPairs,
			pairs: block.pairs.map((pair): PairPageView => {
				const shape = linkShape(pair, first.tag, second.tag);
				const firstCount = pair.cells[first.tag]?.sentences ?? 0;
				const secondCount = pair.cells[second.tag]?.sentences ?? 0;
				const numberLabel = number(pair.number);
				return {
					id: pair.id,
					number: pair.number,
					numberLabel,
					label: pairLabel.replace(slot, numberLabel),
					linkLabel: linkLabel.replace(slot, numberLabel),
					...(shape === '1:1'
						? {}
						: {
								shape: { text: `${number(firstCount)}:${number(secondCount)}`, description: shapeDescription(firstCount, secondCount) }
							}),
					...(pair.confidence !== undefined ? { confidence: pair.confidence } : {}),
					...(pair.checked ? { checked: true } : {}),
					cells: view.languages.map((language) => {
						const cell = pair.cells[language.tag]!;
						return {
							tag: language.tag,
							dir: language.dir,
							side: sideOf(language.tag),
							...cell,
							...(cell.text === '' ? { emptyLabel: emptyLabels[language.tag]! } : {})
						};
					})
				};
			})
		})
	);

	const title = view.languages.find((l) => l.tag === locale)?.title ?? first.title;
	const source = view.source;
	const publisherInUi = source.publisherNames?.[locale];
	const facts: SourceFacts = {};
	if (publisherInUi || source.publisher) {
		facts.publisher = publisherInUi ?? source.publisher;
		// A name given per language is in that language; the plain `publisher` is as the publisher writes it.
		if (publisherInUi) facts.publisherLang = locale;
	}
	if (source.site) facts.site = source.site;
	if (source.url) facts.url = source.url;
	if (source.articleId) facts.article = t('reader.article', { id: localizeDigits(source.articleId, locale) });

	const credits = languages
		.filter((l) => l.translation)
		.map((l): Credit => {
			const credit = l.translation!;
			return {
				heading: t('reader.translationOf', { language: l.name }),
				by: credit.by ?? t('reader.translatorUnknown'),
				byKnown: credit.by !== undefined,
				...(credit.method ? { method: t(`reader.methods.${credit.method}`) } : {}),
				...(credit.note ? { note: credit.note } : {})
			};
		});

	const hrefOf = (page: number) => addresses.page(page);
	const chapterTitle = (page: PageRange) => {
		const division = view.divisions.find((d) => d.page === page.index && d.number === page.firstPair);
		return division ? (division.titles[locale] ?? division.titles[first.tag] ?? '') : '';
	};
	const pageLink = (page: PageRange | undefined): PageLink | undefined =>
		page && { href: hrefOf(page.index), label: chapterTitle(page) || t('reader.pageNumber', { page: number(page.index + 1) }) };

	return {
		id: view.id,
		locale,
		title,
		languages,
		source: facts,
		published: source.published ? formatPublished(source.published, locale, source.timeZone) : null,
		credits,
		notes: view.notes,
		toc: view.divisions.map((division) => ({
			id: division.id,
			kind: division.kind,
			titles: languages.map((l) => ({ tag: l.tag, dir: l.dir, text: division.titles[l.tag] ?? '' })).filter((x) => x.text !== ''),
			href: `${hrefOf(division.page)}#${division.id}`,
			page: division.page,
			current: division.page === index
		})),
		page: {
			index,
			count: view.pages.length,
			label: t('reader.pageOf', {
				page: number(index + 1),
				pages: number(view.pages.length),
				first: number(range.firstPair),
				last: number(range.lastPair)
			}),
			...optional('previous', pageLink(view.pages[index - 1])),
			...optional('next', pageLink(view.pages[index + 1]))
		},
		blocks,
		pairCountLabel: t('library.segments', { count: view.pairCount }),
		href: hrefOf(0),
		client: {
			id: addresses.key,
			locale,
			languages: view.languages.map((l) => l.tag),
			names,
			pageIndex: index,
			pages: view.pages.map((p) => [p.firstPair, p.lastPair]),
			pageHrefs: view.pages.map((p) => hrefOf(p.index)),
			documentUrl: addresses.documentUrl,
			permalinkPath: hrefOf(0),
			title,
			...(addresses.local ? { local: true } : {}),
			...(view.divisions.some((division) => division.kind === 'chapter') ? { chapters: true } : {}),
			strings: {
				pageOf: t('print.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
				pairNotFound: t('reader.pairNotFound', { id: '{{id}}' }),
				copied: t('copy.done'),
				copyFailed: t('copy.failed'),
				only: t('reader.only', { language: '{{language}}' }),
				printFailed: t('print.failed')
			}
		}
	};
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
	return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
