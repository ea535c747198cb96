// The one place the site reads documents. Runs at build time (prerendering): every document is
// validated, and a broken one stops the build with its file name and the JSON pointer of each problem.
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { formatProblem, validateDocumentText } from '$lib/document/validate';
import type { AlignedDocument } from '$lib/document/types';

/**
 * Folders holding documents, separated by the platform's path delimiter. Tests and benchmarks add
 * their own folders beside `translations` through MUQABALA_DOCUMENTS.
 */
function documentFolders(): string[] {
	const configured = process.env.MUQABALA_DOCUMENTS;
	return configured ? configured.split(delimiter).filter(Boolean) : ['translations'];
}

function loadAll(): Map<string, AlignedDocument> {
	const documents = new Map<string, AlignedDocument>();
	const failures: string[] = [];
	for (const folder of documentFolders()) {
		for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
			const path = join(folder, name);
			const file = relative(process.cwd(), path);
			const result = validateDocumentText(readFileSync(path, 'utf8'), { expectedId: name.slice(0, -'.json'.length) });
			if (!result.document) {
				failures.push(...result.problems.map((p) => formatProblem(file, p)));
			} else if (documents.has(result.document.id)) {
				failures.push(`${file}:/id: "${result.document.id}" is also the id of a document in another folder`);
			} else {
				documents.set(result.document.id, result.document);
			}
		}
	}
	if (failures.length > 0) {
		throw new Error(`Invalid documents; fix these before building:\n${failures.join('\n')}`);
	}
	return documents;
}

let cache: Map<string, AlignedDocument> | undefined;

function documents(): Map<string, AlignedDocument> {
	cache ??= loadAll();
	return cache;
}

/** Ids of every document, in a stable order: the allow-list of readable documents. */
export function allDocumentIds(): string[] {
	return [...documents().keys()].sort();
}

/** The document with this id, or undefined when there is none. */
export function findDocument(id: string): AlignedDocument | undefined {
	return documents().get(id);
}
