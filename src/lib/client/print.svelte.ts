// Printing: the print dialog's options, and the switch of the text to its print layout while the
// browser lays out the pages (beforeprint/afterprint, which Ctrl+P and `npm run pdf` fire too).
// The layouts themselves are the screen's (PairRow.svelte), written once.
import { flushSync } from 'svelte';
import { formatPercent } from '../i18n/format';
import { pageFurnitureCss, printedView, type Paper, type PrintScope, type PrintSettings } from '../reader/print-settings';
import { isLayout } from '../reader/settings';
import type { Reader } from './connect.svelte';

/** Connects the print dialog and the print events; returns the disconnect. */
export function connectPrint(reader: Reader): () => void {
	const { root, state, config } = reader;
	const dialog = root.querySelector<HTMLDialogElement>('[data-print-dialog]');
	const form = dialog?.querySelector('form');
	let draft: PrintSettings = { ...state.print };
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

	// ---- the dialog -------------------------------------------------------------------------------------
	const field = <T extends Element>(name: string) => form?.querySelectorAll<T & { name: string }>(`[name="${name}"]`) ?? [];

	// The side choice names the text in the left column (side by side) or on top (stacked).
	const legend = form?.querySelector<HTMLElement>('[data-side-legend]');
	const leftLegend = legend?.textContent ?? '';

	/** The text that `swap` puts on the left (side by side) or on top (stacked). */
	function leading(layout: string, swap: boolean): string {
		if (layout === 'stacked') return swap ? state.texts[1] : state.texts[0];
		// Side by side, the first text starts on its own script's side (Arabic on the right).
		return (reader.text.dataset.firstDir === 'rtl') === swap ? state.texts[0] : state.texts[1];
	}

	function show(settings: PrintSettings): void {
		const printed = printedView(settings, { layout: state.shownLayout, swap: state.swap });
		const left = leading(printed.layout, printed.swap);
		if (legend) legend.textContent = printed.layout === 'stacked' ? (legend.dataset.stacked ?? leftLegend) : leftLegend;
		field<HTMLInputElement>('print-layout').forEach((input) => (input.checked = input.value === printed.layout));
		field<HTMLInputElement>('print-left').forEach((input) => (input.checked = input.value === left));
		field<HTMLInputElement>('print-scope').forEach((input) => (input.checked = input.value === settings.scope));
		field<HTMLInputElement>('print-ratio').forEach((input) => (input.value = String(settings.ratio)));
		field<HTMLInputElement>('print-size').forEach((input) => (input.value = String(settings.size)));
		field<HTMLSelectElement>('print-paper').forEach((select) => (select.value = settings.paper));
		field<HTMLInputElement>('print-header').forEach((input) => (input.checked = settings.header));
		field<HTMLInputElement>('print-numbers').forEach((input) => (input.checked = settings.numbers));
		for (const output of form?.querySelectorAll<HTMLOutputElement>('output[data-format="percent"]') ?? []) {
			const input = output.previousElementSibling as HTMLInputElement | null;
			if (input) output.textContent = formatPercent(Number(input.value), config.locale);
		}
		for (const part of form?.querySelectorAll<HTMLElement>('[data-for-layout]') ?? []) {
			const enabled = (part.dataset.forLayout ?? '').split(' ').includes(printed.layout);
			for (const input of part.querySelectorAll<HTMLInputElement>('input, select')) input.disabled = !enabled;
			if (part instanceof HTMLFieldSetElement) part.disabled = !enabled;
		}
	}

	function read(): PrintSettings {
		const value = (name: string) => form?.querySelector<HTMLInputElement>(`[name="${name}"]:checked`)?.value;
		const layout = value('print-layout');
		const left = value('print-left');
		// Swap exactly when the chosen text is not where it would be without swapping.
		const unswapped = leading(layout ?? 'side-by-side', false);
		const number = (name: string) => Number(form?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value);
		const checked = (name: string) => form?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.checked ?? false;
		return {
			layout: isLayout(layout) ? layout : null,
			swap: left === undefined ? draft.swap : left !== unswapped,
			ratio: number('print-ratio'),
			size: number('print-size'),
			paper: (form?.querySelector<HTMLSelectElement>('[name="print-paper"]')?.value ?? 'auto') as Paper,
			header: checked('print-header'),
			numbers: checked('print-numbers'),
			scope: (value('print-scope') ?? 'page') as PrintScope
		};
	}

	const onPrintButton = (event: Event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action="print"]') : null;
		if (!button || !dialog) return;
		// Start from what is on screen, unless a print link said otherwise; nothing changes until Print.
		const printed = printedView(state.print, { layout: state.shownLayout, swap: state.swap });
		draft = { ...state.print, layout: printed.layout, swap: printed.swap };
		show(draft);
		dialog.showModal();
	};
	root.addEventListener('click', onPrintButton);

	const onInput = () => {
		draft = read();
		show(draft);
	};
	form?.addEventListener('input', onInput);
	form?.addEventListener('change', onInput);

	const onDialogClick = async (event: Event) => {
		const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
		if (action === 'print-cancel') {
			dialog?.close(); // the address and the options stay as they were
		} else if (action === 'print-link') {
			flushSync(() => (state.print = read()));
			try {
				await navigator.clipboard.writeText(location.href);
				reader.announce(config.strings.copied);
			} catch {
				reader.announce(config.strings.copyFailed);
			}
		}
	};
	dialog?.addEventListener('click', onDialogClick);

	const onSubmit = async (event: SubmitEvent) => {
		event.preventDefault();
		flushSync(() => (state.print = read()));
		dialog?.close();
		await prepare(state.print.scope);
		// Let the dialog close and the attributes settle before the browser lays out the pages.
		requestAnimationFrame(() => window.print());
	};
	form?.addEventListener('submit', onSubmit);

	return () => {
		removeEventListener('beforeprint', beforePrint);
		removeEventListener('afterprint', afterPrint);
		root.removeEventListener('click', onPrintButton);
		form?.removeEventListener('input', onInput);
		form?.removeEventListener('change', onInput);
		form?.removeEventListener('submit', onSubmit);
		dialog?.removeEventListener('click', onDialogClick);
		removeFurniture();
		extra?.();
	};
}
