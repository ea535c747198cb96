import type { Block, LanguageTag, Segment } from './types';

/** The whitespace written before `segment`'s text in `lang` when it follows other text. */
export function spaceBefore(segment: Segment, lang: LanguageTag): string {
	return segment.space?.[lang] ?? ' ';
}

/**
 * A block's paragraph in one language, rebuilt from its segments: the non-empty texts in order,
 * each after its `space` (a single space by default). This is the format's lossless guarantee.
 */
export function blockText(block: Block, lang: LanguageTag): string {
	let joined = '';
	for (const segment of block.segments) {
		const text = segment.text[lang] ?? '';
		if (text === '') continue;
		joined += joined === '' ? text : spaceBefore(segment, lang) + text;
	}
	return joined;
}

/**
 * A whole document's text in one language: its blocks' paragraphs, each after a paragraph break
 * ("\n\n"), blocks without text in that language left out. Edits keep this the same (./edit.ts).
 */
export function documentText(document: { blocks: readonly Block[] }, lang: LanguageTag): string {
	const paragraphs: string[] = [];
	for (const block of document.blocks) {
		const text = blockText(block, lang);
		if (text !== '') paragraphs.push(text);
	}
	return paragraphs.join('\n\n');
}
