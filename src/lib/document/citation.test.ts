import { describe, expect, it } from 'vitest';
import { documentCitation, pairClip, plainText, type CitationLabels } from './citation';
import type { AlignedDocument } from './types';

const english: CitationLabels = {
	lang: 'en',
	side: (tag, isOriginal) => `${{ ar: 'Arabic', en: 'English', fr: 'French' }[tag] ?? tag}${isOriginal ? ' (original)' : ''}`,
	missing: (tag) => `[not in the ${{ ar: 'Arabic', en: 'English' }[tag] ?? tag}]`,
	articleId: (id) => `article ${id}`,
	date: (iso) => `date(${iso.slice(0, 10)})`,
	translation: (tag) => `${{ en: 'English', fr: 'French' }[tag] ?? tag} translation`,
	translatorUnknown: 'translator not named',
	method: (method) => method.replace('-', ' '),
	pair: (number) => `Pair ${number}`,
	separator: ', '
};

const arabic: CitationLabels = {
	lang: 'ar',
	side: (tag, isOriginal) => `${{ ar: 'العربية', en: 'الإنجليزية' }[tag] ?? tag}${isOriginal ? ' (الأصل)' : ''}`,
	missing: () => '[غير موجود]',
	articleId: (id) => `رمز الخبر ${id}`,
	date: () => '١٩ نوفمبر ٢٠١٧',
	translation: () => 'الترجمة الإنجليزية',
	translatorUnknown: 'المترجم غير مذكور',
	method: () => 'نموذج لغوي',
	pair: (number) => `المقطع ${number}`,
	separator: '، '
};

/** A letter and its translation, written for these tests. */
function letter(overrides: Partial<AlignedDocument> = {}): AlignedDocument {
	return {
		format: 1,
		id: 'letter',
		original: 'ar',
		languages: {
			en: { title: 'A short letter', translation: { by: 'A. Translator', method: 'human', date: '2026-01-05' } },
			ar: { title: 'رسالة "قصيرة"' }
		},
		source: {
			publisher: 'Example Press',
			publisherNames: { ar: 'دار المثال' },
			site: 'example.org',
			articleId: '1234',
			published: '2026-01-04T09:30:00+03:00',
			timeZone: 'Asia/Riyadh',
			url: 'https://example.org/1234'
		},
		blocks: [
			{ kind: 'headline', segments: [{ id: 'headline', text: { ar: 'رسالة "قصيرة"', en: 'A short letter' } }] },
			{
				kind: 'paragraph',
				segments: [
					{ id: 'p1-1', text: { ar: 'وصلتني رسالتك. شكراً لك.', en: 'Your letter reached me; thank you.' } },
					{ id: 'p1-2', text: { ar: '', en: '[Greeting added by the translator.]' } }
				]
			}
		],
		...overrides
	};
}

const permalink = 'https://muqabala.example/en/read/letter#p1-1';
const withoutIsolates = (text: string) => text.replace(/[\u2068\u2069]/gu, '');

describe('pairClip as plain text', () => {
	it('gives both sides under their headings, the original first, then the full citation', () => {
		const clip = pairClip(letter(), 'p1-1', { permalink, labels: english })!;
		expect(withoutIsolates(clip.text)).toBe(
			[
				'Arabic (original)',
				'وصلتني رسالتك. شكراً لك.',
				'',
				'English',
				'Your letter reached me; thank you.',
				'',
				'رسالة "قصيرة" / A short letter. Example Press (example.org), article 1234, date(2026-01-04), https://example.org/1234. ' +
					'English translation: A. Translator (human), date(2026-01-05). Pair 2: https://muqabala.example/en/read/letter#p1-1'
			].join('\n')
		);
	});

	it('isolates a run written in the other direction, so an Arabic title keeps its quotation marks in place', () => {
		const clip = pairClip(letter(), 'p1-1', { permalink, labels: english })!;
		expect(clip.text).toContain('\u2068رسالة "قصيرة"\u2069 / A short letter.');
		expect(clip.text).toContain('\nوصلتني رسالتك. شكراً لك.\n'); // a side is its own paragraph: no isolates
		const inArabic = pairClip(letter(), 'p1-1', { permalink, labels: arabic })!;
		expect(inArabic.text).toContain(`\u2068${permalink}\u2069`);
		expect(inArabic.text).toContain('دار المثال (\u2068example.org\u2069)، رمز الخبر 1234');
	});

	it('copies one column: the original alone without a translation credit, or the translation alone', () => {
		const original = withoutIsolates(pairClip(letter(), 'p1-1', { permalink, labels: english, languages: ['ar'] })!.text);
		expect(original).toBe(
			'Arabic (original)\nوصلتني رسالتك. شكراً لك.\n\n' +
				'رسالة "قصيرة". Example Press (example.org), article 1234, date(2026-01-04), https://example.org/1234. Pair 2: ' +
				permalink
		);
		const translation = withoutIsolates(pairClip(letter(), 'p1-1', { permalink, labels: english, languages: ['en'] })!.text);
		expect(translation.startsWith('English\nYour letter reached me; thank you.\n\nرسالة "قصيرة" / A short letter. ')).toBe(true);
		expect(translation).toContain('English translation: A. Translator (human)');
		expect(translation).not.toContain('وصلتني');
	});

	it('says so when a side is empty', () => {
		const clip = pairClip(letter(), 'p1-2', { permalink, labels: english })!;
		expect(clip.text.startsWith('Arabic (original)\n[not in the Arabic]\n\nEnglish\n[Greeting added by the translator.]\n\n')).toBe(true);
		expect(clip.text).toContain('Pair 3: ');
	});

	it('leaves out what the source does not give, without empty punctuation', () => {
		const bare = letter({ source: undefined });
		const text = withoutIsolates(pairClip(bare, 'p1-1', { permalink, labels: english })!.text);
		expect(text.split('\n\n').at(-1)).toBe(`رسالة "قصيرة" / A short letter. English translation: A. Translator (human), date(2026-01-05). Pair 2: ${permalink}`);
		const siteOnly = withoutIsolates(pairClip(letter({ source: { site: 'example.org' } }), 'p1-1', { permalink, labels: english })!.text);
		expect(siteOnly).toContain('A short letter. example.org. English translation');
		const dateOnly = withoutIsolates(pairClip(letter({ source: { published: '2026-01-04T09:30:00Z' } }), 'p1-1', { permalink, labels: english })!.text);
		expect(dateOnly).toContain('A short letter. date(2026-01-04). English');
	});

	it('names the publisher in the interface language when the document gives that name', () => {
		expect(pairClip(letter(), 'p1-1', { permalink, labels: arabic })!.text).toContain('دار المثال');
		expect(pairClip(letter(), 'p1-1', { permalink, labels: english })!.text).toContain('Example Press');
	});

	it('says the translator is not named, and leaves out what else is not known', () => {
		const unknown = letter();
		unknown.languages.en!.translation = {};
		const text = pairClip(unknown, 'p1-1', { permalink, labels: english })!.text;
		expect(text).toContain('English translation: translator not named. Pair 2');
		unknown.languages.en!.translation = { method: 'machine' };
		expect(pairClip(unknown, 'p1-1', { permalink, labels: english })!.text).toContain('English translation: translator not named (machine). Pair 2');
		delete unknown.languages.en!.translation;
		expect(pairClip(unknown, 'p1-1', { permalink, labels: english })!.text).toContain('English translation: translator not named.');
	});

	it('does not add a second full stop after a title that ends with one', () => {
		const doc = letter();
		doc.languages.en!.title = 'Letters, etc.';
		expect(withoutIsolates(pairClip(doc, 'p1-1', { permalink, labels: english, languages: ['en'] })!.text)).toContain('/ Letters, etc. Example Press');
	});

	it('cites every translation of a document with several', () => {
		const doc = letter();
		doc.languages.fr = { title: 'Une courte lettre', translation: { by: 'B. Traductrice', method: 'post-edited' } };
		for (const block of doc.blocks) for (const segment of block.segments) segment.text.fr = 'x';
		const text = withoutIsolates(pairClip(doc, 'p1-1', { permalink, labels: english })!.text);
		expect(text).toContain('رسالة "قصيرة" / A short letter / Une courte lettre.');
		expect(text).toContain('English translation: A. Translator (human), date(2026-01-05). French translation: B. Traductrice (post edited). Pair 2');
		expect(text.indexOf('French\nx')).toBeGreaterThan(text.indexOf('English\nYour'));
	});

	it('gives nothing for a segment the document does not have', () => {
		expect(pairClip(letter(), 'p9-9', { permalink, labels: english })).toBeUndefined();
	});

	it('refuses a permalink that is not absolute', () => {
		for (const bad of ['/en/read/letter#p1-1', '#p1-1', 'letter', 'javascript:alert(1)', '']) {
			expect(() => pairClip(letter(), 'p1-1', { permalink: bad, labels: english }), bad).toThrow(/absolute/);
			expect(() => documentCitation(letter(), { permalink: bad, labels: english }), bad).toThrow(/absolute/);
		}
	});
});

describe('pairClip as parts for rich text', () => {
	it('gives every part its language and direction, and links their target', () => {
		const clip = pairClip(letter(), 'p1-1', { permalink, labels: english })!;
		expect(clip.blocks.map((b) => [b.kind, b.lang, b.dir])).toEqual([
			['heading', 'en', 'ltr'],
			['segment', 'ar', 'rtl'],
			['heading', 'en', 'ltr'],
			['segment', 'en', 'ltr'],
			['citation', 'en', 'ltr']
		]);
		const citation = clip.blocks.at(-1)!.parts;
		expect(citation.filter((p) => p.kind === 'title').map((p) => [p.text, p.lang, p.dir])).toEqual([
			['رسالة "قصيرة"', 'ar', 'rtl'],
			['A short letter', 'en', 'ltr']
		]);
		expect(citation.find((p) => p.kind === 'permalink')).toEqual({ kind: 'permalink', text: permalink, href: permalink, dir: 'ltr' });
		expect(citation.find((p) => p.kind === 'source-url')?.href).toBe('https://example.org/1234');
		expect(citation.find((p) => p.kind === 'publisher')).toEqual({ kind: 'publisher', text: 'Example Press', dir: 'ltr' }); // language not known
		for (const part of clip.blocks.flatMap((b) => b.parts)) expect(['ltr', 'rtl']).toContain(part.dir);
	});

	it('carries markup in the text as text', () => {
		const doc = letter();
		doc.blocks[1]!.segments[0]!.text.en = 'Use <b>bold</b> & "quotes"';
		const clip = pairClip(doc, 'p1-1', { permalink, labels: english })!;
		expect(clip.blocks[3]!.parts).toEqual([{ kind: 'segment', text: 'Use <b>bold</b> & "quotes"', lang: 'en', dir: 'ltr' }]);
		expect(clip.text).toContain('Use <b>bold</b> & "quotes"');
	});

	it('says in plain text exactly what the parts say', () => {
		for (const labels of [english, arabic]) {
			const clip = pairClip(letter(), 'p1-2', { permalink, labels })!;
			expect(withoutIsolates(clip.text)).toBe(
				clip.blocks.map((b, k) => (k === 0 ? '' : clip.blocks[k - 1]!.kind === 'heading' ? '\n' : '\n\n') + b.parts.map((p) => p.text).join('')).join('')
			);
			expect(plainText(clip.blocks)).toBe(clip.text);
		}
	});
});

describe('documentCitation', () => {
	it('cites the whole document with its permalink and no pair', () => {
		const citation = documentCitation(letter(), { permalink: 'https://muqabala.example/en/read/letter', labels: english });
		expect(citation.blocks).toHaveLength(1);
		expect(withoutIsolates(citation.text)).toBe(
			'رسالة "قصيرة" / A short letter. Example Press (example.org), article 1234, date(2026-01-04), https://example.org/1234. ' +
				'English translation: A. Translator (human), date(2026-01-05). https://muqabala.example/en/read/letter'
		);
	});

	it('writes the interface’s own words in its language and direction', () => {
		const citation = documentCitation(letter(), { permalink, labels: arabic });
		const block = citation.blocks[0]!;
		expect([block.lang, block.dir]).toEqual(['ar', 'rtl']);
		expect(withoutIsolates(citation.text)).toBe(
			'رسالة "قصيرة" / A short letter. دار المثال (example.org)، رمز الخبر 1234، ١٩ نوفمبر ٢٠١٧، https://example.org/1234. ' +
				`الترجمة الإنجليزية: A. Translator (نموذج لغوي)، ١٩ نوفمبر ٢٠١٧. ${permalink}`
		);
	});
});
