import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic, foldLatin, foldText, foldWithMap } from './fold';

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
});
