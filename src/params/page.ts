import type { ParamMatcher } from '@sveltejs/kit';

// Pages after the first of a long document: /read/<id>/2, /3… (the first page is /read/<id>).
export const match = ((param: string): boolean => /^[1-9][0-9]{0,5}$/.test(param) && param !== '1') satisfies ParamMatcher;
