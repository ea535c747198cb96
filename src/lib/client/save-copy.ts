// "Save a copy to My texts" on the site's own reader pages: the document the page shows, kept in
// the browser so it can be read offline and corrected. Loaded the first time the button is used
// (src/lib/client/main.ts), so the reader's first load does not grow.
import { loadLocale, translator } from '../i18n/i18n';
import type { Reader } from './connect.svelte';
import { loadDocument } from './document';
import { localReaderHref } from '../workbench/addresses';
import { describeProblem } from '../workbench/messages';
import { problemsOf } from '../workbench/problems';
import { textStore } from '../workbench/store';

/** Keeps a copy of the reader's document; says how it went in the toolbar's status. */
export async function saveCopy(reader: Reader, button: HTMLButtonElement): Promise<void> {
	const { config } = reader;
	button.disabled = true;
	await loadLocale(config.locale);
	const t = translator(config.locale);
	try {
		const [document, store] = await Promise.all([loadDocument(config.documentUrl), textStore()]);
		const summary = await store.add(document, { origin: 'copy', copyOf: document.id });
		const link = reader.root.querySelector<HTMLAnchorElement>('[data-saved-copy]');
		if (link) {
			link.href = localReaderHref(config.locale, summary.key);
			link.hidden = false;
		}
		reader.announce(t('workbench.save.saved'));
	} catch (error) {
		const [problem] = problemsOf(error);
		reader.announce(problem ? describeProblem(problem, t, config.locale).message : String(error));
	} finally {
		button.disabled = false;
	}
}
