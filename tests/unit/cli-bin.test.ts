// The installed command: bin/muqabala.js runs the TypeScript CLI through tsx on Node 20, with no
// build step, and the program dispatches to every command.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/index';
import { configure, runCli } from '../../cli/run';
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

describe('what goes wrong around the program', () => {
	it('says in one line, exit 1, when standard output is full', () => {
		const full = openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [bin, 'export', 'kayhan-2017-11-19-albukamal', '--format', 'tsv'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
			expect(result.status).toBe(1);
			expect(result.stderr).toBe('muqabala: cannot write to standard output (ENOSPC: no space left on device)\n');
		} finally {
			closeSync(full);
		}
	}, 30_000);

	it('says in one line when the working directory no longer exists', () => {
		const gone = mkdtempSync(join(tmpdir(), 'muqabala-gone-'));
		const result = spawnSync('sh', ['-c', `cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${bin}" validate`], { encoding: 'utf8' });
		rmSync(gone, { recursive: true, force: true });
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('muqabala: the current directory no longer exists; cd to one that does\n');
	}, 30_000);

	it('stops quietly when its output is piped into a program that stops reading', () => {
		const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" export kayhan-2017-11-19-albukamal --format tmx | head -c 10 > /dev/null`], { cwd: repoRoot, encoding: 'utf8' });
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
	}, 30_000);

	it('turns a bug into one line and exit 1, the stack only with MUQABALA_DEBUG', async () => {
		const io = recordingIo(repoRoot);
		const command = configure(new Command('muqabala'), io).action(() => {
			throw new RangeError('Maximum call stack size exceeded');
		});
		expect(await runCli(command, [], io)).toBe(1);
		expect(io.err()).toBe('muqabala: unexpected error: Maximum call stack size exceeded (this is a bug in muqabala; MUQABALA_DEBUG=1 shows where)\n');
	});
});
