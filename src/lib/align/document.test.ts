import { describe, expect, it } from 'vitest';
import { blockText } from '../document/join';
import { validateDocumentValue } from '../document/validate';
import { alignTexts } from './align';
import { toAlignedDocument, type DocumentInfo } from './document';

const info: DocumentInfo = {
	id: 'test-document',
	languages: { source: 'ar', target: 'en' },
	titles: { source: 'عنوان', target: 'A title' },
	source: { publisher: 'Test publisher' },
	translation: { by: 'A translator', method: 'human' },
	schema: '../static/schema/document.schema.json'
};

describe('toAlignedDocument', () => {
	// The translation splits the first paragraph in two, and the Arabic has two spaces after "الأولى."
	const source = ['الجملة الأولى قصيرة.  أمّا الثانية فأطول منها بكثير، وفيها فاصلة.', 'وهذه الأخيرة.'];
	const target = ['The first sentence is short.', 'The second is much longer than it, and has a comma.', 'And this is the last.'];
	const alignment = alignTexts(source, target, info.languages);
	const document = toAlignedDocument(alignment, info);

	it('builds a document the validator accepts', () => {
		expect(validateDocumentValue(document, { expectedId: 'test-document' })).toEqual([]);
	});

	it('joins back to the input paragraphs, block by block', () => {
		const rebuilt = (lang: string) =>
			document.blocks
				.map((b) => blockText(b, lang))
				.filter((t) => t !== '')
				.join('\n\n');
		expect(rebuilt('ar')).toBe(source.join('\n\n'));
		expect(rebuilt('en')).toBe(target.join('\n\n'));
	});

	it('numbers segments by block and writes only spaces that differ from one space', () => {
		expect(document.blocks[0]?.segments.map((s) => s.id)).toEqual(['p1-1', 'p1-2']);
		expect(document.blocks[0]?.segments[1]?.space).toEqual({ ar: '  ', en: '\n\n' });
		expect(document.languages.en?.translation).toEqual(info.translation);
		expect(document.original).toBe('ar');
	});
});

describe('line breaks in space', () => {
	it('are accepted as paragraph breaks inside a block or a side, never as other controls', () => {
		const alignment = alignTexts(['قصيرة.', 'قصيرة جداً أيضاً هنا.'], ['Short. Also very short here.'], info.languages);
		const document = toAlignedDocument(alignment, info);
		expect(validateDocumentValue(document)).toEqual([]);
		const segment = document.blocks[0]?.segments[1];
		expect(segment?.space?.ar).toBe('\n\n');
		for (const bad of ['\t', '\r\n', '\u2028']) {
			const broken = structuredClone(document);
			(broken.blocks[0]?.segments[1]?.space as Record<string, string>).ar = bad;
			expect(validateDocumentValue(broken).map((p) => p.message).join()).toMatch(/control character/);
		}
		// A side that runs across a paragraph break holds it; a text still cannot start or end with one.
		const inText = structuredClone(document);
		(inText.blocks[0]?.segments[0]?.text as Record<string, string>).ar = 'سطر.\n\nسطر.';
		expect(validateDocumentValue(inText)).toEqual([]);
		(inText.blocks[0]?.segments[0]?.text as Record<string, string>).ar = 'سطر.\n';
		expect(validateDocumentValue(inText).map((p) => p.message).join()).toMatch(/must not start or end with whitespace/);
		(inText.blocks[0]?.segments[0]?.text as Record<string, string>).ar = 'سطر\u2028سطر';
		expect(validateDocumentValue(inText).map((p) => p.message).join()).toMatch(/control character/);
	});
});
