import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet';

const around = (text: string, match: string, context: number) => {
	const start = text.indexOf(match);
	return snippetAround(text, { start, end: start + match.length }, context);
};

describe('snippetAround', () => {
	it('shows whole text when it is short, unclipped', () => {
		expect(around('a short line', 'short', 60)).toEqual({ before: 'a ', match: 'short', after: ' line', clippedBefore: false, clippedAfter: false });
	});

	it('cuts at whitespace so no word is shown in part', () => {
		const snippet = around('alpha bravo charlie delta echo foxtrot golf hotel', 'echo', 12);
		expect(snippet).toEqual({ before: 'delta ', match: 'echo', after: ' foxtrot', clippedBefore: true, clippedAfter: true });
	});

	it('cuts Arabic at whitespace too', () => {
		const snippet = around('حرر الجيش السوري وحلفاؤه مدينة البوكمال على الحدود السورية العراقية', 'البوكمال', 14);
		expect(snippet.before).toBe('وحلفاؤه مدينة ');
		expect(snippet.after).toBe(' على الحدود');
	});

	it('shows nothing on a side rather than part of a word longer than the context', () => {
		const snippet = around('Donaudampfschifffahrtsgesellschaft match Donaudampfschifffahrtsgesellschaft', 'match', 10);
		expect(snippet).toEqual({ before: '', match: 'match', after: '', clippedBefore: true, clippedAfter: true });
	});

	it('cuts text without spaces between characters, never between a letter and its marks or inside a surrogate pair', () => {
		const text = 'بِسْمِاللَّهِالرَّحْمَٰنِالرَّحِيمِ';
		const start = text.indexOf('الرَّحْمَٰنِ');
		const snippet = snippetAround(text, { start, end: start + 'الرَّحْمَٰنِ'.length }, 3);
		expect(/^\p{M}/u.test(snippet.before)).toBe(false);
		expect(/^\p{M}/u.test(text.slice(start + 'الرَّحْمَٰنِ'.length + snippet.after.length))).toBe(false);
		const emoji = '😀😀😀😀X😀😀😀😀';
		const at = emoji.indexOf('X');
		const cut = snippetAround(emoji, { start: at, end: at + 1 }, 3);
		expect(cut.before.charCodeAt(0)).not.toBe(emoji.charCodeAt(1)); // not a lone low surrogate
		expect(cut.before.length % 2).toBe(0);
	});
});
