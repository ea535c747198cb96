// The aligner reads every sentence of a book, so a few of its readings are hand-written scans
// rather than regular expressions. Each must find exactly what its expression finds: these
// properties compare them on strings mixing Arabic, Latin, digits of three kinds, the punctuation
// the scans look for, white space and characters beyond the Basic Multilingual Plane.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../text/fold';
import { wordBeforeFullStop } from '../text/sentences';
import { extractNumbers, normalizeNumber } from './cues';
import { words } from './tokens';

const pieces = [
	'ا', 'ب', 'ل', 'ي', 'ً', 'ـ', 'a', 'Z', 'é', 'ß', '0', '7', '٣', '٠', '۴', '.', ',', '٫', '٬', "'", '’', '-', '(', '"', '«', '“',
	' ', '\u00a0', '\t', '\n', '\u2009', '\u3000', '؟', '?', '%', '٪', '𝐀', '😀', '𞤀', '\ud800', '\udc00'
];
const mixed = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('scans that stand for regular expressions', () => {
	it('words() finds what /[\\p{L}\\p{N}]+(?:[\'’-][\\p{L}\\p{N}]+)*/gu finds', () => {
		const pattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
		fc.assert(
			fc.property(mixed, (text) => {
				expect(words(text)).toEqual([...text.matchAll(pattern)].map((match) => match[0]));
			}),
			{ numRuns: 3000 }
		);
	});

	it('extractNumbers() reads the numbers /\\d+(?:[.,٫٬]\\d+)*/gu finds', () => {
		const reference = (text: string) =>
			[...asciiDigits(text).matchAll(/\d+(?:[.,\u066B\u066C]\d+)*/gu)].map((match) => normalizeNumber(match[0])).sort();
		fc.assert(
			fc.property(mixed, (text) => {
				expect(extractNumbers(text)).toEqual(reference(text));
			}),
			{ numRuns: 3000 }
		);
	});

	it('normalizeNumber() reads a number as its three replacements do, plain digits too', () => {
		const reference = (raw: string) =>
			raw
				.replace(/[,\u066C](?=\d{3}(?:\D|$))/gu, '')
				.replace(/[,\u066B]/gu, '.')
				.replace(/^0+(?=\d)/u, '');
		const number = fc
			.array(fc.oneof(fc.constantFrom('0', '0', '1', '7', '9'), fc.constantFrom('.', ',', '٫', '٬')), { minLength: 1, maxLength: 12 })
			.map((parts) => parts.join(''))
			.filter((raw) => /^\d+(?:[.,\u066B\u066C]\d+)*$/u.test(raw));
		fc.assert(
			fc.property(number, (raw) => {
				expect(normalizeNumber(raw)).toBe(reference(raw));
			}),
			{ numRuns: 3000 }
		);
	});

	it('wordBeforeFullStop() finds what /(?:^|[\\s("\'«“])([^\\s("\'«“]+)\\.$/u captures', () => {
		const pattern = /(?:^|[\s("'«“])([^\s("'«“]+)\.$/u;
		fc.assert(
			fc.property(mixed, (text) => {
				const piece = `${text}.`;
				expect(wordBeforeFullStop(piece)).toBe(pattern.exec(piece)?.[1] ?? '');
				expect(wordBeforeFullStop(text)).toBe((text.endsWith('.') ? pattern.exec(text)?.[1] : undefined) ?? '');
			}),
			{ numRuns: 3000 }
		);
	});
});
