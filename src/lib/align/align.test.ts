import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignSentences, alignTexts, type AlignedBlock } from './align';

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

	it('reports progress for both passes', () => {
		const phases = new Set<string | undefined>();
		alignTexts(source, target, languages, { onProgress: (_done, _total, phase) => phases.add(phase) });
		expect([...phases].sort()).toEqual(['paragraphs', 'sentences']);
	});
});

describe('alignSentences', () => {
	it('never joins sentences across a paragraph break', () => {
		// Length alone would glue the two short Arabic paragraphs to the one English sentence.
		const pairs = alignSentences(['قصيرة.', 'قصيرة أيضاً.'], ['Both are short, really quite short.'], languages, { ratio: 1.45 });
		for (const pair of pairs) expect(pair.source.text).not.toContain('\n');
		expect(pairs.map((p) => p.source.text).filter(Boolean)).toEqual(['قصيرة.', 'قصيرة أيضاً.']);
	});

	it('lets numbers decide between two links of equal length', () => {
		// Lengths slightly favour joining the first two Arabic sentences; the years say otherwise.
		const arabic = [`${filler('س', 56)} ١٩١١.`, `${filler('س', 51)} ١٩١٢.`, `${filler('س', 61)} ١٩١٣.`];
		const english = [`${filler('e', 85)} 1911.`, `${filler('e', 80)} 1912 and 1913.`];
		const shape = (pairs: ReturnType<typeof alignSentences>) =>
			pairs.map((p) => `${p.source.text.split('.').length - 1}:${p.target.text.split('.').length - 1}`);
		const ratio = 1;
		expect(shape(alignSentences([arabic.join(' ')], [english.join(' ')], languages, { ratio }))).toEqual(['1:1', '2:1']);
		expect(shape(alignSentences([arabic.join(' ')], [english.join(' ')], languages, { ratio, useCues: false }))).toEqual(['2:1', '1:1']);
	});

	it('lets a Latin name in the Arabic find its English sentence', () => {
		// As above, lengths slightly favour joining the first two Arabic sentences; the name does not.
		const arabic = [`${filler('س', 61)}.`, `${filler('س', 49)} UNESCO.`, `${filler('س', 66)}.`];
		const english = [`${filler('e', 91)}.`, `${filler('e', 88)} UNESCO.`];
		const shape = (pairs: ReturnType<typeof alignSentences>) =>
			pairs.map((p) => `${p.source.text.split('.').length - 1}:${p.target.text.split('.').length - 1}`);
		expect(shape(alignSentences([arabic.join(' ')], [english.join(' ')], languages, { ratio: 1 }))).toEqual(['1:1', '2:1']);
		expect(shape(alignSentences([arabic.join(' ')], [english.join(' ')], languages, { ratio: 1, useCues: false }))).toEqual(['2:1', '1:1']);
	});
});

describe('alignParagraphs', () => {
	it('measures the ratio again without a long untranslated paragraph', () => {
		// The whole-text ratio is about 0.3 here; measured on the 1:1 links it is about 1.35.
		const arabic = ['افتُتح المعرض السنوي للكتاب يوم السبت.', filler('س', 250), 'وقال المدير إنّ عدد الزوار فاق التوقّعات.'];
		const english = ['The annual book fair opened on Saturday.', "The director said the number of visitors exceeded expectations."];
		const result = alignParagraphs(arabic, english, languages);
		expect(result.stats.passes).toBeGreaterThan(1);
		expect(result.stats.ratio).toBeGreaterThan(1);
		expect(result.beads.map((b) => `${b.source.end - b.source.start}:${b.target.end - b.target.start}`)).toEqual(['1:1', '1:0', '1:1']);
	});
});
