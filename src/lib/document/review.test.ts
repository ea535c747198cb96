import { describe, expect, it } from 'vitest';
import { defaultReviewThreshold, reviewDocument, reviewReasons } from './review';
import type { AlignedDocument, Segment } from './types';

// Sentences written for these tests.
const segments: Segment[] = [
	{ id: 'title', text: { ar: 'تقرير البلدية', en: 'The council report', fr: 'Le rapport' } },
	{ id: 'one', text: { ar: 'افتُتحت المكتبة.', en: 'The library opened.', fr: '' }, confidence: 0.93 },
	{ id: 'unsure', text: { ar: 'زارها مئة شخص.', en: 'A hundred people came.', fr: '' }, confidence: 0.31 },
	{ id: 'two-one', text: { ar: 'هل تكفي الكتب؟ قال المدير: لا.', en: 'The director said the books were not enough.', fr: '' }, confidence: 0.7 },
	{ id: 'dropped', text: { ar: 'وشكر الحضور.', en: '', fr: '' }, confidence: 0.2 },
	{ id: 'added', text: { ar: '', en: '[The report gives no date.]', fr: '' } },
	{ id: 'checked', text: { ar: 'وأُغلقت مساءً.', en: '', fr: '' }, confidence: 0.1, checked: true },
	{ id: 'french-only', text: { ar: '', en: '', fr: 'Note du traducteur.' }, confidence: 0.1 },
	{ id: 'one-three', text: { ar: 'سيُفتح فرع ثانٍ العام المقبل.', en: 'A second branch will open. It will be larger. Next year.', fr: '' } }
];

const document: AlignedDocument = {
	format: 1,
	id: 'review-cases',
	original: 'ar',
	languages: { ar: { title: 'تقرير' }, en: { title: 'Report', translation: {} }, fr: { title: 'Rapport', translation: {} } },
	blocks: [
		{ kind: 'headline', segments: segments.slice(0, 1) },
		{ kind: 'paragraph', segments: segments.slice(1) }
	]
};

describe('reviewDocument', () => {
	it('lists pairs that are not 1:1, have an empty side or low confidence, in order, with their numbers', () => {
		const list = reviewDocument(document);
		expect(list).toMatchObject({ original: 'ar', translation: 'en', threshold: defaultReviewThreshold, pairs: 9, checked: 1 });
		expect(list.items).toEqual([
			{ id: 'unsure', number: 3, shape: '1:1', sentences: { original: 1, translation: 1 }, confidence: 0.31, reasons: [{ code: 'low-confidence', confidence: 0.31, threshold: 0.7 }] },
			{ id: 'two-one', number: 4, shape: '2:1', sentences: { original: 2, translation: 1 }, confidence: 0.7, reasons: [{ code: 'uneven', original: 2, translation: 1 }] },
			{
				id: 'dropped',
				number: 5,
				shape: '1:0',
				sentences: { original: 1, translation: 0 },
				confidence: 0.2,
				reasons: [
					{ code: 'untranslated', original: 1 },
					{ code: 'low-confidence', confidence: 0.2, threshold: 0.7 }
				]
			},
			{ id: 'added', number: 6, shape: '0:1', sentences: { original: 0, translation: 1 }, reasons: [{ code: 'added', translation: 1 }] },
			{ id: 'one-three', number: 9, shape: '1:3', sentences: { original: 1, translation: 3 }, reasons: [{ code: 'uneven', original: 1, translation: 3 }] }
		]);
		expect(list.counts).toEqual({ untranslated: 1, added: 1, uneven: 2, 'low-confidence': 2 });
	});

	it('compares the translation it is asked for, with the threshold it is given', () => {
		const french = reviewDocument(document, { translation: 'fr', threshold: 0.8 });
		expect(french.items.map((item) => [item.id, item.shape, item.reasons.map((r) => r.code)])).toEqual([
			['one', '1:0', ['untranslated']],
			['unsure', '1:0', ['untranslated', 'low-confidence']],
			['two-one', '2:0', ['untranslated', 'low-confidence']],
			['dropped', '1:0', ['untranslated', 'low-confidence']],
			['french-only', '0:1', ['added', 'low-confidence']],
			['one-three', '1:0', ['untranslated']]
		]);
	});

	it('does not list a pair that has no text in either of the two languages compared', () => {
		expect(reviewReasons(segments[7]!, 'ar', 'en')).toEqual([]);
	});

	it('refuses a translation the document does not have, or the original', () => {
		expect(() => reviewDocument(document, { translation: 'de' })).toThrow(/"de" is not a translation/);
		expect(() => reviewDocument(document, { translation: 'ar' })).toThrow(/"ar" is not a translation/);
	});

	it('lists nothing for a clean alignment', () => {
		const clean: AlignedDocument = { ...document, languages: { ar: document.languages.ar!, en: document.languages.en! }, blocks: [{ kind: 'paragraph', segments: [{ id: 'a', text: { ar: 'نعم.', en: 'Yes.' }, confidence: 0.7 }] }] };
		expect(reviewDocument(clean)).toMatchObject({ items: [], counts: { untranslated: 0, added: 0, uneven: 0, 'low-confidence': 0 }, pairs: 1, checked: 0 });
	});
});
