// A bilingual Markdown rendering to read or print: the titles, who published and who translated,
// then each segment's original as a paragraph and its translation as a quotation under it, blocks
// separated by a rule. Text is escaped so that nothing in it turns into Markdown or HTML.
import type { AlignedDocument, LanguageEntry } from '../document/types';
import { translationLanguage } from './tsv';

/** Written for a side that has no counterpart (a 1:0 or 0:1 segment). */
export const noCounterpart = '—';

/** Escapes text so a Markdown renderer shows it as written. */
export function escapeMarkdown(text: string): string {
	let escaped = text.replace(/[\\`*_[\]{}<>#|~]/g, '\\$&');
	escaped = escaped.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&'); // "&amp;" would be an entity
	// At the start of a line, "-", "+", "=" and "1." or "1)" would start a list or a heading.
	escaped = escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
	return escaped;
}

// A side that runs across a paragraph break holds line breaks: each line is escaped on its own
// (a "-" at the start of the second paragraph would start a list), and a quote quotes every line.
function escapeLines(text: string): string {
	return text.split('\n').map(escapeMarkdown).join('\n');
}

function quoted(text: string): string {
	return text
		.split('\n')
		.map((line) => (line === '' ? '>' : `> ${line}`))
		.join('\n');
}

/** The document as bilingual Markdown (original and one translation). */
export function toMarkdown(document: AlignedDocument, options: { translation?: string } = {}): string {
	const from = document.original;
	const to = translationLanguage(document, options.translation);
	const original = document.languages[from] as LanguageEntry;
	const translation = document.languages[to] as LanguageEntry;
	const credit = translation.translation;
	const source = document.source ?? {};
	const lines = [
		`# ${escapeMarkdown(original.title)}`,
		'',
		`> ${escapeMarkdown(translation.title)}`,
		'',
		`- Original (${from}): ${escapeMarkdown([source.publisher, source.site, source.published, source.url].filter(Boolean).join(', '))}`,
		`- Translation (${to}): ${escapeMarkdown([credit?.by, credit?.method, credit?.date].filter(Boolean).join(', '))}`
	];
	if (credit?.note) lines.push(`- ${escapeMarkdown(credit.note)}`);
	for (const note of document.notes ?? []) lines.push(`- Note (${note.lang}): ${escapeMarkdown(note.text)}`);
	for (const block of document.blocks) {
		lines.push('', '---');
		for (const segment of block.segments) {
			const a = segment.text[from] ?? '';
			const b = segment.text[to] ?? '';
			lines.push('', a === '' ? noCounterpart : escapeLines(a), '', b === '' ? `> ${noCounterpart}` : quoted(escapeLines(b)));
		}
	}
	return lines.join('\n') + '\n';
}
