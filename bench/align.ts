// Benchmark of the aligner (`npm run bench:align`). A benchmark prints figures; it asserts nothing
// (the golden tests hold the quality figures it records). Two parts:
//
// 1. Quality, on the hand-aligned gold (the seed document and every case under tests/fixtures/align):
//    per case, link precision, recall and F1 where a sentence with no counterpart counts as a link
//    to nothing (so an omission hidden inside a neighbour's link costs), and how many of the case's
//    traps (gold links that are not 1:1) came out exactly right; the same for a plain Gale–Church
//    aligner run in the same process. `--record` writes our figures into each case's expected.json,
//    where tests/unit/align-golden.test.ts holds every later run to them.
// 2. Speed and memory on synthetic book pairs of 1,000, 10,000 and 50,000 paragraphs; the target is
//    10,000 × 10,000 paragraphs in under 2 s. Each size runs in its own process so that its peak
//    memory (maxRSS) is its own.
//
// Options: --quality-only, --speed-only, --record, --sizes 1000,10000, --runs 2.
//
// The synthetic books: Arabic-looking paragraphs of 1–6 sentences with a few numbers and question
// marks; the "translation" keeps the numbers (in ASCII digits) and marks, and is 1.45 times as long
// with ±15 % noise per sentence. Then the translation's paragraphs are disturbed: 3 % merged with
// the next, 3 % split in two, 1 % dropped, 1 % notes added. The truth is known, so the run also
// reports how many paragraph links the aligner got exactly right.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignPrepared, alignTexts, prepareBoth } from '../src/lib/align/align.ts';
import { evaluateAlignment, scoreBeads, type Evaluation, type SpanBead } from '../src/lib/align/evaluate.ts';
import { alignGaleChurch } from '../src/lib/align/gale-church.ts';
import { loadGold } from '../tests/align-gold.ts';

const here = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
const option = (name: string) => {
	const at = argv.indexOf(`--${name}`);
	return at >= 0 ? argv[at + 1] : undefined;
};

/** Deterministic random numbers (mulberry32), so every run aligns the same books. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const arabicLetters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const latinLetters = 'abcdefghijklmnopqrstuvwxyz';
const toArabicDigits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

interface Book {
	source: string[];
	target: string[];
	/** The true paragraph links, as index ranges. */
	truth: { source: [number, number]; target: [number, number] }[];
}

function words(next: () => number, letters: string, length: number): string {
	let text = '';
	while (text.length < length) {
		const size = 2 + Math.floor(next() * 7);
		let word = '';
		for (let k = 0; k < size; k++) word += letters[Math.floor(next() * letters.length)];
		text += (text ? ' ' : '') + word;
	}
	return text;
}

export function makeBook(paragraphs: number, seed = 1): Book {
	const next = random(seed);
	const source: string[] = [];
	const translated: string[] = [];
	for (let p = 0; p < paragraphs; p++) {
		const sentences = 1 + Math.floor(next() * 6);
		const ar: string[] = [];
		const en: string[] = [];
		for (let s = 0; s < sentences; s++) {
			const length = Math.round(40 + next() * 160);
			const number = next() < 0.25 ? Math.floor(next() * 3000) : undefined;
			const question = next() < 0.08;
			const noise = 1 + (next() - 0.5) * 0.3;
			let a = words(next, arabicLetters, length);
			let e = words(next, latinLetters, Math.round(length * 1.45 * noise));
			if (number !== undefined) {
				a += ` ${toArabicDigits(number)}`;
				e += ` ${number}`;
			}
			ar.push(a + (question ? '؟' : '.'));
			en.push(e.charAt(0).toUpperCase() + e.slice(1) + (question ? '?' : '.'));
		}
		source.push(ar.join(' '));
		translated.push(en.join(' '));
	}
	// Disturb the translation's paragraphing.
	const target: string[] = [];
	const truth: Book['truth'] = [];
	for (let p = 0; p < paragraphs; p++) {
		const roll = next();
		const text = translated[p] as string;
		if (roll < 0.03 && p + 1 < paragraphs) {
			truth.push({ source: [p, p + 2], target: [target.length, target.length + 1] });
			target.push(`${text} ${translated[p + 1]}`);
			p++;
		} else if (roll < 0.06 && text.includes('. ')) {
			const cut = text.indexOf('. ') + 1;
			truth.push({ source: [p, p + 1], target: [target.length, target.length + 2] });
			target.push(text.slice(0, cut), text.slice(cut + 1));
		} else if (roll < 0.07) {
			truth.push({ source: [p, p + 1], target: [target.length, target.length] });
		} else if (roll < 0.08) {
			truth.push({ source: [p, p], target: [target.length, target.length + 1] });
			target.push(`Translator's note: ${words(next, latinLetters, 80 + Math.floor(next() * 200))}.`);
			truth.push({ source: [p, p + 1], target: [target.length, target.length + 1] });
			target.push(text);
		} else {
			truth.push({ source: [p, p + 1], target: [target.length, target.length + 1] });
			target.push(text);
		}
	}
	return { source, target, truth };
}

const asSpans = (beads: { source: [number, number]; target: [number, number] }[]): SpanBead[] =>
	beads.map((b) => ({
		source: b.source[0] === b.source[1] ? null : b.source,
		target: b.target[0] === b.target[1] ? null : b.target
	}));

interface Figures {
	paragraphs: [number, number];
	characters: number;
	/** Best of the runs: reading the texts (sentences, features), aligning, and both. */
	prepareSeconds: number;
	alignSeconds: number;
	totalSeconds: number;
	/** Processor time of the best run (the machine may be shared). */
	cpuSeconds: number;
	rssBeforeMB: number;
	peakRssMB: number;
	halfWidth: number;
	widenings: number;
	recentrings: number;
	passes: number;
	dictionary: number;
	realigned: number;
	linkF1: number;
}

function measure(size: number, runs: number): Figures {
	const book = makeBook(size, size);
	const languages = { source: 'ar', target: 'en' };
	const characters = book.source.reduce((n, p) => n + p.length, 0) + book.target.reduce((n, p) => n + p.length, 0);
	global.gc?.();
	const rssBefore = process.memoryUsage().rss;
	let best: Omit<Figures, 'paragraphs' | 'characters' | 'rssBeforeMB' | 'peakRssMB'> | undefined;
	for (let r = 0; r < runs; r++) {
		const cpu = process.cpuUsage();
		const start = performance.now();
		const [source, target] = prepareBoth(book.source, book.target, languages);
		const prepared = performance.now();
		const result = alignPrepared(source, target);
		const end = performance.now();
		const used = process.cpuUsage(cpu);
		const predicted: SpanBead[] = result.blocks.map((b) => ({
			source: b.source.start === b.source.end ? null : [b.source.start, b.source.end],
			target: b.target.start === b.target.end ? null : [b.target.start, b.target.end]
		}));
		const figures = {
			prepareSeconds: (prepared - start) / 1000,
			alignSeconds: (end - prepared) / 1000,
			totalSeconds: (end - start) / 1000,
			cpuSeconds: (used.user + used.system) / 1e6,
			halfWidth: result.stats.halfWidth,
			widenings: result.stats.widenings,
			recentrings: result.stats.recentrings,
			passes: result.stats.passes,
			dictionary: result.stats.dictionary,
			realigned: result.stats.realigned,
			linkF1: scoreBeads(asSpans(book.truth), predicted).f1
		};
		if (!best || figures.totalSeconds < best.totalSeconds) best = figures;
	}
	return {
		paragraphs: [book.source.length, book.target.length],
		characters,
		...(best as NonNullable<typeof best>),
		rssBeforeMB: rssBefore / 2 ** 20,
		peakRssMB: process.resourceUsage().maxRSS / 1024
	};
}

// ---- quality on the gold ----------------------------------------------------------------------------

interface CaseFigures {
	name: string;
	ours: Evaluation;
	baseline: Evaluation;
}

/** Our aligner and the Gale–Church baseline on every gold text, as given. */
export function measureGold(root = join(fileURLToPath(import.meta.url), '../..')): CaseFigures[] {
	const languages = { source: 'ar', target: 'en' };
	const { seed, cases } = loadGold(root);
	return [seed, ...cases].map((text) => ({
		name: text.name,
		ours: evaluateAlignment(text.gold, text, alignTexts(text.source, text.target, languages), languages),
		baseline: evaluateAlignment(text.gold, text, alignGaleChurch(text.source, text.target, languages), languages)
	}));
}

function printQuality(record: boolean): void {
	const results = measureGold();
	const cell = (e: Evaluation) =>
		`${e.sentences.nullLinks.precision.toFixed(3)} ${e.sentences.nullLinks.recall.toFixed(3)} ${e.sentences.nullLinks.f1.toFixed(3)} | ${`${e.traps.right}/${e.traps.total}`.padStart(5)}`;
	console.log('Sentence links (a sentence with no counterpart is a link to nothing): precision recall F1 | traps right/total');
	console.log(`${'case'.padEnd(58)} | ${'ours'.padEnd(27)} | Gale–Church baseline`);
	let oursTraps = 0;
	let baseTraps = 0;
	let allTraps = 0;
	for (const { name, ours, baseline } of results) {
		console.log(`${name.slice(0, 58).padEnd(58)} | ${cell(ours)} | ${cell(baseline)}${ours.sentences.nullLinks.f1 < 0.95 ? '   < 0.95' : ''}`);
		oursTraps += ours.traps.right;
		baseTraps += baseline.traps.right;
		allTraps += ours.traps.total;
	}
	const mean = (pick: (r: CaseFigures) => number) => results.reduce((sum, r) => sum + pick(r), 0) / results.length;
	console.log(
		`${'mean F1 over cases; traps in all'.padEnd(58)} | ${mean((r) => r.ours.sentences.nullLinks.f1).toFixed(3).padStart(17)} | ${`${oursTraps}/${allTraps}`.padStart(5)} | ${mean((r) => r.baseline.sentences.nullLinks.f1).toFixed(3).padStart(17)} | ${`${baseTraps}/${allTraps}`.padStart(5)}`
	);
	for (const { name, ours } of results) for (const miss of ours.traps.missed) console.log(`  missed in ${name.slice(0, 40)}: ${miss.shape} «${miss.source}» | “${miss.target}”`);
	if (record) {
		const dir = join(fileURLToPath(import.meta.url), '../../tests/fixtures/align');
		for (const { name, ours } of results) {
			if (name === 'seed document') continue;
			const file = join(dir, name, 'expected.json');
			const expected = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
			expected.measured = {
				linkF1: Math.floor(ours.sentences.nullLinks.f1 * 10000) / 10000,
				trapsRight: ours.traps.right,
				traps: ours.traps.total
			};
			writeFileSync(file, JSON.stringify(expected, null, '\t') + '\n');
		}
		console.log('recorded the figures in tests/fixtures/align/*/expected.json');
	}
}

const one = option('one');
const isMain = process.argv[1] === here;
if (!isMain) {
	// imported for its book generator
} else if (one !== undefined) {
	process.stdout.write(JSON.stringify(measure(Number(one), Number(option('runs') ?? 3))));
} else {
	if (!argv.includes('--speed-only')) printQuality(argv.includes('--record'));
	if (!argv.includes('--quality-only')) {
		const sizes = (option('sizes') ?? '1000,10000,50000').split(',').map(Number);
		const runs = option('runs') ?? '2';
		console.log(`\nNode ${process.version}, ${cpus().length} cores; best of ${runs} runs (wall clock; processor time beside it, the machine may be shared).`);
		console.log('paragraphs (ar × en) | chars (both) | read texts | align | total | cpu | RSS before | peak RSS | band | passes | dictionary | paragraph beads F1');
		for (const size of sizes) {
			const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', here, '--one', String(size), '--runs', runs], {
				encoding: 'utf8',
				maxBuffer: 1 << 20
			});
			const f = JSON.parse(output) as Figures;
			console.log(
				[
					`${f.paragraphs[0].toLocaleString('en')} × ${f.paragraphs[1].toLocaleString('en')}`.padEnd(20),
					`${(f.characters / 1e6).toFixed(1)} M`.padStart(12),
					`${f.prepareSeconds.toFixed(3)} s`.padStart(10),
					`${f.alignSeconds.toFixed(3)} s`.padStart(7),
					`${f.totalSeconds.toFixed(3)} s`.padStart(7),
					`${f.cpuSeconds.toFixed(2)} s`.padStart(7),
					`${f.rssBeforeMB.toFixed(0)} MB`.padStart(10),
					`${f.peakRssMB.toFixed(0)} MB`.padStart(8),
					`±${f.halfWidth}${f.widenings ? `, widened ${f.widenings}×` : ''}${f.recentrings ? `, moved ${f.recentrings}×` : ''}`.padStart(4),
					String(f.passes).padStart(6),
					`${f.dictionary} (${f.realigned} redone)`.padStart(10),
					f.linkF1.toFixed(4).padStart(18)
				].join(' | ')
			);
			if (f.paragraphs[0] === 10000) console.log(`  target, 10,000 × 10,000 paragraphs under 2 s: ${f.totalSeconds < 2 ? 'met' : 'NOT met'} (${f.totalSeconds.toFixed(2)} s)`);
		}
	}
}
