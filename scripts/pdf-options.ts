// The options of `npm run pdf` (scripts/pdf.ts): every option the reader's print dialog has, read
// and checked before anything is built, served or launched.
import { parseArgs } from 'node:util';
import { isDocumentId, isSegmentId } from '../src/lib/document/ids';
import { isUiLocale } from '../src/lib/i18n/locales';
import { defaultPrint, printLimits, withPrintQuery, type PrintSettings } from '../src/lib/reader/print-settings';
import { isLayout, layouts } from '../src/lib/reader/settings';

export class PdfError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

export const usage = [
	'usage: npm run pdf -- <document id> [options]',
	'',
	'  --layout side-by-side|stacked|original|translation   (default side-by-side)',
	'  --left <lang>         the text in the left column (side by side) or on top (stacked)',
	'  --ratio <30-70>       width of the left column in percent (side by side; default 50)',
	'  --size <70-150>       text size in percent (default 100)',
	'  --paper a4|letter     (default a4)',
	'  --no-header           leave out the source and citation',
	'  --no-numbers          leave out segment numbers',
	'  --chapter <id>        print one chapter (the id of its title segment); default: the whole text',
	'  --page <n>            print one page of a long text',
	'  --base-url <url>      the site the citation links to, e.g. https://muqabala.example',
	'  --lang en|ar          interface language of the page furniture (default en)',
	'  --out <file.pdf>      (default <id>.pdf)'
].join('\n');

export interface Options {
	id: string;
	/** The reader's print options, as its address carries them. */
	query: URLSearchParams;
	/** Where the print starts: the first page, a chapter's title (`#id`) or a page (`/n`). */
	start: { page?: number; chapter?: string };
	baseUrl?: string;
	left?: string;
	layout: string;
	paper: 'a4' | 'letter';
	out: string;
	lang: string;
	buildDir: string;
}

export function parsePdfOptions(argv: string[]): Options {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				layout: { type: 'string', default: 'side-by-side' },
				left: { type: 'string' },
				ratio: { type: 'string' },
				size: { type: 'string' },
				paper: { type: 'string', default: 'a4' },
				header: { type: 'boolean', default: true },
				'no-header': { type: 'boolean' },
				numbers: { type: 'boolean', default: true },
				'no-numbers': { type: 'boolean' },
				chapter: { type: 'string' },
				page: { type: 'string' },
				'base-url': { type: 'string' },
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
	if (values.help) throw new PdfError(usage, 0);
	const [id, ...extra] = positionals;
	if (!id) throw new PdfError(`which document? ${usage}`, 2);
	if (extra.length > 0) throw new PdfError(`one document at a time (also got: ${extra.join(' ')})`, 2);
	if (!isDocumentId(id)) throw new PdfError(`"${id}" is not a document id (lowercase a-z, 0-9 and "-")`, 2);
	if (!isLayout(values.layout)) throw new PdfError(`unknown layout "${values.layout}": use ${layouts.join(', ')}`, 2);
	if (values.paper !== 'a4' && values.paper !== 'letter') throw new PdfError(`unknown paper "${values.paper}": use a4 or letter`, 2);
	if (!isUiLocale(values.lang)) throw new PdfError(`unknown interface language "${values.lang}": use en or ar`, 2);
	const number = (flag: string, value: string | undefined, { min, max }: { min: number; max: number }) => {
		if (value === undefined) return undefined;
		const n = Number(value);
		if (!Number.isInteger(n) || n < min || n > max) throw new PdfError(`--${flag} "${value}" must be a whole number from ${min} to ${max}`, 2);
		return n;
	};
	const ratio = number('ratio', values.ratio, printLimits.ratio);
	const size = number('size', values.size, printLimits.size);
	const page = number('page', values.page, { min: 1, max: 999_999 });
	if (values.chapter !== undefined && !isSegmentId(values.chapter)) throw new PdfError(`--chapter "${values.chapter}" is not a segment id`, 2);
	if (values.chapter !== undefined && page !== undefined) throw new PdfError('give --chapter or --page, not both', 2);
	let baseUrl: string | undefined;
	if (values['base-url'] !== undefined) {
		try {
			const url = new URL(values['base-url']);
			if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
			baseUrl = url.origin + url.pathname.replace(/\/+$/, '');
		} catch {
			throw new PdfError(`--base-url "${values['base-url']}" is not an http(s) address`, 2);
		}
	}
	const print: PrintSettings = {
		...defaultPrint,
		layout: values.layout,
		swap: null,
		ratio: ratio ?? defaultPrint.ratio,
		size: size ?? defaultPrint.size,
		paper: values.paper,
		header: values.header && !values['no-header'],
		numbers: values.numbers && !values['no-numbers'],
		scope: values.chapter !== undefined ? 'chapter' : page !== undefined ? 'page' : 'book'
	};
	return {
		id,
		query: withPrintQuery(new URLSearchParams(), print),
		start: { ...(page !== undefined ? { page } : {}), ...(values.chapter !== undefined ? { chapter: values.chapter } : {}) },
		...(baseUrl ? { baseUrl } : {}),
		...(values.left !== undefined ? { left: values.left } : {}),
		layout: values.layout,
		paper: values.paper,
		out: values.out ?? `${id}.pdf`,
		lang: values.lang,
		buildDir: values['build-dir']
	};
}

// Where the PDF goes, refused before any work if it cannot be written there; a PDF replaces only a
// writable regular file.
