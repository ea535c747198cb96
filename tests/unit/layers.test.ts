// The folders of src/lib depend on each other in one direction only: a folder imports from the
// folders below it in this list, never from one above it (so the domain code can be read, tested and
// reused without the interface, and the browser's wiring sits on top of everything it wires).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const layers = [
	'text', // scripts, sentences, folding, decoding
	'document', // the format: schema, validation, view, edits, review, citation
	'export', // TMX, TSV, Markdown, plain text
	'align', // the aligner and the import pipeline
	'search', // search in a document
	'i18n', // interface strings and formats
	'styles',
	'reader', // the reader's state, settings and view models
	'workbench', // texts kept in the browser: store, jobs, their state
	'components', // Svelte components
	'client', // the browser's wiring: the reader's script and the features it loads
	'server' // build-time only: documents read from disk
];

const lib = resolve('src/lib');

function sources(folder: string): string[] {
	return (readdirSync(join(lib, folder), { recursive: true }) as string[])
		.filter((name) => /\.(ts|js|svelte)$/.test(name) && !/\.test\.ts$/.test(name))
		.map((name) => join(lib, folder, name));
}

/** The src/lib folders a file imports from (relative and $lib imports). */
function importedFolders(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const folders = new Set<string>();
	for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
		const specifier = match[1]!;
		const target = specifier.startsWith('$lib/')
			? join(lib, specifier.slice(5))
			: specifier.startsWith('.')
				? resolve(dirname(file), specifier)
				: undefined;
		if (!target) continue;
		const folder = relative(lib, target).split('/')[0]!;
		if (layers.includes(folder)) folders.add(folder);
	}
	return [...folders];
}

describe('src/lib layers', () => {
	it('lists every folder of src/lib', () => {
		const folders = readdirSync(lib, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
		expect(folders.sort()).toEqual([...layers].sort());
	});

	it.each(layers)('%s imports only from the folders below it', (folder) => {
		const below = layers.slice(0, layers.indexOf(folder) + 1);
		const upward = sources(folder).flatMap((file) =>
			importedFolders(file)
				.filter((target) => !below.includes(target))
				.map((target) => `${relative(lib, file)} imports from ${target}`)
		);
		expect(upward).toEqual([]);
	});
});
