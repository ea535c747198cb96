import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { escapeMarkdown, noCounterpart, toMarkdown } from './markdown';

const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../translations/kayhan-2017-11-19-albukamal.json'), 'utf8')) as AlignedDocument;

describe('toMarkdown', () => {
	const markdown = toMarkdown(seed);

	it('starts with the titles and says who published and who translated', () => {
		const [title, , subtitle, , original, translation] = markdown.split('\n');
		expect(title).toBe(`# ${seed.languages.ar?.title}`);
		expect(subtitle).toBe(`> ${seed.languages.en?.title}`);
		expect(original).toMatch(/^- Original \(ar\): Kayhan, kayhan\.ir/);
		expect(translation).toMatch(/^- Translation \(en\): The Muqabala project, language-model/);
	});

	it('gives every segment its original, then its translation as a quotation, blocks between rules', () => {
		expect(markdown.match(/^---$/gm)).toHaveLength(seed.blocks.length);
		const segment = seed.blocks[6]?.segments[1];
		expect(markdown).toContain(`\n\n${segment?.text.ar}\n\n> ${segment?.text.en}\n`);
	});

	it('marks a side with no counterpart', () => {
		const document = structuredClone(seed);
		(document.blocks[0]?.segments[0]?.text as Record<string, string>).en = '';
		expect(toMarkdown(document)).toContain(`\n\n> ${noCounterpart}\n`);
	});
});

describe('escapeMarkdown', () => {
	it('leaves ordinary text alone', () => {
		expect(escapeMarkdown('He said: "yes" (twice), 100% sure.')).toBe('He said: "yes" (twice), 100% sure.');
		expect(escapeMarkdown('وقال: «نعم».')).toBe('وقال: «نعم».');
	});

	it('keeps markup and HTML from taking effect', () => {
		expect(escapeMarkdown('*bold* _it_ `code` [link](x) <b>')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\>');
		expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
		expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
		expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
		expect(escapeMarkdown('R&D &amp; more')).toBe('R&D \\&amp; more');
	});
});
