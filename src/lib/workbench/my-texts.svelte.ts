// "My texts" in the library: the summaries of the texts kept in this browser, and what can be done
// to them (rename, delete with undo, export). Only summaries are read to list them; a document is
// read whole only to export it.
import { problemsOf, type WorkbenchProblem } from './problems';
import { textStore, type RemovedText } from './store';
import type { TextSummary } from './texts';

export type MyTextsStatus = 'loading' | 'ready' | 'unavailable';

export class MyTexts {
	status = $state<MyTextsStatus>('loading');
	texts = $state.raw<TextSummary[]>([]);
	problem = $state.raw<WorkbenchProblem | null>(null);
	/** The text just deleted, while it can still be put back. */
	deleted = $state.raw<RemovedText | null>(null);
	/** What just happened, for the live region ("Renamed.", "… is back."). */
	said = $state('');

	async load(): Promise<void> {
		try {
			this.texts = await (await textStore()).list();
			this.status = 'ready';
		} catch (error) {
			this.problem = problemsOf(error)[0] ?? null;
			this.status = 'unavailable';
		}
	}

	async #do(action: () => Promise<void>): Promise<boolean> {
		this.problem = null;
		try {
			await action();
			return true;
		} catch (error) {
			this.problem = problemsOf(error)[0] ?? null;
			return false;
		}
	}

	/** Gives `key` new titles (by language tag). */
	rename(key: string, titles: Record<string, string>): Promise<boolean> {
		return this.#do(async () => {
			const summary = await (await textStore()).rename(key, titles);
			this.texts = this.texts.map((text) => (text.key === key ? summary : text));
		});
	}

	/** Deletes `key` at once; `undo` puts it back while it is the last one deleted. */
	remove(key: string): Promise<boolean> {
		return this.#do(async () => {
			const removed = await (await textStore()).remove(key);
			this.texts = this.texts.filter((text) => text.key !== key);
			this.deleted = removed ?? null;
		});
	}

	undo(): Promise<boolean> {
		const text = this.deleted;
		if (!text) return Promise.resolve(false);
		return this.#do(async () => {
			await (await textStore()).restore(text);
			this.deleted = null;
			this.texts = [...this.texts, text.summary].sort((a, b) => b.added - a.added);
		});
	}

	/** The document kept under `key` as JSON text, for an export (parsed in the worker, not here). */
	async json(key: string): Promise<string> {
		const json = await (await textStore()).json(key);
		if (json === undefined) throw new Error('the text is no longer kept here');
		return json;
	}
}
