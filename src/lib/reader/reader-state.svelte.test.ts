import { describe, expect, it } from 'vitest';
import { ReaderState } from './reader-state.svelte';

const ids = ['p1-1', 'p1-2', 'p2-1', 'p3-1'];
const reader = () => new ReaderState(['ar', 'en', 'fr'], ids);

describe('ReaderState', () => {
	it('shows side by side unless the screen is narrow or a layout was chosen', () => {
		const state = reader();
		expect(state.shownLayout).toBe('side-by-side');
		state.narrow = true;
		expect(state.shownLayout).toBe('stacked');
		state.layout = 'original';
		expect(state.shownLayout).toBe('original');
	});

	it('takes the print layout and sides only while printing', () => {
		const state = reader();
		state.restore(new URLSearchParams('layout=stacked&print-layout=translation&print-swap=1&print-numbers=0'), null);
		expect(state.rootAttributes).toEqual({
			'data-layout': 'stacked',
			'data-swap': false,
			'data-print-hide-header': false,
			'data-print-hide-numbers': true
		});
		state.printing = true;
		expect(state.rootAttributes['data-layout']).toBe('translation');
		expect(state.rootAttributes['data-swap']).toBe(true);
		state.printing = false;
		expect(state.rootAttributes['data-layout']).toBe('stacked');
	});

	it('prints what the screen shows when no print option says otherwise', () => {
		const state = reader();
		state.swap = true;
		state.narrow = true;
		state.printing = true;
		expect(state.displayed).toEqual({ layout: 'stacked', swap: true });
	});

	it('moves pair by pair within the page and says when a move wants to leave it', () => {
		const state = reader();
		expect(state.neighbour('p1-2', 1)).toEqual({ id: 'p2-1', beyond: 0 });
		expect(state.neighbour('p3-1', 1)).toEqual({ id: 'p3-1', beyond: 1 });
		expect(state.neighbour('p1-1', -1)).toEqual({ id: 'p1-1', beyond: -1 });
		expect(state.neighbour('p1-1', 99)).toEqual({ id: 'p3-1', beyond: 1 });
		expect(state.neighbour(null, 1)).toEqual({ id: 'p1-1', beyond: 0 });
		expect(state.neighbour(null, -1)).toEqual({ id: 'p3-1', beyond: 0 });
		expect(state.neighbour('not-here', 1)).toEqual({ id: 'p1-1', beyond: 0 });
	});

	it('keeps one tab stop: where focus last was, else the first pair', () => {
		const state = reader();
		expect(state.tabStop).toBe('p1-1');
		state.focused = 'p2-1';
		expect(state.tabStop).toBe('p2-1');
	});

	it('writes only what differs from the default into the address, keeping other parameters', () => {
		const state = reader();
		expect(state.query(new URLSearchParams('utm=x'))).toBe('utm=x');
		state.layout = 'stacked';
		state.setTexts('en', 'fr');
		state.print = { ...state.print, paper: 'a4' };
		expect(state.query(new URLSearchParams('utm=x&layout=original'))).toBe('utm=x&layout=stacked&texts=en%2Cfr&print-paper=a4');
	});

	it('restores from the link first, then from what was remembered', () => {
		const state = reader();
		state.restore(new URLSearchParams(''), { layout: 'original', swap: true, texts: ['fr', 'en'], sizes: { ar: 130 } });
		expect([state.layout, state.swap, state.texts, state.sizeOf('ar'), state.sizeOf('en')]).toEqual(['original', true, ['fr', 'en'], 130, 100]);
		state.restore(new URLSearchParams('layout=stacked'), { layout: 'original', swap: true, sizes: { ar: 130 } });
		expect([state.layout, state.swap, state.sizeOf('ar')]).toEqual(['stacked', false, 130]);
	});

	it('never shows one text twice: choosing the other side’s text swaps them', () => {
		const state = reader();
		state.setTexts('en', 'en');
		expect(state.texts).toEqual(['en', 'ar']);
	});

	it('resizes one language in steps, within limits, and forgets a size back at 100 %', () => {
		const state = reader();
		state.resize('ar', 1);
		state.resize('ar', 1);
		expect(state.sizeOf('ar')).toBe(120);
		for (let k = 0; k < 20; k++) state.resize('en', -1);
		expect(state.sizeOf('en')).toBe(70);
		state.resize('ar', 0);
		expect(state.stored.sizes).toEqual({ en: 70 });
	});
});
