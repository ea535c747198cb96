import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as exportRun } from '../../cli/commands/export';
import { run as importRun } from '../../cli/commands/import';
import { run as importTmxRun } from '../../cli/commands/import-tmx';
import type { AlignedDocument } from '../../src/lib/document/types';
import { parseTsv } from '../../src/lib/export/tsv';
import { cliFixtures, listFiles, recordingIo, repoRoot, tempProject } from './cli-helpers';

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

	it('--checked-only writes only the pairs marked checked, and only for TMX', async () => {
		const marked: AlignedDocument = {
			...seed,
			blocks: seed.blocks.map((block, b) => ({ ...block, segments: block.segments.map((s) => (b === 5 ? { ...s, checked: true } : s)) }))
		};
		writeFileSync(join(dir, 'marked.json'), JSON.stringify(marked));
		const io = recordingIo(dir);
		expect(await exportRun(['marked.json', '--format', 'tmx', '--checked-only'], io)).toBe(0);
		const ids = [...io.out().matchAll(/<tu tuid="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual(seed.blocks[5]!.segments.map((s) => s.id));
		const wrong = recordingIo(dir);
		expect(await exportRun(['marked.json', '--format', 'tsv', '--checked-only'], wrong)).toBe(2);
		expect(wrong.err()).toBe('muqabala export: --checked-only works with --format tmx only\n');
		expect(wrong.out()).toBe('');
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
		expect(await exportRun(['Not An Id', '--format', 'tmx'], io)).toBe(2);
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

// Runs TypeScript in a child process from any directory (`--import tsx` would resolve from its cwd).
const tsxLoader = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;

describe('writing output safely', () => {
	it('writes into a directory given as --out, and refuses a directory that does not exist', async () => {
		mkdirSync(join(dir, 'out'));
		expect(await exportRun([seedId, '--format', 'tmx', '--out', 'out'], recordingIo(dir))).toBe(0);
		expect(await exportRun([seedId, '--format', 'md', '--out', 'out/'], recordingIo(dir))).toBe(0);
		expect(listFiles(join(dir, 'out'))).toEqual([`${seedId}.md`, `${seedId}.tmx`]);
		const io = recordingIo(dir);
		expect(await exportRun([seedId, '--format', 'md', '--out', 'newdir/'], io)).toBe(1);
		expect(io.err()).toBe('muqabala export: newdir/: no such directory\n');
		expect(existsSync(join(dir, 'newdir'))).toBe(false);
	});

	it('never replaces a symbolic link, a FIFO, a directory or a read-only file, even with --force', async () => {
		writeFileSync(join(dir, 'precious.txt'), 'keep me');
		symlinkSync(join(dir, 'precious.txt'), join(dir, 'link.md'));
		expect(spawnSync('mkfifo', [join(dir, 'fifo.md')]).status).toBe(0);
		writeFileSync(join(dir, 'readonly.md'), 'read only');
		chmodSync(join(dir, 'readonly.md'), 0o444);
		const cases: Array<[string, RegExp]> = [
			['link.md', /^muqabala export: link\.md is a symbolic link; refusing to replace it/],
			['fifo.md', /^muqabala export: fifo\.md is not a regular file \(a device, FIFO or socket\); refusing to write to it/],
			['readonly.md', /^muqabala export: readonly\.md is read-only; refusing to replace it/]
		];
		for (const [out, message] of cases) {
			const io = recordingIo(dir);
			expect(await exportRun([seedId, '--format', 'md', '--out', out, '--force'], io), out).toBe(1);
			expect(io.err()).toMatch(message);
			expect(io.err().split('\n')).toHaveLength(2);
		}
		expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
		expect(readlinkSync(join(dir, 'link.md'))).toBe(join(dir, 'precious.txt'));
		expect(read('precious.txt')).toBe('keep me');
		expect(lstatSync(join(dir, 'fifo.md')).isFIFO()).toBe(true);
		expect(read('readonly.md')).toBe('read only');
		expect(listFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('leaves no temporary file when the process is interrupted while writing', async () => {
		// A child writes a large file through the same writer, and a thread of its own sends it
		// SIGTERM 30 ms into that write (the write takes far longer), so the signal lands mid-write.
		writeFileSync(join(dir, 'killer.cjs'), 'const { workerData } = require("node:worker_threads"); Atomics.wait(workerData, 0, 0); Atomics.wait(workerData, 0, 1, 30); process.kill(process.pid, "SIGTERM");\n');
		const script = `
			const { Worker } = await import('node:worker_threads');
			const { writeFileAtomically } = await import(${JSON.stringify(join(repoRoot, 'cli/io.ts'))});
			const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
			const bytes = Buffer.alloc(400 * 1024 * 1024, 'x');
			writeFileAtomically(io, 'small.txt', 'a first write, as a command may make', { overwrite: false });
			const flag = new Int32Array(new SharedArrayBuffer(4));
			const killer = new Worker('./killer.cjs', { workerData: flag, execArgv: [] });
			await new Promise((started) => killer.once('online', started));
			Atomics.store(flag, 0, 1);
			Atomics.notify(flag, 0);
			writeFileAtomically(io, 'big.txt', bytes, { overwrite: false });
			setTimeout(() => {}, 10000);
		`;
		const child = spawn(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
		const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, s) => done(s)));
		expect(signal).toBe('SIGTERM');
		expect(listFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
		// What was written is whole: the file is absent or complete, never half.
		if (existsSync(join(dir, 'big.txt'))) expect(lstatSync(join(dir, 'big.txt')).size).toBe(400 * 1024 * 1024);
	}, 60_000);

	it('npm run pdf refuses a symbolic link or a FIFO as --out before any work, and takes a directory', () => {
		symlinkSync(join(dir, 'bread.ar.txt'), join(dir, 'link.pdf'));
		expect(spawnSync('mkfifo', [join(dir, 'fifo.pdf')]).status).toBe(0);
		const pdf = (out: string) =>
			spawnSync(process.execPath, ['--import', tsxLoader, join(repoRoot, 'scripts/pdf.ts'), seedId, '--out', out, '--build-dir', join(dir, 'no-build')], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
		let result = pdf('link.pdf');
		expect([result.status, result.stderr]).toEqual([1, 'pdf: link.pdf is a symbolic link; refusing to replace it (write to the file it points to, or remove the link)\n']);
		result = pdf('fifo.pdf');
		expect(result.stderr).toMatch(/^pdf: fifo\.pdf is not a regular file/);
		// A directory is fine as --out: the next problem is the missing build.
		mkdirSync(join(dir, 'pdfs'));
		result = pdf('pdfs');
		expect(result.stderr).toMatch(/^pdf: no built site in /);
		expect(readFileSync(join(dir, 'bread.ar.txt'), 'utf8')).toBe(readFileSync(join(cliFixtures, 'bread.ar.txt'), 'utf8'));
	}, 60_000);
});

describe('TSV for spreadsheets', () => {
	it('protects cells a spreadsheet would run as formulas, unless told not to', async () => {
		const document = JSON.parse(seedText) as AlignedDocument;
		document.id = 'formulas';
		document.blocks[0]!.segments[0]!.text.en = '=HYPERLINK("http://evil.example","click")';
		document.blocks[1]!.segments[0]!.text.en = "'@SUM(A1)";
		writeFileSync(join(dir, 'formulas.json'), JSON.stringify(document));
		let io = recordingIo(dir);
		expect(await exportRun(['formulas.json', '--format', 'tsv'], io)).toBe(0);
		const protectedRows = io.out().split('\n');
		expect(protectedRows[1]?.split('\t')[2]).toBe('\'=HYPERLINK("http://evil.example","click")');
		expect(protectedRows[2]?.split('\t')[2]).toBe("''@SUM(A1)");
		expect(parseTsv(io.out())[1]?.[2]).toBe('=HYPERLINK("http://evil.example","click")');
		io = recordingIo(dir);
		expect(await exportRun(['formulas.json', '--format', 'tsv', '--no-formula-protection'], io)).toBe(0);
		expect(io.out().split('\n')[1]?.split('\t')[2]).toBe('=HYPERLINK("http://evil.example","click")');
	});
});

describe('import-tmx on hostile or foreign files', () => {
	const tmx = (body: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>') =>
		`${declaration}\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>\n<body>${body}</body></tmx>\n`;
	const unit = '<tu><tuv xml:lang="ar"><seg>مرحباً</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>';
	const metadata = ['--id', 'hello', '--title', 'ar=تحية', '--title', 'en=Greeting', '--publisher', 'P', '--translator', 'T', '--method', 'machine'];

	it('reads UTF-16 with a byte order mark, as Trados and memoQ write it', async () => {
		const text = tmx(unit, '<?xml version="1.0" encoding="UTF-16"?>');
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const be = Buffer.from(le);
		be.swap16();
		writeFileSync(join(dir, 'le.tmx'), le);
		writeFileSync(join(dir, 'be.tmx'), be);
		for (const [file, id] of [['le.tmx', 'hello-le'], ['be.tmx', 'hello-be']]) {
			const io = recordingIo(dir);
			expect(await importTmxRun([file as string, ...metadata, '--id', id as string], io), io.err()).toBe(0);
			const document = JSON.parse(read(`translations/${id}.json`)) as AlignedDocument;
			expect(document.blocks[0]?.segments[0]?.text).toEqual({ ar: 'مرحباً', en: 'Hello' });
		}
	});

	it.each([
		['latin1.tmx', Buffer.from(tmx('<tu><tuv xml:lang="ar"><seg>x</seg></tuv><tuv xml:lang="en"><seg>caf\xe9</seg></tuv></tu>', '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'latin1'), /^latin1\.tmx: the file (is|says it is) in ISO-8859-1; .*save it as UTF-8 or UTF-16/],
		['entity.tmx', tmx('<tu><tuv xml:lang="ar"><seg>x</seg></tuv><tuv xml:lang="en"><seg>a &nbsp; b</seg></tuv></tu>'), /^entity\.tmx:3:\d+: the entity &nbsp; is not defined/],
		['charref.tmx', tmx('<tu><tuv xml:lang="ar"><seg>x&#0;</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu>'), /^charref\.tmx:3:\d+: the character reference &#0; names a character XML does not allow/],
		['unknown.tmx', tmx('<tu><tuv xml:lang="ar"><seg>x <b>bold</b></seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu>'), /^unknown\.tmx:3:\d+: <b> is not a TMX element; its content would be lost/],
		['two-roots.tmx', `${tmx(unit)}<tmx version="1.4"/>\n`, /^two-roots\.tmx:4:1: a second root element <tmx> after <tmx>/],
		['laughs.tmx', `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>`, /^laughs\.tmx:2:1: the file declares entities or elements of its own/],
		['deep.tmx', tmx('<tu><tuv xml:lang="ar"><seg>' + '<hi>'.repeat(50_000) + 'x' + '</hi>'.repeat(50_000) + '</seg></tuv></tu>'), /^deep\.tmx:3:\d+: elements nested more than 100 deep/],
		['control.tmx', tmx('<tu><tuv xml:lang="ar"><seg>x\u0001</seg></tuv></tu>'), /^control\.tmx:3:\d+: contains the character U\+0001, which XML does not allow/]
	])('refuses %s with one line and writes nothing', async (name, content, message) => {
		writeFileSync(join(dir, name), content);
		const before = listFiles(dir);
		const io = recordingIo(dir);
		expect(await importTmxRun([name, ...metadata], io)).toBe(1);
		expect(io.err().replace(/^muqabala import-tmx: /, '')).toMatch(message);
		expect(io.err().trimEnd().split('\n')).toHaveLength(1);
		expect(listFiles(dir)).toEqual(before);
	});

	it('writes a document only where the build will take it, and never over the TMX it reads', async () => {
		writeFileSync(join(dir, 'other.tmx'), tmx(unit));
		let io = recordingIo(dir);
		expect(await importTmxRun(['other.tmx', ...metadata, '--out', 'translations/other.json'], io)).toBe(1);
		expect(io.err()).toMatch(/^muqabala import-tmx: translations\/other\.json: a document in translations\/ must be named after its id, translations\/hello\.json/);
		io = recordingIo(dir);
		expect(await importTmxRun(['other.tmx', ...metadata, '--out', 'other.tmx', '--force'], io)).toBe(1);
		expect(io.err()).toBe('muqabala import-tmx: other.tmx is the TMX file being read; write the document somewhere else\n');
		io = recordingIo(dir);
		expect(await importTmxRun(['other.tmx', ...metadata, '--out', 'translations/'], io)).toBe(0);
		expect(io.err()).toMatch(/^wrote translations\/hello\.json/);
	});

	it('says in one line when translations/ cannot be created', async () => {
		const project = tempProject();
		try {
			writeFileSync(join(project.dir, 'translations'), 'a file where the folder should be');
			writeFileSync(join(project.dir, 'other.tmx'), tmx(unit));
			const io = recordingIo(project.dir);
			expect(await importTmxRun(['other.tmx', ...metadata], io)).toBe(1);
			expect(io.err()).toMatch(/^muqabala import-tmx: translations: cannot create this directory \(EEXIST/);
			expect(io.err().trimEnd().split('\n')).toHaveLength(1);
		} finally {
			project.cleanup();
		}
	});

	it('refuses /dev/zero and other devices without reading them', async () => {
		const io = recordingIo(dir);
		expect(await importTmxRun(['/dev/zero', ...metadata], io)).toBe(1);
		expect(io.err()).toBe('muqabala import-tmx: /dev/zero: is not a regular file (a device, FIFO or socket); give a file\n');
	});
});
