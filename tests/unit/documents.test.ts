// The site's document loader: every bundled document is valid, and a broken one stops the build
// with the file and the JSON pointer of each problem.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateDocumentText } from '../../src/lib/document/validate';

const folders: string[] = [];
afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function loaderWith(...extra: string[]) {
	vi.stubEnv('MUQABALA_DOCUMENTS', ['translations', ...extra].join(delimiter));
	vi.resetModules();
	return import('../../src/lib/server/documents');
}

function folderWith(files: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'muqabala-docs-'));
	folders.push(folder);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
	return folder;
}

describe('bundled documents', () => {
	it.each(readdirSync('translations').filter((n) => n.endsWith('.json')))('%s is valid and named after its id', (name) => {
		const { problems } = validateDocumentText(readFileSync(join('translations', name), 'utf8'), {
			expectedId: name.replace(/\.json$/, '')
		});
		expect(problems).toEqual([]);
	});
});

describe('the site loader', () => {
	it('lists every document by id, the allow-list of readable documents', async () => {
		const { allDocumentIds, findDocument } = await loaderWith('tests/fixtures/documents');
		expect(allDocumentIds()).toEqual([
			'a-book-in-chapters',
			'alignment-review',
			'kayhan-2017-11-19-albukamal',
			'markup-as-text',
			'plural-few-many',
			'plural-many-other',
			'plural-one',
			'plural-two',
			'three-languages'
		]);
		expect(findDocument('three-languages')?.languages.fr?.title).toBe('Un exemple en trois langues');
		expect(findDocument('__proto__')).toBeUndefined();
		expect(findDocument('../package')).toBeUndefined();
	});

	it('fails with every problem as file:pointer when a document is broken', async () => {
		const broken = JSON.parse(readFileSync('tests/fixtures/documents/three-languages.json', 'utf8'));
		broken.id = 'broken';
		delete broken.blocks[1].segments[0].text.fr;
		const folder = folderWith({ 'broken.json': JSON.stringify(broken, null, '\t'), 'wrong-name.json': JSON.stringify({ ...broken, id: 'x' }) });
		const { allDocumentIds } = await loaderWith(folder);
		expect(() => allDocumentIds()).toThrowError(/broken\.json:\/blocks\/1\/segments\/0\/text: has no "fr" text/);
		expect(() => allDocumentIds()).toThrowError(/wrong-name\.json:\/id: is "x" but the file is named "wrong-name\.json"/);
	});

	it('refuses two documents with the same id in different folders', async () => {
		const copy = readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8');
		const { allDocumentIds } = await loaderWith(folderWith({ 'kayhan-2017-11-19-albukamal.json': copy }));
		expect(() => allDocumentIds()).toThrowError(/is also the id of a document in another folder/);
	});

	it('reads each folder once: a broken one fails every page with the same error, each problem said once', async () => {
		const broken = readFileSync('tests/fixtures/documents/three-languages.json', 'utf8').replace('"id": "three-languages"', '"id": "truncated"').slice(0, 400);
		const folder = folderWith({ 'truncated.json': broken });
		writeFileSync(join(folder, 'not-utf8.json'), Buffer.from('{"id": "caf\xe9"}', 'latin1'));
		const { allDocumentIds, findDocument } = await loaderWith(folder);
		let first: unknown;
		try {
			allDocumentIds();
		} catch (error) {
			first = error;
		}
		expect(first).toBeInstanceOf(Error);
		const lines = (first as Error).message.split('\n');
		expect(new Set(lines).size).toBe(lines.length);
		expect(lines).toContainEqual(expect.stringMatching(/not-utf8\.json:\/: is not UTF-8 text \(byte 0xE9 at offset 11\); save it as UTF-8 and try again \(line 1, column 12\)$/));
		// The same error object again, not a second read of the folder.
		expect(() => findDocument('x')).toThrow(first as Error);
		try {
			allDocumentIds();
		} catch (error) {
			expect(error).toBe(first);
		}
	});
});
