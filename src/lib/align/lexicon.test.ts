import { describe, expect, it } from 'vitest';
import { hashKey } from './features';
import { lexiconEntries } from './lexicon-data';
import { lexiconDictionary, mergeDictionaries, readLexicon, shippedLexicon } from './lexicon';
import { arabicStem, englishStem } from './tokens';
import { foldArabic, foldLatin } from '../text/fold';

const arabicKey = (word: string) => hashKey(arabicStem(foldArabic(word)));
const englishKey = (word: string) => hashKey(englishStem(foldLatin(word)));

describe('the lexicon', () => {
	it('reads each form as the aligner reads words, so articles, clitics and plurals find their entry', () => {
		const lexicon = readLexicon(['river, stream | نهر, أنهار', 'city | مدينة, مدن']);
		expect(lexicon.size).toBe(2);
		// والمدينة, بالمدينة and المدينة all reduce to the stem of مدينة; "rivers" to "river".
		for (const word of ['المدينة', 'والمدينة', 'بالمدينة', 'مدن']) expect(lexicon.arabic.get(arabicKey(word))).toBe(1);
		for (const word of ['النهر', 'أنهار', 'الأنهار']) expect(lexicon.arabic.get(arabicKey(word))).toBe(0);
		expect(lexicon.english.get(englishKey('rivers'))).toBe(0);
		expect(lexicon.english.get(englishKey('streams'))).toBe(0);
		expect(lexicon.english.get(englishKey('city'))).toBe(1);
	});

	it('leaves out a form two entries share, and function words', () => {
		const lexicon = readLexicon(['spring | ربيع', 'spring, source | نبع, مصدر', 'the, house | بيت, في']);
		expect(lexicon.english.has(englishKey('spring'))).toBe(false);
		expect(lexicon.english.get(englishKey('source'))).toBe(1);
		expect(lexicon.english.has(englishKey('the'))).toBe(false);
		expect(lexicon.arabic.has(arabicKey('في'))).toBe(false);
		expect(lexicon.arabic.get(arabicKey('بيت'))).toBe(2);
	});

	it('refuses an entry not written "english | arabic"', () => {
		expect(() => readLexicon(['river نهر'])).toThrow(/entry 0/);
	});

	it('turns round with the languages and says nothing for other pairs', () => {
		const lexicon = readLexicon(['river | نهر']);
		expect(lexiconDictionary('ar', 'en', lexicon)?.source).toBe(lexicon.arabic);
		expect(lexiconDictionary('ar-SY', 'en-GB', lexicon)?.target).toBe(lexicon.english);
		expect(lexiconDictionary('en', 'ar', lexicon)?.source).toBe(lexicon.english);
		expect(lexiconDictionary('fa', 'en', lexicon)).toBeUndefined();
		expect(lexiconDictionary('ar', 'fr', lexicon)).toBeUndefined();
		expect(lexiconDictionary('AR-Arab', 'en', lexicon)?.source).toBe(lexicon.arabic);
		expect(lexiconDictionary('not a tag', 'en', lexicon)).toBeUndefined();
	});

	it('adds the learnt words the lexicon does not hold, and keeps the lexicon where they disagree', () => {
		const lexicon = { source: new Map([[1, 0], [2, 0], [3, 1]]), target: new Map([[20, 0], [30, 1]]), size: 2 };
		const learnt = { source: new Map([[1, 0], [4, 1]]), target: new Map([[10, 0], [40, 1]]), size: 2 };
		const merged = mergeDictionaries(lexicon, learnt);
		expect(merged?.size).toBe(4);
		expect(merged?.source.get(1)).toBe(0); // the lexicon's: 1 ↔ 20, not the learnt 1 ↔ 10
		expect(merged?.target.get(20)).toBe(0);
		expect(merged?.source.get(3)).toBe(1);
		expect(merged?.source.get(4)).toBe(3); // a learnt pair the lexicon knows nothing of, moved past its entries
		expect(merged?.target.get(40)).toBe(3);
		expect(merged?.target.has(10)).toBe(false); // the learnt entry that disagrees goes whole
		expect(mergeDictionaries(undefined, learnt)).toBe(learnt);
		expect(mergeDictionaries(lexicon, undefined)).toBe(lexicon);
	});

	it('ships entries that are all well formed', () => {
		const arabicLetters = /[\u0600-\u06ff]/u;
		for (const entry of lexiconEntries) {
			const [english = '', arabic = ''] = entry.split(' | ');
			for (const word of english.split(', ')) expect(word, entry).toMatch(/^[a-z][a-z'-]*$/u);
			for (const word of arabic.split(', ')) {
				expect(word, entry).toMatch(arabicLetters);
				expect(word, entry).not.toMatch(/[\sa-z]/u);
			}
		}
		const lexicon = shippedLexicon();
		expect(lexicon.size).toBe(lexiconEntries.length);
		// Few forms lost to clashes: most entries keep words on both sides.
		const ids = (map: Map<number, number>) => new Set(map.values());
		const both = [...ids(lexicon.arabic)].filter((id) => ids(lexicon.english).has(id)).length;
		expect(both / lexicon.size).toBeGreaterThan(0.9);
	});
});
