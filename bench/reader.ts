// `npm run bench`: builds the site with a generated 2,000-pair document beside the seed and prints
// build time, page weight (HTML, JS, CSS, fonts; gzip) and, in headless Chromium, first paint,
// largest paint, layout shift and the time until pointing at a segment lights up its counterpart.
// The largest paint is compared with the same text as plain HTML using the same font files.
// Figures, not pass/fail: the README records them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser.js';
import { blockText } from '../src/lib/document/join';
import type { AlignedDocument } from '../src/lib/document/types';

const root = '.bench';
const documentsDir = join(root, 'documents');
const outDir = join(root, 'build');
const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const seedId = 'kayhan-2017-11-19-albukamal';
const bigId = 'bench-2000-pairs';

const networks = {
	localhost: null,
	'4G (9 Mbit/s, 85 ms)': { latency: 85, downloadThroughput: (9_000_000 / 8) * 0.9, uploadThroughput: (1_500_000 / 8) * 0.9 }
} as const;

// ---- 1. a 2,000-pair document made from the seed's own sentences ---------------------------------

function generateDocument(pairs: number): AlignedDocument {
	const seed = JSON.parse(readFileSync(`translations/${seedId}.json`, 'utf8')) as AlignedDocument;
	const sentences = seed.blocks.flatMap((b) => b.segments);
	const blocks: AlignedDocument['blocks'] = [{ kind: 'headline', segments: [{ id: 'headline', text: { ...sentences[1]!.text } }] }];
	for (let i = 1, p = 1; i < pairs; p++) {
		const segments = [];
		for (let s = 1; s <= 4 && i < pairs; s++, i++) {
			const source = sentences[i % sentences.length]!;
			segments.push({ id: `p${p}-${s}`, text: { ar: source.text.ar!, en: source.text.en! } });
		}
		blocks.push({ kind: 'paragraph', segments });
	}
	return { ...seed, id: bigId, notes: [], blocks };
}

// ---- 2. build ----------------------------------------------------------------------------------------

function build(): number {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(documentsDir, { recursive: true });
	writeFileSync(join(documentsDir, `${bigId}.json`), JSON.stringify(generateDocument(2000), null, '\t'));
	const started = performance.now();
	const result = spawnSync('node', ['scripts/build.js', '--documents', documentsDir, '--out', outDir], { stdio: 'ignore' });
	if (result.status !== 0) throw new Error('the build failed: run `node scripts/build.js --documents .bench/documents --out .bench/build` to see why');
	return performance.now() - started;
}

// ---- 3. the plain-HTML baseline: same text, same font files, no framework -----------------------------

function writePlainPage(id: string): string {
	const doc = JSON.parse(readFileSync(id === bigId ? join(documentsDir, `${id}.json`) : `translations/${id}.json`, 'utf8')) as AlignedDocument;
	const fontUrl = (name: string) => {
		const match = new RegExp(`/_app/immutable/assets/${name}\\.[\\w-]+\\.woff2`).exec(
			readFileSync(join(outDir, '_app/immutable/assets', readdirCss()), 'utf8')
		);
		if (!match) throw new Error(`font ${name} not found in the built CSS`);
		return match[0];
	};
	const naskh = fontUrl('noto-naskh-arabic-arabic-400-normal');
	const serif = fontUrl('source-serif-4-latin-400-normal');
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const rows = doc.blocks
		.map((b) => `<tr><td lang="en">${escape(blockText(b, 'en'))}</td><td lang="ar" dir="rtl">${escape(blockText(b, 'ar'))}</td></tr>`)
		.join('\n');
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="preload" as="font" type="font/woff2" href="${naskh}" crossorigin>
<link rel="preload" as="font" type="font/woff2" href="${serif}" crossorigin>
<style>
@font-face{font-family:'Noto Naskh Arabic';src:url(${naskh}) format('woff2');font-display:swap}
@font-face{font-family:'Source Serif 4';src:url(${serif}) format('woff2');font-display:swap}
body{margin:2rem;font:17px/1.6 'Source Serif 4',serif} td{vertical-align:top;padding:.3em 1em;width:50%}
[lang=ar]{font-family:'Noto Naskh Arabic',serif;font-size:1.18em;line-height:1.9}
</style></head><body><h1>${escape(doc.languages.en!.title)}</h1><table>${rows}</table></body></html>`;
	const path = `plain/${id}.html`;
	mkdirSync(join(outDir, 'plain'), { recursive: true });
	writeFileSync(join(outDir, path), html);
	return `/${path}`;
}

let cssName: string | undefined;
function readdirCss(): string {
	if (cssName) return cssName;
	const html = readFileSync(join(outDir, `en/read/${seedId}.html`), 'utf8');
	const css = [...html.matchAll(/href="\/_app\/immutable\/assets\/([\w.-]+\.css)"/g)].map((m) => m[1]!);
	cssName = css.find((name) => readFileSync(join(outDir, '_app/immutable/assets', name), 'utf8').includes('Noto Naskh Arabic'));
	if (!cssName) throw new Error('no stylesheet with the font faces');
	return cssName;
}

// ---- 4. measuring in Chromium -----------------------------------------------------------------------

interface Weight {
	html: number;
	htmlGzip: number;
	js: number;
	jsGzip: number;
	css: number;
	cssGzip: number;
	fonts: number;
	fontFiles: string[];
}

interface Timing {
	firstPaint: number;
	largestPaint: number;
	layoutShift: number;
	ready: number;
	highlight: number;
}

function gzipSize(path: string): number {
	return gzipSync(readFileSync(path), { level: 9 }).length;
}

async function weigh(browser: Browser, path: string): Promise<Weight> {
	const page = await browser.newPage();
	const urls: { url: string; type: string }[] = [];
	page.on('response', (response) => urls.push({ url: response.url(), type: response.request().resourceType() }));
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	await page.close();
	const file = (url: string) => join(outDir, decodeURIComponent(new URL(url).pathname));
	const sum = (type: string, f: (p: string) => number) =>
		urls.filter((u) => u.type === type && existsSync(file(u.url))).reduce((n, u) => n + f(file(u.url)), 0);
	const htmlPath = join(outDir, `${path}.html`);
	return {
		html: readFileSync(htmlPath).length,
		htmlGzip: gzipSize(htmlPath),
		js: sum('script', (p) => readFileSync(p).length),
		jsGzip: sum('script', gzipSize),
		css: sum('stylesheet', (p) => readFileSync(p).length),
		cssGzip: sum('stylesheet', gzipSize),
		fonts: sum('font', (p) => readFileSync(p).length),
		fontFiles: urls.filter((u) => u.type === 'font').map((u) => new URL(u.url).pathname.split('/').pop()!.replace(/\.[\w-]+\.woff2$/, ''))
	};
}

async function timeOnce(browser: Browser, url: string, network: (typeof networks)[keyof typeof networks], isReader: boolean): Promise<Timing> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page: Page = await context.newPage();
	const cdp: CDPSession = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
	await page.addInitScript(() => {
		const w = window as unknown as { __lcp: number; __cls: number };
		w.__lcp = 0;
		w.__cls = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__lcp = entry.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) w.__cls += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	let ready = NaN;
	let highlight = NaN;
	if (isReader) {
		await page.locator('[data-reader-ready]').waitFor({ state: 'attached' });
		ready = await page.evaluate(() => performance.now());
		// Time from a pointer arriving on a segment to its counterpart being lit, measured in the page.
		highlight = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const target = document.querySelectorAll<HTMLElement>('[data-segment-id][data-side="first"]')[3]!;
					const id = target.dataset.segmentId!;
					const counterpart = document.querySelector(`[data-segment-id="${id}"][data-side="second"]`)!;
					const started = performance.now();
					new MutationObserver((_, observer) => {
						if (counterpart.hasAttribute('data-highlight')) {
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now() - started));
						}
					}).observe(counterpart, { attributes: true });
					target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
				})
		);
	}
	await page.waitForTimeout(300); // let late layout shifts and paints report
	const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
	const [largestPaint, layoutShift] = await page.evaluate(() => {
		const w = window as unknown as { __lcp: number; __cls: number };
		return [w.__lcp, w.__cls];
	});
	await context.close();
	return { firstPaint, largestPaint, layoutShift, ready, highlight };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function time(browser: Browser, path: string, network: (typeof networks)[keyof typeof networks], isReader: boolean): Promise<Timing> {
	const all: Timing[] = [];
	for (let i = 0; i < runs; i++) all.push(await timeOnce(browser, origin + path, network, isReader));
	return {
		firstPaint: median(all.map((t) => t.firstPaint)),
		largestPaint: median(all.map((t) => t.largestPaint)),
		layoutShift: Math.max(...all.map((t) => t.layoutShift)),
		ready: median(all.map((t) => t.ready)),
		highlight: median(all.map((t) => t.highlight))
	};
}

// ---- 5. report ---------------------------------------------------------------------------------------

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value)} ms`);

async function main(): Promise<void> {
	const executablePath = await findChromium();
	if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-test-tools.js` or set MUQABALA_CHROMIUM.');

	console.log('Building with a generated 2,000-pair document…');
	const buildTime = build();
	const plainPaths: Record<string, string> = { [seedId]: writePlainPage(seedId), [bigId]: writePlainPage(bigId) };

	const server = spawn('node', ['scripts/serve.js', '--dir', outDir, '--port', String(port)], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, 800));
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		console.log(`\nBuild: ${(buildTime / 1000).toFixed(1)} s (whole site, ${runs} timing runs per figure below, medians; layout shift is the worst run)\n`);
		for (const id of [seedId, bigId]) {
			const path = `/en/read/${id}`;
			const weight = await weigh(browser, path);
			console.log(`${id === seedId ? 'Seed article' : '2,000-pair document'} (${path})`);
			console.log(`  HTML ${kb(weight.html)} (gzip ${kb(weight.htmlGzip)}) · JS ${kb(weight.js)} (gzip ${kb(weight.jsGzip)}) · CSS ${kb(weight.css)} (gzip ${kb(weight.cssGzip)}) · fonts ${kb(weight.fonts)}: ${weight.fontFiles.join(', ')}`);
			for (const [name, network] of Object.entries(networks)) {
				const reader = await time(browser, path, network, true);
				const plain = await time(browser, plainPaths[id]!, network, false);
				const ratio = ((reader.largestPaint / plain.largestPaint - 1) * 100).toFixed(0);
				console.log(
					`  ${name}: first paint ${ms(reader.firstPaint)} · largest paint ${ms(reader.largestPaint)} (plain HTML ${ms(plain.largestPaint)}, ${Number(ratio) >= 0 ? '+' : ''}${ratio} %)` +
						` · layout shift ${reader.layoutShift.toFixed(3)} · ready ${ms(reader.ready)} · pointer-to-highlight ${reader.highlight.toFixed(1)} ms`
				);
			}
			console.log('');
		}
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
