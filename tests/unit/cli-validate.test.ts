import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
			'latin1.json:1: is not UTF-8 text (byte 0xE9 at offset 11); save it as UTF-8 and try again',
			'bom.json:/: starts with a byte order mark (U+FEFF); save it as UTF-8 without one',
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
});
