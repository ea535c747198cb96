// Texts kept in this browser: IndexedDB through idb. Two object stores written together in one
// transaction: `texts` holds each text's summary (what the library lists, small), `documents` the
// whole document as JSON text and its review list (read only to open or export one). So listing a
// hundred books reads a hundred summaries, a failure half-way leaves nothing written, and keeping a
// book costs the page one string copy rather than cloning its whole object graph (tens of
// milliseconds for 5,000 pairs).
// Storage can be missing (private windows, blocked by the user) or full: every failure is a
// WorkbenchError with a `storage` problem the page words, never a raw DOMException.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AlignedDocument } from '../document/types';
import { WorkbenchError, type StorageFailure } from './problems';
import { newKey, prepareDocument, summarize, withTitles, type PreparedDocument, type ReviewEntry, type StoredText, type TextOrigin, type TextSummary } from './texts';

export interface StoredDocument {
	key: string;
	/** The document as JSON text. */
	json: string;
	review: ReviewEntry[];
}

interface Schema extends DBSchema {
	texts: { key: string; value: TextSummary; indexes: { added: number } };
	documents: { key: string; value: StoredDocument };
}

export const databaseName = 'muqabala';
const version = 1;

/** The failure an error from IndexedDB (or its absence) stands for. */
export function storageFailure(error: unknown): StorageFailure {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return 'full';
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError' || name === 'UnknownError') return 'unavailable';
	return 'failed';
}

function storageError(error: unknown, fallback?: StorageFailure): WorkbenchError {
	if (error instanceof WorkbenchError) return error;
	const reason = fallback ?? storageFailure(error);
	return new WorkbenchError([{ code: 'storage', reason, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }]);
}

/** A deleted text, as `remove` gives it back for `restore`. */
export interface RemovedText {
	summary: TextSummary;
	stored: StoredDocument;
}

export interface AddOptions {
	origin: TextOrigin;
	review?: ReviewEntry[];
	copyOf?: string;
	/** For tests: the time it is. */
	now?: number;
}

/** The texts kept in this browser. Open one with `openTextStore`. */
export class TextStore {
	readonly #db: IDBPDatabase<Schema>;

	constructor(db: IDBPDatabase<Schema>) {
		this.#db = db;
	}

	/** Every kept text's summary, the most recently added first. */
	async list(): Promise<TextSummary[]> {
		try {
			const all = await this.#db.getAllFromIndex('texts', 'added');
			return all.reverse();
		} catch (error) {
			throw storageError(error);
		}
	}

	/** One kept text, whole; undefined when there is none under `key`. */
	async get(key: string): Promise<StoredText | undefined> {
		const kept = await this.#read(key);
		return kept && { summary: kept.summary, document: JSON.parse(kept.stored.json) as AlignedDocument, review: kept.stored.review };
	}

	/** The document kept under `key` as JSON text (for the worker to export), without parsing it here. */
	async json(key: string): Promise<string | undefined> {
		return (await this.#read(key))?.stored.json;
	}

	/** Keeps a document under a new key; resolves to its summary once it is written. */
	async add(document: AlignedDocument | PreparedDocument, options: AddOptions): Promise<TextSummary> {
		const prepared = 'json' in document ? document : prepareDocument(document);
		const key = newKey();
		const summary = summarize(key, prepared.facts, {
			added: options.now ?? Date.now(),
			origin: options.origin,
			...(options.copyOf ? { copyOf: options.copyOf } : {}),
			review: options.review?.length ?? 0
		});
		await this.#write(summary, { key, json: prepared.json, review: options.review ?? [] }, 'add');
		return summary;
	}

	/** Replaces the document kept under `key` (an edit), keeping when it was added. */
	async save(key: string, document: AlignedDocument, review?: ReviewEntry[]): Promise<TextSummary> {
		const current = await this.#read(key);
		if (!current) throw storageError(new DOMException(`no text is kept under ${key}`, 'NotFoundError'), 'failed');
		const prepared = prepareDocument(document);
		const kept = review ?? current.stored.review;
		const summary = summarize(key, prepared.facts, {
			added: current.summary.added,
			modified: Date.now(),
			origin: current.summary.origin,
			...(current.summary.copyOf ? { copyOf: current.summary.copyOf } : {}),
			review: kept.length
		});
		await this.#write(summary, { key, json: prepared.json, review: kept }, 'put');
		return summary;
	}

	/** Gives the text under `key` new titles (by language tag); others stay. */
	async rename(key: string, titles: Record<string, string>): Promise<TextSummary> {
		const current = await this.get(key);
		if (!current) throw storageError(new DOMException(`no text is kept under ${key}`, 'NotFoundError'), 'failed');
		return this.save(key, withTitles(current.document, titles));
	}

	/** Deletes the text under `key`; resolves to what was deleted, for `restore` (undo). */
	async remove(key: string): Promise<RemovedText | undefined> {
		try {
			const tx = this.#db.transaction(['texts', 'documents'], 'readwrite');
			const [summary, stored] = await Promise.all([tx.objectStore('texts').get(key), tx.objectStore('documents').get(key)]);
			await Promise.all([tx.objectStore('texts').delete(key), tx.objectStore('documents').delete(key), tx.done]);
			return summary && stored ? { summary, stored } : undefined;
		} catch (error) {
			throw storageError(error);
		}
	}

	/** Puts back a text `remove` returned, under its own key and date. */
	async restore(text: RemovedText): Promise<void> {
		await this.#write(text.summary, text.stored, 'put');
	}

	close(): void {
		this.#db.close();
	}

	async #read(key: string): Promise<{ summary: TextSummary; stored: StoredDocument } | undefined> {
		try {
			const tx = this.#db.transaction(['texts', 'documents'], 'readonly');
			const [summary, stored] = await Promise.all([tx.objectStore('texts').get(key), tx.objectStore('documents').get(key), tx.done]);
			return summary && stored ? { summary, stored } : undefined;
		} catch (error) {
			throw storageError(error);
		}
	}

	async #write(summary: TextSummary, stored: StoredDocument, how: 'add' | 'put'): Promise<void> {
		const tx = this.#db.transaction(['texts', 'documents'], 'readwrite');
		try {
			// Both or neither: an error in either request aborts the transaction.
			await Promise.all([tx.objectStore('documents')[how](stored), tx.objectStore('texts')[how](summary), tx.done]);
		} catch (error) {
			try {
				tx.abort();
			} catch {
				// Already aborted by the failed request.
			}
			await tx.done.catch(() => undefined);
			throw storageError(error);
		}
	}
}

/** Opens this browser's store of texts (`name`: another database, for tests); rejects with a `storage` problem when there is none. */
export async function openTextStore(name = databaseName): Promise<TextStore> {
	if (typeof indexedDB === 'undefined' || !indexedDB) throw storageError(new DOMException('this browser keeps no IndexedDB here', 'InvalidStateError'), 'unavailable');
	try {
		const db = await openDB<Schema>(name, version, {
			upgrade(db) {
				const texts = db.createObjectStore('texts', { keyPath: 'key' });
				texts.createIndex('added', 'added');
				db.createObjectStore('documents', { keyPath: 'key' });
			},
			// Another tab wants a newer version of the database: let it, and open again next time.
			blocking() {
				db.close();
				shared = undefined;
			}
		});
		return new TextStore(db);
	} catch (error) {
		throw storageError(error, 'unavailable');
	}
}

let shared: Promise<TextStore> | undefined;

/** The page's one store, opened on first use; a failed opening is tried again next time. */
export function textStore(): Promise<TextStore> {
	if (!shared) {
		shared = openTextStore();
		shared.catch(() => (shared = undefined));
	}
	return shared;
}

/** Closes the page's store; the next `textStore()` opens it afresh (tests give each case a new browser). */
export function closeTextStore(): void {
	void shared?.then(
		(store) => store.close(),
		() => undefined
	);
	shared = undefined;
}
