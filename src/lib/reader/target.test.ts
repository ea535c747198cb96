import { describe, expect, it } from 'vitest';
import { numberOfSegment, pageOf, resolveHash, withSearch, type PageIndex } from './target';

// Page 1 (index 1) of three, holding pairs 4–6.
const onPage: Record<number, string> = { 4: 'p2-1', 5: 'p2-2', 6: 'p3-1' };
const index: PageIndex = {
	pageIndex: 1,
	pages: [
		[1, 3],
		[4, 6],
		[7, 9]
	],
	hasPair: (id) => Object.values(onPage).includes(id),
	idOfNumber: (n) => onPage[n]
};

describe('resolveHash', () => {
	it('finds a pair of this page by id or by the number in the gutter', () => {
		expect(resolveHash('#p2-2', index)).toEqual({ kind: 'here', id: 'p2-2' });
		expect(resolveHash('#5', index)).toEqual({ kind: 'here', id: 'p2-2' });
	});

	it('sends a number on another page to that page', () => {
		expect(resolveHash('#2', index)).toEqual({ kind: 'page', page: 0, number: 2 });
		expect(resolveHash('#9', index)).toEqual({ kind: 'page', page: 2, number: 9 });
	});

	it('says a number past the end is missing, and looks up an id it does not hold', () => {
		expect(resolveHash('#10', index)).toEqual({ kind: 'missing', text: '10' });
		expect(resolveHash('#p9-9', index)).toEqual({ kind: 'lookup', id: 'p9-9' });
	});

	it('ignores what is not a pair: nothing, interface anchors, malformed escapes', () => {
		for (const hash of ['', '#', '#_content', '#%', '#%E0%A4%A', '#Not An Id', '#../x']) {
			expect(resolveHash(hash, index), hash).toEqual({ kind: 'none' });
		}
	});

	it('reads escaped fragments', () => {
		expect(resolveHash('#p2%2D1', index)).toEqual({ kind: 'here', id: 'p2-1' });
	});
});

describe('pageOf and numberOfSegment', () => {
	it('find the page of a number and the number of an id', () => {
		expect([1, 3, 4, 9, 10, 0].map((n) => pageOf(index.pages, n))).toEqual([0, 0, 1, 2, undefined, undefined]);
		const blocks = [{ segments: [{ id: 'a' }, { id: 'b' }] }, { segments: [{ id: 'c' }] }];
		expect([numberOfSegment(blocks, 'c'), numberOfSegment(blocks, 'a'), numberOfSegment(blocks, 'z')]).toEqual([3, 1, undefined]);
	});
});

describe('withSearch', () => {
	it('carries the reader settings to another page, as the page address plus the query', () => {
		expect(withSearch('/en/read/x/2', '?layout=stacked&swap=1')).toBe('/en/read/x/2?layout=stacked&swap=1');
		expect(withSearch('/en/read/x', '')).toBe('/en/read/x');
	});

	it('keeps the browser-side reader’s own text and page, not the current ones', () => {
		expect(withSearch('/en/texts?text=abc&page=3', '?text=abc&page=2&layout=original')).toBe('/en/texts?text=abc&page=3&layout=original');
		expect(withSearch('/en/texts?text=abc', '?text=abc&page=2&print=book')).toBe('/en/texts?text=abc&print=book');
	});
});
