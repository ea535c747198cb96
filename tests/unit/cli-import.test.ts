import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/import';
import { blockText } from '../../src/lib/document/join';
import type { AlignedDocument } from '../../src/lib/document/types';
import { validateDocumentValue } from '../../src/lib/document/validate';
import { listFiles, recordingIo, tempProject } from './cli-helpers';

const metadata = ['--from', 'ar', '--to', 'en', '--publisher', 'Test publisher', '--translator', 'Test translator', '--method', 'human'];
const importArgs = (original = 'bread.ar.txt', translation = 'bread.en.txt', id = 'bread', ...rest: string[]) => [original, translation, '--id', id, ...metadata, ...rest];

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempProject()));
afterEach(() => cleanup());

const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const readDocument = (file = 'translations/bread.json') => JSON.parse(read(file)) as AlignedDocument;

/** Runs import expecting failure: returns the one error line and checks nothing was written. */
async function failure(argv: string[], exitCode = 1): Promise<string> {
	const before = listFiles(dir);
	const io = recordingIo(dir);
	expect(await run(argv, io)).toBe(exitCode);
	expect(listFiles(dir)).toEqual(before);
	const lines = io.err().trimEnd().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/^muqabala import: /);
	return lines[0] ?? '';
}

describe('muqabala import', () => {
	it('aligns two texts into a valid document at translations/<id>.json', async () => {
		const io = recordingIo(dir);
		expect(await run(importArgs(), io)).toBe(0);
		const document = readDocument();
		expect(validateDocumentValue(document, { expectedId: 'bread' })).toEqual([]);
		expect(document.$schema).toBe('../static/schema/document.schema.json');
		expect(document.languages.ar?.title).toBe('كانت جدّتي تخبز الخبز كلّ يوم خميس.');
		expect(document.languages.en?.translation).toEqual({ by: 'Test translator', method: 'human' });
		expect(document.source).toEqual({ publisher: 'Test publisher' });
		expect(io.err()).toMatch(/^wrote translations\/bread\.json: 3 blocks, 4 segments/);
		expect(io.out()).toBe('');
	});

	it('writes a document whose blocks give back both files exactly', async () => {
		await run(importArgs(), recordingIo(dir));
		const document = readDocument();
		for (const [lang, file] of [['ar', 'bread.ar.txt'], ['en', 'bread.en.txt']] as const) {
			const text = document.blocks.map((b) => blockText(b, lang)).filter(Boolean).join('\n\n');
			expect(`${text}\n`).toBe(read(file));
		}
	});

	it('takes the titles, output path and metadata it is given', async () => {
		const argv = importArgs('bread.ar.txt', 'bread.en.txt', 'bread', '--title-from', 'الخبز', '--title-to', 'Bread', '--out', 'out/bread.json', '--published', '2026-01-02T10:00:00+03:00', '--translation-date', '2026-02-03');
		mkdirSync(join(dir, 'out'));
		expect(await run(argv, recordingIo(dir))).toBe(0);
		const document = readDocument('out/bread.json');
		expect(document.languages.en?.title).toBe('Bread');
		expect(document.source?.published).toBe('2026-01-02T10:00:00+03:00');
		expect(document.languages.en?.translation?.date).toBe('2026-02-03');
		expect(document.$schema).toBe('../static/schema/document.schema.json');
	});

	it('reads one paragraph per line with --lines', async () => {
		writeFileSync(join(dir, 'a.txt'), 'العنوان\nالفقرة الأولى.\nالفقرة الثانية.\n');
		writeFileSync(join(dir, 'b.txt'), 'The title\nThe first paragraph.\nThe second paragraph.\n');
		expect(await run(importArgs('a.txt', 'b.txt', 'lines', '--lines'), recordingIo(dir))).toBe(0);
		expect(readDocument('translations/lines.json').blocks).toHaveLength(3);
	});

	it('refuses to replace an existing document without --force', async () => {
		await run(importArgs(), recordingIo(dir));
		writeFileSync(join(dir, 'translations/bread.json'), 'keep me');
		expect(await failure(importArgs())).toBe('muqabala import: translations/bread.json already exists; pass --force to replace it');
		expect(read('translations/bread.json')).toBe('keep me');
		expect(await run(importArgs('bread.ar.txt', 'bread.en.txt', 'bread', '--force'), recordingIo(dir))).toBe(0);
		expect(readDocument().id).toBe('bread');
	});
});

describe('muqabala import with bad input', () => {
	it('says which file is empty', async () => {
		writeFileSync(join(dir, 'empty.txt'), '');
		writeFileSync(join(dir, 'blank.txt'), '\n  \n\t\n');
		expect(await failure(importArgs('empty.txt'))).toBe('muqabala import: empty.txt: has no text (the file is empty or holds only blank lines)');
		expect(await failure(importArgs('bread.ar.txt', 'blank.txt'))).toMatch(/blank\.txt: has no text/);
	});

	it('says where a file is not UTF-8', async () => {
		expect(await failure(importArgs('bread.ar.txt', 'latin1.txt'))).toBe(
			'muqabala import: latin1.txt:3: is not UTF-8 text (byte 0xE9 at offset 15); save it as UTF-8 and try again'
		);
	});

	it('drops a byte order mark, says so, and aligns as without it', async () => {
		writeFileSync(join(dir, 'bom.txt'), `\uFEFF${read('bread.ar.txt')}`);
		const io = recordingIo(dir);
		expect(await run(importArgs('bom.txt'), io)).toBe(0);
		expect(io.err()).toContain('note: bom.txt: dropped the byte order mark at the start');
		const withBom = readDocument();
		expect(JSON.stringify(withBom)).not.toContain('\uFEFF');
		await run(importArgs('bread.ar.txt', 'bread.en.txt', 'plain'), recordingIo(dir));
		expect(withBom.blocks).toEqual(readDocument('translations/plain.json').blocks);
	});

	it('reads CRLF line ends like LF, and says so', async () => {
		writeFileSync(join(dir, 'crlf.txt'), read('bread.en.txt').replace(/\n/g, '\r\n'));
		const io = recordingIo(dir);
		expect(await run(importArgs('bread.ar.txt', 'crlf.txt', 'crlf'), io)).toBe(0);
		expect(io.err()).toContain('note: crlf.txt: read 5 CRLF or CR line ends as LF');
		await run(importArgs(), recordingIo(dir));
		expect(readDocument('translations/crlf.json').blocks).toEqual(readDocument().blocks);
	});

	it('joins hard-wrapped lines and says so', async () => {
		writeFileSync(join(dir, 'wrapped.txt'), read('bread.en.txt').replace('She kneaded the dough ', 'She kneaded\nthe dough\n'));
		const io = recordingIo(dir);
		expect(await run(importArgs('bread.ar.txt', 'wrapped.txt', 'wrapped'), io)).toBe(0);
		expect(io.err()).toContain('note: wrapped.txt: joined the lines of 1 hard-wrapped paragraph with spaces');
		await run(importArgs(), recordingIo(dir));
		expect(readDocument('translations/wrapped.json').blocks).toEqual(readDocument().blocks);
	});

	it('refuses a text much longer than the other unless told to go on', async () => {
		writeFileSync(join(dir, 'long.txt'), Array.from({ length: 6 }, () => read('bread.en.txt').trim()).join('\n\n'));
		expect(await failure(importArgs('bread.ar.txt', 'long.txt'))).toMatch(
			/^muqabala import: long\.txt is \d+\.\d times as long as bread\.ar\.txt \([\d,]+ against [\d,]+ characters\): are they the same text\? Pass --allow-uneven/
		);
		const io = recordingIo(dir);
		expect(await run(importArgs('bread.ar.txt', 'long.txt', 'bread', '--allow-uneven'), io)).toBe(0);
		expect(io.err()).toMatch(/warning: \d+ paragraphs have no counterpart/);
	});

	it('says where a character the format cannot hold is', async () => {
		writeFileSync(join(dir, 'tab.txt'), read('bread.en.txt').replace('every Thursday', 'every\tThursday'));
		expect(await failure(importArgs('bread.ar.txt', 'tab.txt'))).toBe(
			'muqabala import: tab.txt:1:33: contains the control character U+0009, which a document cannot hold'
		);
	});

	it('rejects an invalid id, a bad language tag and a missing file as usage or input errors', async () => {
		expect(await failure(importArgs('bread.ar.txt', 'bread.en.txt', 'Bread Loaf'), 2)).toMatch(/--id "Bread Loaf" is not a valid document id/);
		expect(await failure([...importArgs(), '--from', 'not a tag'], 2)).toMatch(/--from "not a tag" is not a BCP 47 language tag/);
		expect(await failure(importArgs('missing.txt'))).toBe('muqabala import: missing.txt: no such file');
	});

	it('explains a missing argument, a missing option and an unknown option', async () => {
		expect(await failure(['bread.ar.txt', '--id', 'x', ...metadata], 2)).toBe(
			"muqabala import: missing required argument 'translation' (see muqabala import --help)"
		);
		expect(await failure(['bread.ar.txt', 'bread.en.txt', '--id', 'x', '--from', 'ar', '--to', 'en', '--translator', 't', '--method', 'human'], 2)).toMatch(
			/required option '--publisher <name>' not specified/
		);
		expect(await failure([...importArgs(), '--bogus'], 2)).toBe("muqabala import: unknown option '--bogus' (see muqabala import --help)");
		expect(await failure([...importArgs(), '--method', 'guesswork'], 2)).toMatch(/argument 'guesswork' is invalid. Allowed choices are human, machine/);
	});

	it('names the option behind metadata the format rejects, and writes nothing', async () => {
		expect(await failure(importArgs('bread.ar.txt', 'bread.en.txt', 'bread', '--published', 'last Tuesday'))).toBe(
			'muqabala import: --published: the document would not be valid: /source/published: must be an RFC 3339 date-time with its UTC offset, e.g. 2017-11-19T21:11:00+03:30'
		);
		expect(existsSync(join(dir, 'translations/bread.json'))).toBe(false);
	});

	it('asks for a title when the first paragraph is too long to be one', async () => {
		writeFileSync(join(dir, 'no-title.txt'), `${'كلمة '.repeat(40).trim()}.\n\nجملة.\n`);
		writeFileSync(join(dir, 'no-title.en.txt'), `${'word '.repeat(50).trim()}.\n\nA sentence.\n`);
		expect(await failure(importArgs('no-title.txt', 'no-title.en.txt'))).toMatch(/no-title\.txt: its first paragraph is too long to be the title \(\d+ characters\); give --title-from/);
	});
});

describe('progress', () => {
	const longTexts = () => {
		const arabic = Array.from({ length: 1100 }, (_, i) => `الفقرة رقم ${i + 1} قصيرة.`).join('\n\n');
		const english = Array.from({ length: 1100 }, (_, i) => `Paragraph number ${i + 1} is short.`).join('\n\n');
		writeFileSync(join(dir, 'long.ar.txt'), arabic);
		writeFileSync(join(dir, 'long.en.txt'), english);
	};

	it('draws a bar on a terminal for long work', async () => {
		longTexts();
		const io = recordingIo(dir, true);
		expect(await run(importArgs('long.ar.txt', 'long.en.txt', 'long'), io)).toBe(0);
		expect(io.err()).toMatch(/aligning (paragraphs|sentences)/);
	});

	it('draws nothing when stderr is not a terminal', async () => {
		longTexts();
		const io = recordingIo(dir, false);
		expect(await run(importArgs('long.ar.txt', 'long.en.txt', 'long'), io)).toBe(0);
		expect(io.err()).not.toMatch(/aligning/);
		expect(io.err()).not.toContain('\u001b['); // no terminal escape codes in a log
	});
});
