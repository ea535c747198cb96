import { expect, it } from 'vitest';
import { blockText } from './join';
import type { Block } from './types';

const block: Block = {
	kind: 'paragraph',
	segments: [
		{ id: 'a', text: { ar: 'أولاً.', en: '' } },
		{ id: 'b', text: { ar: 'ثانياً.', en: 'Second.' }, space: { ar: '  ' } },
		{ id: 'c', text: { ar: 'ثالثاً', en: 'Third.' } },
		{ id: 'd', text: { ar: '.', en: '' }, space: { ar: '' } }
	]
};

it('joins non-empty segments with a single space unless a segment says otherwise', () => {
	expect(blockText(block, 'ar')).toBe('أولاً.  ثانياً. ثالثاً.');
	expect(blockText(block, 'en')).toBe('Second. Third.');
});

it('gives an empty string for a language a block has no text in', () => {
	expect(blockText(block, 'fr')).toBe('');
});
