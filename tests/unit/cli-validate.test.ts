import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/validate';
import { recordingIo, repoRoot, tempProject } from './cli-helpers';

const seedName = 'kayhan-2017-11-19-albukamal.json';
const seedText = readFileSync(join(repoRoot, 'translations', seedName), 'utf8');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
	({ dir, cleanup } = tempProject());
	mkdirSync(join(dir, 'translations'));
	copyFileSync(join(repoRoot, 'translations', seedName), join(dir, 'translations', seedName));
});
afterEach(() => cleanup());

describe('muqabala validate', () => {
	it('checks every translations/*.json by default', async () => {
		const io = recordingIo(dir);
		expect(await run([], io)).toBe(0);
		expect(io.out()).toBe('');
		expect(io.err()).toBe('1 document valid\n');
	});

	it('passes on the documents of this repository', async () => {
		const io = recordingIo(repoRoot);
		expect(await run([], io)).toBe(0);
		expect(io.err()).toMatch(/^\d+ documents? valid\n$/);
	});

	it('prints file:pointer: message for every problem and exits with 1', async () => {
		const broken = seedText
			.replace('"id": "p1-1"', '"id": "kicker"') // a duplicate segment id
			.replace('"format": 1,', '"format": 1,\n\t"format": 1,') // a duplicate key
			.replace('مصادر عسكرية', 'مصادر\u202Eعسكرية'); // a bidi override
		writeFileSync(join(dir, 'translations', seedName), broken);
		const io = recordingIo(dir);
		expect(await run([], io)).toBe(1);
		const lines = io.out().trimEnd().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines).toContainEqual(expect.stringMatching(/^translations\/kayhan-2017-11-19-albukamal\.json:\/format: the key "format" appears more than once in this object \(line 4, column 2\)$/));
		expect(lines).toContainEqual(expect.stringMatching(/^translations\/kayhan-2017-11-19-albukamal\.json:\/blocks\/5\/segments\/0\/id: "kicker" is already the id of \/blocks\/0\/segments\/0 \(line \d+, column \d+\)$/));
		expect(lines).toContainEqual(expect.stringMatching(/^translations\/kayhan-2017-11-19-albukamal\.json:\/blocks\/2\/segments\/0\/text\/ar: contains the bidirectional embedding or override U\+202E/));
		expect(io.err()).toBe('muqabala validate: 3 problems in 1 of 1 document\n');
	});

	it('checks only the files it is given, and that a document in translations/ is named after its id', async () => {
		writeFileSync(join(dir, 'translations', 'other-name.json'), seedText);
		writeFileSync(join(dir, 'loose.json'), seedText);
		const io = recordingIo(dir);
		expect(await run(['translations/other-name.json', 'loose.json'], io)).toBe(1);
		expect(io.out()).toBe(
			'translations/other-name.json:/id: is "kayhan-2017-11-19-albukamal" but the file is named "other-name.json"; the two must match (line 4, column 2)\n'
		);
	});

	it('reports files it cannot read as problems', async () => {
		writeFileSync(join(dir, 'latin1.json'), Buffer.from('{"id": "caf\xe9"}', 'latin1'));
		writeFileSync(join(dir, 'bom.json'), `\uFEFF${seedText}`);
		writeFileSync(join(dir, 'truncated.json'), seedText.slice(0, 200));
		const io = recordingIo(dir);
		expect(await run(['latin1.json', 'bom.json', 'missing.json', 'truncated.json'], io)).toBe(1);
		expect(io.out().trimEnd().split('\n')).toEqual([
			'latin1.json:/: is not UTF-8 text (byte 0xE9 at offset 11); save it as UTF-8 and try again (line 1, column 12)',
			'bom.json:/: starts with a byte order mark (U+FEFF); save it as UTF-8 without one (line 1, column 1)',
			'missing.json: no such file',
			'truncated.json:/: invalid JSON: unexpected end of string (line 8, column 13)',
			'truncated.json:/: invalid JSON: close brace expected (line 8, column 49)'
		]);
	});

	it('says when there is nothing to check', async () => {
		const empty = tempProject();
		try {
			const io = recordingIo(empty.dir);
			expect(await run([], io)).toBe(1);
			expect(io.err()).toBe('muqabala validate: no translations/ directory here; name the files to check\n');
		} finally {
			empty.cleanup();
		}
	});

	it('says in one line what is wrong with a directory named x.json, a FIFO, and JSON nested without end', async () => {
		mkdirSync(join(dir, 'translations', 'x.json'));
		expect(spawnSync('mkfifo', [join(dir, 'translations', 'pipe.json')]).status).toBe(0);
		writeFileSync(join(dir, 'translations', 'deep.json'), '['.repeat(100_000) + ']'.repeat(100_000));
		const io = recordingIo(dir);
		expect(await run([], io)).toBe(1);
		expect(io.out().trimEnd().split('\n')).toEqual([
			'translations/deep.json:/: invalid document: arrays and objects nested more than 64 deep (a document needs 6) (line 1, column 65)',
			'translations/pipe.json: is not a regular file (a device, FIFO or socket); give a file',
			'translations/x.json: is a directory, not a file'
		]);
		expect(io.err()).toBe('muqabala validate: 3 problems in 3 of 4 documents\n');
	});

	it('checks a file given twice (or through a link) once, and says so', async () => {
		symlinkSync(join(dir, 'translations', seedName), join(dir, 'link.json'));
		const io = recordingIo(dir);
		expect(await run([`translations/${seedName}`, `translations/${seedName}`, 'link.json'], io)).toBe(0);
		expect(io.err()).toBe(
			`note: translations/${seedName} is the same file as translations/${seedName}; checked once\n` +
				`note: link.json is the same file as translations/${seedName}; checked once\n` +
				'1 document valid\n'
		);
	});
});

describe('muqabala validate and the site build', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	// Each broken the way the hardening report found: the build published or crashed on what
	// validate refused, or the other way round.
	const seed = JSON.parse(seedText) as Record<string, unknown> & { original: string; source: Record<string, string> };
	const cases: Record<string, string | Buffer> = {
		'latin1.json': Buffer.from(seedText.replace('"id": "kayhan-2017-11-19-albukamal"', '"id": "latin1"').replace('Kayhan', 'Kayh\xe2n'), 'latin1'),
		'bom.json': `\uFEFF${seedText.replace('"id": "kayhan-2017-11-19-albukamal"', '"id": "bom"')}`,
		'leap-second.json': JSON.stringify({ ...seed, id: 'leap-second', source: { ...seed.source, published: '2016-12-31T23:59:60Z' } }),
		'inherited.json': JSON.stringify({ ...seed, id: 'inherited', original: 'toString' }),
		'proto.json': JSON.stringify({ ...seed, id: 'proto' }).replace('"format":1', '"__proto__":{"format":1},"format":1'),
		'deep.json': '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
		'truncated.json': seedText.replace('"id": "kayhan-2017-11-19-albukamal"', '"id": "truncated"').slice(0, 300)
	};

	it('accept and refuse the same documents, with the same messages', async () => {
		const folder = join(dir, 'translations');
		for (const [name, content] of Object.entries(cases)) writeFileSync(join(folder, name), content);
		mkdirSync(join(folder, 'x.json'));
		const cli = recordingIo(process.cwd());
		const names = [...Object.keys(cases), 'x.json', seedName].sort();
		expect(await run(names.map((name) => join(folder, name)), cli)).toBe(1);
		const cliLines = cli.out().trimEnd().split('\n');

		vi.stubEnv('MUQABALA_DOCUMENTS', folder);
		vi.resetModules();
		const { allDocumentIds } = await import('../../src/lib/server/documents');
		let buildLines: string[] = [];
		try {
			allDocumentIds();
		} catch (error) {
			buildLines = (error as Error).message.split('\n').slice(1);
		}
		expect(buildLines).toEqual(cliLines);
		// Every broken file is named, and the seed (valid) is not.
		for (const name of [...Object.keys(cases), 'x.json']) expect(cliLines.some((line) => line.includes(`${name}:`)), name).toBe(true);
		expect(cliLines.some((line) => line.includes(seedName))).toBe(false);
		expect(cliLines).toContainEqual(expect.stringMatching(/latin1\.json:\/: is not UTF-8 text \(byte 0xE2 at offset \d+\)/));
		expect(cliLines).toContainEqual(expect.stringMatching(/leap-second\.json:\/source\/published: is not a time this format can show/));
		expect(cliLines).toContainEqual(expect.stringMatching(/inherited\.json:\/original: "toString" is not one of the declared languages/));
		expect(cliLines).toContainEqual(expect.stringMatching(/proto\.json:\/__proto__: is not a property this format knows/));
		expect(new Set(cliLines).size).toBe(cliLines.length); // each said once
	});
});
