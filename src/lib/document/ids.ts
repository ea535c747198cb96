// Ids end up in URLs (`/read/<id>`, `#<segment id>`) and file names, so they are kept to a small,
// safe alphabet. Interface element ids always contain `_`, which these patterns exclude, so a
// segment id can never collide with one.

/**
 * Pattern for document ids (also file names, `translations/<id>.json`) and segment ids (unique
 * within a document). The format's schema (./schema.ts) uses it too; this module stays free of the
 * schema library, so the browser can check ids without loading it.
 */
export const idPattern = '^[a-z0-9][a-z0-9-]{0,63}$';

const documentIdRegExp = new RegExp(idPattern);
const segmentIdRegExp = documentIdRegExp;

/** True when `value` has the shape of a document id (it may still name no document). */
export function isDocumentId(value: string): boolean {
	return documentIdRegExp.test(value);
}

/** True when `value` has the shape of a segment id. */
export function isSegmentId(value: string): boolean {
	return segmentIdRegExp.test(value);
}
