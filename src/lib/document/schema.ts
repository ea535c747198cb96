// The aligned-document format, defined once. The TypeScript types (./types.ts) are derived from
// this definition, validation (./validate.ts) compiles it, and static/schema/document.schema.json
// is generated from it (`npm run schema`; a unit test fails when the file is out of date), so a
// new field is one change here. docs/format.md explains every field to people.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { idPattern } from './ids';

export { idPattern };
/** A BCP 47 language tag in shape; canonical case and well-formedness are checked beyond the schema. */
export const languageTagPattern = '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$';
/**
 * A segment's text in one language: no leading or trailing whitespace; may be empty. It may hold
 * line breaks: a side that runs across a paragraph break the other language does not make keeps
 * that break in its text (docs/format.md).
 */
export const textPattern = '^(\\S([\\s\\S]*\\S)?)?$';
/** One line, no leading or trailing whitespace, not empty. */
export const nonEmptyTextPattern = '^\\S(.*\\S)?$';
/** Whitespace only (the `space` before a segment). */
export const spacePattern = '^\\s*$';
/** An IANA time zone name in shape; whether it exists is checked beyond the schema. */
export const timeZonePattern = '^[A-Za-z]+(/[A-Za-z0-9_+-]+)*$';

export const translationMethods = ['human', 'machine', 'post-edited', 'language-model'] as const;

/**
 * What a block is in the original's structure. `chapter` and `section` open a division of a book:
 * their one segment is the division's title, and the reader builds its table of contents and its
 * pages from them.
 */
export const blockKinds = [
	'chapter',
	'section',
	'kicker',
	'headline',
	'subheading',
	'highlight',
	'paragraph',
	'quote',
	'caption'
] as const;

const languageTag = (description?: string) => Type.String({ pattern: languageTagPattern, ...(description ? { description } : {}) });
const nonEmptyText = (description?: string) => Type.String({ minLength: 1, pattern: nonEmptyTextPattern, ...(description ? { description } : {}) });
const id = (description: string) => Type.String({ pattern: idPattern, description });

/** An object keyed by language tag. (TypeBox's Record would key by pattern; this keeps `propertyNames`.) */
function byLanguage<T extends TSchema>(value: T, options: { minProperties?: number; description?: string } = {}) {
	return Type.Unsafe<Record<string, Static<T>>>({
		type: 'object',
		...options,
		propertyNames: languageTag(),
		additionalProperties: value
	});
}

const enumOf = <const T extends readonly string[]>(values: T, description?: string) =>
	Type.Unsafe<T[number]>({ enum: [...values], ...(description ? { description } : {}) });

export const translationCreditSchema = Type.Object(
	{
		by: Type.Optional(nonEmptyText('Who translated it: a person, an organisation or a project. Absent when not known.')),
		method: Type.Optional(enumOf(translationMethods, 'How it was translated. Absent when not known.')),
		date: Type.Optional(Type.String({ format: 'date', description: 'When it was translated, YYYY-MM-DD.' })),
		note: Type.Optional(nonEmptyText('Anything a reader should know about the translation.'))
	},
	{ additionalProperties: false, description: 'Who translated this language and how; `{}` when nothing is known.' }
);

export const languageEntrySchema = Type.Object(
	{
		title: nonEmptyText("The document's title in this language."),
		translation: Type.Optional(translationCreditSchema)
	},
	{ additionalProperties: false }
);

export const sourceSchema = Type.Object(
	{
		publisher: Type.Optional(nonEmptyText('Who published the original, as they write their name. Absent when not known.')),
		publisherNames: Type.Optional(
			byLanguage(nonEmptyText(), { minProperties: 1, description: "The publisher's name in other languages, shown to readers in their interface language." })
		),
		site: Type.Optional(nonEmptyText("The publisher's site as printed, e.g. kayhan.ir.")),
		articleId: Type.Optional(nonEmptyText("The publisher's own identifier for the text.")),
		published: Type.Optional(
			Type.String({ format: 'date-time', description: 'Publication time, RFC 3339 with its UTC offset, e.g. 2017-11-19T21:11:00+03:30.' })
		),
		timeZone: Type.Optional(Type.String({ pattern: timeZonePattern, description: 'IANA time zone the time was given in, e.g. Asia/Tehran.' })),
		url: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', description: 'Where the original can be read (http or https).' }))
	},
	{ additionalProperties: false, description: 'Where the original comes from. Every field is optional: leave out what is not known.' }
);

export const noteSchema = Type.Object(
	{
		lang: languageTag('The language the note is written in.'),
		text: nonEmptyText()
	},
	{ additionalProperties: false }
);

export const segmentSchema = Type.Object(
	{
		id: id('Stable and unique in the document; permalinks use it (#p3-2).'),
		text: byLanguage(Type.String({ pattern: textPattern }), {
			minProperties: 1,
			description: 'The text in every declared language; "" where this segment has no counterpart in that language.'
		}),
		space: Type.Optional(
			byLanguage(Type.String({ pattern: spacePattern }), {
				minProperties: 1,
				description: "Whitespace written before this segment's text when a language's segments are joined; a single space when absent."
			})
		),
		confidence: Type.Optional(
			Type.Number({ minimum: 0, maximum: 1, description: 'How sure the aligner was of this pair, from 0 to 1. Absent for pairs aligned by hand.' })
		),
		checked: Type.Optional(Type.Literal(true, { description: 'A person confirmed this pair. Absent otherwise.' }))
	},
	{ additionalProperties: false, description: 'One aligned unit: what each language says here.' }
);

export const blockSchema = Type.Object(
	{
		kind: enumOf(blockKinds),
		segments: Type.Array(segmentSchema, { minItems: 1 })
	},
	{ additionalProperties: false }
);

export const documentSchema = Type.Object(
	{
		$schema: Type.Optional(Type.String()),
		format: Type.Literal(1, { description: 'Format version.' }),
		id: id('Lowercase slug; also the file name (translations/<id>.json) and the reader URL.'),
		original: languageTag('Language of the original text; a key of `languages`.'),
		languages: byLanguage(languageEntrySchema, { minProperties: 2, description: 'One entry per language, keyed by BCP 47 tag.' }),
		source: Type.Optional(sourceSchema),
		notes: Type.Optional(Type.Array(noteSchema, { description: 'Notes for readers.' })),
		blocks: Type.Array(blockSchema, { minItems: 1, description: 'The text, in order.' })
	},
	{
		additionalProperties: false,
		title: 'Muqabala aligned document',
		description:
			'An original text and its translations, aligned segment by segment. See docs/format.md. Rules a schema cannot express (unique segment ids, NFC text, every declared language in every segment, division titles in every language, no bidirectional overrides or unpaired isolates, no duplicate keys) are checked by `muqabala validate`.'
	}
);

/** The JSON Schema as published (static/schema/document.schema.json): plain JSON, TypeBox's markers dropped. */
export function publishedSchema(): Record<string, unknown> {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: 'https://muqabala.example/schema/document.schema.json',
		...(JSON.parse(JSON.stringify(documentSchema)) as Record<string, unknown>)
	};
}
