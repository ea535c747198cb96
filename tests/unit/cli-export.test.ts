import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as exportRun } from '../../cli/commands/export';
import { run as importRun } from '../../cli/commands/import';
import { run as importTmxRun } from '../../cli/commands/import-tmx';
import type { AlignedDocument } from '../../src/lib/document/types';
import { parseTsv } from '../../src/lib/export/tsv';
import { listFiles, recordingIo, repoRoot, tempProject } from './cli-helpers';

const seedId = 'kayhan-2017-11-19-albukamal';
const seedText = readFileSync(join(repoRoot, 'translations', `${seedId}.json`), 'utf8');
const seed = JSON.parse(seedText) as AlignedDocument;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
	({ dir, cleanup } = tempProject());
	mkdirSync(join(dir, 'translations'));
	copyFileSync(join(repoRoot, 'translations', `${seedId}.json`), join(dir, 'translations', `${seedId}.json`));
});
afterEach(() => cleanup());

const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('muqabala export', () => {
	it('writes TMX, TSV and Markdown to standard output', async () => {
		for (const [format, start] of [
			['tmx', '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">'],
			['tsv', 'id\tar\ten\nkicker\t'],
			['md', `# ${seed.languages.ar?.title}`]
		] as const) {
			const io = recordingIo(dir);
			expect(await exportRun([seedId, '--format', format], io)).toBe(0);
			expect(io.out().startsWith(start)).toBe(true);
			expect(io.err()).toBe('');
		}
	});

	it('takes a path as well as an id', async () => {
		copyFileSync(join(dir, 'translations', `${seedId}.json`), join(dir, 'copy.json'));
		const io = recordingIo(dir);
		expect(await exportRun(['copy.json', '--format', 'tsv'], io)).toBe(0);
		const rows = parseTsv(io.out());
		expect(rows).toHaveLength(1 + seed.blocks.reduce((n, b) => n + b.segments.length, 0));
		expect(rows.every((row) => row.length === 3)).toBe(true);
	});

	it('writes --out through a temporary file and will not replace a file without --force', async () => {
		expect(await exportRun([seedId, '--format', 'md', '--out', 'seed.md'], recordingIo(dir))).toBe(0);
		expect(read('seed.md')).toContain(seed.blocks[5]?.segments[0]?.text.en);
		writeFileSync(join(dir, 'seed.md'), 'mine');
		const io = recordingIo(dir);
		expect(await exportRun([seedId, '--format', 'md', '--out', 'seed.md'], io)).toBe(1);
		expect(io.err()).toBe('muqabala export: seed.md already exists; pass --force to replace it\n');
		expect(read('seed.md')).toBe('mine');
		expect(await exportRun([seedId, '--format', 'md', '--out', 'seed.md', '--force'], recordingIo(dir))).toBe(0);
		expect(read('seed.md')).not.toBe('mine');
		expect(listFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('refuses an unknown format, a missing document and an invalid one', async () => {
		let io = recordingIo(dir);
		expect(await exportRun([seedId, '--format', 'docx'], io)).toBe(2);
		expect(io.err()).toMatch(/^muqabala export: option '--format <format>' argument 'docx' is invalid\. Allowed choices are tmx, tsv, md\./);
		io = recordingIo(dir);
		expect(await exportRun(['no-such-document', '--format', 'tmx'], io)).toBe(1);
		expect(io.err()).toBe('muqabala export: translations/no-such-document.json: no such file\n');
		io = recordingIo(dir);
		expect(await exportRun(['Not An Id', '--format', 'tmx'], io)).toBe(1);
		expect(io.err()).toMatch(/"Not An Id" is neither a document id/);
		writeFileSync(join(dir, 'bad.json'), seedText.replace('"format": 1', '"format": 2'));
		io = recordingIo(dir);
		expect(await exportRun(['bad.json', '--format', 'tmx'], io)).toBe(1);
		expect(io.err()).toBe('muqabala export: bad.json is not a valid document (/format: must be 1); run muqabala validate bad.json\n');
	});
});

describe('muqabala import-tmx', () => {
	it('reads an exported TMX back into the same document', async () => {
		expect(await exportRun([seedId, '--format', 'tmx', '--out', 'seed.tmx'], recordingIo(dir))).toBe(0);
		const io = recordingIo(dir);
		expect(await importTmxRun(['seed.tmx', '--out', 'back.json'], io)).toBe(0);
		expect(io.err()).toMatch(/^wrote back\.json: 23 blocks, 25 segments from seed\.tmx\n$/);
		const { $schema: _a, ...original } = seed;
		const { $schema: _b, ...back } = JSON.parse(read('back.json')) as AlignedDocument;
		expect(back).toEqual(original);
	});

	it('round-trips a document the importer aligned, paragraph breaks inside blocks included', async () => {
		const metadata = ['--from', 'ar', '--to', 'en', '--publisher', 'P', '--translator', 'T', '--method', 'human'];
		writeFileSync(join(dir, 'split.en.txt'), read('bread.en.txt').replace(' When it had risen', '\n\nWhen it had risen'));
		expect(await importRun(['bread.ar.txt', 'bread.en.txt', '--id', 'bread', ...metadata], recordingIo(dir))).toBe(0);
		const imported = read('translations/bread.json');
		expect(imported).toContain('"ar": "\\n\\n"');
		expect(await exportRun(['bread', '--format', 'tmx', '--out', 'bread.tmx'], recordingIo(dir))).toBe(0);
		expect(await importTmxRun(['bread.tmx', '--out', 'translations/bread.json', '--force'], recordingIo(dir))).toBe(0);
		expect(read('translations/bread.json')).toBe(imported);
	});

	it('asks for what a TMX from another tool does not say, then imports it', async () => {
		writeFileSync(
			join(dir, 'other.tmx'),
			'<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>\n<body><tu><tuv xml:lang="ar"><seg>مرحباً</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body></tmx>\n'
		);
		let io = recordingIo(dir);
		expect(await importTmxRun(['other.tmx'], io)).toBe(1);
		expect(io.err()).toBe('muqabala import-tmx: other.tmx: the file does not name the document (no x-muqabala-id prop): give an id\n');
		io = recordingIo(dir);
		expect(await importTmxRun(['other.tmx', '--id', 'hello', '--title', 'ar=تحية', '--title', 'en=Greeting'], io)).toBe(1);
		expect(io.err()).toMatch(/does not say who translated "en"/);
		io = recordingIo(dir);
		const argv = ['other.tmx', '--id', 'hello', '--title', 'ar=تحية', '--title', 'en=Greeting', '--publisher', 'P', '--translator', 'T', '--method', 'machine'];
		expect(await importTmxRun(argv, io)).toBe(0);
		const document = JSON.parse(read('translations/hello.json')) as AlignedDocument;
		expect(document.blocks[0]?.segments[0]?.text).toEqual({ ar: 'مرحباً', en: 'Hello' });
		expect(document.languages.en?.translation).toEqual({ by: 'T', method: 'machine' });
	});

	it('says where a TMX is broken, and writes nothing', async () => {
		writeFileSync(join(dir, 'broken.tmx'), '<tmx version="1.4">\n<header/>\n<body>\n<tu></body>\n</tmx>\n');
		const before = listFiles(dir);
		const io = recordingIo(dir);
		expect(await importTmxRun(['broken.tmx', '--id', 'x'], io)).toBe(1);
		expect(io.err()).toMatch(/^muqabala import-tmx: broken\.tmx:4:\d+: not well-formed XML: /);
		expect(listFiles(dir)).toEqual(before);
	});
});
