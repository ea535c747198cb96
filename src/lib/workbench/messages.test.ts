import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, translator } from '../i18n/i18n';
import { describeProblem, describeReview } from './messages';
import type { WorkbenchProblem } from './problems';

beforeAll(async () => {
	await Promise.all([loadLocale('en'), loadLocale('ar')]);
});

const every: WorkbenchProblem[] = [
	{ code: 'missing', side: 'original' },
	{ code: 'empty', name: 'a.txt' },
	{ code: 'too-large', name: 'a.txt', size: 30 * 1024 * 1024, limit: 25 * 1024 * 1024 },
	{ code: 'binary', name: 'a.pdf', format: 'pdf' },
	{ code: 'not-utf8', name: 'a.txt', encoding: 'utf-8', line: 3, offset: 40, suggestion: 'windows-1256' },
	{ code: 'not-utf8', name: 'a.txt', encoding: 'windows-1256', line: 1, offset: 0 },
	{ code: 'unknown-encoding', name: 'a.txt', encoding: 'x-klingon' },
	{ code: 'same-language', language: 'ar' },
	{ code: 'bad-language', side: 'translation', tag: '' },
	{ code: 'uneven', longer: 'original', factor: 6.25, characters: [1000, 160] },
	{ code: 'import', field: 'original', line: 3, column: 7, detail: 'a control character' },
	{ code: 'invalid-document', name: 'd.json', problems: [{ pointer: '/id', line: 3, column: 8, message: 'must match pattern' }] },
	{ code: 'tmx', name: 'm.tmx', line: 2, detail: 'not well-formed XML' },
	{ code: 'storage', reason: 'full' },
	{ code: 'internal', detail: 'oops' }
];

describe('describeProblem', () => {
	it('words every problem in Arabic in the Arabic interface, the tools’ English kept apart as detail', () => {
		const t = translator('ar');
		for (const problem of every) {
			const view = describeProblem(problem, t, 'ar');
			expect(view.message, problem.code).toMatch(/\p{Script=Arabic}/u);
			expect(view.message, problem.code).not.toMatch(/\b(the|is|not|file)\b/);
		}
	});

	it('names the file and the place, and offers what can be done', () => {
		const t = translator('en');
		expect(describeProblem(every[4]!, t, 'en')).toMatchObject({
			message: '“a.txt” is not UTF-8 text: line 3 holds a byte that UTF-8 does not have.',
			action: { kind: 'encoding', name: 'a.txt', encoding: 'windows-1256', label: 'Read it as Arabic (Windows-1256)' }
		});
		expect(describeProblem(every[5]!, t, 'en').action).toBeUndefined(); // read as windows-1256 already
		expect(describeProblem(every[9]!, t, 'en')).toMatchObject({ message: expect.stringContaining('6.3 times as long'), action: { kind: 'uneven' } });
		expect(describeProblem(every[10]!, t, 'en')).toMatchObject({ place: 'line 3, column 7', detail: 'a control character' });
		expect(describeProblem(every[11]!, t, 'en').list).toEqual([{ pointer: '/id', place: 'line 3, column 8', message: 'must match pattern' }]);
		expect(describeProblem(every[2]!, t, 'en').message).toContain('30 MB, more than the 25 MB');
		expect(describeProblem(every[2]!, translator('ar'), 'ar').message).toContain('٣٠');
	});
});

describe('describeReview', () => {
	const item = { id: 'p1-1', confidence: 0.42, reasons: [], original: 'a', translation: '', number: 4 };
	const names = { from: 'Arabic', to: 'English' };
	const unsure = { code: 'low-confidence', confidence: 0.42, threshold: 0.7 } as const;
	it('says why a pair is listed, from the review list’s reasons', () => {
		const t = translator('en');
		expect(describeReview({ ...item, shape: '1:0', unsure: true, codes: [{ code: 'untranslated', original: 1 }, unsure] }, names, t, 'en')).toBe(
			'Not in the English; the aligner is unsure (42%)'
		);
		expect(describeReview({ ...item, shape: '2:1', unsure: false, codes: [{ code: 'uneven', original: 2, translation: 1 }] }, names, t, 'en')).toBe(
			'2 sentences in Arabic, 1 sentence in English'
		);
		expect(describeReview({ ...item, shape: '1:1', unsure: true, codes: [unsure] }, names, t, 'en')).toBe('The aligner is unsure (42%)');
		expect(describeReview({ ...item, shape: '0:2', unsure: false, codes: [{ code: 'added', translation: 2 }] }, names, t, 'en')).toBe('Not in the Arabic');
	});
});
