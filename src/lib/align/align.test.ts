import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignTexts, prepareText, type AlignedBlock, type TextAlignment } from './align';

const languages = { source: 'ar', target: 'en' };
// Words of one letter, to control lengths; a capital first letter so English sentences end at "."
const filler = (letter: string, length: number) => {
	const text = Array.from({ length: Math.ceil(length / 5) }, () => letter.repeat(4)).join(' ').slice(0, length);
	return text.charAt(0).toUpperCase() + text.slice(1);
};

/** A side of a block joined back the way the document format joins it. */
function joinBlock(block: AlignedBlock, side: 'source' | 'target'): string {
	let text = '';
	for (const pair of block.segments) {
		const part = pair[side];
		if (part.text === '') continue;
		text += text === '' ? part.text : part.space + part.text;
	}
	return text;
}

const shapes = (alignment: TextAlignment) => alignment.blocks.flatMap((b) => b.segments.map((s) => `${s.source.sentences}:${s.target.sentences}`));

describe('alignTexts', () => {
	const source = [
		'وصل القطار متأخّراً. كان المطر غزيراً طوال الليل.',
		'لم ينتظرنا أحد على الرصيف.  فمشينا إلى الفندق.',
		'في الصباح كان كلّ شيء كما كان.'
	];
	const target = [
		'The train arrived late because it had rained heavily all night.',
		'Nobody was waiting for us on the platform.',
		'So we walked to the hotel.',
		'In the morning everything was as it had been.'
	];

	it('gives back every paragraph exactly when a block is joined', () => {
		const { blocks } = alignTexts(source, target, languages);
		for (const block of blocks) {
			expect(joinBlock(block, 'source')).toBe(source.slice(block.source.start, block.source.end).join('\n\n'));
			expect(joinBlock(block, 'target')).toBe(target.slice(block.target.start, block.target.end).join('\n\n'));
		}
		expect(blocks.map((b) => [b.source, b.target])).toEqual([
			[{ start: 0, end: 1 }, { start: 0, end: 1 }],
			[{ start: 1, end: 2 }, { start: 1, end: 3 }],
			[{ start: 2, end: 3 }, { start: 3, end: 4 }]
		]);
	});

	it('joins a 1:2 paragraph link with the paragraph separator and keeps odd spacing', () => {
		const { blocks } = alignTexts(source, target, languages, { paragraphSeparator: '\n' });
		const split = blocks[1] as AlignedBlock;
		expect(split.segments.map((s) => [s.source.text, s.target.text])).toEqual([
			['لم ينتظرنا أحد على الرصيف.', 'Nobody was waiting for us on the platform.'],
			['فمشينا إلى الفندق.', 'So we walked to the hotel.']
		]);
		expect(split.segments[1]?.source.space).toBe('  ');
		expect(split.segments[1]?.target.space).toBe('\n');
	});

	it('links two Arabic sentences to one English sentence', () => {
		const first = alignTexts(source, target, languages).blocks[0] as AlignedBlock;
		expect(first.segments).toHaveLength(1);
		expect(first.segments[0]?.source.span).toEqual({ paragraph: 0, start: 0, end: source[0]?.length });
	});

	it('gives every link a confidence between 0 and 1', () => {
		for (const block of alignTexts(source, target, languages).blocks) {
			for (const pair of block.segments) {
				expect(pair.confidence).toBeGreaterThan(0);
				expect(pair.confidence).toBeLessThanOrEqual(1);
			}
		}
	});

	it('reports progress for both passes', () => {
		const phases = new Set<string | undefined>();
		alignTexts(source, target, languages, { onProgress: (_done, _total, phase) => phases.add(phase) });
		expect([...phases].sort()).toEqual(['paragraphs', 'sentences']);
	});
});

describe('honest shapes', () => {
	it('keeps a sentence the translator left out as its own 1:0 link', () => {
		const arabic = [
			'افتُتح المعرض السنوي للكتاب يوم السبت في القاعة الكبرى بحضور وزير الثقافة.',
			'قال المدير إنّ المعرض استقبل ٤٠٠٠ زائر في يومه الأول. وأضاف أنّ قاعة الأطفال كانت الأكثر ازدحاماً بين القاعات كلّها. وسيستمرّ المعرض حتى ١٢ أيار.',
			'ويشارك فيه هذا العام مئة وعشرون ناشراً من اثنتي عشرة دولة.'
		];
		const english = [
			'The annual book fair opened on Saturday in the great hall, with the minister of culture present.',
			'The director said the fair had 4,000 visitors on its first day. The fair runs until 12 May.',
			'This year a hundred and twenty publishers from twelve countries are taking part.'
		];
		const result = alignTexts(arabic, english, languages);
		expect(shapes(result)).toEqual(['1:1', '1:1', '1:0', '1:1', '1:1']);
		expect(result.blocks[1]?.segments[1]?.target.text).toBe('');
	});

	it('keeps an Arabic sentence and its three English sentences together across a break only the English makes', () => {
		const arabic = [
			'وصلنا إلى القرية قبل الظهر.',
			'قال الفخّار إنّه بدأ العمل وهو في التاسعة، وإنّ أباه وجدّه كانا فخّارين قبله، وإنّ الورشة لم تتغيّر منذ مئة عام.',
			'عند المغيب عدنا إلى المدينة.'
		];
		const english = [
			'We reached the village before noon.',
			'The potter said he had started work at nine. His father and grandfather had been potters before him.',
			'“The workshop has not changed in a hundred years,” he said.',
			'At sunset we went back to town.'
		];
		const result = alignTexts(arabic, english, languages);
		expect(shapes(result)).toEqual(['1:1', '1:3', '1:1']);
		const across = result.blocks[1]?.segments[0];
		expect(across?.target.text).toBe(`${english[1]}\n\n${english[2]}`);
		expect(across?.target.span).toEqual({ paragraph: 1, start: 0, endParagraph: 2, end: english[2]?.length });
	});

	it('lets numbers decide between two links of equal length', () => {
		// Lengths slightly favour joining the first two Arabic sentences; the years say otherwise.
		const arabic = [`${filler('س', 56)} ١٩١١.`, `${filler('س', 51)} ١٩١٢.`, `${filler('س', 61)} ١٩١٣.`];
		const english = [`${filler('e', 85)} 1911.`, `${filler('e', 80)} 1912 and 1913.`];
		const ratio = 1;
		expect(shapes(alignTexts([arabic.join(' ')], [english.join(' ')], languages, { ratio }))).toEqual(['1:1', '2:1']);
		expect(shapes(alignTexts([arabic.join(' ')], [english.join(' ')], languages, { ratio, useCues: false }))).toEqual(['2:1', '1:1']);
	});

	it('lets a Latin name in the Arabic find its English sentence', () => {
		const arabic = [`${filler('س', 61)}.`, `${filler('س', 49)} UNESCO.`, `${filler('س', 66)}.`];
		const english = [`${filler('e', 91)}.`, `${filler('e', 88)} UNESCO.`];
		expect(shapes(alignTexts([arabic.join(' ')], [english.join(' ')], languages, { ratio: 1 }))).toEqual(['1:1', '2:1']);
		expect(shapes(alignTexts([arabic.join(' ')], [english.join(' ')], languages, { ratio: 1, useCues: false }))).toEqual(['2:1', '1:1']);
	});
});

describe('the dictionary learnt from the text', () => {
	it('is learnt from the sentence pairs the aligner is sure of', () => {
		const days = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
		const englishDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
		const arabic = Array.from({ length: 40 }, (_, k) => `ذهب الصيّاد إلى البحر يوم ${days[k % 7]} وعاد بالسمك ${k % 2 ? 'والشباك' : 'والقارب'}.`);
		const english = Array.from({ length: 40 }, (_, k) => `The fisherman went to sea on ${englishDays[k % 7]} and came back with fish and ${k % 2 ? 'the nets' : 'the boat'}.`);
		expect(alignTexts(arabic, english, languages).stats.dictionary).toBeGreaterThan(0);
		expect(alignTexts(arabic, english, languages, { learnDictionary: false }).stats.dictionary).toBe(0);
	});
});

describe('alignParagraphs', () => {
	it('measures the ratio again without a long untranslated paragraph', () => {
		// The whole-text ratio is about 0.3 here; measured on the 1:1 links it is about 1.35.
		const arabic = ['افتُتح المعرض السنوي للكتاب يوم السبت.', filler('س', 250), 'وقال المدير إنّ عدد الزوار فاق التوقّعات.'];
		const english = ['The annual book fair opened on Saturday.', 'The director said the number of visitors exceeded expectations.'];
		const result = alignParagraphs(prepareText(arabic, 'ar'), prepareText(english, 'en'));
		expect(result.stats.passes).toBeGreaterThan(1);
		expect(result.stats.ratio).toBeGreaterThan(1);
		expect(result.beads.map((b) => `${b.source.end - b.source.start}:${b.target.end - b.target.start}`)).toEqual(['1:1', '1:0', '1:1']);
	});
});

describe('the lexicon shipped with the aligner', () => {
	// After a few plain pairs, one Arabic sentence and two English ones of about its length: which
	// one translates it, and which one the translator added, only the words can tell.
	const before = ['هطلت أمطار غزيرة على المدينة طوال الليل.', 'أغلقت الشرطة الطريق الساحلي حتى الصباح.', 'وصل القطار إلى المحطة متأخراً ساعتين.', 'باع المزارعون القمح في السوق بسعر منخفض.', 'عاد الصيادون إلى الميناء قبل العاصفة.'];
	const beforeEnglish = ['Heavy rain fell on the city all night.', 'The police closed the coast road until morning.', 'The train reached the station two hours late.', 'The farmers sold their wheat at the market cheaply.', 'The fishermen came back to port before the storm.'];
	const arabic = 'افتتحت البلدية مدرسة جديدة للأطفال قرب النهر.';
	const translation = 'A new school for the children opened near the river.';
	const added = 'Families there had asked for one for many long years.';
	const align = (english: string, options = {}) => alignTexts([...before, arabic], [...beforeEnglish, english], languages, options);
	// The English sentences linked to the last Arabic one.
	const linked = (alignment: TextAlignment) =>
		alignment.blocks.flatMap((b) => b.segments).filter((s) => s.source.text === arabic).map((s) => s.target.text);

	it('links a sentence to its translation, not to an added sentence beside it, whichever comes first', () => {
		for (const english of [`${translation} ${added}`, `${added} ${translation}`]) {
			const alignment = align(english);
			expect(linked(alignment)).toEqual([translation]);
			expect(shapes(alignment).slice(before.length).sort()).toEqual(['0:1', '1:1']);
		}
	});

	it('is what decides it', () => {
		const without = [`${translation} ${added}`, `${added} ${translation}`].map((english) => linked(align(english, { lexicon: false })));
		expect(without).not.toEqual([[translation], [translation]]);
	});

});
