import { describe, expect, it } from 'vitest';
import { utf16, windows1256 } from '../../../tests/encodings';
import { binaryFormat, fileKind, maxFileBytes, readTextFile } from './files';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTextFile', () => {
	it('reads UTF-8 and keeps a byte order mark for the importer to drop and report', () => {
		const read = readTextFile(utf8('\uFEFFكتاب\n'), 'a.txt');
		expect(read).toEqual({ ok: true, text: '\uFEFFكتاب\n', encoding: 'utf-8' });
	});

	it('names the file and the line when the bytes are not UTF-8, and suggests windows-1256 for Arabic', () => {
		const bytes = new Uint8Array([...utf8('first line\n'), ...windows1256('مكتبة في شارع النجفي')]);
		const read = readTextFile(bytes, 'old.txt');
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.problem).toMatchObject({ code: 'not-utf8', name: 'old.txt', line: 2, offset: 11, suggestion: 'windows-1256' });
		expect(readTextFile(bytes, 'old.txt', 'windows-1256')).toEqual({ ok: true, text: 'first line\nمكتبة في شارع النجفي', encoding: 'windows-1256' });
	});

	it('reads UTF-16 with a byte order mark, as Notepad saves "Unicode"', () => {
		const text = 'مكتبة\nbook';
		expect(readTextFile(utf16(text, 'le'), 'le.txt')).toEqual({ ok: true, text, encoding: 'utf-16le' });
		expect(readTextFile(utf16(text, 'be'), 'be.txt')).toEqual({ ok: true, text, encoding: 'utf-16be' });
	});

	it.each([
		['empty', new Uint8Array(), 'empty'],
		['blank lines only', utf8('\n \n\t\n'), 'empty'],
		['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
		['NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x43]), 'binary']
	])('refuses %s', (_, bytes, code) => {
		const read = readTextFile(bytes, 'x.txt');
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problem.code).toBe(code);
	});

	it('refuses a file over the limit before reading it', () => {
		const read = readTextFile(new Uint8Array(maxFileBytes + 1), 'huge.txt');
		expect(read).toEqual({ ok: false, problem: { code: 'too-large', name: 'huge.txt', size: maxFileBytes + 1, limit: maxFileBytes } });
	});

	it('refuses an encoding the platform does not know', () => {
		const read = readTextFile(utf8('abc'), 'x.txt', 'klingon-8');
		expect(read.ok || read.problem.code).toBe('unknown-encoding');
	});
});

describe('binaryFormat and fileKind', () => {
	it.each([
		['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
		['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
		['gif', [...utf8('GIF89a')]],
		['pdf', [...utf8('%PDF-1.7\n')]],
		['zip', [0x50, 0x4b, 0x03, 0x04, 0, 0]],
		['docx', [0x50, 0x4b, 0x03, 0x04, ...utf8('....[Content_Types].xml word/document.xml')]],
		['doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
		['rtf', [...utf8('{\\rtf1\\ansi')]]
	])('names %s files by their first bytes', (format, bytes) => {
		expect(binaryFormat(Uint8Array.from(bytes))).toBe(format);
		expect(fileKind(Uint8Array.from(bytes), 'file.txt')).toEqual({ kind: 'binary', format });
	});

	it('tells documents, TMX files and plain texts apart by name and content', () => {
		expect(fileKind(utf8('{ "format": 1 }'), 'x.txt')).toEqual({ kind: 'document' });
		expect(fileKind(utf8('{}'), 'doc.json')).toEqual({ kind: 'document' });
		expect(fileKind(utf8('<?xml version="1.0"?>\n<tmx version="1.4">'), 'memory.xml')).toEqual({ kind: 'tmx' });
		expect(fileKind(utf8('anything'), 'memory.TMX')).toEqual({ kind: 'tmx' });
		expect(fileKind(utf8('{curly} start of a poem'), 'poem.txt')).toEqual({ kind: 'text' });
		expect(fileKind(utf8('<b>not tmx</b>'), 'page.txt')).toEqual({ kind: 'text' });
	});
});
