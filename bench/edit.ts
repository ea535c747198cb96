// `npm run bench:edit`: alignment edits, undo and redo on a 10,000-pair document made of the seed
// article's sentences, in three shapes (4 pairs a paragraph, one pair a paragraph, one paragraph
// of every pair), and the review list and alignment map of it. Prints the time per edit (median
// and 95th percentile), what an edit allocates, and, for comparison, what copying the whole
// document once costs. Figures, not pass/fail. Options: --pairs 10000 --edits 2000
import { readFileSync } from 'node:fs';
import { marksIn, nearestMark, toAlignmentMap } from '../src/lib/document/alignment-map.ts';
import { EditHistory, PairIndex, type Edit } from '../src/lib/document/edit.ts';
import { reviewDocument } from '../src/lib/document/review.ts';
import { sentenceCount } from '../src/lib/document/shape.ts';
import type { AlignedDocument, Block } from '../src/lib/document/types.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const at = argv.indexOf(`--${name}`);
	return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const pairCount = option('pairs', 10_000);
const editCount = option('edits', 2000);

const seed = JSON.parse(readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8')) as AlignedDocument;
const sentences = seed.blocks.flatMap((block) => block.segments).filter((s) => s.text.ar !== '' && s.text.en !== '');

/** `pairs` segments cycling through the seed's own, `perBlock` to a paragraph. */
function generateDocument(pairs: number, perBlock: number): AlignedDocument {
	const blocks: Block[] = [];
	for (let i = 0, p = 1; i < pairs; p++) {
		const segments = [];
		for (let s = 1; s <= perBlock && i < pairs; s++, i++) segments.push({ id: `p${p}-${s}`, text: { ...sentences[i % sentences.length]!.text } });
		blocks.push({ kind: 'paragraph', segments });
	}
	return { ...seed, id: `bench-${pairs}-pairs`, notes: [], blocks };
}

// A fixed pseudo-random sequence, so runs compare.
let state = 42;
const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const us = (value: number) => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`);

function randomEdit(document: AlignedDocument, ids: string[]): Edit {
	const id = ids[Math.floor(random() * ids.length)]!;
	const r = random();
	if (r < 0.25) return { kind: 'merge', id };
	if (r < 0.5) {
		const segment = document.blocks.flatMap((b) => b.segments).find((s) => s.id === id); // only to choose the split, not timed
		const at = Object.fromEntries(['ar', 'en'].map((lang) => [lang, Math.floor(random() * ((segment ? sentenceCount(segment, lang) : 1) + 1))]));
		return { kind: 'split', id, at };
	}
	if (r < 0.8) return { kind: 'move', id, lang: random() < 0.5 ? 'ar' : 'en', sentence: random() < 0.5 ? 'first' : 'last' };
	return { kind: 'check', id, checked: random() < 0.7 };
}

function run(name: string, document: AlignedDocument): void {
	const started = performance.now();
	const index = new PairIndex(document);
	const indexTime = performance.now() - started;
	const copies: number[] = [];
	for (let k = 0; k < 5; k++) {
		const t = performance.now();
		structuredClone(document);
		copies.push(performance.now() - t);
	}

	const history = new EditHistory(document);
	void index;
	const times: Record<string, number[]> = { merge: [], split: [], move: [], check: [], undo: [], redo: [] };
	let refused = 0;
	let segmentsAllocated = 0;
	let blocksReplaced = 0;
	let applied = 0;
	for (let k = 0; k < editCount; k++) {
		const current = history.document;
		// Ids are drawn from a sample so choosing them is not part of the cost measured.
		const ids = current.blocks[Math.floor(random() * current.blocks.length)]!.segments.map((s) => s.id);
		const edit = randomEdit(current, ids);
		const t = performance.now();
		const result = history.apply(edit);
		const elapsed = performance.now() - t;
		if (!result.ok) {
			refused++;
			continue;
		}
		times[edit.kind]!.push(elapsed);
		applied++;
		blocksReplaced += result.patch.removed.length;
		segmentsAllocated += result.patch.added.reduce((n, b) => n + b.segments.length, 0);
		if (random() < 0.2) {
			const u = performance.now();
			history.undo();
			times.undo!.push(performance.now() - u);
			const r = performance.now();
			history.redo();
			times.redo!.push(performance.now() - r);
		}
	}
	const blocks = history.document.blocks.length;
	console.log(`\n${name}: ${document.blocks.length.toLocaleString('en')} blocks`);
	console.log(`  index of ${pairCount.toLocaleString('en')} pairs built once: ${us(indexTime)}; copying the whole document (structuredClone): ${us(percentile(copies, 0.5))}`);
	for (const [kind, values] of Object.entries(times)) {
		if (values.length === 0) continue;
		console.log(`  ${kind.padEnd(5)} ${String(values.length).padStart(5)} × median ${us(percentile(values, 0.5)).padStart(8)}, p95 ${us(percentile(values, 0.95)).padStart(8)}, max ${us(Math.max(...values))}`);
	}
	console.log(
		`  ${applied} edits made, ${refused} refused (paragraph breaks, first and last pairs); per edit: ${(blocksReplaced / applied).toFixed(2)} blocks replaced, ${(segmentsAllocated / applied).toFixed(1)} segment slots in new blocks (of ${pairCount.toLocaleString('en')}), ${blocks.toLocaleString('en')} block pointers copied`
	);
}

console.log(`edit: ${pairCount.toLocaleString('en')} pairs of the seed's sentences, ${editCount} random edits each (25% merge, 25% split, 30% move, 20% check), a fifth undone and redone`);
run('4 pairs a paragraph', generateDocument(pairCount, 4));
run('1 pair a paragraph', generateDocument(pairCount, 1));
run('one paragraph of every pair (worst case: every edit copies the block)', generateDocument(pairCount, pairCount));

// ---- the review list and the map: built once when the panel opens, then asked per pointer move ----

function reviewAndMap(): void {
	// Fresh segment objects, so no sentence count is cached from the edits above.
	const document = generateDocument(pairCount, 4);
	const doubtful = document.blocks.flatMap((b) => b.segments);
	doubtful.forEach((segment, i) => {
		if (i % 7 === 0) segment.confidence = 0.3;
	});
	let t = performance.now();
	const review = reviewDocument(document);
	const reviewTime = performance.now() - t;
	t = performance.now();
	const map = toAlignmentMap(document);
	const mapTime = performance.now() - t;
	const fresh = generateDocument(pairCount, 4);
	t = performance.now();
	toAlignmentMap(fresh);
	const coldMap = performance.now() - t;
	const lookups: number[] = [];
	for (let k = 0; k < 2000; k++) {
		const x = random() * map.width;
		const y = x * (map.height / map.width) + (random() - 0.5) * 40;
		const u = performance.now();
		nearestMark(map, x, y);
		marksIn(map, { x0: x - 30, x1: x + 30, y0: y - 30, y1: y + 30 });
		lookups.push(performance.now() - u);
	}
	console.log(`\nreview and map of ${pairCount.toLocaleString('en')} pairs (${map.width.toLocaleString('en')} × ${map.height.toLocaleString('en')} sentences):`);
	console.log(`  review list: ${us(reviewTime)} (${review.items.length.toLocaleString('en')} doubtful pairs), then the map: ${us(mapTime)} (sentence counts shared); the map alone, cold: ${us(coldMap)}`);
	console.log(`  nearest mark and the marks in a 60-sentence window, per pointer move: median ${us(percentile(lookups, 0.5))}, p95 ${us(percentile(lookups, 0.95))}`);
}
reviewAndMap();
