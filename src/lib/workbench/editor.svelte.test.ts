import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentText } from '../document/join';
import type { AlignedDocument } from '../document/types';
import { Editor } from './editor.svelte';
import { LocalText } from './local-text.svelte';
import { closeTextStore, textStore } from './store';

const book = JSON.parse(readFileSync('tests/fixtures/documents/a-book-in-chapters.json', 'utf8')) as AlignedDocument;
const seed = JSON.parse(readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8')) as AlignedDocument;
const ids = (document: AlignedDocument) => document.blocks.flatMap((block) => block.segments.map((segment) => segment.id));

beforeEach(() => {
	closeTextStore();
	globalThis.indexedDB = new IDBFactory();
});

async function open(document = book): Promise<{ key: string; text: LocalText; editor: Editor }> {
	const { key } = await (await textStore()).add(document, { origin: 'json' });
	const text = new LocalText(key);
	await text.load();
	return { key, text, editor: new Editor(text) };
}

const kept = async (key: string) => (await (await textStore()).get(key))!;

describe('Editor', () => {
	it('shows an edit at once, keeps it in storage, and undoes and redoes it there too', async () => {
		const { key, text, editor } = await open();
		const paragraph = book.blocks.find((block) => block.kind === 'paragraph' && block.segments.length > 1)!;
		const [first, second] = paragraph.segments;
		expect(editor.apply({ kind: 'merge', id: first!.id }).ok).toBe(true);
		// Shown before it is kept.
		expect(ids(text.document!)).not.toContain(second!.id);
		expect(editor.saveState).toBe('saving');
		expect(editor.focus).toBe(first!.id);
		expect(editor.news).toEqual({ kind: 'done', edit: { kind: 'merge', id: first!.id } });
		await editor.saved();
		expect(editor.saveState).toBe('saved');
		const stored = await kept(key);
		expect(ids(stored.document)).not.toContain(second!.id);
		expect(stored.summary.pairs).toBe(ids(book).length - 1);
		expect(documentText(stored.document, 'ar')).toBe(documentText(book, 'ar'));

		expect(editor.canUndo).toBe(true);
		expect(editor.undo()).toBe(true);
		expect(editor.news).toMatchObject({ kind: 'undone', edit: { kind: 'merge' } });
		await editor.saved();
		expect((await kept(key)).document).toEqual(book);
		expect(editor.canRedo).toBe(true);
		expect(editor.redo()).toBe(true);
		await editor.saved();
		expect(ids((await kept(key)).document)).not.toContain(second!.id);
	});

	it('keeps the last of several quick edits, whatever order the writes finish in', async () => {
		const { key, editor } = await open();
		const all = ids(book);
		for (const id of all.slice(0, 5)) editor.apply({ kind: 'check', id, checked: true });
		await editor.saved();
		const stored = (await kept(key)).document.blocks.flatMap((block) => block.segments);
		expect(stored.filter((segment) => segment.checked).map((segment) => segment.id)).toEqual(all.slice(0, 5));
	});

	it('says why an edit is refused and changes nothing', async () => {
		const { text, editor } = await open();
		const last = ids(book).at(-1)!;
		expect(editor.apply({ kind: 'merge', id: last }).ok).toBe(false);
		expect(editor.news).toEqual({ kind: 'refused', edit: { kind: 'merge', id: last }, refusal: { code: 'no-next-pair' } });
		expect(text.document).toBe(editor.document);
		expect(editor.canUndo).toBe(false);
		expect(editor.saveState).toBe('saved');
	});

	it('brings the review list up to date as pairs are checked', async () => {
		const { key, editor } = await open(seed);
		// The first save lists what there is to check (a document opened from a file had no list).
		editor.apply({ kind: 'check', id: ids(seed)[0]!, checked: true });
		await editor.saved();
		const { summary, review } = await kept(key);
		expect(review.length).toBeGreaterThan(0);
		expect(summary.review).toBe(review.length);
		const listed = review[0]!;
		editor.apply({ kind: 'check', id: listed.id, checked: true });
		await editor.saved();
		expect((await kept(key)).summary.review).toBe(review.length - 1);
		expect((await kept(key)).review.map((entry) => entry.id)).not.toContain(listed.id);
	});

	it('says when the text could not be kept, and keeps showing the edit', async () => {
		const { text, editor } = await open();
		(await textStore()).close();
		const id = ids(book)[0]!;
		editor.apply({ kind: 'check', id, checked: true });
		await editor.saved();
		expect(editor.saveState).toBe('failed');
		expect(editor.saveProblem).not.toBeNull();
		expect(text.document?.blocks[0]?.segments[0]?.checked).toBe(true);
	});
});
