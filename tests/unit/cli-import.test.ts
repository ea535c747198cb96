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
		expect(io.err()).toMatch(/^wrote translations\/bread\.json: 3 blocks, 4 segments/m);
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
		// Both texts open with a title line: it becomes the title and is not aligned again as a pair.
		const document = readDocument('translations/lines.json');
		expect(document.languages.en?.title).toBe('The title');
		expect(document.blocks).toHaveLength(2);
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
		expect(await failure(importArgs('empty.txt'))).toBe('muqabala import: empty.txt: has no text (it is empty or holds only blank lines)');
		expect(await failure(importArgs('bread.ar.txt', 'blank.txt'))).toMatch(/blank\.txt: has no text/);
	});

	it('says where a file is not UTF-8, and which encoding it may be in', async () => {
		expect(await failure(importArgs('bread.ar.txt', 'latin1.txt'))).toBe(
			'muqabala import: latin1.txt:3: is not UTF-8 text (byte 0xE9 at offset 15); if you know its encoding, give it with --encoding (perhaps windows-1252)'
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
		expect(io.err()).toMatch(/warning: \d+ of \d+ paragraph groups have no counterpart in the other text/);
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

	it('explains a missing argument and an unknown option', async () => {
		expect(await failure(['bread.ar.txt', '--id', 'x', ...metadata], 2)).toBe(
			"muqabala import: missing required argument 'translation' (see muqabala import --help)"
		);
		expect(await failure([...importArgs(), '--bogus'], 2)).toBe("muqabala import: unknown option '--bogus' (see muqabala import --help)");
		expect(await failure([...importArgs(), '--method', 'guesswork'], 2)).toMatch(/argument 'guesswork' is invalid. Allowed choices are human, machine/);
	});

	it('names the option behind metadata the format rejects, and writes nothing', async () => {
		expect(await failure(importArgs('bread.ar.txt', 'bread.en.txt', 'bread', '--published', 'last Tuesday'), 2)).toBe(
			'muqabala import: --published: must be an RFC 3339 date-time with its UTC offset, e.g. 2017-11-19T21:11:00+03:30'
		);
		expect(existsSync(join(dir, 'translations/bread.json'))).toBe(false);
	});

	it('takes the first words for a title when the first paragraph is too long to be one, and says so', async () => {
		writeFileSync(join(dir, 'no-title.txt'), `${'كلمة '.repeat(40).trim()}.\n\nجملة.\n`);
		writeFileSync(join(dir, 'no-title.en.txt'), `${'word '.repeat(50).trim()}.\n\nA sentence.\n`);
		const io = recordingIo(dir);
		expect(await run(importArgs('no-title.txt', 'no-title.en.txt', 'no-title'), io)).toBe(0);
		expect(readDocument('translations/no-title.json').languages.ar?.title).toBe(`${'كلمة '.repeat(10).trim()} …`);
		expect(io.err()).toContain('note: no-title.txt: its first paragraph does not look like a title, so the title is its first words');
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

describe('muqabala import asks only for what it needs', () => {
	const arabic = [
		'أمطار غزيرة في سهل عكار',
		'غمرت مياه الأمطار عشرات المنازل في ثلاث قرى صباح الثلاثاء. وأجلى الدفاع المدني ٢١٤ شخصاً حتى الظهر، بينهم ٣٨ طفلاً.',
		'وقال حميد سليماني إنّ الأمطار بلغت ٨٧ ملم في ست ساعات. وأضاف أنّ المحطة سجّلت كمية أكبر من ذلك بكثير خلال الليل. وتوقّع أن تتراجع الأمطار مساء الأربعاء.',
		'وأعلن المحافظ إغلاق المدارس يومي الأربعاء والخميس، ودعا السائقين إلى تجنّب الطريق الساحلي.',
		'ويُتوقّع أن يعقد مجلس الوزراء جلسة طارئة يوم الخميس لبحث أوضاع المناطق المنكوبة.'
	].join('\n\n');
	const english = [
		'Heavy rain on the Akkar plain',
		'Rain flooded dozens of homes in three villages on Tuesday morning. Civil Defence evacuated 214 people by noon, 38 of them children.',
		'Hamid Soleimani said 87 mm of rain had fallen in six hours. He expected the rain to ease on Wednesday evening.',
		'The governor closed schools on Wednesday and Thursday and urged drivers to avoid the coastal road.',
		'The cabinet is expected to hold an emergency session on Thursday to discuss the stricken areas.'
	].join('\n\n');
	beforeEach(() => {
		writeFileSync(join(dir, 'floods.ar.txt'), arabic);
		writeFileSync(join(dir, 'floods.en.txt'), english);
	});

	it('works with the two files alone: languages from the scripts, id from the file name, no metadata', async () => {
		const io = recordingIo(dir);
		expect(await run(['floods.ar.txt', 'floods.en.txt'], io)).toBe(0);
		const document = readDocument('translations/floods.json');
		expect(validateDocumentValue(document, { expectedId: 'floods' })).toEqual([]);
		expect(document.original).toBe('ar');
		expect(document.languages).toEqual({ ar: { title: 'أمطار غزيرة في سهل عكار' }, en: { title: 'Heavy rain on the Akkar plain', translation: {} } });
		expect(document.source).toBeUndefined();
		expect(io.err()).toContain('note: floods.ar.txt: read as Arabic (ar) from its script');
	});

	it('ends with the links to check, in the same words as the reader', async () => {
		const io = recordingIo(dir);
		expect(await run(['floods.ar.txt', 'floods.en.txt'], io)).toBe(0);
		expect(io.err()).toMatch(/review: \d+ links? to check/);
		expect(io.err()).toMatch(/p2-2 +1:0: not in the English\n +وأضاف أنّ المحطة سجّلت كمية أكبر من ذلك … \| —/);
	});

	it('prints the result and the review list as JSON for machines', async () => {
		const io = recordingIo(dir);
		expect(await run(['floods.ar.txt', 'floods.en.txt', '--json'], io)).toBe(0);
		const report = JSON.parse(io.out()) as { document: string; languages: unknown; review: { id: string; shape: string; reasons: string[] }[] };
		expect(report.document).toBe('translations/floods.json');
		expect(report.languages).toEqual({ from: 'ar', to: 'en', detected: { from: true, to: true } });
		expect(report.review).toContainEqual(expect.objectContaining({ id: 'p2-2', shape: '1:0', reasons: ['not in the English'] }));
	});

	it('stops --from arabic, Arabic declared English and swapped files, saying what to do', async () => {
		expect(await failure(['floods.ar.txt', 'floods.en.txt', '--from', 'arabic'], 2)).toBe(
			'muqabala import: --from "arabic" is not a BCP 47 language tag; for Arabic write "ar"'
		);
		expect(await failure(['floods.ar.txt', 'floods.en.txt', '--from', 'en', '--to', 'de'])).toBe(
			'muqabala import: floods.ar.txt is written in Arabic script, which does not fit --from en (English); if it is Arabic, give --from ar'
		);
		expect(await failure(['floods.en.txt', 'floods.ar.txt', '--from', 'ar', '--to', 'en', '--id', 'floods'])).toBe(
			'muqabala import: floods.en.txt is in Latin script and floods.ar.txt in Arabic script, the other way round from --from ar --to en: give the original first, or swap --from and --to'
		);
	});

	it('asks for the language of a text that mixes scripts', async () => {
		writeFileSync(join(dir, 'mixed.txt'), `${arabic}\n${english}`);
		expect(await failure(['mixed.txt', 'floods.en.txt', '--allow-uneven'])).toMatch(
			/^muqabala import: mixed\.txt: mixes scripts \((Arabic|Latin) \d+ %, (Arabic|Latin) \d+ %\), so its language cannot be told from its letters; give --from with its language/
		);
	});

	it('reports every problem with the command line at once, one line each', async () => {
		const before = listFiles(dir);
		const io = recordingIo(dir);
		expect(await run(['floods.ar.txt', 'missing.txt', '--to', 'english', '--id', 'Floods!', '--url', 'ftp://example.org'], io)).toBe(2);
		expect(listFiles(dir)).toEqual(before);
		expect(io.err().trimEnd().split('\n')).toEqual([
			'muqabala import: missing.txt: no such file',
			'muqabala import: --to "english" is not a BCP 47 language tag; for English write "en"',
			'muqabala import: --id "Floods!" is not a valid document id: use lowercase a-z, 0-9 and "-", at most 64 characters, not starting with "-"',
			'muqabala import: --url: must match ^https?://'
		]);
	});
});

describe('muqabala import with files that are not UTF-8 or never end', () => {
	// Arabic text saved by Windows: each letter one byte of windows-1256.
	const windows1256 = (text: string) => {
		const decoder = new TextDecoder('windows-1256');
		const table = new Map<string, number>();
		for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
		return Uint8Array.from([...text], (char) => table.get(char) ?? 0x3f);
	};

	it('names the file and suggests --encoding windows-1256, which works', async () => {
		writeFileSync(join(dir, 'bread.1256.txt'), windows1256(read('bread.ar.txt').replace(/[ّ]/gu, '')));
		expect(await failure(importArgs('bread.1256.txt'))).toBe(
			'muqabala import: bread.1256.txt:1: is not UTF-8 text (byte 0xDF at offset 0); if it was saved in Arabic by Windows, try --encoding windows-1256'
		);
		const io = recordingIo(dir);
		expect(await run(importArgs('bread.1256.txt', 'bread.en.txt', 'bread', '--encoding', 'windows-1256'), io)).toBe(0);
		expect(readDocument().blocks[0]?.segments[0]?.text.ar).toBe('كانت جدتي تخبز الخبز كل يوم خميس.');
		expect(await failure(importArgs('bread.1256.txt', 'bread.en.txt', 'other', '--encoding', 'klingon'), 2)).toBe(
			'muqabala import: --encoding "klingon" is not an encoding this system can read, e.g. windows-1256'
		);
	});

	it.runIf(existsSync('/dev/zero'))('refuses an endless input past the size limit, which a flag raises', async () => {
		expect(await failure(importArgs('/dev/zero', 'bread.en.txt', 'zero', '--max-size', '1'))).toBe(
			'muqabala import: /dev/zero: larger than 1 MB, the most this command reads; pass --max-size to raise the limit'
		);
	});

	it('refuses a file over the limit before reading it, and reads it when the limit is raised', async () => {
		writeFileSync(join(dir, 'big.txt'), `${read('bread.en.txt')}\n${'Padding sentence here. '.repeat(60_000)}`);
		expect(await failure(importArgs('bread.ar.txt', 'big.txt', 'big', '--max-size', '0.5'))).toMatch(/^muqabala import: big\.txt: larger than 0\.5 MB/);
		expect(await failure(importArgs('bread.ar.txt', 'big.txt', 'big', '--max-size', 'lots'), 2)).toBe('muqabala import: --max-size "lots" is not a positive number');
		// Raised, the limit lets the file through, and the importer then says the texts differ too much.
		expect(await failure(importArgs('bread.ar.txt', 'big.txt', 'big', '--max-size', '8'))).toMatch(/big\.txt is [\d.]+ times as long as bread\.ar\.txt/);
	});
});
