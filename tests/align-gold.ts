// The aligner's gold, read from the working tree: the seed document (aligned by hand) and every
// case under tests/fixtures/align. Shared by the evaluation test and bench/evaluate-align.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldFromDocument, type GoldText } from '../src/lib/align/evaluate';
import type { AlignedDocument } from '../src/lib/document/types';
import { parsePlainText } from '../src/lib/export/plain-text';

/** The seed document and every gold case (sorted by name). */
export function loadGold(root = join(import.meta.dirname, '..')): { seed: GoldText; cases: GoldText[] } {
	const seedFile = join(root, 'translations/kayhan-2017-11-19-albukamal.json');
	const seed = goldFromDocument('seed document', JSON.parse(readFileSync(seedFile, 'utf8')) as AlignedDocument);
	const dir = join(root, 'tests/fixtures/align');
	const cases = readdirSync(dir)
		.sort()
		.map((name) => {
			const read = (file: string) => readFileSync(join(dir, name, file), 'utf8');
			const expected = JSON.parse(read('expected.json')) as { blocks: { source: string; target: string }[][] };
			return {
				name,
				gold: expected.blocks.map((block) => block.map(({ source, target }) => ({ source, target }))),
				source: parsePlainText(read('source.txt')).paragraphs,
				target: parsePlainText(read('target.txt')).paragraphs
			};
		});
	return { seed, cases };
}
