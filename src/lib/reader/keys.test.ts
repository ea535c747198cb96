import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext } from './keys';

const press = (key: string, context: Partial<KeyContext> = {}) =>
	keyAction({ key, altKey: false, ctrlKey: false, metaKey: false, typing: false, onPair: false, ...context });

describe('keyAction', () => {
	it('moves with j and k anywhere, with the arrows, Home and End once a pair has focus', () => {
		expect(press('j')).toEqual({ kind: 'move', steps: 1 });
		expect(press('k')).toEqual({ kind: 'move', steps: -1 });
		expect(press('ArrowDown')).toEqual({ kind: 'none' }); // the page scrolls as usual
		expect(press('ArrowDown', { onPair: true })).toEqual({ kind: 'move', steps: 1 });
		expect(press('Home', { onPair: true })).toEqual({ kind: 'move', steps: -Infinity });
		expect(press('End', { onPair: true })).toEqual({ kind: 'move', steps: Infinity });
	});

	it('searches with / and copies with c', () => {
		expect(press('/')).toEqual({ kind: 'search' });
		expect(press('c', { onPair: true })).toEqual({ kind: 'copy' });
	});

	it('leaves keys alone while typing or with a modifier (Ctrl+C still copies a selection)', () => {
		expect(press('j', { typing: true })).toEqual({ kind: 'none' });
		expect(press('/', { typing: true })).toEqual({ kind: 'none' });
		expect(press('c', { ctrlKey: true })).toEqual({ kind: 'none' });
		expect(press('k', { metaKey: true })).toEqual({ kind: 'none' });
	});

	it('lets go of the pair with Escape', () => {
		expect(press('Escape', { onPair: true })).toEqual({ kind: 'release' });
		expect(press('Escape')).toEqual({ kind: 'none' });
	});
});
