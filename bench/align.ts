// Benchmark of the aligner on synthetic book pairs (`npm run bench:align`). Prints time and memory
// for 1,000, 10,000 and 50,000 paragraphs; the target is 10,000 × 10,000 paragraphs in under 2 s.
// Each size runs in its own process so that its peak memory (maxRSS) is its own. A benchmark
// prints figures; it asserts nothing. Options: --sizes 1000,10000  --runs 3
//
// The synthetic books: Arabic-looking paragraphs of 1–6 sentences with a few numbers and question
// marks; the "translation" keeps the numbers (in ASCII digits) and marks, and is 1.45 times as long
// with ±15 % noise per sentence. Then the translation's paragraphs are disturbed: 3 % merged with
// the next, 3 % split in two, 1 % dropped, 1 % notes added. The truth is known, so the run also
// reports how many paragraph links the aligner got exactly right.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { alignParagraphs, alignTexts } from '../src/lib/align/align.ts';
import { scoreBeads, type SpanBead } from '../src/lib/align/evaluate.ts';

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
	paragraphSeconds: number;
	fullSeconds: number;
	rssBeforeMB: number;
	peakRssMB: number;
	halfWidth: number;
	widenings: number;
	recentrings: number;
	passes: number;
	linkF1: number;
}

function measure(size: number, runs: number): Figures {
	const book = makeBook(size, size);
	const languages = { source: 'ar', target: 'en' };
	const characters = book.source.reduce((n, p) => n + p.length, 0) + book.target.reduce((n, p) => n + p.length, 0);
	global.gc?.();
	const rssBefore = process.memoryUsage().rss;
	let paragraphSeconds = Infinity;
	let result = alignParagraphs(book.source, book.target, languages);
	for (let r = 0; r < runs; r++) {
		const start = performance.now();
		result = alignParagraphs(book.source, book.target, languages);
		paragraphSeconds = Math.min(paragraphSeconds, (performance.now() - start) / 1000);
	}
	const start = performance.now();
	alignTexts(book.source, book.target, languages);
	const fullSeconds = (performance.now() - start) / 1000;
	const predicted = result.beads.map((b) => ({
		source: [b.source.start, b.source.end] as [number, number],
		target: [b.target.start, b.target.end] as [number, number]
	}));
	return {
		paragraphs: [book.source.length, book.target.length],
		characters,
		paragraphSeconds,
		fullSeconds,
		rssBeforeMB: rssBefore / 2 ** 20,
		peakRssMB: process.resourceUsage().maxRSS / 1024,
		halfWidth: result.stats.halfWidth,
		widenings: result.stats.widenings,
		recentrings: result.stats.recentrings,
		passes: result.stats.passes,
		linkF1: scoreBeads(asSpans(book.truth), asSpans(predicted)).f1
	};
}

const one = option('one');
const isMain = process.argv[1] === here;
if (!isMain) {
	// imported for its book generator
} else if (one !== undefined) {
	process.stdout.write(JSON.stringify(measure(Number(one), Number(option('runs') ?? 3))));
} else {
	const sizes = (option('sizes') ?? '1000,10000,50000').split(',').map(Number);
	const runs = option('runs') ?? '3';
	console.log(`Node ${process.version}, ${cpus().length} cores; best of ${runs} runs for the paragraph pass, one run of the full pipeline.`);
	console.log('paragraphs (ar × en) | chars (both) | paragraph pass | both passes | RSS before | peak RSS | band | passes | paragraph beads F1');
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
				`${f.paragraphSeconds.toFixed(3)} s`.padStart(14),
				`${f.fullSeconds.toFixed(3)} s`.padStart(11),
				`${f.rssBeforeMB.toFixed(0)} MB`.padStart(10),
				`${f.peakRssMB.toFixed(0)} MB`.padStart(8),
				`±${f.halfWidth}${f.widenings ? `, widened ${f.widenings}×` : ''}${f.recentrings ? `, moved ${f.recentrings}×` : ''}`.padStart(4),
				String(f.passes).padStart(6),
				f.linkF1.toFixed(4).padStart(18)
			].join(' | ')
		);
	}
}
