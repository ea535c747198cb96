import { describe, expect, it } from 'vitest';
import { clampSize, parseSizes, parseViewSettings, resolveTexts, withViewQuery } from './settings';

const query = (s: string) => new URLSearchParams(s);

describe('parseViewSettings', () => {
	it('takes the whole view from the link when the link says anything about it', () => {
		const stored = { layout: 'stacked', swap: true, texts: ['en', 'ar'] };
		expect(parseViewSettings(query('layout=original'), stored)).toEqual({ layout: 'original', swap: false, texts: null });
		expect(parseViewSettings(query('swap=1&texts=ar,fr'), stored)).toEqual({ layout: null, swap: true, texts: ['ar', 'fr'] });
	});

	it('falls back to what was remembered, then to the defaults', () => {
		expect(parseViewSettings(query('print=1'), { layout: 'stacked', swap: true })).toEqual({ layout: 'stacked', swap: true, texts: null });
		expect(parseViewSettings(query(''), null)).toEqual({ layout: null, swap: false, texts: null });
	});

	it('ignores values it does not know', () => {
		expect(parseViewSettings(query('layout=<script>&swap=yes&texts=ar'), null)).toEqual({ layout: null, swap: false, texts: null });
		expect(parseViewSettings(query(''), { layout: 42, swap: 'true', texts: ['ar', 'ar'] })).toEqual({ layout: null, swap: false, texts: null });
	});
});

describe('withViewQuery', () => {
	it('writes only what differs from the default and keeps other parameters', () => {
		const next = withViewQuery(query('print=1&layout=stacked'), { layout: 'side-by-side', swap: true, texts: ['en', 'fr'] });
		expect(next.toString()).toBe('print=1&layout=side-by-side&swap=1&texts=en%2Cfr');
		expect(withViewQuery(query('layout=stacked&swap=1'), { layout: null, swap: false, texts: null }).toString()).toBe('');
	});

	it('round-trips through parseViewSettings', () => {
		const view = { layout: 'translation' as const, swap: true, texts: ['ar', 'fr'] as [string, string] };
		expect(parseViewSettings(withViewQuery(query(''), view), null)).toEqual(view);
	});
});

describe('resolveTexts', () => {
	it('keeps a valid choice and falls back to the original with its first translation', () => {
		expect(resolveTexts(['en', 'fr'], ['ar', 'en', 'fr'])).toEqual(['en', 'fr']);
		expect(resolveTexts(['en', 'de'], ['ar', 'en', 'fr'])).toEqual(['ar', 'en']);
		expect(resolveTexts(null, ['ar', 'en'])).toEqual(['ar', 'en']);
	});
});

describe('text sizes', () => {
	it('are clamped to limits and steps', () => {
		expect(clampSize(500)).toBe(200);
		expect(clampSize(10)).toBe(70);
		expect(clampSize(114)).toBe(110);
		expect(parseSizes({ sizes: { ar: 125, en: 'big', fr: Number.NaN } })).toEqual({ ar: 130 });
	});
});
