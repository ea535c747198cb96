import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName, scriptFits, scriptName, scriptOfLanguage, scriptProfile } from './script';

const arabic = 'قال مدير مصلحة الأرصاد الجوية إنّ كمية الأمطار التي هطلت خلال ست ساعات بلغت ٨٧ ملم، وهي الأعلى منذ عام ٢٠٠٣.';
const english = 'The head of the weather service said that 87 mm of rain had fallen in six hours, the most since 2003, and that it would ease on Wednesday.';
const persian = 'کتابخانه ملی ایران در تهران است و هر روز صدها پژوهشگر از سراسر کشور به آنجا می‌آیند تا کتاب‌های چاپی و نسخه‌های خطی را بخوانند و یادداشت بگیرند.';
const urdu = 'پاکستان کا سب سے بڑا شہر کراچی ہے اور یہ سمندر کے کنارے واقع ہے۔ یہاں ہر روز لاکھوں لوگ کام کے لیے آتے ہیں اور بڑی بڑی عمارتیں ہیں۔';
const french = 'Le directeur du service météorologique a déclaré que les pluies avaient atteint quatre-vingt-sept millimètres en six heures, un record depuis deux mille trois pour toute la région du nord.';

describe('detectLanguage', () => {
	it('reads Arabic script as Arabic and Latin script with English words as English', () => {
		expect(detectLanguage(arabic)).toMatchObject({ kind: 'language', tag: 'ar', script: 'Arab' });
		expect(detectLanguage(english)).toMatchObject({ kind: 'language', tag: 'en', script: 'Latn' });
	});

	it('tells Persian and Urdu from Arabic by the letters only they write', () => {
		expect(detectLanguage(persian)).toMatchObject({ kind: 'language', tag: 'fa' });
		expect(detectLanguage(urdu)).toMatchObject({ kind: 'language', tag: 'ur' });
	});

	it('keeps Arabic written with Persian ی and ک as Arabic', () => {
		expect(detectLanguage(arabic.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک'))).toMatchObject({ kind: 'language', tag: 'ar' });
	});

	it('does not call a Latin-script text English when it has no English words', () => {
		expect(detectLanguage(french)).toEqual({ kind: 'unknown', script: 'Latn' });
	});

	it('takes a few Latin names inside Arabic in its stride, but says when two scripts share a text', () => {
		expect(detectLanguage(`${arabic} UNDP WHO`)).toMatchObject({ kind: 'language', tag: 'ar' });
		const mixed = detectLanguage(`${arabic} ${english}`);
		expect(mixed.kind).toBe('mixed');
		if (mixed.kind === 'mixed') expect(mixed.scripts.map((s) => s.script).sort()).toEqual(['Arab', 'Latn']);
	});

	it('has nothing to say about digits and punctuation', () => {
		expect(detectLanguage('١٢٣ — 456 !؟')).toEqual({ kind: 'unknown' });
		expect(scriptProfile('').letters).toBe(0);
	});

	it('reads a sample of a very long text, quickly', () => {
		const long = `${arabic} `.repeat(100_000);
		const start = performance.now();
		expect(detectLanguage(long)).toMatchObject({ kind: 'language', tag: 'ar' });
		expect(scriptProfile(long).letters).toBeLessThan(long.length / 10);
		expect(performance.now() - start).toBeLessThan(2000); // generous: a full scan of 12 M characters would be far slower
	});
});

describe('scriptFits', () => {
	it('says whether a text is written in its declared language’s script', () => {
		expect(scriptFits(arabic, 'ar').fits).toBe(true);
		expect(scriptFits(arabic, 'en')).toEqual({ fits: false, script: 'Arab', expected: 'Latn' });
		expect(scriptFits(english, 'ar')).toEqual({ fits: false, script: 'Latn', expected: 'Arab' });
		expect(scriptFits(arabic, 'fa').fits).toBe(true); // same script: the letters cannot prove the tag wrong
	});

	it('does not object when the language’s script is unknown or the text has no letters', () => {
		expect(scriptFits(arabic, 'ja').fits).toBe(true);
		expect(scriptFits('2024', 'en').fits).toBe(true);
	});
});

describe('names for messages', () => {
	it('names scripts and languages in English', () => {
		expect(scriptName('Arab')).toBe('Arabic');
		expect(languageName('en')).toBe('English');
		expect(scriptOfLanguage('zh-Hant')).toBe('Hani');
		expect(scriptOfLanguage('ur')).toBe('Arab');
	});
});
