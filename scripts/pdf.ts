// `npm run pdf -- <document id> [--layout …] [--paper a4|letter] [--out file.pdf] [--lang en|ar]`
// Renders the built reader page in headless Chromium with its print stylesheet and writes a PDF.
// Errors are one line and a non-zero exit. The PDF is written through the CLI's writer (cli/io.ts):
// a temporary file renamed into place, so a failure never leaves a partial file behind, and only a
// regular file is ever replaced (never a symbolic link, a device or a read-only file). `--out` may
// name a directory, which gets <id>.pdf.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { isDocumentId } from '../src/lib/document/ids';
import { isUiLocale } from '../src/lib/i18n/locales';
import { isLayout, layouts } from '../src/lib/reader/settings';
import { checkOutput, CliError, displayPath, outputTarget, processIo, writeFileAtomically } from '../cli/io';
import { chromiumArgs, findChromium } from './browser.js';
import { createStaticServer } from './static-server.js';

class PdfError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

const usage = `usage: npm run pdf -- <document id> [--layout ${layouts.join('|')}] [--paper a4|letter] [--out file.pdf] [--lang en|ar]`;

interface Options {
	id: string;
	layout: string;
	paper: 'a4' | 'letter';
	out: string;
	lang: string;
	buildDir: string;
}

function parse(argv: string[]): Options {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				layout: { type: 'string', default: 'side-by-side' },
				paper: { type: 'string', default: 'a4' },
				out: { type: 'string' },
				lang: { type: 'string', default: 'en' },
				'build-dir': { type: 'string', default: 'build' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		throw new PdfError(`${(error as Error).message.split('\n')[0]}\n${usage}`, 2);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		process.exit(0);
	}
	const [id, ...extra] = positionals;
	if (!id) throw new PdfError(`which document? ${usage}`, 2);
	if (extra.length > 0) throw new PdfError(`one document at a time (also got: ${extra.join(' ')})`, 2);
	if (!isDocumentId(id)) throw new PdfError(`"${id}" is not a document id (lowercase a-z, 0-9 and "-")`, 2);
	if (!isLayout(values.layout)) throw new PdfError(`unknown layout "${values.layout}": use ${layouts.join(', ')}`, 2);
	if (values.paper !== 'a4' && values.paper !== 'letter') throw new PdfError(`unknown paper "${values.paper}": use a4 or letter`, 2);
	if (!isUiLocale(values.lang)) throw new PdfError(`unknown interface language "${values.lang}": use en or ar`, 2);
	return { id, layout: values.layout, paper: values.paper, out: values.out ?? `${id}.pdf`, lang: values.lang, buildDir: values['build-dir'] };
}

// Where the PDF goes, refused before any work if it cannot be written there; a PDF replaces only a
// writable regular file.
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

async function render(options: Options): Promise<Buffer> {
	const executablePath = await findChromium();
	if (!executablePath) throw new PdfError('no Chromium found: install Debian\'s "chromium" or run "npx playwright install chromium", or set MUQABALA_CHROMIUM');
	const server = createStaticServer(options.buildDir);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const page = await browser.newPage();
		const query = new URLSearchParams({ 'print-layout': options.layout, 'print-paper': options.paper });
		const response = await page.goto(`http://127.0.0.1:${port}/${options.lang}/read/${options.id}?${query}`);
		if (!response?.ok()) throw new PdfError(`the reader page answered ${response?.status()}`);
		await page.locator('[data-reader-ready]').waitFor({ state: 'attached', timeout: 30_000 });
		await page.emulateMedia({ media: 'print' });
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
		const options = parse(argv);
		options.out = outputFile(options.out, options.id);
		ensureBuilt(options);
		checkDocument(options);
		const pdf = await render(options);
		writeFileAtomically(processIo(), options.out, pdf, { overwrite: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		console.log(`wrote ${displayPath(processIo(), options.out)}: ${pages} page${pages === 1 ? '' : 's'}, ${options.paper === 'a4' ? 'A4' : 'US Letter'}, ${options.layout}`);
		return 0;
	} catch (error) {
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
