// The inlined boot script must lay the page out as the reader's state will, or a linked or
// remembered view would flash: it is run here against ReaderState on the same inputs.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ReaderState } from '../../src/lib/reader/reader-state.svelte';
import { storageKey } from '../../src/lib/reader/settings';
import { bootScriptSource } from '../../scripts/boot-script.js';

interface Boot {
	attributes: Record<string, string>;
	properties: Record<string, string>;
	noJs: boolean;
	/** The events it listens for. */
	listeners: string[];
}

function runBoot(search: string, stored: string | null, narrow = false, extra: Record<string, string> = {}): Boot {
	const attributes: Record<string, string> = { 'data-texts': 'ar,en', 'data-languages': 'ar,en,fr', ...extra };
	const listeners: string[] = [];
	const properties: Record<string, string> = {};
	const classes = new Set(['no-js']);
	const documentElement = {
		setAttribute: (name: string, value: string) => (attributes[name] = value),
		getAttribute: (name: string) => attributes[name] ?? null,
		classList: { remove: (name: string) => classes.delete(name) },
		style: { setProperty: (name: string, value: string) => (properties[name] = value) }
	};
	runInNewContext(bootScriptSource(), {
		document: { documentElement },
		location: { search },
		URLSearchParams,
		JSON,
		window: { matchMedia: () => ({ matches: narrow }), addEventListener: (type: string) => listeners.push(type) },
		localStorage: { getItem: (key: string) => (key === storageKey ? stored : null) }
	});
	return { attributes, properties, noJs: classes.has('no-js'), listeners };
}

function expected(search: string, stored: string | null, narrow: boolean) {
	const state = new ReaderState(['ar', 'en', 'fr']);
	let saved: unknown;
	try {
		saved = JSON.parse(stored ?? 'null');
	} catch {
		saved = null;
	}
	state.restore(new URLSearchParams(search), saved);
	state.narrow = narrow;
	return state;
}

const cases: Array<[string, string | null, boolean]> = [
	['', null, false],
	['', null, true],
	['?layout=stacked', null, false],
	['?layout=stacked&swap=1', JSON.stringify({ layout: 'original' }), false],
	['?swap=1', JSON.stringify({ layout: 'original', swap: false }), true],
	['?texts=en,fr', JSON.stringify({ layout: 'original', swap: true, sizes: { en: 130, fr: 80, ar: 150 } }), false],
	['', JSON.stringify({ layout: 'translation', swap: true, texts: ['fr', 'ar'], sizes: { ar: 120, fr: 90 } }), false],
	['?print-layout=stacked', JSON.stringify({ layout: 'translation', swap: true, sizes: { ar: 999 } }), false],
	['', JSON.stringify({ layout: 'bogus', swap: 'yes', sizes: 'big' }), true],
	['', 'not json', false],
	['?layout=%3Cscript%3E&texts=ar,ar', null, false]
];

describe('the boot script', () => {
	it.each(cases)('lays out %s (stored %s, narrow %s) as the reader will', (search, stored, narrow) => {
		const boot = runBoot(search, stored, narrow);
		const state = expected(search, stored, narrow);
		expect(boot.attributes['data-layout']).toBe(state.rootAttributes['data-layout']);
		expect('data-swap' in boot.attributes).toBe(state.rootAttributes['data-swap']);
		const size = (tag: string) => (state.sizeOf(tag) === 100 ? undefined : String(state.sizeOf(tag) / 100));
		expect(boot.properties['--size-first']).toBe(size(state.texts[0]));
		expect(boot.properties['--size-second']).toBe(size(state.texts[1]));
		expect(boot.noJs).toBe(false); // no-js removed in every case
	});

	it("starts a reading page's script once the page has loaded, and only there", () => {
		expect(runBoot('', null, false, { 'data-script': '/_app/immutable/entry/reader.js' }).listeners).toEqual(['load']);
		expect(runBoot('', null).listeners).toEqual([]); // the library, the workbench: SvelteKit's client
	});

	it('is inlined minified', () => {
		const source = readFileSync('src/lib/reader/boot.js', 'utf8');
		expect(bootScriptSource().length).toBeLessThan(source.length / 2);
		expect(bootScriptSource()).not.toContain('//');
	});

	it('cannot end its own <script> element early', () => {
		expect(bootScriptSource()).not.toMatch(/<\/script/i);
	});
});
