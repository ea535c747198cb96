#!/usr/bin/env node
// `npm start`: builds the site quietly (the build's own output is shown only when it fails) and
// serves it, ending with one line: "Muqabala is ready at http://127.0.0.1:4173/".
import { spawn, spawnSync } from 'node:child_process';

process.stdout.write('Building the site…\n');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (build.status !== 0) {
	process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
	console.error('start: the build failed (its output is above); nothing is served.');
	process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['scripts/serve.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
