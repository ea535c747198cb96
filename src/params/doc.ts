import type { ParamMatcher } from '@sveltejs/kit';
import { isDocumentId } from '$lib/document/ids';

// Matchers also run in the browser: they check the id's shape only. Whether the document exists is
// decided by the allow-list in $lib/server/documents (prerendered pages exist only for known ids).
export const match = ((param: string): boolean => isDocumentId(param)) satisfies ParamMatcher;
