// The inlined boot script and parseViewSettings must agree, or a linked view would flash.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseViewSettings, storageKey } from '../../src/lib/reader/settings';
import { bootScriptSource } from '../../scripts/boot-script.js';

function runBoot(search: string, stored: string | null): Record<string, string> {
	const attributes: Record<string, string> = {};
	const classes = new Set(['no-js']);
	const documentElement = {
		setAttribute: (name: string, value: string) => (attributes[name] = value),
		classList: { remove: (name: string) => classes.delete(name) }
	};
	runInNewContext(bootScriptSource(), {
		document: { documentElement },
		location: { search },
		URLSearchParams,
		JSON,
		localStorage: { getItem: (key: string) => (key === storageKey ? stored : null) }
	});
	if (!classes.has('no-js')) attributes.class = '';
	return attributes;
}

const cases: Array<[string, string | null]> = [
	['', null],
	['?layout=stacked', null],
	['?layout=stacked&swap=1', JSON.stringify({ layout: 'original' })],
	['?swap=1', JSON.stringify({ layout: 'original', swap: false })],
	['?texts=ar,fr', JSON.stringify({ layout: 'original', swap: true })],
	['?print=1', JSON.stringify({ layout: 'translation', swap: true })],
	['', JSON.stringify({ layout: 'bogus', swap: 'yes' })],
	['', 'not json'],
	['?layout=%3Cscript%3E', null]
];

describe('the boot script', () => {
	it.each(cases)('applies the same view as the reader for %s (stored %s)', (search, stored) => {
		const attributes = runBoot(search, stored);
		let expected;
		try {
			expected = parseViewSettings(new URLSearchParams(search), JSON.parse(stored ?? 'null'));
		} catch {
			expected = parseViewSettings(new URLSearchParams(search), null);
		}
		expect(attributes['data-layout'] ?? null).toBe(expected.layout);
		expect('data-swap' in attributes).toBe(expected.swap);
		expect(attributes.class).toBe(''); // no-js removed in every case
	});

	it('cannot end its own <script> element early', () => {
		expect(bootScriptSource()).not.toMatch(/<\/script/i);
	});
});
