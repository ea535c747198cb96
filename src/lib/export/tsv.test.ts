import { describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { escapeTsvField, parseTsv, protectFormula, toTsv, translationLanguage, unescapeTsvField, unprotectFormula } from './tsv';

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

describe('formula protection', () => {
	it('puts an apostrophe before cells a spreadsheet would run, and nothing before others', () => {
		for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"]) expect(protectFormula(cell)).toBe(`'${cell}`);
		for (const cell of ['x=1', "'quoted'", "'", '', 'كتاب', '٫1', '＝1']) expect(protectFormula(cell)).toBe(cell);
	});

	it('reads back every text exactly', () => {
		for (const cell of ['=1+1', "'=x", "''=x", "'", "''", "'x", '-', "'-", 'plain']) expect(unprotectFormula(protectFormula(cell))).toBe(cell);
	});

	it('is on by default in toTsv, off when asked, and parseTsv undoes it', () => {
		const risky: AlignedDocument = { ...document, blocks: [{ kind: 'paragraph', segments: [{ id: 'p1', text: { ar: '=1+2', en: '@cmd' } }] }] };
		expect(toTsv(risky)).toBe("id\tar\ten\np1\t'=1+2\t'@cmd\n");
		expect(toTsv(risky, { protectFormulas: false })).toBe('id\tar\ten\np1\t=1+2\t@cmd\n');
		expect(parseTsv(toTsv(risky))[1]).toEqual(['p1', '=1+2', '@cmd']);
		expect(parseTsv(toTsv(risky, { protectFormulas: false }), { protectFormulas: false })[1]).toEqual(['p1', '=1+2', '@cmd']);
	});
});
