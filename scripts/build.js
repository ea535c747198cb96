#!/usr/bin/env node
// Builds the site with extra document folders beside translations/ into another output folder,
// so tests and benchmarks never mix their documents into the real build/.
//   node scripts/build.js --documents tests/fixtures/documents --out .test-build
import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		documents: { type: 'string', multiple: true, default: [] },
		out: { type: 'string', default: 'build' }
	}
});

const result = spawnSync('npx', ['vite', 'build'], {
	stdio: 'inherit',
	env: {
		...process.env,
		MUQABALA_DOCUMENTS: ['translations', ...values.documents].join(delimiter),
		MUQABALA_OUT: values.out
	}
});
process.exit(result.status ?? 1);
