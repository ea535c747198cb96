// Printing more than the page being read: the other pages of its chapter, or of the whole text,
// rendered in the browser from the document (the same components and view as the server's) into
// containers that only paper shows. Loaded the first time such a print is asked for.
import { mount, unmount } from 'svelte';
import AlignedText from '../components/AlignedText.svelte';
import { toReaderView } from '../document/view';
import { loadLocale, translator } from '../i18n/i18n';
import { toReaderPage } from '../reader/page-view';
import type { PrintScope } from '../reader/print-settings';
import type { Reader } from './connect.svelte';
import { loadDocument } from './document';

/** Pages (0-based) that `scope` prints, given the page being read and where chapters start. */
export function pagesToPrint(scope: PrintScope, current: number, pageCount: number, chapterPages: readonly number[]): number[] {
	if (scope === 'page') return [current];
	if (scope === 'book') return Array.from({ length: pageCount }, (_, k) => k);
	const start = Math.max(0, ...chapterPages.filter((page) => page <= current));
	const next = chapterPages.find((page) => page > current) ?? pageCount;
	return Array.from({ length: next - start }, (_, k) => start + k);
}

/** Renders the pages `scope` adds around this one; resolves to the function that removes them. */
export async function renderForPrint(reader: Reader, scope: PrintScope): Promise<() => void> {
	const { config, text } = reader;
	const [document] = await Promise.all([loadDocument(config.documentUrl), loadLocale(config.locale)]);
	const view = toReaderView(document);
	const t = translator(config.locale);
	const chapterPages = view.divisions.filter((d) => d.kind === 'chapter').map((d) => d.page);
	const pages = pagesToPrint(scope, config.pageIndex, view.pages.length, chapterPages);

	const mounted: { component: ReturnType<typeof mount>; host: HTMLElement }[] = [];
	for (const page of pages) {
		if (page === config.pageIndex) continue;
		const host = globalThis.document.createElement('div');
		host.className = 'print-extra';
		host.dataset.printPage = String(page);
		if (page < config.pageIndex) text.before(host);
		else {
			const last = mounted.at(-1)?.host;
			(last && Number(last.dataset.printPage) > config.pageIndex ? last : text).after(host);
		}
		const component = mount(AlignedText, { target: host, props: { view: toReaderPage(view, page, config.locale, t), label: t('reader.text') } });
		mounted.push({ component, host });
	}
	return () => {
		for (const { component, host } of mounted) {
			void unmount(component);
			host.remove();
		}
	};
}
