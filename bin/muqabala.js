#!/usr/bin/env node
// The `muqabala` command (package.json "bin"): runs the TypeScript CLI through tsx, so it works on
// Node 20 without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/index.ts');
await main();
