#!/usr/bin/env node
// Builds the site (`npm run build`), optionally with extra document folders beside translations/
// and into another output folder, so tests and benchmarks never mix their documents into build/.
//   node scripts/build.js --documents tests/fixtures/documents --out .test-build
import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		documents: { type: 'string', multiple: true, default: [] },
		out: { type: 'string', default: 'build' }
	}
});

// A ceiling for each JavaScript heap of the build (Vite's and SvelteKit's analysis and prerendering
// threads). Without one, V8 sizes it from the machine's memory (4 GB on a 24 GB machine) and lets
// the prerendering thread's heap grow to about four times what it holds before collecting: each
// page of a long document leaves a few large strings behind, and on a 100,000-segment document the
// build's memory peaked anywhere from 1.6 to 2.0 GB. Under this ceiling V8 collects sooner (1.3 GB
// peak, no more CPU); that document's prerendering holds about 200 MB. A ceiling set in
// NODE_OPTIONS is kept.
const heapCeiling = '--max-old-space-size=1536';
const nodeOptions = process.env.NODE_OPTIONS ?? '';

// Vite's own script, run directly: npx took most of a second to find it.
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

const result = spawnSync(process.execPath, [vite, 'build'], {
	stdio: 'inherit',
	env: {
		...process.env,
		NODE_OPTIONS: nodeOptions.includes('--max-old-space-size') ? nodeOptions : `${nodeOptions} ${heapCeiling}`.trim(),
		MUQABALA_DOCUMENTS: ['translations', ...values.documents].join(delimiter),
		MUQABALA_OUT: values.out
	}
});
process.exit(result.status ?? 1);
