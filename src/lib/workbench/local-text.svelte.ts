// A text kept in the browser, open in the reader: loaded from the store, turned into the reader's
// view (once per document, whatever page is shown), and saved back through the store when it
// changes, which is where an edit mode plugs in (issue 12: `replace` then `save`).
import type { AlignedDocument } from '../document/types';
import { toReaderView, type ReaderView } from '../document/view';
import type { Translate } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';
import { toReaderPage, type ReaderPageView } from '../reader/page-view';
import { localAddresses } from './addresses';
import { problemsOf, type WorkbenchProblem } from './problems';
import { textStore } from './store';
import { isTextKey, reviewEntriesOf, type StoredText } from './texts';

export type LocalTextStatus = 'loading' | 'ready' | 'missing' | 'failed';

export class LocalText {
	readonly key: string;
	status = $state<LocalTextStatus>('loading');
	problem = $state.raw<WorkbenchProblem | null>(null);
	/** The kept text, replaced whole on every change (never mutated in place). */
	text = $state.raw<StoredText | null>(null);
	/** The document shown: changes only when the document does (not when its summary is updated). */
	readonly document: AlignedDocument | null = $derived(this.text?.document ?? null);
	/** The reader's view of the whole document: computed once per version of it. */
	readonly view: ReaderView | null = $derived(this.document ? toReaderView(this.document) : null);

	constructor(key: string | null) {
		this.key = key ?? '';
	}

	/** Reads the text from the store: `ready`, `missing` (no such key here) or `failed` (no storage). */
	async load(): Promise<void> {
		if (!isTextKey(this.key)) {
			this.status = 'missing';
			return;
		}
		try {
			const text = await (await textStore()).get(this.key);
			this.text = text ?? null;
			this.status = text ? 'ready' : 'missing';
		} catch (error) {
			this.problem = problemsOf(error)[0] ?? null;
			this.status = 'failed';
		}
	}

	/** Page `index` of the text, for the reader in interface language `locale`; undefined past its end. */
	page(index: number, locale: UiLocale, t: Translate): ReaderPageView | undefined {
		const view = this.view;
		if (!view || !view.pages[index]) return undefined;
		return toReaderPage(view, index, locale, t, localAddresses(locale, this.key));
	}

	/** Replaces the document (an edit) and keeps it; the view follows. */
	async replace(document: AlignedDocument): Promise<void> {
		this.show(document);
		await this.persist(document);
	}

	/** Shows `document` in place of the text's document at once, without keeping it yet. */
	show(document: AlignedDocument): void {
		if (!this.text) throw new Error('no text is open');
		this.text = { ...this.text, document };
	}

	/**
	 * Keeps `document` (and its review list, made again: what is left to check) in the store.
	 * Rejects with a WorkbenchError when storage fails; what is shown stays as it is.
	 */
	async persist(document: AlignedDocument): Promise<void> {
		if (!this.text) throw new Error('no text is open');
		const review = reviewEntriesOf(document);
		const summary = await (await textStore()).save(this.key, document, review);
		if (this.text.document === document) this.text = { ...this.text, summary, review };
		else this.text = { ...this.text, summary };
	}
}
