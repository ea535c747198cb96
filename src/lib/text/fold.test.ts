import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic, foldEachChar, foldLatin, foldText, foldTypography, foldWithMap } from './fold';

describe('foldArabic', () => {
	it('drops harakat, shadda, sukun, superscript alef and tatweel', () => {
		expect(foldArabic('مُحَمَّدٌ')).toBe('محمد');
		expect(foldArabic('الرّحمٰن')).toBe('الرحمن');
		expect(foldArabic('جمـــيل')).toBe('جميل');
	});

	it('writes every alef and hamza seat as its letter', () => {
		expect(['أحمد', 'إسلام', 'آمن', 'ٱلله'].map(foldArabic)).toEqual(['احمد', 'اسلام', 'امن', 'الله']);
		expect(foldArabic('مسؤول')).toBe('مسوول');
		expect(foldArabic('رئيس')).toBe('رييس');
	});

	it('reads ta marbuta as ha and alef maqsura as ya', () => {
		expect(foldArabic('مدينة')).toBe(foldArabic('مدينه'));
		expect(foldArabic('مستشفى')).toBe(foldArabic('مستشفي'));
	});

	it('reads Persian kaf and ya as the Arabic letters', () => {
		expect(foldArabic('کیهان')).toBe('كيهان');
	});
});

describe('foldLatin and digits', () => {
	it('ignores case and accents', () => {
		expect(foldLatin('Café Ünïcode İstanbul')).toBe('cafe unicode istanbul');
	});

	it('reads Arabic-Indic and Extended Arabic-Indic digits as ASCII', () => {
		expect(asciiDigits('٢٠١٧ و۱۳۹۶')).toBe('2017 و1396');
		expect(foldText('عام ٢٠١٧')).toBe(foldText('عام 2017'));
	});
});

describe('foldTypography', () => {
	it('drops invisible format characters', () => {
		expect(foldTypography('می\u200Cخواهم')).toBe('میخواهم'); // ZWNJ
		expect(foldTypography('\u200Fمرحبا\u200E')).toBe('مرحبا'); // RLM, LRM
		expect(foldTypography('trans\u00ADlation')).toBe('translation'); // soft hyphen
		expect(foldTypography('\u2068Kayhan\u2069')).toBe('Kayhan'); // isolates
	});

	it('reads typographic apostrophes and hyphens as the keyboard ones', () => {
		expect(foldTypography('source’s ‘quoted’ Hawai\u02BCi')).toBe("source's 'quoted' Hawai'i");
		expect(foldTypography('ez\u2011Zor')).toBe('ez-Zor');
	});

	it('leaves dashes and quotation marks alone', () => {
		expect(foldTypography('a – b — “c” «d»')).toBe('a – b — “c” «d»');
	});

	it('is part of foldText', () => {
		expect(foldText('Source’s\u00AD')).toBe("source's");
	});
});

describe('foldWithMap', () => {
	it('maps every folded character back to where it came from', () => {
		const text = 'مُحَمَّد Café';
		const { folded, map } = foldWithMap(text);
		expect(folded).toBe('محمد cafe');
		const at = folded.indexOf('cafe');
		expect(text.slice(map[at], map[at + 'cafe'.length])).toBe('Café');
		const start = folded.indexOf('حم');
		expect(text.slice(map[start], map[start + 2])).toBe('حَمَّ'); // the marks travel with their letters
	});

	it('keeps the map one longer than the folded text', () => {
		const { folded, map } = foldWithMap('أإآ');
		expect(map).toHaveLength(folded.length + 1);
		expect(map.at(-1)).toBe(3);
	});

	it('folds exactly as foldText does, character by character', () => {
		const text = 'أَهْلًا بِالمدينةِ ٢٠١٧ Café’s ­ی';
		const { folded, map } = foldWithMap(text);
		expect(folded).toBe([...text].map(foldText).join(''));
		expect(folded).toBe(foldWithMap(text).folded); // and the same again (cached per character)
		expect(map).toHaveLength(folded.length + 1);
	});

	it('maps astral characters (two code units) and lone surrogates', () => {
		const text = '𝐀x😀é\uD800y';
		const { folded, map } = foldWithMap(text);
		expect(folded).toBe([...text].map(foldText).join(''));
		expect(map).toHaveLength(folded.length + 1);
		const at = folded.indexOf('😀');
		expect(text.slice(map[at], map[at + 2])).toBe('😀');
		expect(text.slice(map[folded.indexOf('e')], map[folded.indexOf('e') + 1])).toBe('é');
	});

	it('foldEachChar gives foldWithMap’s folded text', () => {
		for (const text of ['', 'plain', 'ΟΔΟΣ Café', 'أَهْلًا', '𝐀😀', 'a\u00ADb']) expect(foldEachChar(text)).toBe(foldWithMap(text).folded);
	});
});
