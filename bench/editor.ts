// `npm run bench:editor`: the alignment editor in Chromium. Serves a built site (--dir, default
// .test-build from `npm run build:test`; `build/` works too), keeps a document of --pairs pairs
// (default 10,000, made of the seed article's sentences) through the Add a text page, opens it in
// the editor, and times marking a pair checked and merging a pair, from the key press to the page
// drawn again (up to the next frame), and how long after that the document is kept in IndexedDB.
// Medians of 5, at 1× and 4× CPU. Figures, not pass/fail.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser.js';
import type { AlignedDocument } from '../src/lib/document/types';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const at = argv.indexOf(`--${name}`);
	return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
};
const pairs = Number(option('pairs', '10000'));
const dir = option('dir', '.test-build');
const port = 4181;
const origin = `http://127.0.0.1:${port}`;

function generate(count: number): AlignedDocument {
	const seed = JSON.parse(readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8')) as AlignedDocument;
	const sentences = seed.blocks.flatMap((b) => b.segments).filter((s) => s.text.ar && s.text.en);
	const blocks: AlignedDocument['blocks'] = [{ kind: 'headline', segments: [{ id: 'headline', text: { ...sentences[1]!.text } }] }];
	for (let i = 1, p = 1; i < count; p++) {
		const segments = [];
		for (let s = 1; s <= 4 && i < count; s++, i++) segments.push({ id: `p${p}-${s}`, text: { ...sentences[i % sentences.length]!.text } });
		blocks.push({ kind: 'paragraph', segments });
	}
	return { ...seed, id: 'bench-editor', notes: [], blocks };
}

function serve(): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/serve.js', '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		server.stdout!.once('data', () => resolve(server));
		server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
	});
}

/** Presses `key` on pair `id`; resolves with the milliseconds until `done()` holds, up to the next frame. */
function press(page: Page, id: string, key: string, done: string): Promise<number> {
	return page.evaluate(
		async ({ id, key, done }) => {
			const holds = new Function('id', `return ${done}`) as (id: string) => boolean;
			const started = performance.now();
			document.getElementById(id)!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
			await new Promise<void>((resolve) => {
				const check = () => (holds(id) ? requestAnimationFrame(() => resolve()) : setTimeout(check, 0));
				check();
			});
			return performance.now() - started;
		},
		{ id, key, done }
	);
}

async function main(): Promise<void> {
	if (!existsSync(`${dir}/en/add.html`)) throw new Error(`no built site in ${dir}: run \`npm run build:test\` (or pass --dir build after \`npm run build\`)`);
	const executablePath = await findChromium();
	if (!executablePath) throw new Error('no Chromium found (set MUQABALA_CHROMIUM)');
	const server = await serve();
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		// tsx keeps function names with a helper that the page does not have.
		await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
		await page.goto(`${origin}/en/add`);
		await page.locator('.add[data-ready]').waitFor({ state: 'attached' });
		await page.locator('input[name="document-file"]').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(generate(pairs))) });
		await page.locator('[data-result] [data-read]').click({ timeout: 120_000 });
		await page.locator('[data-reader-ready]').waitFor({ state: 'attached', timeout: 120_000 });
		await page.locator('[data-start-editing]').click();
		const cdp = await page.context().newCDPSession(page);
		console.log(`The editor on a kept text of ${pairs.toLocaleString('en')} pairs (page 1: about 300 pairs), medians of 5:`);
		for (const rate of [1, 4]) {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			const times = { check: [] as number[], merge: [] as number[], kept: [] as number[] };
			for (let k = 0; k < 5; k++) {
				const id = `p${10 + k * 3 + (rate === 4 ? 30 : 0)}-1`;
				await page.locator(`#${id}`).click();
				times.check.push(await press(page, id, 'x', `document.getElementById(id)?.hasAttribute('data-checked')`));
				const started = Date.now();
				await page.locator('[data-save-state="saved"]').waitFor({ timeout: 60_000 });
				times.kept.push(Date.now() - started);
				times.merge.push(await press(page, id, 'm', `!document.getElementById(id.replace(/-1$/, '-2'))`));
				await page.locator('[data-save-state="saved"]').waitFor({ timeout: 60_000 });
			}
			const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
			console.log(`  CPU ×${rate}: mark checked ${Math.round(median(times.check))} ms, merge ${Math.round(median(times.merge))} ms to the page drawn again; kept in IndexedDB ${Math.round(median(times.kept))} ms after`);
		}
	} finally {
		await browser.close();
		server.kill();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
});
