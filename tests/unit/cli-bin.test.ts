// The installed command: bin/muqabala.js runs the TypeScript CLI through tsx on Node 20, with no
// build step, and the program dispatches to every command.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/index';
import { recordingIo, repoRoot } from './cli-helpers';

const bin = join(repoRoot, 'bin/muqabala.js');

describe('bin/muqabala.js', () => {
	it('runs the CLI and passes its exit code on', () => {
		const help = execFileSync(process.execPath, [bin, '--help'], { cwd: repoRoot, encoding: 'utf8' });
		expect(help).toMatch(/Usage: muqabala \[options\] \[command\]/);
		for (const command of ['validate', 'import', 'export', 'import-tmx']) expect(help).toContain(command);
		const failed = spawnSync(process.execPath, [bin, 'export', 'no-such-document', '--format', 'tmx'], { cwd: repoRoot, encoding: 'utf8' });
		expect(failed.status).toBe(1);
		expect(failed.stderr).toBe('muqabala export: translations/no-such-document.json: no such file\n');
	}, 30_000);
});

describe('muqabala', () => {
	it.each(['validate', 'import', 'export', 'import-tmx'])('has --help for %s', async (command) => {
		const io = recordingIo(repoRoot);
		expect(await run([command, '--help'], io)).toBe(0);
		expect(io.out()).toMatch(new RegExp(`^Usage: muqabala ${command} `));
	});

	it('prints its version and rejects an unknown command', async () => {
		let io = recordingIo(repoRoot);
		expect(await run(['--version'], io)).toBe(0);
		expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
		io = recordingIo(repoRoot);
		expect(await run(['aling'], io)).toBe(2);
		expect(io.err()).toMatch(/^muqabala: unknown command 'aling'/);
	});
});
