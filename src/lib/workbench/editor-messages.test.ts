import { beforeAll, describe, expect, it } from 'vitest';
import type { Refusal } from '../document/edit';
import { languageName } from '../i18n/format';
import { loadLocale, translator } from '../i18n/i18n';
import { describeNews, editName } from './editor-messages';

beforeAll(async () => {
	await Promise.all([loadLocale('en'), loadLocale('ar')]);
});

const codes: Refusal['code'][] = ['unknown-pair', 'unknown-language', 'no-next-pair', 'no-previous-pair', 'division', 'block-boundary', 'not-normalized', 'empty-side', 'bad-boundary', 'empty-part'];

describe('what the editor says', () => {
	it('names the edit undo and redo would take back, in both interface languages', () => {
		expect(editName({ kind: 'check', id: 'a', checked: false }, translator('en'))).toBe('unmark checked');
		expect(editName({ kind: 'realign', id: 'a' }, translator('en'))).toBe('re-align the rest');
		expect(describeNews({ kind: 'undone', edit: { kind: 'merge', id: 'a' } }, translator('en'), 'en', (tag) => tag)).toBe('Undone: merge.');
		expect(describeNews({ kind: 'redone', edit: { kind: 'split', id: 'a', at: {} } }, translator('ar'), 'ar', (tag) => tag)).toBe('أعدت التقسيم.');
	});

	it('words every refusal in each interface language, naming the side it is about', () => {
		for (const locale of ['en', 'ar'] as const) {
			const t = translator(locale);
			const seen = new Set<string>();
			for (const code of codes) {
				const text = describeNews({ kind: 'refused', edit: { kind: 'move', id: 'a', lang: 'ar', sentence: 'first' }, refusal: { code, lang: 'ar' } }, t, locale, (tag) => languageName(tag, locale));
				expect(text, code).not.toContain('editor.');
				expect(text, code).not.toContain('{{');
				seen.add(text);
			}
			expect(seen.size).toBe(codes.length);
		}
		const empty = describeNews({ kind: 'refused', edit: { kind: 'move', id: 'a', lang: 'en', sentence: 'last' }, refusal: { code: 'empty-side', lang: 'en' } }, translator('en'), 'en', (tag) => languageName(tag, 'en'));
		expect(empty).toBe('The English side is empty: there is no sentence to move.');
	});

	it('counts what re-aligning changed, with the plural and digits of the interface language', () => {
		expect(describeNews({ kind: 'realigned', changed: 1 }, translator('en'), 'en', String)).toBe('Re-aligned: 1 segment changed.');
		expect(describeNews({ kind: 'realigned', changed: 12 }, translator('en'), 'en', String)).toBe('Re-aligned: 12 segments changed.');
		expect(describeNews({ kind: 'realigned', changed: 0 }, translator('en'), 'en', String)).toBe('Re-aligned: nothing needed to change.');
		expect(describeNews({ kind: 'realigned', changed: 2 }, translator('ar'), 'ar', String)).toBe('أُعيدت المقابلة: تغيّر مقطعان.');
		expect(describeNews({ kind: 'realigned', changed: 5 }, translator('ar'), 'ar', String)).toBe('أُعيدت المقابلة: تغيّرت ٥ مقاطع.');
		expect(describeNews({ kind: 'realign-failed', problem: { code: 'storage', reason: 'full' } }, translator('en'), 'en', String)).toMatch(/^Re-aligning failed: /);
	});
});
