import { describe, expect, it } from 'vitest';
import { blockText } from './join';
import type { AlignedDocument } from './types';
import { groupBlocks, linkShape, toLibraryEntry, toReaderView } from './view';

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
