import { describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { escapeTsvField, parseTsv, toTsv, translationLanguage, unescapeTsvField } from './tsv';

const document: AlignedDocument = {
	format: 1,
	id: 'd',
	original: 'ar',
	languages: { ar: { title: 'ع' }, en: { title: 'T', translation: { by: 'X', method: 'human' } } },
	source: { publisher: 'P' },
	blocks: [
		{
			kind: 'paragraph',
			segments: [
				{ id: 'p1-1', text: { ar: 'أولى', en: 'First' } },
				{ id: 'p1-2', text: { ar: 'ثانية', en: '' } }
			]
		}
	]
};

describe('toTsv', () => {
	it('writes a header of language tags and one row of three fields per segment', () => {
		expect(toTsv(document)).toBe('id\tar\ten\np1-1\tأولى\tFirst\np1-2\tثانية\t\n');
	});

	it('escapes tabs, line breaks and backslashes so each row stays one line', () => {
		const nasty = 'a\tb\nc\\d\re';
		expect(escapeTsvField(nasty)).toBe('a\\tb\\nc\\\\d\\re');
		expect(escapeTsvField(nasty)).not.toMatch(/[\t\n\r]/);
		expect(unescapeTsvField(escapeTsvField(nasty))).toBe(nasty);
		expect(unescapeTsvField(escapeTsvField('\\n is not a newline'))).toBe('\\n is not a newline');
	});

	it('reads back what it wrote', () => {
		expect(parseTsv(toTsv(document))).toEqual([
			['id', 'ar', 'en'],
			['p1-1', 'أولى', 'First'],
			['p1-2', 'ثانية', '']
		]);
	});
});

describe('translationLanguage', () => {
	it('picks the only translation, or the one asked for', () => {
		expect(translationLanguage(document)).toBe('en');
		const three = { ...document, languages: { ...document.languages, fa: { title: 'ف', translation: { by: 'Y', method: 'human' as const } } } };
		expect(() => translationLanguage(three)).toThrow(/2 translations/);
		expect(translationLanguage(three, 'fa')).toBe('fa');
		expect(() => translationLanguage(document, 'de')).toThrow(/no "de" translation/);
	});
});
