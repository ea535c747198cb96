// The print dialog (PrintDialog.svelte): drawn into the page, its options shown from the reader's
// print settings, read back as the reader changes them, and Print, Cancel and the print link.
// Loaded by ./print.svelte.ts on the first click of Print; printing itself (Ctrl+P) does not need
// it, so the page does not carry its markup, its styles or its strings until then.
import { flushSync, mount, unmount } from 'svelte';
import PrintDialogView from '../components/PrintDialog.svelte';
import { formatPercent } from '../i18n/format';
import { loadLocale, translator } from '../i18n/i18n';
import { printedView, type Paper, type PrintScope, type PrintSettings } from '../reader/print-settings';
import { isLayout } from '../reader/settings';
import type { Reader } from './connect.svelte';

export interface PrintDialog {
	open(): void;
	disconnect(): void;
}

/**
 * Draws the print dialog at the end of the reader and connects it; `prepare` puts on the page what
 * a print scope asks for (./print.svelte.ts). Its strings are the interface language's, loaded with
 * it (the page's script carries none).
 */
export async function connectPrintDialog(reader: Reader, prepare: (scope: PrintScope) => Promise<void>): Promise<PrintDialog | undefined> {
	const { root, state, config } = reader;
	await loadLocale(config.locale);
	const view = mount(PrintDialogView, {
		target: root,
		props: {
			languages: config.languages.map((tag) => ({ tag, name: config.names[tag] ?? tag })),
			locale: config.locale,
			t: translator(config.locale),
			pages: config.pages.length,
			hasChapters: config.chapters === true
		}
	});
	const found = root.querySelector<HTMLDialogElement>('[data-print-dialog]');
	const foundForm = found?.querySelector('form');
	if (!found || !foundForm) {
		void unmount(view);
		return undefined;
	}
	const dialog: HTMLDialogElement = found;
	const form: HTMLFormElement = foundForm;
	let draft: PrintSettings = { ...state.print };

	const field = <T extends Element>(name: string) => form.querySelectorAll<T & { name: string }>(`[name="${name}"]`);

	// The side choice names the text in the left column (side by side) or on top (stacked).
	const legend = form.querySelector<HTMLElement>('[data-side-legend]');
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
		for (const output of form.querySelectorAll<HTMLOutputElement>('output[data-format="percent"]')) {
			const input = output.previousElementSibling as HTMLInputElement | null;
			if (input) output.textContent = formatPercent(Number(input.value), config.locale);
		}
		for (const part of form.querySelectorAll<HTMLElement>('[data-for-layout]')) {
			const enabled = (part.dataset.forLayout ?? '').split(' ').includes(printed.layout);
			for (const input of part.querySelectorAll<HTMLInputElement>('input, select')) input.disabled = !enabled;
			if (part instanceof HTMLFieldSetElement) part.disabled = !enabled;
		}
	}

	function read(): PrintSettings {
		const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]:checked`)?.value;
		const layout = value('print-layout');
		const left = value('print-left');
		// Swap exactly when the chosen text is not where it would be without swapping.
		const unswapped = leading(layout ?? 'side-by-side', false);
		const number = (name: string) => Number(form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value);
		const checked = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.checked ?? false;
		return {
			layout: isLayout(layout) ? layout : null,
			swap: left === undefined ? draft.swap : left !== unswapped,
			ratio: number('print-ratio'),
			size: number('print-size'),
			paper: (form.querySelector<HTMLSelectElement>('[name="print-paper"]')?.value ?? 'auto') as Paper,
			header: checked('print-header'),
			numbers: checked('print-numbers'),
			scope: (value('print-scope') ?? 'page') as PrintScope
		};
	}

	function open(): void {
		// Start from what is on screen, unless a print link said otherwise; nothing changes until Print.
		const printed = printedView(state.print, { layout: state.shownLayout, swap: state.swap });
		draft = { ...state.print, layout: printed.layout, swap: printed.swap };
		show(draft);
		dialog.showModal();
	}

	const onInput = () => {
		draft = read();
		show(draft);
	};
	form.addEventListener('input', onInput);
	form.addEventListener('change', onInput);

	const onDialogClick = async (event: Event) => {
		const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
		if (action === 'print-cancel') {
			dialog.close(); // the address and the options stay as they were
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
	dialog.addEventListener('click', onDialogClick);

	const onSubmit = async (event: SubmitEvent) => {
		event.preventDefault();
		flushSync(() => (state.print = read()));
		dialog.close();
		await prepare(state.print.scope);
		// Let the dialog close and the attributes settle before the browser lays out the pages.
		requestAnimationFrame(() => window.print());
	};
	form.addEventListener('submit', onSubmit);

	return {
		open,
		disconnect() {
			form.removeEventListener('input', onInput);
			form.removeEventListener('change', onInput);
			form.removeEventListener('submit', onSubmit);
			dialog.removeEventListener('click', onDialogClick);
			void unmount(view);
		}
	};
}
