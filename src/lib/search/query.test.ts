import { describe, expect, it } from 'vitest';
import { foldForSearch, foldedForSearch, parseQuery } from './query';

const terms = (input: string) => parseQuery(input).terms.map((t) => (t.phrase ? `"${t.folded}"` : t.folded));

describe('parseQuery', () => {
	it('reads words as separate terms and normalises whitespace', () => {
		expect(terms('  Battle\t of\n\nLIBERATION ')).toEqual(['battle', 'of', 'liberation']);
	});

	it('reads quoted text as one phrase, with any kind of double quotation mark', () => {
		expect(terms('"battle  of" liberation')).toEqual(['"battle of"', 'liberation']);
		expect(terms('“مدينة البوكمال” «محور المقاومة»')).toEqual(['"مدينه البوكمال"', '"محور المقاومه"']);
	});

	it('runs an unclosed quotation mark to the end of the query', () => {
		expect(terms('Daesh "the last stronghold')).toEqual(['daesh', '"the last stronghold"']);
	});

	it('keeps apostrophes inside words', () => {
		expect(terms("organization's")).toEqual(["organization's"]);
		expect(terms('organization’s')).toEqual(["organization's"]);
	});

	it('gives nothing to search for an empty query, spaces, quotation marks, or harakat alone', () => {
		for (const input of ['', '   ', '\t\n', '""', '“ ”', '" "', 'َ ّ', 'ـــ']) expect(terms(input), JSON.stringify(input)).toEqual([]);
	});

	it('folds Arabic as readers type it and writes digits as ASCII', () => {
		expect(terms('مُسْتَشْفَى إِسْلام ٢٠١٧')).toEqual(['مستشفي', 'اسلام', '2017']);
	});

	it('drops repeated terms', () => {
		expect(terms('Kamal kamal KAMAL "kamal"')).toEqual(['kamal', '"kamal"']);
	});

	it('notes a term typed with ta marbuta, even under a haraka', () => {
		expect(['مدينة', 'مدينةً', 'مدينه', 'ة'].map((q) => parseQuery(q).terms[0]!.endsInTaMarbuta)).toEqual([true, true, false, true]);
		expect(parseQuery('مدينه مدينة').terms).toEqual([{ text: 'مدينه', folded: 'مدينه', phrase: false, endsInTaMarbuta: true }]);
	});

	it('treats control characters as spaces', () => {
		expect(terms('Albu\u0000Kamal\u0085x')).toEqual(['albu', 'kamal', 'x']);
	});
});

describe('foldForSearch', () => {
	it('collapses runs of whitespace to one space and maps it to where the run begins', () => {
		const text = 'الميادين \u00A0 .\tنعم';
		const { folded, map } = foldForSearch(text);
		expect(folded).toBe('الميادين . نعم');
		expect(map).toHaveLength(folded.length + 1);
		expect(map[8]).toBe(8); // the space stands for " \u00A0 "
		expect(text[map[9]!]).toBe('.');
		expect(map.at(-1)).toBe(text.length);
	});

	it('gives the folded text the index stores', () => {
		for (const text of ['a  b', 'مُدُنٌ\t\tكبيرة', 'plain', '', ' x ']) expect(foldForSearch(text).folded).toBe(foldedForSearch(text));
	});
});
