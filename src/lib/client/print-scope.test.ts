import { describe, expect, it } from 'vitest';
import { pagesToPrint } from './print-scope';

describe('pagesToPrint', () => {
	// Chapters start on pages 0, 2 and 5 of 7.
	const chapters = [0, 2, 5];
	it('prints the page, its chapter or the whole text', () => {
		expect(pagesToPrint('page', 3, 7, chapters)).toEqual([3]);
		expect(pagesToPrint('chapter', 3, 7, chapters)).toEqual([2, 3, 4]);
		expect(pagesToPrint('chapter', 6, 7, chapters)).toEqual([5, 6]);
		expect(pagesToPrint('book', 3, 7, chapters)).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('treats pages before the first chapter as one chapter', () => {
		expect(pagesToPrint('chapter', 1, 4, [2])).toEqual([0, 1]);
		expect(pagesToPrint('chapter', 0, 3, [])).toEqual([0, 1, 2]);
	});
});
