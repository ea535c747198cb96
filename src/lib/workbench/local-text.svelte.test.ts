import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { loadLocale, translator } from '../i18n/i18n';
import { LocalText } from './local-text.svelte';
import { MyTexts } from './my-texts.svelte';
import { closeTextStore, textStore } from './store';

const book = JSON.parse(readFileSync('tests/fixtures/documents/a-book-in-chapters.json', 'utf8')) as AlignedDocument;

beforeAll(() => loadLocale('en'));
beforeEach(() => {
	closeTextStore();
	globalThis.indexedDB = new IDBFactory();
});

describe('LocalText', () => {
	it('opens a kept text as reader pages at the local reader’s addresses', async () => {
		const { key } = await (await textStore()).add(book, { origin: 'json' });
		const text = new LocalText(key);
		await text.load();
		expect(text.status).toBe('ready');
		const second = text.page(1, 'en', translator('en'))!;
		expect(second.client).toMatchObject({ id: `local:${key}`, local: true, pageIndex: 1 });
		expect(second.page.previous?.href).toBe(`/en/texts?text=${key}`);
		expect(text.page(99, 'en', translator('en'))).toBeUndefined();
	});

	it('says missing for an unknown or malformed key, without asking storage for junk', async () => {
		for (const key of ['nosuchkey000', '../../x', null]) {
			const text = new LocalText(key);
			await text.load();
			expect(text.status).toBe('missing');
		}
	});

	it('saves an edit back through the store, and the view follows', async () => {
		const { key } = await (await textStore()).add(book, { origin: 'json' });
		const text = new LocalText(key);
		await text.load();
		const edited = { ...book, languages: { ...book.languages, en: { ...book.languages.en!, title: 'Edited' } } };
		await text.replace(edited);
		expect(text.view?.languages.find((l) => l.tag === 'en')?.title).toBe('Edited');
		expect((await (await textStore()).get(key))?.document.languages.en?.title).toBe('Edited');
	});
});

describe('MyTexts', () => {
	it('deletes at once and undoes the last delete, in the order texts were added', async () => {
		const store = await textStore();
		const older = await store.add(book, { origin: 'json', now: 1 });
		const newer = await store.add(book, { origin: 'json', now: 2 });
		const texts = new MyTexts();
		await texts.load();
		expect(texts.texts.map((t) => t.key)).toEqual([newer.key, older.key]);
		expect(await texts.remove(newer.key)).toBe(true);
		expect(texts.texts.map((t) => t.key)).toEqual([older.key]);
		expect((await store.list()).map((t) => t.key)).toEqual([older.key]);
		expect(await texts.undo()).toBe(true);
		expect(texts.texts.map((t) => t.key)).toEqual([newer.key, older.key]);
		expect(texts.deleted).toBeNull();
		expect(await texts.json(newer.key)).toBe(JSON.stringify(book));
	});
});
