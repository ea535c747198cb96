// Printing: the switch of the text to its print layout while the browser lays out the pages
// (beforeprint/afterprint, which Ctrl+P and `npm run pdf` fire too), and the print dialog, whose
// logic (./print-dialog.ts) loads on first use. The layouts themselves are the screen's
// (PairRow.svelte), written once.
import { flushSync } from 'svelte';
import { pageFurnitureCss, printedView, type PrintScope } from '../reader/print-settings';
import type { Reader } from './connect.svelte';
import type { PrintDialog } from './print-dialog';

/** Connects the print dialog and the print events; returns the disconnect. */
export function connectPrint(reader: Reader): () => void {
	const { root, state, config } = reader;
	let extra: (() => void) | undefined;

	// The citation's permalink: the site's own address (a copy printed from this machine's own server
	// keeps the path: nobody else could follow a link to localhost).
	const permalink = root.querySelector<HTMLElement>('[data-permalink]');
	if (permalink && !/^(localhost|127(\.\d+){3}|\[::1\])$/.test(location.hostname)) {
		permalink.textContent = `${location.origin}${permalink.dataset.permalink ?? ''}`;
	}

	// Page margins: running title and "Page 3 of 8" (margin boxes take only literal strings). Added
	// only while printing: adopting a sheet restyles the whole page.
	let furniture: CSSStyleSheet | undefined;
	const addFurniture = () => {
		furniture ??= new CSSStyleSheet();
		furniture.replaceSync(
			pageFurnitureCss({
				title: config.title,
				pageOf: config.strings.pageOf,
				counterStyle: config.locale === 'ar' ? 'arabic-indic' : 'decimal',
				paper: state.print.paper
			})
		);
		if (!document.adoptedStyleSheets.includes(furniture)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, furniture];
	};
	const removeFurniture = () => {
		document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== furniture);
	};

	const html = document.documentElement;
	const beforePrint = () => {
		addFurniture();
		flushSync(() => (state.printing = true)); // the print layout is on <html> before the pages are laid out
		// Column widths: the print options give the left column's share; the layout names the first
		// and second texts, and which of them is on the left depends on their script and the swap.
		const { swap } = printedView(state.print, { layout: state.shownLayout, swap: state.swap });
		const firstOnLeft = (reader.text.dataset.firstDir === 'rtl') === swap;
		const left = `${state.print.ratio}fr`;
		const right = `${100 - state.print.ratio}fr`;
		html.style.setProperty('--first-share', firstOnLeft ? left : right);
		html.style.setProperty('--second-share', firstOnLeft ? right : left);
		html.style.setProperty('--print-size', String(state.print.size / 100));
	};
	const afterPrint = () => {
		state.printing = false;
		removeFurniture();
		for (const name of ['--first-share', '--second-share', '--print-size']) html.style.removeProperty(name);
		extra?.();
		extra = undefined;
	};
	addEventListener('beforeprint', beforePrint);
	addEventListener('afterprint', afterPrint);

	// A print link that asks for more than this page: get it ready at once, for Ctrl+P or the PDF.
	// <html data-print-ready> says what the print options ask for is on the page.
	void prepare(state.print.scope);

	async function prepare(scope: PrintScope): Promise<void> {
		extra?.();
		extra = undefined;
		if (scope === 'page' || config.pages.length <= 1) {
			html.setAttribute('data-print-ready', '');
			return;
		}
		html.removeAttribute('data-print-ready');
		try {
			const module = await import('./print-scope');
			extra = await module.renderForPrint(reader, scope);
		} catch {
			reader.announce(config.strings.printFailed);
		}
		html.setAttribute('data-print-ready', '');
	}

	// The dialog (./print-dialog.ts draws and runs it) loads on the first click of Print: Ctrl+P and
	// a print link need only the print events and `prepare` above.
	let dialog: Promise<PrintDialog | undefined> | undefined;
	let connected = true;
	const onPrintButton = (event: Event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action="print"]') : null;
		if (!button) return;
		dialog ??= import('./print-dialog')
			.then((module) => (connected ? module.connectPrintDialog(reader, prepare) : undefined))
			.catch(() => {
				dialog = undefined; // offline before it (or its strings) ever loaded: the next click tries again
				reader.announce(config.strings.printFailed);
				return undefined;
			});
		void dialog.then((loaded) => loaded?.open());
	};
	root.addEventListener('click', onPrintButton);

	return () => {
		connected = false;
		removeEventListener('beforeprint', beforePrint);
		removeEventListener('afterprint', afterPrint);
		root.removeEventListener('click', onPrintButton);
		void dialog?.then((loaded) => loaded?.disconnect());
		removeFurniture();
		extra?.();
	};
}
