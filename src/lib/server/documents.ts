// The one place the site reads documents. Runs at build time (prerendering): every document is
// read and validated exactly as `muqabala validate` does (./document-file.ts), and a broken one
// stops the build with its file name and the JSON pointer of each problem, each said once.
import { readdirSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { readDocumentFile } from './document-file';
import type { AlignedDocument } from '../document/types';
import { toReaderView, type ReaderView } from '../document/view';

/**
 * Folders holding documents, separated by the platform's path delimiter. Tests and benchmarks add
 * their own folders beside `translations` through MUQABALA_DOCUMENTS.
 */
function documentFolders(): string[] {
	const configured = process.env.MUQABALA_DOCUMENTS;
	return configured ? configured.split(delimiter).filter(Boolean) : ['translations'];
}

/** The build's error: every problem of every document, one line each. */
export class InvalidDocumentsError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid documents; fix these before building (\`npx muqabala validate\` lists the same):\n${problems.join('\n')}`);
		this.name = 'InvalidDocumentsError';
	}
}

function loadAll(): Map<string, AlignedDocument> {
	const documents = new Map<string, AlignedDocument>();
	const failures: string[] = [];
	for (const folder of documentFolders()) {
		let names: string[];
		try {
			names = readdirSync(folder).filter((n) => n.endsWith('.json')).sort();
		} catch {
			failures.push(`${folder}: no such folder of documents`);
			continue;
		}
		for (const name of names) {
			const path = join(folder, name);
			const file = shownPath(path);
			const result = readDocumentFile(path, file, { expectedId: name.slice(0, -'.json'.length) });
			if (!result.document) {
				failures.push(...result.messages);
			} else if (documents.has(result.document.id)) {
				failures.push(`${file}:/id: "${result.document.id}" is also the id of a document in another folder`);
			} else {
				documents.set(result.document.id, result.document);
			}
		}
	}
	if (failures.length > 0) throw new InvalidDocumentsError([...new Set(failures)]);
	return documents;
}

// As `muqabala validate` names files: relative to the working directory when inside it.
function shownPath(path: string): string {
	const shown = relative(process.cwd(), resolve(path));
	return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? resolve(path) : shown;
}

let cache: Map<string, AlignedDocument> | InvalidDocumentsError | undefined;

// Loaded once per build; a failure is kept too, so every page that asks gets the same error
// instead of the folder being read and reported again for each.
function documents(): Map<string, AlignedDocument> {
	if (cache === undefined) {
		try {
			cache = loadAll();
		} catch (error) {
			if (!(error instanceof InvalidDocumentsError)) throw error;
			cache = error;
		}
	}
	if (cache instanceof InvalidDocumentsError) throw cache;
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

const views = new Map<string, ReaderView>();

/** The reader's view of a document, built once per build and shared by all its pages. */
export function findReaderView(id: string): ReaderView | undefined {
	let view = views.get(id);
	if (!view) {
		const document = findDocument(id);
		if (!document) return undefined;
		view = toReaderView(document);
		views.set(id, view);
	}
	return view;
}
