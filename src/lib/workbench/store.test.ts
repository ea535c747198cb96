import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { WorkbenchError } from './problems';
import { openTextStore, storageFailure, type TextStore } from './store';
import { prepareDocument } from './texts';

const seed = JSON.parse(readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8')) as AlignedDocument;
const book = JSON.parse(readFileSync('tests/fixtures/documents/a-book-in-chapters.json', 'utf8')) as AlignedDocument;

let store: TextStore;
beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser for every test
	store = await openTextStore();
});
afterEach(() => store.close());

describe('TextStore', () => {
	it('keeps a document under a new random key and lists its summary, newest first', async () => {
		const first = await store.add(seed, { origin: 'copy', copyOf: seed.id, now: 1000 });
		const second = await store.add(book, { origin: 'json', now: 2000 });
		expect(first.key).toMatch(/^[a-z0-9]{12}$/);
		expect(first.key).not.toBe(second.key);
		expect(first.key).not.toContain(seed.id.slice(0, 6)); // the address says nothing of the text
		expect(await store.list()).toEqual([second, first]);
		expect(first).toMatchObject({ id: seed.id, origin: 'copy', copyOf: seed.id, added: 1000, pairs: 25, review: 0 });
		expect(first.languages.map((l) => [l.tag, l.dir, l.isOriginal])).toEqual([
			['ar', 'rtl', true],
			['en', 'ltr', false]
		]);
		expect(first.languages[1]?.title).toBe(seed.languages.en?.title);
	});

	it('gives back the whole document and its review list', async () => {
		const review = [{ id: 'p1-1', shape: '2:1', confidence: 0.4, reasons: ['x'], codes: [], original: 'a', translation: 'b', unsure: true, number: 1 }];
		const { key } = await store.add(seed, { origin: 'import', review });
		const text = await store.get(key);
		expect(text?.document).toEqual(seed);
		expect(text?.review).toEqual(review);
		expect(text?.summary.review).toBe(1);
		expect(await store.get('nosuchkey00')).toBeUndefined();
	});

	it('renames in both languages at once, keeping everything else', async () => {
		const { key, added } = await store.add(seed, { origin: 'copy', now: 5 });
		const renamed = await store.rename(key, { ar: '  عنوان\nجديد ', en: 'A new title' });
		expect(renamed.languages.map((l) => l.title)).toEqual(['عنوان جديد', 'A new title']);
		expect(renamed.added).toBe(added);
		const text = await store.get(key);
		expect(text?.document.languages.ar?.title).toBe('عنوان جديد');
		expect(text?.document.blocks).toEqual(seed.blocks);
		expect(text?.document.languages.en?.translation).toEqual(seed.languages.en?.translation);
	});

	it('keeps a title when the new one is blank', async () => {
		const { key } = await store.add(seed, { origin: 'copy' });
		const renamed = await store.rename(key, { ar: '   ', en: 'Only English' });
		expect(renamed.languages.map((l) => l.title)).toEqual([seed.languages.ar?.title, 'Only English']);
	});

	it('deletes, and restores what it deleted (undo) under the same key and date', async () => {
		const kept = await store.add(seed, { origin: 'copy', now: 42 });
		const removed = await store.remove(kept.key);
		expect(await store.list()).toEqual([]);
		expect(await store.get(kept.key)).toBeUndefined();
		await store.restore(removed!);
		expect(await store.list()).toEqual([kept]);
		expect((await store.get(kept.key))?.document).toEqual(seed);
	});

	it('writes nothing when a write fails half-way', async () => {
		const { key } = await store.add(seed, { origin: 'copy' });
		// A review list IndexedDB cannot clone (a function inside) fails the document's request;
		// the summary written in the same transaction goes with it.
		const review = [{ id: 'x', shape: '1:1', confidence: 1, reasons: [], codes: [], original: '', translation: '', unsure: false, number: 1, oops: () => 1 }];
		await expect(store.save(key, book, review)).rejects.toBeInstanceOf(WorkbenchError);
		await expect(store.add(book, { origin: 'json', review })).rejects.toMatchObject({ problems: [{ code: 'storage', reason: 'failed' }] });
		expect(await store.list()).toHaveLength(1);
		expect((await store.get(key))?.document).toEqual(seed);
		expect((await store.list())[0]?.id).toBe(seed.id);
	});

	it('keeps a document prepared in the worker as it is, and gives its JSON back unparsed', async () => {
		const prepared = prepareDocument(book);
		const summary = await store.add(prepared, { origin: 'json' });
		expect(summary).toMatchObject({ id: book.id, pairs: prepared.facts.pairs, blocks: book.blocks.length });
		expect(await store.json(summary.key)).toBe(prepared.json);
		expect((await store.get(summary.key))?.document).toEqual(book);
	});
});

describe('openTextStore', () => {
	it('says storage is unavailable when the browser has no IndexedDB', async () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error -- a private window of some browsers
		delete globalThis.indexedDB;
		try {
			await expect(openTextStore()).rejects.toMatchObject({ problems: [{ code: 'storage', reason: 'unavailable' }] });
		} finally {
			globalThis.indexedDB = saved;
		}
	});

	it('tells a full disk from other failures', () => {
		expect(storageFailure(new DOMException('no room', 'QuotaExceededError'))).toBe('full');
		expect(storageFailure(new DOMException('private', 'InvalidStateError'))).toBe('unavailable');
		expect(storageFailure(new Error('other'))).toBe('failed');
	});
});
