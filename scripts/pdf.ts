// `npm run pdf -- <document id> [options]` (see `usage`): every option the reader's print dialog has.
// Opens the built reader page in headless Chromium with the print options in its address, lets the
// page get ready to print (its own beforeprint: the print layout; for a chapter or the whole of a
// long text, the other pages rendered in), and writes a PDF.
// Errors are one line and a non-zero exit. The PDF is written through the CLI's writer (cli/io.ts):
// a temporary file renamed into place, so a failure never leaves a partial file behind, and only a
// regular file is ever replaced (never a symbolic link, a device or a read-only file). `--out` may
// name a directory, which gets <id>.pdf.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { AlignedDocument } from '../src/lib/document/types';
import { toReaderView } from '../src/lib/document/view';
import { checkOutput, CliError, displayPath, outputTarget, processIo, writeFileAtomically } from '../cli/io';
import { chromiumArgs, findChromium } from './browser.js';
import { parsePdfOptions, PdfError, type Options } from './pdf-options';
import { createStaticServer } from './static-server.js';

function outputFile(out: string, id: string): string {
	const io = processIo();
	const path = outputTarget(io, out, `${id}.pdf`);
	const folder = dirname(path);
	if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new PdfError(`cannot write ${out}: the folder ${folder} does not exist`);
	checkOutput(io, path, { overwrite: true });
	return path;
}

function ensureBuilt(options: Options): void {
	if (existsSync(resolve(options.buildDir, 'index.html'))) return;
	if (options.buildDir !== 'build') throw new PdfError(`no built site in ${options.buildDir}/`);
	console.error('No built site yet: building it first (npm run build)…');
	const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new PdfError('the build failed; run `npm run build` to see why');
}

function checkDocument(options: Options): void {
	if (existsSync(resolve(options.buildDir, options.lang, 'read', `${options.id}.html`))) return;
	const folder = resolve(options.buildDir, options.lang, 'read');
	const known = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.html')).map((n) => n.slice(0, -5)) : [];
	throw new PdfError(`no document "${options.id}" in the built site; documents: ${known.join(', ') || 'none'}`);
}

/** The page (0-based) the print starts on: the chapter's or the one asked for, found with the reader's own pagination. */
async function startPage(origin: string, options: Options): Promise<number> {
	if (!options.start.chapter && !options.start.page) return 0;
	const response = await fetch(`${origin}/documents/${options.id}.json`);
	if (!response.ok) throw new PdfError(`the document could not be read from the build (${response.status})`);
	const view = toReaderView((await response.json()) as AlignedDocument);
	if (options.start.page) {
		if (options.start.page > view.pages.length) {
			throw new PdfError(`the document has no page ${options.start.page} (it has ${view.pages.length})`);
		}
		return options.start.page - 1;
	}
	const division = view.divisions.find((d) => d.id === options.start.chapter);
	if (!division) {
		const chapters = view.divisions.filter((d) => d.kind === 'chapter').map((d) => d.id);
		throw new PdfError(`the document has no chapter "${options.start.chapter}"${chapters.length ? `; chapters: ${chapters.join(', ')}` : ' (it is not divided into chapters)'}`);
	}
	if (division.kind !== 'chapter') throw new PdfError(`"${options.start.chapter}" is the title of a section, not of a chapter`);
	return division.page;
}

async function render(options: Options): Promise<Buffer> {
	const executablePath = await findChromium();
	if (!executablePath) throw new PdfError('no Chromium found: install Debian\'s "chromium" or run "npx playwright install chromium", or set MUQABALA_CHROMIUM');
	const server = createStaticServer(options.buildDir);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	// Which page to start from is known before a browser is started, so a wrong --chapter fails fast.
	const index = await startPage(origin, options).catch((error: unknown) => {
		server.close();
		throw error;
	});
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const page = await browser.newPage();
		const response = await page.goto(`${origin}/${options.lang}/read/${options.id}${index > 0 ? `/${index + 1}` : ''}?${options.query}`);
		if (!response?.ok()) throw new PdfError(`the reader page answered ${response?.status()}`);
		await page.locator('[data-reader-ready]').waitFor({ state: 'attached', timeout: 30_000 });
		if (options.left) {
			// As the print dialog's "left column": swap exactly when that text would not be on the left.
			const { languages, firstDir } = await page.evaluate(() => ({
				languages: (JSON.parse(document.querySelector<HTMLElement>('[data-reader]')?.dataset.config ?? '{}') as { languages: string[] }).languages,
				firstDir: document.querySelector<HTMLElement>('[data-aligned-text]')?.dataset.firstDir
			}));
			const [first, second] = languages;
			if (options.left !== first && options.left !== second) throw new PdfError(`--left "${options.left}" is not one of the texts (${languages.slice(0, 2).join(', ')})`, 2);
			// Unswapped, the first text is on top when stacked, and on its script's side (Arabic on the right) side by side.
			const unswapped = options.layout === 'stacked' || firstDir !== 'rtl' ? first : second;
			const query = new URLSearchParams(options.query);
			query.set('print-swap', options.left === unswapped ? '0' : '1');
			await page.goto(`http://127.0.0.1:${port}${new URL(page.url()).pathname}?${query}${new URL(page.url()).hash}`);
			await page.locator('[data-reader-ready]').waitFor({ state: 'attached', timeout: 30_000 });
		}
		if (options.baseUrl) {
			await page.locator('[data-permalink]').evaluate((element, base) => {
				element.textContent = `${base}${(element as HTMLElement).dataset.permalink ?? ''}`;
			}, options.baseUrl);
		}
		await page.emulateMedia({ media: 'print' });
		// As the browser does before printing: the page switches to its print layout and, for more than
		// one page of a long text, renders the rest (html[data-print-ready] says it is done).
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.locator('html[data-print-ready]').waitFor({ state: 'attached', timeout: 120_000 });
		// Print faces can differ from screen ones (weights): wait until every face in use has loaded.
		await page.evaluate(async () => {
			await document.fonts.ready;
			await Promise.all([...document.fonts].filter((f) => f.status === 'loading').map((f) => f.loaded));
		});
		return await page.pdf({ preferCSSPageSize: true, printBackground: true });
	} finally {
		await browser.close();
		server.close();
	}
}

async function main(argv: string[]): Promise<number> {
	try {
		const options = parsePdfOptions(argv);
		options.out = outputFile(options.out, options.id);
		ensureBuilt(options);
		checkDocument(options);
		const pdf = await render(options);
		writeFileAtomically(processIo(), options.out, pdf, { overwrite: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		const scope = options.start.chapter ? `chapter ${options.start.chapter}` : options.start.page ? `page ${options.start.page}` : 'the whole text';
		console.log(`wrote ${displayPath(processIo(), options.out)}: ${pages} page${pages === 1 ? '' : 's'}, ${options.paper === 'a4' ? 'A4' : 'US Letter'}, ${options.layout}, ${scope}`);
		return 0;
	} catch (error) {
		if (error instanceof PdfError && error.exitCode === 0) {
			console.log(error.message); // --help
			return 0;
		}
		if (error instanceof PdfError || error instanceof CliError) {
			console.error(`pdf: ${error.message}`);
			return error.exitCode;
		}
		console.error(`pdf: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
		if (process.env.MUQABALA_DEBUG && error instanceof Error) console.error(error.stack);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
