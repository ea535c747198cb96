// fast-check arbitraries for property tests: random VALID aligned documents, built from hostile
// strings (markup, formulas, inherited property names, astral characters, surrogate pairs,
// non-characters, every whitespace the format allows inside a line, bidi isolates and marks),
// with every optional part of the format (chapter and section blocks, confidence, checked, spacing,
// partial credits and sources, notes). Every document they make passes `validateDocumentValue`;
// tests/unit/fuzz.test.ts checks that, so a format change that breaks them fails loudly.
//
//   import { arbitraryDocument, hostileLine } from '../arbitraries';
//   fc.assert(fc.property(arbitraryDocument(), (doc) => …), fuzzParameters('my property'));
import fc from 'fast-check';
import { blockKinds, translationMethods, type AlignedDocument, type Block, type BlockKind, type LanguageEntry, type Segment, type SourceInfo, type TranslationCredit } from '../src/lib/document/types';

/** Language tags in canonical form: scripts, regions, right-to-left and left-to-right. */
export const languageTags = ['ar', 'en', 'fa', 'fr', 'ur', 'he', 'tr', 'zh-Hant', 'de-CH', 'sr-Latn', 'ckb', 'en-GB'] as const;

/**
 * Whitespace a document may hold inside a line (JavaScript's `\s` without the control characters
 * and line separators, which documents refuse): space, no-break space, Ogham space, the U+2002
 * family, narrow no-break space, medium mathematical space, ideographic space, and U+FEFF.
 * (U+2000 and U+2001 are not here: NFC turns them into U+2002 and U+2003.)
 */
export const innerWhitespace = [' ', '\u00A0', '\u1680', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\uFEFF'] as const;

/** Characters XML 1.0 cannot hold, not even as references, that a document may hold. */
export const nonXmlCharacters = ['\uFFFE', '\uFFFF'] as const;

/** Pieces of text chosen to break naive writers and readers. Each one is valid inside a line. */
export const hostilePieces = [
	// Arabic and Persian, with harakat, tatweel, a ligature, Arabic-Indic digits, the Arabic letter mark
	'مرحبا', 'الكتاب', 'كَتَبَ', 'ـــ', '\uFDF2', '٠١٢٣٤٥', 'ی', '\u061C', 'لا',
	// Latin, precomposed and decomposed (NFC puts it back together)
	'word', 'Café', 'e\u0301', 'ﬁ', 'ß',
	// markup and templates
	'<script>alert(1)</script>', '</seg>', '<tuv xml:lang="en">', '&amp;', '&#x41;', '&lt;', '&nbsp;', '&undefined;', ']]>', '<![CDATA[x]]>', '<!-- c -->', '<?xml?>', '"', "'", '`', '${x}', '{@html x}', '{{x}}',
	// Markdown
	'# h', '* a', '> q', '| t |', '1. x', '1) x', '---', '[a](b)', '_x_', '~~s~~', '\\', '\\n', '\\t', '\\\\', '  ',
	// spreadsheet formulas
	'=1+2', '+1', '-1', '@SUM(A1)', "'=x", "''", '=HYPERLINK("http://x")',
	// names inherited by JavaScript objects
	'__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf',
	// astral characters, surrogate pairs, sequences
	'😀', '𝕏', '\u{10FFFF}', '\u{1F468}\u200D\u{1F469}', '\u{1D11E}', '\u{20000}',
	// non-characters (U+FFFE and U+FFFF cannot be written in XML 1.0)
	'\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFE}',
	// invisible and directional marks, paired isolates (overrides and unpaired isolates are refused)
	'\uFFFD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2066x\u2069', '\u2067ع\u2069', '\u2068y\u2069', '\u2066\u2067a\u2069\u2069'
] as const;

// What a document refuses in text: control characters, line and paragraph separators, bidi
// embeddings and overrides; isolates are removed from random text (only the paired pieces above keep them).
const refused = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const leadingOrTrailingSpace = /^\s+|\s+$/g;

/** `text` made valid for a line of a document: refused characters dropped, NFC, no outer whitespace. */
export function toLine(text: string): string {
	let line = text.replace(refused, '');
	for (;;) {
		const next = line.normalize('NFC').replace(leadingOrTrailingSpace, '');
		if (next === line) return line;
		line = next;
	}
}

/** One piece: a hostile one, or random Unicode (graphemes or any code points) made line-safe. */
export function hostilePiece(): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...hostilePieces) },
		{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map(toLine) },
		{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map(toLine) },
		{ weight: 1, arbitrary: fc.constantFrom(...nonXmlCharacters) }
	);
}

/** A single line of text as a document holds it; empty only when `allowEmpty`. */
export function hostileLine(options: { allowEmpty?: boolean; maxPieces?: number } = {}): fc.Arbitrary<string> {
	const line = fc
		.tuple(fc.array(hostilePiece(), { minLength: 1, maxLength: options.maxPieces ?? 6 }), fc.array(fc.constantFrom(...innerWhitespace), { minLength: 1, maxLength: 6 }))
		.map(([pieces, spaces]) => toLine(pieces.map((piece, i) => (i === 0 ? piece : `${spaces[i % spaces.length]}${piece}`)).join('')));
	return options.allowEmpty ? line : line.filter((text) => text !== '');
}

/** The whitespace before a segment (`space`): any mix of inner whitespace and line feeds, never a lone " ". */
export function segmentSpace(): fc.Arbitrary<string> {
	return fc
		.array(fc.constantFrom(...innerWhitespace, '\n'), { maxLength: 4 })
		.map((chars) => chars.join(''))
		.filter((space) => space !== ' ');
}

/** 2 or 3 distinct canonical language tags; the first is the original. */
export function documentLanguages(): fc.Arbitrary<string[]> {
	return fc.uniqueArray(fc.constantFrom(...languageTags), { minLength: 2, maxLength: 3 });
}

const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
const offsets: Array<[string, number]> = [['Z', 0], ['+03:30', 210], ['-05:00', -300], ['+05:45', 345], ['+14:00', 840], ['-09:30', -570]];

/** An RFC 3339 date-time with a UTC offset, as `source.published` holds it. */
export function publishedTime(): fc.Arbitrary<string> {
	return fc.tuple(day, fc.constantFrom(...offsets), fc.boolean()).map(([date, [offset, minutes], fraction]) => {
		const local = new Date(date.getTime() + minutes * 60_000).toISOString(); // the wall clock at that offset
		return (fraction ? local.slice(0, 23) : local.slice(0, 19)) + offset;
	});
}

/** A calendar date, YYYY-MM-DD. */
export function calendarDate(): fc.Arbitrary<string> {
	return day.map((date) => date.toISOString().slice(0, 10));
}

function translationCredit(): fc.Arbitrary<TranslationCredit> {
	return fc.record(
		{ by: hostileLine(), method: fc.constantFrom(...translationMethods), date: calendarDate(), note: hostileLine() },
		{ requiredKeys: [] }
	);
}

function source(languages: string[]): fc.Arbitrary<SourceInfo> {
	const url = fc
		.tuple(fc.constantFrom('http', 'https'), fc.stringMatching(/^[a-z0-9-]{1,12}$/), hostileLine())
		.map(([scheme, path, query]) => `${scheme}://example.org/${path}?q=${encodeURIComponent(query)}`);
	const publisherNames = fc
		.uniqueArray(fc.constantFrom(...languages), { minLength: 1, maxLength: languages.length })
		.chain((tags) => fc.tuple(...tags.map(() => hostileLine())).map((names) => Object.fromEntries(tags.map((tag, i) => [tag, names[i] as string]))));
	return fc.record(
		{
			publisher: hostileLine(),
			publisherNames,
			site: hostileLine(),
			articleId: hostileLine(),
			published: publishedTime(),
			timeZone: fc.constantFrom('Asia/Tehran', 'Europe/London', 'America/New_York', 'UTC', 'Asia/Kathmandu', 'Pacific/Chatham'),
			url
		},
		{ requiredKeys: [] }
	);
}

// One segment before ids are given: its text in every language (never all empty), spacing,
// confidence and checked. A division title has text in every language.
function segment(languages: string[], division: boolean): fc.Arbitrary<Omit<Segment, 'id'>> {
	const text = fc
		.tuple(...languages.map(() => (division ? hostileLine() : fc.oneof({ weight: 4, arbitrary: hostileLine() }, { weight: 1, arbitrary: fc.constant('') }))))
		.filter((texts) => texts.some((t) => t !== ''))
		.map((texts) => Object.fromEntries(languages.map((tag, i) => [tag, texts[i] as string])));
	return fc
		.record({
			text,
			space: fc.tuple(...languages.map(() => fc.option(segmentSpace(), { nil: undefined, freq: 3 }))),
			confidence: fc.option(
				fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0), // no -0: JSON cannot hold it
				{ nil: undefined }
			),
			checked: fc.option(fc.constant(true as const), { nil: undefined })
		})
		.map(({ text, space, confidence, checked }) => {
			const spacing: Record<string, string> = {};
			languages.forEach((tag, i) => {
				const value = space[i];
				if (value !== undefined && text[tag] !== '') spacing[tag] = value;
			});
			return {
				text,
				...(Object.keys(spacing).length > 0 ? { space: spacing } : {}),
				...(confidence !== undefined ? { confidence } : {}),
				...(checked ? { checked } : {})
			};
		});
}

function block(languages: string[]): fc.Arbitrary<Omit<Block, 'segments'> & { segments: Array<Omit<Segment, 'id'>> }> {
	return fc.constantFrom(...blockKinds).chain((kind: BlockKind) => {
		const division = kind === 'chapter' || kind === 'section';
		return fc.array(segment(languages, division), { minLength: 1, maxLength: division ? 1 : 4 }).map((segments) => ({ kind, segments }));
	});
}

const segmentId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);

/** A random valid document. `maxBlocks` bounds its length (default 6). */
export function arbitraryDocument(options: { maxBlocks?: number } = {}): fc.Arbitrary<AlignedDocument> {
	return documentLanguages().chain((languages) => {
		const [original] = languages as [string, ...string[]];
		const entries = fc.tuple(...languages.map((tag) => fc.record({ title: hostileLine(), translation: tag === original ? fc.constant(undefined) : translationCredit() })));
		return fc
			.record({
				id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
				schema: fc.option(fc.constant('../static/schema/document.schema.json'), { nil: undefined }),
				entries,
				source: fc.option(source(languages), { nil: undefined }),
				notes: fc.option(fc.array(fc.record({ lang: fc.constantFrom(...languageTags), text: hostileLine() }), { maxLength: 3 }), { nil: undefined }),
				blocks: fc.array(block(languages), { minLength: 1, maxLength: options.maxBlocks ?? 6 }),
				ids: fc.array(segmentId, { minLength: 30, maxLength: 30 })
			})
			.map(({ id, schema, entries, source, notes, blocks, ids }): AlignedDocument => {
				const used = new Set<string>();
				let n = 0;
				const uniqueId = () => {
					const base = ids[n % ids.length] as string;
					let candidate = base;
					for (let k = 2; used.has(candidate); k++) candidate = `${base}-${k}`;
					n++;
					used.add(candidate);
					return candidate;
				};
				const languageEntries: Record<string, LanguageEntry> = {};
				languages.forEach((tag, i) => {
					const entry = entries[i] as { title: string; translation?: TranslationCredit };
					languageEntries[tag] = entry.translation ? { title: entry.title, translation: entry.translation } : { title: entry.title };
				});
				return {
					...(schema ? { $schema: schema } : {}),
					format: 1,
					id,
					original,
					languages: languageEntries,
					...(source ? { source } : {}),
					...(notes ? { notes } : {}),
					blocks: blocks.map((b) => ({ kind: b.kind, segments: b.segments.map((s) => ({ id: uniqueId(), ...s })) }))
				};
			});
	});
}

/**
 * Parameters for `fc.assert`: a seed printed once per property (FUZZ_SEED replays it), and the
 * number of runs (FUZZ_RUNS raises it for a long local run).
 */
export function fuzzParameters(name: string, numRuns = 100): fc.Parameters<unknown> {
	const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
	const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : numRuns;
	console.log(`fuzz: ${name}: seed ${seed}, ${runs} runs (replay with FUZZ_SEED=${seed})`);
	return { seed, numRuns: runs };
}
