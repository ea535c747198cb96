// `npm run bench:search`: search in a 10,000-pair document made of the seed article's sentences.
// Prints the time to build the index and, for a few queries, the time per query (median of
// several runs) with the number of hits. Figures, not pass/fail. Options: --pairs 10000 --runs 20
import { readFileSync } from 'node:fs';
import { buildSearchIndex, search } from '../src/lib/search/search.ts';
import type { AlignedDocument } from '../src/lib/document/types.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const at = argv.indexOf(`--${name}`);
	return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const pairCount = option('pairs', 10_000);
const runs = option('runs', 20);

/** `pairs` segments cycling through the seed's own, four to a paragraph. */
function generateDocument(pairs: number): AlignedDocument {
	const seed = JSON.parse(readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8')) as AlignedDocument;
	const sentences = seed.blocks.flatMap((block) => block.segments);
	const blocks: AlignedDocument['blocks'] = [];
	for (let i = 0, p = 1; i < pairs; p++) {
		const segments = [];
		for (let s = 1; s <= 4 && i < pairs; s++, i++) {
			segments.push({ id: `p${p}-${s}`, text: { ...sentences[i % sentences.length]!.text } });
		}
		blocks.push({ kind: 'paragraph', segments });
	}
	return { ...seed, id: `bench-${pairs}-pairs`, notes: [], blocks };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

const doc = generateDocument(pairCount);
const characters = doc.blocks.flatMap((b) => b.segments).reduce((n, s) => n + Object.values(s.text).join('').length, 0);

// The first build pays for compiling the code and folding each distinct character once, as a
// page's first search would; the later ones are what a second document costs.
const firstStart = performance.now();
let index = buildSearchIndex(doc);
const first = performance.now() - firstStart;
const builds: number[] = [];
for (let run = 0; run < Math.max(3, Math.min(runs, 10)); run++) {
	const started = performance.now();
	index = buildSearchIndex(doc);
	builds.push(performance.now() - started);
}
const indexed = [...index.folded.values()].reduce((n, language) => n + language.all.length, 0);

console.log(`search: ${pairCount.toLocaleString('en')} pairs, ${(characters / 1e6).toFixed(1)} million characters (Arabic + English)`);
console.log(`index build: first ${ms(first)}, then ${ms(median(builds))} (median); the index holds ${(indexed / 1e6).toFixed(1)} million folded characters`);

const queries = [
	'البوكمال', // in many segments, with proclitics (لداعش, بالبوكمال)
	'مدينة', // ة/ه, after و ب ل ال
	'المدينة', // the article kept, لل matched
	'مُقاتِليه', // harakat in the query
	'daesh', // English, frequent
	'liberation battle', // two words, any order
	'"the last stronghold"', // a phrase
	'١٥٠', // Arabic-Indic digits find (150) in both languages
	'e', // one letter: the worst case, a hit in nearly every segment
	'zzzz' // nothing: one full scan per language
];
console.log('');
console.log('query'.padEnd(26) + 'hits'.padStart(8) + 'median'.padStart(12) + 'max'.padStart(12));
for (const query of queries) {
	const times: number[] = [];
	let total = 0;
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		total = search(index, query, { limit: 100 }).total;
		times.push(performance.now() - started);
	}
	console.log(query.padEnd(26) + String(total).padStart(8) + ms(median(times)).padStart(12) + ms(Math.max(...times)).padStart(12));
}
