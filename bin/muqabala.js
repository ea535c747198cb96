#!/usr/bin/env node
// The `muqabala` command (package.json "bin"): runs the TypeScript CLI through tsx, so it works on
// Node 20 without a build step. cli/index.ts's main() handles its own output errors (EPIPE, ENOSPC).
// tsx itself needs the working directory: a deleted one is said in one line, not a stack trace.
try {
	process.cwd();
} catch {
	console.error('muqabala: the current directory no longer exists; cd to one that does');
	process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/index.ts');
await main();

export {};
