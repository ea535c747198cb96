#!/usr/bin/env node
// The `muqabala` command (package.json "bin"): runs the TypeScript CLI through tsx, so it works on
// Node 20 without a build step.
import { register } from 'tsx/esm/api';

register();
// Output piped into a program that stops reading early (`… | head`) is not an error.
process.stdout.on('error', (error) => {
	if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE') process.exit(0);
	throw error;
});
const { main } = await import('../cli/index.ts');
await main();
