// `npm run bench`: the reader's figures, printed (not pass/fail; the README records them).
//   1. builds the site with a generated 10,000-pair document beside the seed (time, peak memory);
//   2. weighs the seed page and the long document's first page (HTML, JavaScript, CSS, fonts);
//   3. Lighthouse, mobile (simulated slow 4G, 4× CPU), on the seed page and on the same text as plain
//      HTML with the same font files: medians of interleaved runs;
//   4. the 10,000-pair document in Chromium at 4× CPU slowdown: first paint against plain HTML of the
//      same text, when pointing starts to work, pointer-to-highlight time, JS heap, and whether a
//      permalink to the last pair lands on it;
//   5. a build with a generated 100,000-segment document (time, peak memory); BENCH_BIG=0 skips it.
// BENCH_RUNS sets the runs per figure (default 5).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/browser.js';
import { blockText } from '../src/lib/document/join';
import type { AlignedDocument } from '../src/lib/document/types';
import { toReaderView } from '../src/lib/document/view';

const root = '.bench';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const seedId = 'kayhan-2017-11-19-albukamal';
const longId = 'bench-10000-pairs';
const hugeId = 'bench-100000-pairs';
const port = 4180;
const origin = `http://127.0.0.1:${port}`;

// ---- documents made from the seed's own sentences ---------------------------------------------------

function generateDocument(id: string, pairs: number): AlignedDocument {
	const seed = JSON.parse(readFileSync(`translations/${seedId}.json`, 'utf8')) as AlignedDocument;
	const sentences = seed.blocks.flatMap((b) => b.segments).filter((s) => s.text.ar && s.text.en);
	const blocks: AlignedDocument['blocks'] = [{ kind: 'headline', segments: [{ id: 'headline', text: { ...sentences[1]!.text } }] }];
	for (let i = 1, p = 1; i < pairs; p++) {
		const segments = [];
		for (let s = 1; s <= 4 && i < pairs; s++, i++) {
			const source = sentences[i % sentences.length]!;
			segments.push({ id: `p${p}-${s}`, text: { ar: source.text.ar!, en: source.text.en! } });
		}
		blocks.push({ kind: 'paragraph', segments });
	}
	return { ...seed, id, notes: [], blocks };
}

interface Build {
	seconds: number;
	/** Peak resident memory of the largest process of the build, in MB. */
	peakMb: number;
}

function build(documents: string, out: string): Build {
	const started = performance.now();
	// GNU time reports the largest resident set of the build's processes (%M, in KB).
	const result = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'scripts/build.js', '--documents', documents, '--out', out], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) throw new Error(`the build failed: run \`node scripts/build.js --documents ${documents} --out ${out}\` to see why`);
	const peak = Number(/(\d+)\s*$/.exec(result.stderr.trim())?.[1]);
	return { seconds, peakMb: peak / 1024 };
}

// ---- the plain-HTML baseline: the same text, the same font files, no framework ------------------------

function fontUrls(out: string): { naskh: string; serif: string } {
	const html = readFileSync(join(out, `en/read/${seedId}.html`), 'utf8');
	const find = (name: string) => {
		const match = new RegExp(`/_app/immutable/assets/${name}\\.[\\w-]+\\.woff2`).exec(html);
		if (!match) throw new Error(`font ${name} not found in the reader page`);
		return match[0];
	};
	return { naskh: find('noto-naskh-arabic-400'), serif: find('source-serif-4-latin-400-normal') };
}

/** Writes plain HTML of the blocks the reader shows on a document's first page; returns its path. */
function writePlainPage(out: string, doc: AlignedDocument): string {
	const { naskh, serif } = fontUrls(out);
	const firstPage = toReaderView(doc).pages[0]!;
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const rows = doc.blocks
		.slice(firstPage.firstBlock, firstPage.endBlock)
		.map((b) => `<tr><td lang="en">${escape(blockText(b, 'en'))}</td><td lang="ar" dir="rtl">${escape(blockText(b, 'ar'))}</td></tr>`)
		.join('\n');
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(doc.languages.en!.title)}</title>
<link rel="preload" as="font" type="font/woff2" href="${naskh}" crossorigin>
<link rel="preload" as="font" type="font/woff2" href="${serif}" crossorigin>
<style>
@font-face{font-family:'Noto Naskh Arabic';src:url(${naskh}) format('woff2');font-display:swap}
@font-face{font-family:'Source Serif 4';src:url(${serif}) format('woff2');font-display:swap}
body{margin:1rem;font:17px/1.6 'Source Serif 4',serif} td{vertical-align:top;padding:.3em .5em;width:50%}
[lang=ar]{font-family:'Noto Naskh Arabic',serif;font-size:1.18em;line-height:1.9}
</style></head><body><h1>${escape(doc.languages.en!.title)}</h1><table>${rows}</table></body></html>`;
	mkdirSync(join(out, 'plain'), { recursive: true });
	writeFileSync(join(out, 'plain', `${doc.id}.html`), html);
	return `/plain/${doc.id}`;
}

// ---- weights ----------------------------------------------------------------------------------------------

interface Weight {
	/** The page as the site's server sends it (its .br file, made at build time). */
	htmlBrotli: number;
	htmlGzip: number;
	jsGzip: number;
	jsFiles: number;
	cssGzip: number;
	fonts: string[];
	elements: number;
}

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

async function weigh(browser: Browser, out: string, path: string): Promise<Weight> {
	const page = await browser.newPage();
	const loaded: { url: string; type: string }[] = [];
	page.on('response', (response) => loaded.push({ url: response.url(), type: response.request().resourceType() }));
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	const elements = await page.evaluate(() => document.querySelectorAll('*').length);
	await page.close();
	const file = (url: string) => join(out, decodeURIComponent(new URL(url).pathname));
	const of = (type: string) => loaded.filter((l) => l.type === type && existsSync(file(l.url)));
	return {
		htmlBrotli: statSync(join(out, `${path}.html.br`)).size,
		htmlGzip: gzip(join(out, `${path}.html`)),
		jsGzip: of('script').reduce((n, l) => n + gzip(file(l.url)), 0),
		jsFiles: of('script').length,
		cssGzip: of('stylesheet').reduce((n, l) => n + gzip(file(l.url)), 0),
		fonts: of('font').map((l) => new URL(l.url).pathname.split('/').pop()!.replace(/\.[\w-]+\.woff2$/, '')),
		elements
	};
}

// ---- Lighthouse --------------------------------------------------------------------------------------------

interface Audit {
	performance: number;
	accessibility: number;
	firstPaint: number;
	largestPaint: number;
	blocking: number;
	shift: number;
}

async function audit(executablePath: string, url: string): Promise<Audit> {
	const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
		if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
		const { audits, categories } = result.lhr;
		const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
		return {
			performance: (categories.performance?.score ?? 0) * 100,
			accessibility: (categories.accessibility?.score ?? 0) * 100,
			firstPaint: value('first-contentful-paint'),
			largestPaint: value('largest-contentful-paint'),
			blocking: value('total-blocking-time'),
			shift: value('cumulative-layout-shift')
		};
	} finally {
		await chrome.kill();
	}
}

// ---- the long document, 4× CPU -------------------------------------------------------------------------------

interface LongRun {
	firstPaint: number;
	/** From navigation to the first pointer move that lights a pair up. */
	pointing: number;
	highlight: number;
	highlightFrame: number;
	heapMb: number;
}

async function longRun(browser: Browser, url: string, reader: boolean): Promise<LongRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// tsx keeps function names with a helper that the page does not have.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'commit' });
	let pointing = Number.NaN;
	let highlight = Number.NaN;
	let highlightFrame = Number.NaN;
	if (reader) {
		// Point at a segment as soon as there is one, again and again, until its pair lights up.
		pointing = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const attempt = () => {
						const segment = document.querySelector<HTMLElement>('[data-segment-id][data-side="first"]');
						const pair = segment?.closest('[data-pair]');
						if (segment && pair) {
							segment.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
							if (pair.hasAttribute('data-highlight')) return resolve(performance.now());
						}
						setTimeout(attempt, 20);
					};
					attempt();
				})
		);
		// Over 20 pairs, two figures. The work: pointer event to the counterpart lit, with the styles
		// and layout that changes recomputed (read back at once, before any frame); this is what must
		// fit in a frame. And the same up to the next frame's callback, which adds the wait for the
		// frame (up to 16.7 ms at 60 Hz) and whatever else that frame does.
		[highlight, highlightFrame] = await page.evaluate(async () => {
			const work: number[] = [];
			const frame: number[] = [];
			const segments = [...document.querySelectorAll<HTMLElement>('[data-segment-id][data-side="second"]')].slice(10, 30);
			const lit = async (pair: Element) => {
				// The reader's effects run as microtasks after the event; poll without timer clamping.
				for (let tries = 0; !pair.hasAttribute('data-highlight'); tries++) {
					await new Promise<void>((next) => (tries < 100 ? queueMicrotask(next) : setTimeout(next, 0)));
				}
			};
			for (const segment of segments.slice(0, 10)) {
				const pair = segment.closest('[data-pair]')!;
				const started = performance.now();
				segment.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
				await lit(pair);
				pair.getBoundingClientRect(); // style and layout, now
				work.push(performance.now() - started);
				await new Promise((next) => requestAnimationFrame(next));
			}
			for (const segment of segments.slice(10)) {
				const pair = segment.closest('[data-pair]')!;
				const started = performance.now();
				segment.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
				await lit(pair);
				await new Promise((next) => requestAnimationFrame(next));
				frame.push(performance.now() - started);
			}
			const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
			return [middle(work), middle(frame)];
		});
	} else {
		await page.waitForLoadState('load');
	}
	await page.waitForLoadState('load');
	// A long plain page may paint first after its load event.
	await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
	const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
	const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await context.close();
	return { firstPaint, pointing, highlight, highlightFrame, heapMb: heap.usedSize / 1024 / 1024 };
}

async function lastPairLands(browser: Browser, doc: AlignedDocument): Promise<string> {
	const last = doc.blocks.at(-1)!.segments.at(-1)!.id;
	const view = toReaderView(doc);
	const page = await browser.newPage();
	const started = performance.now();
	await page.goto(`${origin}/en/read/${doc.id}#${last}`);
	await page.waitForURL(new RegExp(`/${view.pages.length}#${last}$`), { timeout: 30_000 });
	await page.locator('[data-reader-ready]').waitFor({ state: 'attached' });
	const landed = await page.locator(`[id="${last}"]`).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return el.hasAttribute('data-highlight') && box.bottom > 0 && box.top < innerHeight;
	});
	const seconds = (performance.now() - started) / 1000;
	await page.close();
	return landed ? `yes, on page ${view.pages.length} of ${view.pages.length}, lit and in view, ${seconds.toFixed(1)} s after the link was opened` : 'NO';
}

// ---- report --------------------------------------------------------------------------------------------------

const median = (values: number[]) => {
	const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

function serve(out: string): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/serve.js', '--dir', out, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		server.stdout!.once('data', () => resolve(server));
		server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
	});
}

async function main(): Promise<void> {
	const executablePath = await findChromium();
	if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-test-tools.js` or set MUQABALA_CHROMIUM.');
	rmSync(root, { recursive: true, force: true });
	const documents = join(root, 'documents');
	const out = join(root, 'build');
	mkdirSync(documents, { recursive: true });
	const long = generateDocument(longId, 10_000);
	writeFileSync(join(documents, `${longId}.json`), JSON.stringify(long, null, '\t'));
	const seed = JSON.parse(readFileSync(`translations/${seedId}.json`, 'utf8')) as AlignedDocument;

	console.log('Building the site with a generated 10,000-pair document…');
	const site = build(documents, out);
	console.log(`Build: ${site.seconds.toFixed(1)} s, peak memory ${Math.round(site.peakMb)} MB (${runs} runs per figure below; medians)\n`);
	const plainSeed = writePlainPage(out, seed);
	const plainLong = writePlainPage(out, long);

	const server = await serve(out);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		// A new connection carries about 14.6 kB (ten segments) in its first round trip, headers included.
		for (const [name, path] of [
			['Seed article', `/en/read/${seedId}`],
			['Seed article, Arabic interface', `/ar/read/${seedId}`],
			['10,000-pair document, page 1', `/en/read/${longId}`]
		] as const) {
			const w = await weigh(browser, out, path);
			console.log(`${name}: HTML ${kb(w.htmlBrotli)} brotli as served (${kb(w.htmlGzip)} gzip) · JavaScript ${kb(w.jsGzip)} gzip in ${w.jsFiles} files · CSS files ${kb(w.cssGzip)} · fonts: ${w.fonts.join(', ')} · ${w.elements.toLocaleString('en')} elements`);
		}

		console.log(`\nLighthouse, mobile (simulated slow 4G, 4× CPU), seed page against plain HTML with the same fonts, ${runs} interleaved runs:`);
		const reader: Audit[] = [];
		const plain: Audit[] = [];
		for (let k = 0; k < runs; k++) {
			reader.push(await audit(executablePath, `${origin}/en/read/${seedId}`));
			plain.push(await audit(executablePath, `${origin}${plainSeed}`));
		}
		const m = (list: Audit[], key: keyof Audit) => median(list.map((a) => a[key]));
		console.log(`  reader: performance ${m(reader, 'performance')}, accessibility ${m(reader, 'accessibility')}, first paint ${ms(m(reader, 'firstPaint'))}, largest paint ${ms(m(reader, 'largestPaint'))}, total blocking ${ms(m(reader, 'blocking'))}, layout shift ${m(reader, 'shift').toFixed(3)} (worst ${Math.max(...reader.map((a) => a.shift)).toFixed(3)})`);
		console.log(`  plain:  performance ${m(plain, 'performance')}, first paint ${ms(m(plain, 'firstPaint'))}, largest paint ${ms(m(plain, 'largestPaint'))}, total blocking ${ms(m(plain, 'blocking'))}`);
		console.log(`  largest paint: ${(m(reader, 'largestPaint') / m(plain, 'largestPaint')).toFixed(2)} × plain`);

		console.log(`\n10,000-pair document in Chromium, 4× CPU slowdown, ${runs} runs (its first page: ${toReaderView(long).pages[0]!.lastPair} pairs; plain HTML of the same text):`);
		const longReader: LongRun[] = [];
		const longPlain: LongRun[] = [];
		for (let k = 0; k < runs; k++) {
			longReader.push(await longRun(browser, `${origin}/en/read/${longId}`, true));
			longPlain.push(await longRun(browser, `${origin}${plainLong}`, false));
		}
		const l = (list: LongRun[], key: keyof LongRun) => median(list.map((r) => r[key]));
		console.log(`  first paint ${ms(l(longReader, 'firstPaint'))} (plain HTML ${ms(l(longPlain, 'firstPaint'))}: ${(l(longReader, 'firstPaint') / l(longPlain, 'firstPaint')).toFixed(2)} ×)`);
		console.log(`  pointing lights a pair up ${ms(l(longReader, 'pointing'))} after navigation · pointer to lit counterpart laid out ${l(longReader, 'highlight').toFixed(1)} ms (to the next frame ${l(longReader, 'highlightFrame').toFixed(1)} ms) · JS heap ${l(longReader, 'heapMb').toFixed(1)} MB`);
		console.log(`  a permalink to the last pair, opened at the document's address: ${await lastPairLands(browser, long)}`);
	} finally {
		await browser.close();
		server.kill();
	}

	if (process.env.BENCH_BIG !== '0') {
		console.log('\nBuilding the site with a generated 100,000-segment document…');
		const hugeDocuments = join(root, 'huge');
		mkdirSync(hugeDocuments, { recursive: true });
		writeFileSync(join(hugeDocuments, `${hugeId}.json`), JSON.stringify(generateDocument(hugeId, 100_000)));
		const huge = build(hugeDocuments, join(root, 'huge-build'));
		const pages = readdirSync(join(root, 'huge-build', 'en', 'read', hugeId)).filter((n) => n.endsWith('.html')).length + 1;
		console.log(`Build: ${huge.seconds.toFixed(1)} s, peak memory ${Math.round(huge.peakMb)} MB (${pages} pages per interface language)`);
	}
}

await main();
