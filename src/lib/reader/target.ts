// Where an address's fragment points: a pair on this page (by id or by the number in the gutter),
// a pair on another page of the same document, or nothing the reader knows.
import { isSegmentId } from '../document/ids';

export type Target =
	/** A pair on this page. */
	| { kind: 'here'; id: string }
	/** Pair number `number` is on page `page` (0-based). */
	| { kind: 'page'; page: number; number: number }
	/** A pair id this page does not hold: the document must be looked up. */
	| { kind: 'lookup'; id: string }
	/** A number past the end of the document. */
	| { kind: 'missing'; text: string }
	/** Not a pair at all (empty, an interface anchor such as #_content, or malformed). */
	| { kind: 'none' };

export interface PageIndex {
	/** 0-based index of this page. */
	pageIndex: number;
	/** `[first, last]` pair numbers of every page. */
	pages: readonly (readonly [number, number])[];
	hasPair(id: string): boolean;
	/** The id of pair number `number` on this page. */
	idOfNumber(number: number): string | undefined;
}

/** The fragment of `hash` (with or without `#`), decoded; '' when there is none or it is broken ("#%"). */
export function fragmentOf(hash: string): string {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return '';
	}
}

/** Reads `hash` (with or without `#`); never throws, whatever the address holds. */
export function resolveHash(hash: string, index: PageIndex): Target {
	const fragment = fragmentOf(hash);
	if (fragment === '') return { kind: 'none' };
	if (index.hasPair(fragment)) return { kind: 'here', id: fragment };
	if (/^[1-9][0-9]{0,8}$/.test(fragment)) {
		const number = Number(fragment);
		const page = pageOf(index.pages, number);
		if (page === undefined) return { kind: 'missing', text: fragment };
		if (page === index.pageIndex) {
			const id = index.idOfNumber(number);
			return id ? { kind: 'here', id } : { kind: 'missing', text: fragment };
		}
		return { kind: 'page', page, number };
	}
	return isSegmentId(fragment) ? { kind: 'lookup', id: fragment } : { kind: 'none' };
}

/** The page (0-based) holding pair number `number`, or undefined. */
export function pageOf(pages: readonly (readonly [number, number])[], number: number): number | undefined {
	let low = 0;
	let high = pages.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const [first, last] = pages[mid]!;
		if (number < first) high = mid - 1;
		else if (number > last) low = mid + 1;
		else return mid;
	}
	return undefined;
}

/** The 1-based number of the segment `id` in a document's blocks, or undefined. */
export function numberOfSegment(blocks: readonly { segments: readonly { id: string }[] }[], id: string): number | undefined {
	let number = 0;
	for (const block of blocks) {
		for (const segment of block.segments) {
			number++;
			if (segment.id === id) return number;
		}
	}
	return undefined;
}

/** Query parameters that are part of a page's address (the browser-side reader's `?text=…&page=…`). */
const addressParameters = ['text', 'page'];

/**
 * The page at `href` with the reader's settings from the current query `search` carried along (the
 * layout, print options…): `href`'s own address parameters win over the current page's.
 */
export function withSearch(href: string, search: string): string {
	const [path = '', own = ''] = href.split('?', 2);
	const query = new URLSearchParams(own);
	for (const [name, value] of new URLSearchParams(search)) if (!addressParameters.includes(name)) query.append(name, value);
	const text = query.toString();
	return text ? `${path}?${text}` : path;
}
