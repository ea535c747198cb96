import { describe, expect, it } from 'vitest';
import { countPunctuation, extractNumbers, isLatinScript, punctuationClasses } from './cues';

describe('extractNumbers', () => {
	it('reads the same number whatever the digits and separators', () => {
		expect(extractNumbers('٣٬٢٠٠ عدّاد')).toEqual(['3200']);
		expect(extractNumbers('3,200 meters')).toEqual(['3200']);
		expect(extractNumbers('١٨٫٥ كيلومتراً')).toEqual(['18.5']);
		expect(extractNumbers('18.5 km')).toEqual(['18.5']);
	});

	it('keeps separate numbers separate and returns them sorted', () => {
		expect(extractNumbers('from 42% to 25% in 2021, then 07')).toEqual(['2021', '25', '42', '7']);
		expect(extractNumbers('19/11/2017')).toEqual(['11', '19', '2017']);
	});

	it('finds nothing in text without digits', () => {
		expect(extractNumbers('عشرة ايام, ten days')).toEqual([]);
	});
});

describe('countPunctuation', () => {
	it('counts the Arabic and Latin forms of a mark as the same mark', () => {
		const arabic = countPunctuation('قال: «لماذا؟» (حقاً)');
		const english = countPunctuation('He said: “Why?” (really)');
		expect(arabic).toEqual(english);
		expect(arabic[punctuationClasses.indexOf('question')]).toBe(1);
		expect(arabic[punctuationClasses.indexOf('quote')]).toBe(2);
		expect(arabic[punctuationClasses.indexOf('parenthesis')]).toBe(2);
	});

	it('does not count apostrophes as quotes', () => {
		expect(countPunctuation("the organization's ribs")[punctuationClasses.indexOf('quote')]).toBe(0);
	});
});

describe('isLatinScript', () => {
	it('knows which languages are written in Latin script', () => {
		expect(isLatinScript('en')).toBe(true);
		expect(isLatinScript('tr')).toBe(true);
		expect(isLatinScript('ar')).toBe(false);
		expect(isLatinScript('fa')).toBe(false);
		expect(isLatinScript('not a tag')).toBe(false);
	});
});
