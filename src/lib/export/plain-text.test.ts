import { describe, expect, it } from 'vitest';
import { parsePlainText } from './plain-text';

describe('parsePlainText', () => {
	it('splits paragraphs at blank lines and remembers where each starts', () => {
		const text = parsePlainText('الأولى.\n\n\nالثانية.\n   \nالثالثة.\n');
		expect(text.paragraphs).toEqual(['الأولى.', 'الثانية.', 'الثالثة.']);
		expect(text.lines).toEqual([1, 4, 6]);
		expect(text.changes).toEqual({ byteOrderMark: false, lineEnds: 0, unwrapped: 0, normalized: 0 });
	});

	it('joins the lines of a hard-wrapped paragraph with single spaces', () => {
		const text = parsePlainText('  The first line\nand the second   \n\nAlone.');
		expect(text.paragraphs).toEqual(['The first line and the second', 'Alone.']);
		expect(text.changes.unwrapped).toBe(1);
	});

	it('takes one paragraph per line with `lines`', () => {
		const text = parsePlainText('one\ntwo\n\nthree\n', { lines: true });
		expect(text.paragraphs).toEqual(['one', 'two', 'three']);
		expect(text.lines).toEqual([1, 2, 4]);
	});

	it('reads CRLF and lone CR like LF, and says how many it changed', () => {
		const text = parsePlainText('one\r\ntwo\r\n\r\nthree\rfour');
		expect(text.paragraphs).toEqual(['one two', 'three four']);
		expect(text.changes.lineEnds).toBe(4);
	});

	it('drops a byte order mark at the start and says so', () => {
		const text = parsePlainText('\uFEFFنص');
		expect(text.paragraphs).toEqual(['نص']);
		expect(text.changes.byteOrderMark).toBe(true);
	});

	it('normalises to NFC and counts the paragraphs it changed', () => {
		const decomposed = 'cafe\u0301'; // é as e + combining acute
		const text = parsePlainText(`${decomposed}\n\nplain`);
		expect(text.paragraphs[0]).toBe('café');
		expect(text.changes.normalized).toBe(1);
		expect(text.problems).toEqual([]);
	});

	it('locates characters the document format cannot hold', () => {
		const text = parsePlainText('fine\n\nsecond line\nhas a\ttab\n\nand \u202Eoverride');
		expect(text.problems).toEqual([
			{ line: 4, column: 6, message: 'contains the control character U+0009' },
			{ line: 6, column: 5, message: expect.stringMatching(/^contains the bidirectional embedding or override U\+202E/) }
		]);
	});

	it('finds no paragraphs in an empty or blank text', () => {
		expect(parsePlainText('').paragraphs).toEqual([]);
		expect(parsePlainText(' \n\t\n').paragraphs).toEqual([]);
	});
});
