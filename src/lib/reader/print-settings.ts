// Print options: how the bilingual copy is laid out on paper. They live in the URL beside the
// reading view (prefixed `print-`), so a print link reproduces the printed copy exactly.
import { isLayout, type Layout } from './settings';

export const papers = ['auto', 'a4', 'letter'] as const;
export type Paper = (typeof papers)[number];

/** What a long text prints: the page being read, its chapter, or the whole text. */
export const printScopes = ['page', 'chapter', 'book'] as const;
export type PrintScope = (typeof printScopes)[number];

export interface PrintSettings {
	/** `null` prints the layout chosen on screen (side by side if none was chosen). */
	layout: Layout | null;
	/** Swap which text is on which side (or first, when stacked); `null` follows the screen. */
	swap: boolean | null;
	/** Share of the line the left column takes in side by side, in percent. */
	ratio: number;
	/** Text size in percent of the normal print size. */
	size: number;
	/** `auto` lets the print dialog choose the paper. */
	paper: Paper;
	/** Print the document header with a citation. */
	header: boolean;
	/** Print each pair's number. */
	numbers: boolean;
	scope: PrintScope;
}

export const defaultPrint: PrintSettings = {
	layout: null,
	swap: null,
	ratio: 50,
	size: 100,
	paper: 'auto',
	header: true,
	numbers: true,
	scope: 'page'
};

export const printLimits = { ratio: { min: 30, max: 70 }, size: { min: 70, max: 150 } } as const;

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

function readNumber(query: URLSearchParams, key: string, fallback: number, limits: { min: number; max: number }): number {
	const raw = query.get(key);
	const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
	return Number.isFinite(value) ? clamp(Math.round(value), limits) : fallback;
}

function readFlag<T extends boolean | null>(query: URLSearchParams, key: string, fallback: T): boolean | T {
	const raw = query.get(key);
	return raw === '1' ? true : raw === '0' ? false : fallback;
}

/** The print options a URL asks for; anything missing or unknown is the default. */
export function parsePrintSettings(query: URLSearchParams): PrintSettings {
	const layout = query.get('print-layout');
	const paper = query.get('print-paper');
	const scope = query.get('print-scope');
	return {
		layout: isLayout(layout) ? layout : defaultPrint.layout,
		swap: readFlag(query, 'print-swap', defaultPrint.swap),
		ratio: readNumber(query, 'print-ratio', defaultPrint.ratio, printLimits.ratio),
		size: readNumber(query, 'print-size', defaultPrint.size, printLimits.size),
		paper: (papers as readonly string[]).includes(paper ?? '') ? (paper as Paper) : defaultPrint.paper,
		header: readFlag(query, 'print-header', defaultPrint.header),
		numbers: readFlag(query, 'print-numbers', defaultPrint.numbers),
		scope: (printScopes as readonly string[]).includes(scope ?? '') ? (scope as PrintScope) : defaultPrint.scope
	};
}

/** The layout and sides actually printed, given what the screen shows. */
export function printedView(print: PrintSettings, screen: { layout: Layout | null; swap: boolean }): { layout: Layout; swap: boolean } {
	return { layout: print.layout ?? screen.layout ?? 'side-by-side', swap: print.swap ?? screen.swap };
}

/** `query` with the print options written in (only those that differ from the default). */
export function withPrintQuery(query: URLSearchParams, print: PrintSettings): URLSearchParams {
	const next = new URLSearchParams(query);
	for (const key of [...next.keys()]) if (key.startsWith('print-')) next.delete(key);
	if (print.layout !== null) next.set('print-layout', print.layout);
	if (print.swap !== null) next.set('print-swap', print.swap ? '1' : '0');
	if (print.ratio !== defaultPrint.ratio) next.set('print-ratio', String(print.ratio));
	if (print.size !== defaultPrint.size) next.set('print-size', String(print.size));
	if (print.paper !== defaultPrint.paper) next.set('print-paper', print.paper);
	if (print.header !== defaultPrint.header) next.set('print-header', print.header ? '1' : '0');
	if (print.numbers !== defaultPrint.numbers) next.set('print-numbers', print.numbers ? '1' : '0');
	if (print.scope !== defaultPrint.scope) next.set('print-scope', print.scope);
	return next;
}

/**
 * `text` as a CSS string literal. Every character that could end the string, the rule or the
 * style element is written as a CSS escape, so a title can never become style or markup.
 */
export function cssString(text: string): string {
	let out = '"';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (char === '"' || char === '\\' || char === '<' || char === '>' || code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
			out += `\\${code.toString(16)} `;
		} else {
			out += char;
		}
	}
	return `${out}"`;
}

export interface PageFurniture {
	/** The running header: the document title. */
	title: string;
	/** "Page {{page}} of {{pages}}" in the interface language, with those two placeholders. */
	pageOf: string;
	/** CSS counter style for page numbers: `decimal` or `arabic-indic`. */
	counterStyle: 'decimal' | 'arabic-indic';
	paper: Paper;
}

/**
 * The `@page` rules for a printed copy: paper size, and margin boxes with the running title and
 * "page 3 of 8". Margin boxes take only literal strings and counters, hence CSS built here.
 */
export function pageFurnitureCss({ title, pageOf, counterStyle, paper }: PageFurniture): string {
	const parts = pageOf.split(/(\{\{page\}\}|\{\{pages\}\})/).filter((part) => part !== '');
	const pageContent = parts
		.map((part) =>
			part === '{{page}}'
				? `counter(page, ${counterStyle})`
				: part === '{{pages}}'
					? `counter(pages, ${counterStyle})`
					: cssString(part)
		)
		.join(' ');
	const size = paper === 'a4' ? 'size: A4;' : paper === 'letter' ? 'size: letter;' : '';
	const furniture = `font-family: 'Source Serif 4', 'Noto Naskh Arabic', serif; font-size: 8pt; color: #444;`;
	return (
		`@page { ${size} margin: 18mm 16mm 20mm; ` +
		`@top-center { content: ${cssString(title)}; ${furniture} } ` +
		`@bottom-center { content: ${pageContent}; ${furniture} } }`
	);
}
