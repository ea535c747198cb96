import { beforeAll, describe, expect, it } from 'vitest';
import { toAlignmentMap } from '../document/alignment-map';
import { reviewDocument } from '../document/review';
import type { AlignedDocument } from '../document/types';
import { formatPercent } from '../i18n/format';
import { loadLocale, translator } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';
import { describeMark, firstWords, toReviewEntries, toReviewKinds, type ReviewContext } from './review-view';

beforeAll(async () => {
	await Promise.all([loadLocale('en'), loadLocale('ar')]);
});

// Sentences written for these tests; pair 2 is on another page.
const document: AlignedDocument = {
	format: 1,
	id: 'review-view',
	original: 'ar',
	languages: { ar: { title: 'مراجعة' }, en: { title: 'Review', translation: {} } },
	blocks: [
		{
			kind: 'paragraph',
			segments: [
				{ id: 'a', text: { ar: 'وصل القطار متأخرًا. لم يعتذر أحد.', en: 'The train came late and nobody apologised for it at all, not once, not even the guard.' }, confidence: 0.42 },
				{ id: 'b', text: { ar: 'كان الرصيف باردًا.', en: '' }, checked: true },
				{ id: 'c', text: { ar: '', en: '[A note by the translator.]' } }
			]
		}
	]
};

const context = (locale: UiLocale): ReviewContext => ({
	locale,
	t: translator(locale),
	names: locale === 'ar' ? { ar: 'العربية', en: 'الإنجليزية' } : { ar: 'Arabic', en: 'English' },
	placeOf: (number, id) => (number === 1 ? { href: `#${id}`, here: true } : { href: `/${locale}/read/review-view/2#${id}`, here: false })
});

describe('the review list in words', () => {
	it('says why each segment is listed, with its shape and a link to it (English)', () => {
		const entries = toReviewEntries(reviewDocument(document), document, context('en'));
		expect(entries).toEqual([
			{
				id: 'a',
				number: 1,
				href: '#a',
				here: true,
				label: 'Segment 1',
				shape: '2:1',
				reasons: ['2 sentences in Arabic, 1 sentence in English', 'The aligner’s confidence is 42%, under 70%'],
				kinds: ['uneven', 'low-confidence'],
				preview: [
					{ tag: 'ar', dir: 'rtl', text: 'وصل القطار متأخرًا. لم يعتذر أحد.' },
					{ tag: 'en', dir: 'ltr', text: 'The train came late and nobody apologised for it at …' }
				]
			},
			{
				id: 'c',
				number: 3,
				href: '/en/read/review-view/2#c',
				here: false,
				label: 'Segment 3',
				shape: '0:1',
				reasons: ['Not in the Arabic'],
				kinds: ['added'],
				preview: [
					{ tag: 'ar', dir: 'rtl', text: '' },
					{ tag: 'en', dir: 'ltr', text: '[A note by the translator.]' }
				]
			}
		]);
	});

	it('writes figures and reasons in the Arabic interface’s own digits and words', () => {
		const [first] = toReviewEntries(reviewDocument(document), document, context('ar'));
		expect(first?.label).toBe('المقطع ١');
		expect(first?.shape).toBe('٢:١');
		// Intl writes the Arabic percent sign with a letter mark after it (٤٢٪؜).
		expect(first?.reasons).toEqual(['جملتان بالعربية، وجملة واحدة بالإنجليزية', `ثقة أداة المقابلة ${formatPercent(42, 'ar')}، أي أقل من ${formatPercent(70, 'ar')}`]);
		expect(formatPercent(42, 'ar')).toMatch(/^٤٢٪/);
	});

	it('names every kind with its count, kinds without segments included', () => {
		expect(toReviewKinds(reviewDocument(document), context('en')).map((k) => [k.kind, k.label, k.countLabel])).toEqual([
			['untranslated', 'Not in the English', '0'],
			['added', 'Not in the Arabic', '1'],
			['uneven', 'Not one sentence to one', '1'],
			['low-confidence', 'Confidence under 70%', '1']
		]);
		expect(toReviewKinds(reviewDocument(document), context('ar'))[3]?.label).toBe(`ثقة أقل من ${formatPercent(70, 'ar')}`);
	});

	it('describes a mark of the map for its tooltip and for screen readers', () => {
		const map = toAlignmentMap(document);
		expect(describeMark(map.marks[0]!, map, context('en'))).toBe('Segment 1: 2 sentences in Arabic, 1 sentence in English; confidence 42%');
		expect(describeMark(map.marks[1]!, map, context('en'))).toBe('Segment 2: 1 sentence in Arabic, 0 sentences in English; checked by a person');
		expect(describeMark(map.marks[1]!, map, context('ar'))).toBe('المقطع ٢: جملة واحدة بالعربية، ولا جمل بالإنجليزية؛ راجعه شخص');
	});

	it('cuts a preview after ten words', () => {
		expect(firstWords('one two three')).toBe('one two three');
		expect(firstWords('a b c d e f g h i j k l', 10)).toBe('a b c d e f g h i j …');
	});
});
