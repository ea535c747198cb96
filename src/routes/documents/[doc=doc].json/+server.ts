// Every document as JSON, exactly as validated: what the reader fetches to search the whole text,
// follow a link to a pair on another page, save a copy in the browser or export it there.
import { error, json } from '@sveltejs/kit';
import { allDocumentIds, findDocument } from '$lib/server/documents';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => allDocumentIds().map((doc) => ({ doc }));

export const GET: RequestHandler = ({ params }) => {
	const document = findDocument(params.doc);
	if (!document) error(404, 'No such document');
	const { $schema: _schema, ...rest } = document; // the reference is relative to the repository
	return json({ $schema: '/schema/document.schema.json', ...rest });
};
