import { describe, expect, it } from 'vitest';
import { blockText } from './join';
import type { AlignedDocument } from './types';
import { groupBlocks, linkShape, pageOfNumber, pageOfPair, paginate, toLibraryEntry, toReaderView, type BlockView } from './view';

const doc: AlignedDocument = {
	format: 1,
	id: 'sample',
	original: 'ar',
	languages: {
		en: { title: 'Title', translation: { by: 'Test', method: 'human' } },
		ar: { title: 'عنوان' }
	},
	source: { publisher: 'Test' },
	blocks: [
		{ kind: 'headline', segments: [{ id: 'h', text: { ar: 'عنوان', en: 'Title' } }] },
		{ kind: 'highlight', segments: [{ id: 'x1', text: { ar: 'أ', en: 'A' } }] },
		{ kind: 'highlight', segments: [{ id: 'x2', text: { ar: 'ب', en: 'B' } }] },
		{
			kind: 'paragraph',
			segments: [
				{ id: 'p1', text: { ar: 'الأولى. والثانية.', en: 'First and second.' } },
				{ id: 'p2', text: { ar: '', en: 'Added by the translator.' } },
				{ id: 'p3', text: { ar: 'الثالثة.', en: 'Third.' }, space: { ar: '' } }
			]
		}
	]
};

describe('toReaderView', () => {
	const view = toReaderView(doc);

	it('puts the original first, whatever the order of the languages in the file', () => {
		expect(view.languages.map((l) => [l.tag, l.dir, l.isOriginal])).toEqual([
			['ar', 'rtl', true],
			['en', 'ltr', false]
		]);
	});

	it('numbers pairs through the whole document', () => {
		expect(view.blocks.flatMap((b) => b.pairs.map((p) => `${p.number}:${p.id}`))).toEqual(['1:h', '2:x1', '3:x2', '4:p1', '5:p2', '6:p3']);
		expect(view.pairCount).toBe(6);
	});

	it('counts sentences per side, so n:m and empty sides show', () => {
		const [p1, p2] = view.blocks[3]!.pairs;
		expect(linkShape(p1!, 'ar', 'en')).toBe('2:1');
		expect(linkShape(p2!, 'ar', 'en')).toBe('0:1');
		expect(linkShape(p2!, 'en', 'ar')).toBe('1:0');
	});

	it('gives each side the whitespace that joins it to the text before, so single-language reading is lossless', () => {
		const paragraph = view.blocks[3]!;
		for (const tag of ['ar', 'en']) {
			const flowed = paragraph.pairs.map((p) => p.cells[tag]!.lead + p.cells[tag]!.text).join('');
			expect(flowed).toBe(blockText(doc.blocks[3]!, tag));
		}
		expect(paragraph.pairs[2]!.cells.ar!.lead).toBe(''); // the explicit "no space"
		expect(paragraph.pairs[1]!.cells.en!.lead).toBe(' ');
	});

	it('marks a paragraph break inside a block instead of keeping it as whitespace', () => {
		const split = structuredClone(doc);
		split.blocks[3]!.segments[2]!.space = { en: '\n\n' };
		const cell = toReaderView(split).blocks[3]!.pairs[2]!.cells.en!;
		expect(cell).toMatchObject({ lead: '', paragraphBreak: true });
		expect(toReaderView(doc).blocks[3]!.pairs[2]!.cells.en!.paragraphBreak).toBe(false);
	});

	it('summarises a document for the library', () => {
		expect(toLibraryEntry(doc)).toMatchObject({ id: 'sample', pairCount: 6, blockCount: 4, source: { publisher: 'Test' } });
		expect(toLibraryEntry(doc).languages).toEqual(view.languages);
	});
});

describe('groupBlocks', () => {
	it('gathers consecutive highlights into one list and leaves other blocks alone', () => {
		const groups = groupBlocks(toReaderView(doc).blocks);
		expect(groups.map((g) => (g.kind === 'highlights' ? `list of ${g.blocks.length}` : g.block.kind))).toEqual([
			'headline',
			'list of 2',
			'paragraph'
		]);
	});
});

describe('books: divisions and pages', () => {
	const paragraph = (id: string, pairs: number): AlignedDocument['blocks'][number] => ({
		kind: 'paragraph',
		segments: Array.from({ length: pairs }, (_, k) => ({ id: `${id}-${k + 1}`, text: { ar: 'جملة.', en: 'A sentence.' } }))
	});
	const chapter = (id: string, ar: string, en: string): AlignedDocument['blocks'][number] => ({
		kind: 'chapter',
		segments: [{ id, text: { ar, en } }]
	});
	const book: AlignedDocument = {
		...doc,
		blocks: [
			chapter('c1', 'الفصل الأول', 'Chapter One'),
			paragraph('a', 4),
			{ kind: 'section', segments: [{ id: 's1', text: { ar: 'قسم', en: 'A section' } }] },
			paragraph('b', 4),
			chapter('c2', 'الفصل الثاني', 'Chapter Two'),
			paragraph('c', 3),
			paragraph('d', 3),
			paragraph('e', 3)
		]
	};

	it('starts a page at every chapter and splits a long chapter between blocks', () => {
		const view = toReaderView(book, { pairsPerPage: 6 });
		expect(view.pages.map((p) => [p.firstBlock, p.endBlock, p.firstPair, p.lastPair])).toEqual([
			[0, 2, 1, 5], // the chapter title and 4 pairs; the section and its block would pass 6
			[2, 4, 6, 10],
			[4, 6, 11, 14],
			[6, 8, 15, 20]
		]);
	});

	it('lists chapters and sections with their titles in every language and the page they start on', () => {
		const view = toReaderView(book, { pairsPerPage: 6 });
		expect(view.divisions).toEqual([
			{ id: 'c1', kind: 'chapter', titles: { ar: 'الفصل الأول', en: 'Chapter One' }, number: 1, page: 0 },
			{ id: 's1', kind: 'section', titles: { ar: 'قسم', en: 'A section' }, number: 6, page: 1 },
			{ id: 'c2', kind: 'chapter', titles: { ar: 'الفصل الثاني', en: 'Chapter Two' }, number: 11, page: 2 }
		]);
	});

	it('keeps a document without chapters on one page until it passes the limit, and never splits a block', () => {
		expect(toReaderView(doc).pages).toHaveLength(1);
		const blocks: BlockView[] = [{ kind: 'paragraph', pairs: Array.from({ length: 9 }, (_, k) => ({ id: `x${k}`, number: k + 1, cells: {} })) }];
		expect(paginate(blocks, 4)).toEqual([{ index: 0, firstBlock: 0, endBlock: 1, firstPair: 1, lastPair: 9 }]);
	});

	it('finds the page of any pair number', () => {
		const { pages } = toReaderView(book, { pairsPerPage: 6 });
		expect([1, 5, 6, 14, 15, 20].map((n) => pageOfNumber(pages, n)?.index)).toEqual([0, 0, 1, 2, 3, 3]);
		expect(pageOfNumber(pages, 21)).toBeUndefined();
		expect(pageOfNumber(pages, 0)).toBeUndefined();
	});

	it('finds the page that holds a pair by its id, looking near the page given first', () => {
		const view = toReaderView(book, { pairsPerPage: 6 });
		expect(['c1', 'a-4', 's1', 'b-4', 'c2', 'c-3', 'd-1', 'e-3'].map((id) => pageOfPair(view, id, 2))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
		expect(pageOfPair(view, 'nowhere')).toBeUndefined();
		expect(pageOfPair(view, 'a-1', 99)).toBe(0);
	});

	it('carries the aligner’s confidence and the checked mark to the view', () => {
		const marked = structuredClone(doc);
		marked.blocks[3]!.segments[0]!.confidence = 0.3;
		marked.blocks[3]!.segments[1]!.checked = true;
		const [p1, p2] = toReaderView(marked).blocks[3]!.pairs;
		expect([p1!.confidence, p1!.checked, p2!.confidence, p2!.checked]).toEqual([0.3, undefined, undefined, true]);
	});
});
