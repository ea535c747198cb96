// Search on texts written for these tests (no document in the repository is needed): every case a
// reader of Arabic and English runs into, each asserted on the ranges of the original text that
// the reader marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { foldForSearch } from './query';
import { toReaderView } from '../document/view';
import { buildSearchIndex, buildViewSearchIndex, indexSegments, matchRanges, parseQuery, search, type SearchIndex } from './search';

/** An index of Arabic–English pairs, ids s1, s2… */
function pairs(...texts: [ar: string, en: string][]): SearchIndex {
	return indexSegments(
		['ar', 'en'],
		texts.map(([ar, en], k) => ({ id: `s${k + 1}`, text: { ar, en } }))
	);
}

/** The marked words of every hit, as `id/lang: [marked, …]`. */
function marked(index: SearchIndex, query: string): Record<string, string[]> {
	const result: Record<string, string[]> = {};
	for (const hit of search(index, query).hits) {
		const text = index.segments[hit.ordinal - 1]!.text[hit.lang]!;
		result[`${hit.segmentId}/${hit.lang}`] = hit.ranges.map((r) => text.slice(r.start, r.end));
	}
	return result;
}

describe('Arabic as readers type it', () => {
	it('finds text with harakat from a query without them, marking the letters with their marks', () => {
		const index = pairs(['قالَ مُحَمَّدٌ كلمتَهُ', 'x']);
		expect(marked(index, 'محمد')).toEqual({ 's1/ar': ['مُحَمَّدٌ'] });
	});

	it('finds text without harakat from a query with them', () => {
		const index = pairs(['وصلت الرسالة إلى المدينة', 'x']);
		expect(marked(index, 'الرِّسَالَةُ')).toEqual({ 's1/ar': ['الرسالة'] });
	});

	it('reads every alef and hamza seat as its letter, in the text and in the query', () => {
		const index = pairs(['إسلام وأمن وآمال ومسؤول', 'x']);
		expect(marked(index, 'اسلام')).toEqual({ 's1/ar': ['إسلام'] });
		expect(marked(index, 'امن')).toEqual({ 's1/ar': ['أمن'] });
		expect(marked(index, 'أمال')).toEqual({ 's1/ar': ['آمال'] });
		expect(marked(index, 'مسوول')).toEqual({ 's1/ar': ['مسؤول'] });
		expect(marked(index, 'إمال')).toEqual({ 's1/ar': ['آمال'] });
	});

	it('reads ة as ه and ى as ي, both ways', () => {
		const index = pairs(['في المستشفى بمدينة حماه', 'x'], ['مستشفي المدينه', 'y']);
		expect(Object.keys(marked(index, 'مستشفى'))).toEqual(['s1/ar', 's2/ar']);
		expect(Object.keys(marked(index, 'مستشفي'))).toEqual(['s1/ar', 's2/ar']);
		expect(marked(index, 'مدينه')).toEqual({ 's1/ar': ['مدينة'], 's2/ar': ['مدينه'] });
		expect(marked(index, 'حماة')).toEqual({ 's1/ar': ['حماه'] });
	});

	it('ignores tatweel, and marks the stretched word whole', () => {
		const index = pairs(['كان يوماً جمـــيلاً', 'x']);
		expect(marked(index, 'جميل')).toEqual({ 's1/ar': ['جمـــيل'] });
		expect(marked(index, 'جمـيل')).toEqual({ 's1/ar': ['جمـــيل'] });
	});

	it('matches Arabic-Indic, Persian and Latin digits alike', () => {
		const index = pairs(['فرار نحو(١٥٠) مسلحاً وقتل ۱۵۰ آخرين', 'about (150) militants']);
		expect(marked(index, '150')).toEqual({ 's1/ar': ['١٥٠', '۱۵۰'], 's1/en': ['150'] });
		expect(marked(index, '١٥٠')).toEqual(marked(index, '150'));
	});

	it('reads Persian kaf and ya as the Arabic letters', () => {
		const index = pairs(['صحيفة کیهان', 'x']);
		expect(marked(index, 'كيهان')).toEqual({ 's1/ar': ['کیهان'] });
	});
});

describe('Arabic words with proclitics', () => {
	const index = pairs(
		['دخلوا المدينة', 'a'],
		['عادوا إلى والمدينة', 'b'],
		['مروا بالمدينة', 'c'],
		['سلموها للمدينة', 'd'],
		['وبالمدينة أيضاً', 'e'],
		['ومدينة أخرى ومدينتهم', 'f'],
		['مدينة واحدة', 'g']
	);

	it('finds a word after و ف ب ك ل and the article, alone or together (مدينة finds والمدينة, بالمدينة)', () => {
		expect(marked(index, 'مدينة')).toEqual({
			's1/ar': ['مدينة'],
			's2/ar': ['مدينة'],
			's3/ar': ['مدينة'],
			's4/ar': ['مدينة'],
			's5/ar': ['مدينة'],
			's6/ar': ['مدينة', 'مدينت'],
			's7/ar': ['مدينة']
		});
	});

	it('keeps a typed article: المدينة finds the definite word with its proclitics, marking the article', () => {
		expect(marked(index, 'المدينة')).toEqual({
			's1/ar': ['المدينة'],
			's2/ar': ['المدينة'],
			's3/ar': ['المدينة'],
			's4/ar': ['لمدينة'], // ل + ال is written لل: the second ل is the article
			's5/ar': ['المدينة']
		});
	});

	it('finds the ت form of ة before a suffix only when the query has ة', () => {
		expect(marked(index, 'مدينتهم')).toEqual({ 's6/ar': ['مدينتهم'] });
		const other = pairs(['كلتا اليدين', 'x'], ['قال كله', 'y']);
		expect(marked(other, 'كله')).toEqual({ 's2/ar': ['كله'] }); // typed with ه: no كلت
	});

	it('does not find a word inside another word (دين in مدينة, سلام in اسلام, كمال in البوكمال)', () => {
		const other = pairs(['المدينة والإسلام والبوكمال', 'x'], ['الدين والسلام وكمال', 'y']);
		expect(Object.keys(marked(other, 'دين'))).toEqual(['s2/ar']);
		expect(Object.keys(marked(other, 'سلام'))).toEqual(['s2/ar']);
		expect(Object.keys(marked(other, 'كمال'))).toEqual(['s2/ar']);
	});

	it('finds a number or a Latin word after a proclitic (بـ150, لـTwitter), but not after other letters', () => {
		expect(marked(pairs(['قُدّر بـ150 مقاتلاً', 'x']), '150')).toEqual({ 's1/ar': ['150'] });
		expect(marked(pairs(['كتب لـTwitter وعلىTwitter', 'reTwitter Twitter']), 'twitter')).toEqual({ 's1/ar': ['Twitter'], 's1/en': ['Twitter'] });
	});

	it('finds a word typed with its proclitic, and after a conjunction', () => {
		expect(Object.keys(marked(index, 'بالمدينة'))).toEqual(['s3/ar', 's5/ar']);
	});
});

describe('English and other Latin-script text', () => {
	const index = pairs(['x', 'The CAFÉ in İstanbul was started by a party of artists.'], ['y', 'Liberation; liberated, LIBERATORS']);

	it('ignores case and accents, both ways', () => {
		expect(marked(index, 'café')).toEqual({ 's1/en': ['CAFÉ'] });
		expect(marked(index, 'Cafe')).toEqual({ 's1/en': ['CAFÉ'] });
		expect(marked(index, 'istanbul')).toEqual({ 's1/en': ['İstanbul'] });
	});

	it('matches at the start of words, so a prefix finds its word but a fragment inside a word does not', () => {
		expect(marked(index, 'liber')).toEqual({ 's2/en': ['Liber', 'liber', 'LIBER'] });
		expect(marked(index, 'art')).toEqual({ 's1/en': ['art'] }); // artists, not started or party
	});

	it('finds "source’s" from a query typed with a straight apostrophe, and the other way round', () => {
		const other = pairs(['x', 'the source’s own slips'], ['y', "the source's own slips"]);
		expect(Object.keys(marked(other, "source's"))).toEqual(['s1/en', 's2/en']);
		expect(Object.keys(marked(other, 'source’s'))).toEqual(['s1/en', 's2/en']);
	});

	it('sees through a soft hyphen or a zero-width joiner in the text', () => {
		const other = pairs(['x', 'a trans\u00ADlation of it']);
		expect(marked(other, 'translation')).toEqual({ 's1/en': ['trans\u00ADlation'] });
	});
});

describe('queries', () => {
	const index = pairs(
		['معركة التحرير في البوكمال', 'The battle of liberation in Albu Kamal'],
		['التحرير معركة طويلة', 'Liberation was a long battle']
	);

	it('needs every word, in any order, in one side of one segment', () => {
		expect(Object.keys(marked(index, 'liberation battle'))).toEqual(['s1/en', 's2/en']);
		expect(Object.keys(marked(index, 'battle Kamal'))).toEqual(['s1/en']);
		expect(Object.keys(marked(index, 'التحرير معركة'))).toEqual(['s1/ar', 's2/ar']);
	});

	it('never matches words spread over the two languages of a segment', () => {
		expect(search(index, 'battle البوكمال').total).toBe(0);
	});

	it('matches a quoted phrase only as written, in order', () => {
		expect(marked(index, '"battle of liberation"')).toEqual({ 's1/en': ['battle of liberation'] });
		expect(search(index, '"liberation of battle"').total).toBe(0);
		expect(marked(index, '«معركة التحرير»')).toEqual({ 's1/ar': ['معركة التحرير'] });
	});

	it('matches a phrase across any run of whitespace in the text, marking it whole', () => {
		const other = pairs(['حسب قناة الميادين  .', 'x']);
		expect(marked(other, '"الميادين ."')).toEqual({ 's1/ar': ['الميادين  .'] });
	});

	it('does not report a phrase that runs across a segment boundary', () => {
		const other = pairs(['x', 'It ended.'], ['y', 'Then it began.']);
		expect(search(other, '"ended. Then"').total).toBe(0);
		expect(search(other, 'ended then').total).toBe(0);
		expect(search(other, 'ended').total).toBe(1);
	});

	it('merges matches that overlap or touch into one marked range', () => {
		expect(marked(index, 'liber liberation')).toEqual({ 's1/en': ['liberation'], 's2/en': ['Liberation'] });
		expect(marked(index, '"battle of" "of liberation"')).toEqual({ 's1/en': ['battle of liberation'] });
	});

	it('gives nothing for an empty or blank query', () => {
		for (const query of ['', ' ', '\n\t', '""', 'ّ']) {
			const result = search(index, query);
			expect(result.total, JSON.stringify(query)).toBe(0);
			expect(result.hits).toEqual([]);
		}
	});

	it('takes regular expression characters literally', () => {
		const other = pairs(['x', 'about (150) fled; a+b = c* [sic] $5 ^ \\d |?'], ['y', 'about 150 fled; ab = c']);
		expect(marked(other, '(150)')).toEqual({ 's1/en': ['(150)'] });
		expect(marked(other, 'a+b')).toEqual({ 's1/en': ['a+b'] });
		expect(marked(other, 'c*')).toEqual({ 's1/en': ['c*'] });
		expect(marked(other, '[sic]')).toEqual({ 's1/en': ['[sic]'] });
		expect(marked(other, '$5')).toEqual({ 's1/en': ['$5'] });
		expect(marked(other, '\\d')).toEqual({ 's1/en': ['\\d'] });
		expect(marked(other, '|?')).toEqual({ 's1/en': ['|?'] });
		expect(search(other, '.*').total).toBe(0);
	});

	it('copes with a very long query: a whole sentence finds its segment, a book page finds nothing', () => {
		const sentence = 'The battle of liberation in Albu Kamal';
		expect(Object.keys(marked(index, sentence.toUpperCase()))).toEqual(['s1/en']);
		expect(Object.keys(marked(index, `"${sentence}"`))).toEqual(['s1/en']);
		const page = Array.from({ length: 2000 }, (_, k) => `word${k}`).join(' ') + ' battle';
		expect(search(index, page).total).toBe(0);
		expect(search(index, `"${page}"`).total).toBe(0);
	});
});

describe('results', () => {
	const index = pairs(
		['داعش هنا', 'Daesh here'],
		['لا شيء', 'nothing'],
		['وداعش هناك', 'and Daesh there, Daesh again'],
		['', 'Daesh added by the translator']
	);

	it('name the segment, its language and its ordinal, in document order with the original first', () => {
		const result = search(index, 'داعش');
		expect(result.hits.map((h) => [h.segmentId, h.lang, h.ordinal])).toEqual([
			['s1', 'ar', 1],
			['s3', 'ar', 3]
		]);
		const both = search(index, 'daesh');
		expect(both.hits.map((h) => `${h.ordinal}${h.lang}`)).toEqual(['1en', '3en', '4en']);
	});

	it('count every hit and return at most `limit`', () => {
		const result = search(index, 'daesh', { limit: 2 });
		expect(result.total).toBe(3);
		expect(result.totalByLanguage).toEqual({ ar: 0, en: 3 });
		expect(result.hits.map((h) => h.segmentId)).toEqual(['s1', 's3']);
		expect(search(index, 'daesh', { limit: 0 }).hits).toEqual([]);
	});

	it('interleave the languages by segment', () => {
		const index = indexSegments(['ar', 'en'], [
			{ id: 'a', text: { ar: '150', en: '150' } },
			{ id: 'b', text: { ar: '', en: '150' } },
			{ id: 'c', text: { ar: '١٥٠', en: '' } }
		]);
		expect(search(index, '150').hits.map((h) => `${h.segmentId}/${h.lang}`)).toEqual(['a/ar', 'a/en', 'b/en', 'c/ar']);
	});

	it('can be limited to some languages', () => {
		const result = search(index, 'daesh', { languages: ['ar'] });
		expect(result.total).toBe(0);
		expect(result.totalByLanguage).toEqual({ ar: 0 });
	});

	it('carry a snippet around the first match, cut at word boundaries', () => {
		const long = pairs([
			'x',
			'One two three four five six seven eight nine ten eleven Daesh twelve thirteen fourteen fifteen sixteen seventeen eighteen'
		]);
		const { snippet } = search(long, 'daesh', { context: 20 }).hits[0]!;
		expect(snippet.match).toBe('Daesh');
		expect(snippet.before).toBe('nine ten eleven '); // 20 characters back is inside "eight": cut after it
		expect(snippet.after).toBe(' twelve thirteen');
		expect([snippet.clippedBefore, snippet.clippedAfter]).toEqual([true, true]);
		const short = search(index, 'nothing').hits[0]!.snippet;
		expect(short).toEqual({ before: '', match: 'nothing', after: '', clippedBefore: false, clippedAfter: false });
	});
});

describe('matchRanges', () => {
	it('marks every term in a text, or nothing unless every term is there', () => {
		const text = 'The battle of liberation in Albu Kamal';
		expect(matchRanges(text, parseQuery('kamal battle')).map((r) => text.slice(r.start, r.end))).toEqual(['battle', 'Kamal']);
		expect(matchRanges(text, parseQuery('kamal Raqqa'))).toEqual([]);
		expect(matchRanges(text, parseQuery(''))).toEqual([]);
	});
});

describe('buildSearchIndex', () => {
	const doc: AlignedDocument = {
		format: 1,
		id: 'test',
		original: 'ar',
		languages: { en: { title: 'T', translation: {} }, ar: { title: 'ع' } },
		blocks: [
			{ kind: 'chapter', segments: [{ id: 'c1', text: { ar: 'الفصل الأول', en: 'Chapter one' } }] },
			{ kind: 'paragraph', segments: [{ id: 'p1-1', text: { ar: 'في الفصل', en: 'In the chapter' } }] }
		]
	};

	it('indexes a reader view as its document, ordinals equal to the view’s pair numbers', () => {
		for (const query of ['فصل', 'chapter', 'the']) {
			const fromView = search(buildViewSearchIndex(toReaderView(doc)), query);
			expect(fromView.total, query).toBeGreaterThan(0);
			expect(fromView).toEqual(search(buildSearchIndex(doc), query));
		}
		const view = toReaderView(doc);
		const hit = search(buildViewSearchIndex(view), 'في').hits[0]!;
		expect(view.blocks.flatMap((b) => b.pairs).find((p) => p.id === hit.segmentId)?.number).toBe(hit.ordinal);
	});

	it('indexes every segment of every block, the original first whatever the order of `languages`', () => {
		const index = buildSearchIndex(doc);
		expect(index.languages).toEqual(['ar', 'en']);
		expect(search(index, 'فصل').hits.map((h) => [h.segmentId, h.ordinal])).toEqual([
			['c1', 1],
			['p1-1', 2]
		]);
		expect(search(index, 'chapter').hits.map((h) => h.segmentId)).toEqual(['c1', 'p1-1']);
	});
});

describe('invariants', () => {
	// Words from both scripts, with harakat, tatweel, hamza forms and odd spacing mixed in.
	const word = fc.constantFrom('مدينة', 'المدينةِ', 'والمدينه', 'مـدينتهم', 'إسلام', 'أمن', 'Café', 'cafe', 'CAFÉS', 'art', 'start', '(150)', '١٥٠', 'ez‑Zor', 'x');
	const text = fc.array(word, { maxLength: 12 }).chain((words) =>
		fc.array(fc.constantFrom(' ', '  ', '\u00A0', ' \t '), { minLength: words.length, maxLength: words.length }).map((spaces) =>
			words.map((w, k) => (k > 0 ? spaces[k]! : '') + w).join('')
		)
	);
	const query = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

	it('finds a side exactly when matchRanges marks something in it, and every range folds to a match', () => {
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), query, (texts, q) => {
				const index = indexSegments(
					['x'],
					texts.map((t, k) => ({ id: `s${k}`, text: { x: t } }))
				);
				const parsed = parseQuery(q);
				const result = search(index, parsed, { limit: Infinity });
				const expected = texts.flatMap((t, k) => (matchRanges(t, parsed).length > 0 ? [`s${k}`] : []));
				expect(result.hits.map((h) => h.segmentId)).toEqual(expected);
				for (const hit of result.hits) {
					const original = texts[hit.ordinal - 1]!;
					for (const range of hit.ranges) {
						expect(range.start).toBeLessThan(range.end);
						const piece = foldForSearch(original.slice(range.start, range.end)).folded;
						// Each marked range holds at least one term (an article added in front, ت for ة).
						expect(parsed.terms.some((t) => piece.includes(t.folded.replace(/^ال/u, '').replace(/ه$/u, '')))).toBe(true);
					}
					const { snippet } = hit;
					expect(original.includes(snippet.before + snippet.match + snippet.after)).toBe(true);
				}
			})
		);
	});
});
