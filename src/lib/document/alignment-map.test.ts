import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distance, marksIn, nearestMark, nextDoubt, toAlignmentMap, type AlignmentMap, type MapMark } from './alignment-map';
import type { AlignedDocument } from './types';
import { fuzzParameters } from '../../../tests/arbitraries';

// Sentences written for these tests: a 1:1, a 2:1, a 1:0, a 0:1, a 1:2 and a checked 1:1.
const document: AlignedDocument = {
	format: 1,
	id: 'map-cases',
	original: 'ar',
	languages: { ar: { title: 'خريطة' }, en: { title: 'Map', translation: {} } },
	blocks: [
		{ kind: 'headline', segments: [{ id: 'h', text: { ar: 'سوق الكتب', en: 'The book market' } }] },
		{
			kind: 'paragraph',
			segments: [
				{ id: 'a', text: { ar: 'فُتح السوق. جاء الناس.', en: 'The market opened and people came.' }, confidence: 0.4 },
				{ id: 'b', text: { ar: 'كان الجو باردًا.', en: '' } },
				{ id: 'c', text: { ar: '', en: '[Translator: it was January.]' } },
				{ id: 'd', text: { ar: 'بيعت الكتب كلها!', en: 'All the books were sold! Every one.' }, confidence: 0.9 },
				{ id: 'e', text: { ar: 'وعادوا مساءً.', en: 'They came back at night.' }, confidence: 0.2, checked: true }
			]
		}
	]
};

const rect = (m: MapMark) => [m.x, m.width, m.y, m.height];

describe('toAlignmentMap', () => {
	it('places each pair on the path over the sentences it links, empty sides flat on their axis', () => {
		const map = toAlignmentMap(document);
		expect(map).toMatchObject({ original: 'ar', translation: 'en', width: 6, height: 6 });
		expect(map.marks.map(rect)).toEqual([
			[0, 1, 0, 1], // h 1:1
			[1, 2, 1, 1], // a 2:1
			[3, 1, 2, 0], // b 1:0, along the original's axis
			[4, 0, 2, 1], // c 0:1, along the translation's axis
			[4, 1, 3, 2], // d 1:2
			[5, 1, 5, 1] // e 1:1
		]);
		expect(map.marks.map((m) => [m.id, m.number, m.checked, m.doubts])).toEqual([
			['h', 1, false, []],
			['a', 2, false, ['uneven', 'low-confidence']],
			['b', 3, false, ['untranslated']],
			['c', 4, false, ['added']],
			['d', 5, false, ['uneven']],
			['e', 6, true, []]
		]);
		expect(map.marks[1]!.confidence).toBe(0.4);
	});

	it('finds the marks inside a window and the nearest mark to a point', () => {
		const map = toAlignmentMap(document);
		expect(marksIn(map, { x0: 3.5, x1: 4.5, y0: 0, y1: 6 })).toEqual([2, 5]);
		expect(marksIn(map, { x0: 0, x1: 0.5, y0: 0, y1: 0.5 })).toEqual([0, 1]);
		expect(marksIn(map, { x0: 10, x1: 12, y0: 10, y1: 12 })).toEqual([6, 6]);
		expect(nearestMark(map, 0.5, 0.5)).toBe(0);
		expect(nearestMark(map, 3.5, 1.6)).toBe(2); // on the flat 1:0 mark
		expect(nearestMark(map, 3.9, 2.6)).toBe(3); // beside the upright 0:1 mark
		expect(nearestMark(map, 9, 9)).toBe(5);
		expect(nearestMark({ ...map, marks: [] }, 1, 1)).toBe(-1);
	});

	it('steps from one doubtful pair to the next and back, by kind if asked', () => {
		const map = toAlignmentMap(document);
		expect(nextDoubt(map, -1, 1)).toBe(1);
		expect(nextDoubt(map, 1, 1)).toBe(2);
		expect(nextDoubt(map, 4, 1)).toBe(-1);
		expect(nextDoubt(map, 4, -1)).toBe(3);
		expect(nextDoubt(map, -1, 1, new Set(['added']))).toBe(3);
	});
});

/** A random monotone path: each pair takes 0–3 sentences of each side (never 0:0). */
const randomMap = fc
	.array(
		fc.tuple(fc.nat(3), fc.nat(3)).filter(([a, b]) => a + b > 0),
		{ minLength: 1, maxLength: 300 }
	)
	.map((shapes): AlignmentMap => {
		let x = 0;
		let y = 0;
		const marks = shapes.map(([width, height], i) => {
			const mark: MapMark = { id: `p${i}`, number: i + 1, x, width, y, height, checked: false, doubts: [] };
			x += width;
			y += height;
			return mark;
		});
		return { original: 'ar', translation: 'en', threshold: 0.5, width: x, height: y, marks };
	});

describe('searching the map', () => {
	it('finds the same nearest distance as looking at every mark', () => {
		fc.assert(
			fc.property(randomMap, fc.double({ min: -5, max: 400, noNaN: true }), fc.double({ min: -5, max: 400, noNaN: true }), (map, x, y) => {
				const found = nearestMark(map, x, y);
				const best = Math.min(...map.marks.map((m) => distance(m, x, y)));
				expect(distance(map.marks[found]!, x, y)).toBeCloseTo(best, 9);
			}),
			fuzzParameters('nearest mark', 300)
		);
	});

	it('finds exactly the marks that touch a window', () => {
		fc.assert(
			fc.property(randomMap, fc.nat(400), fc.nat(400), fc.nat(60), fc.nat(60), (map, x0, y0, w, h) => {
				const window = { x0, x1: x0 + w, y0, y1: y0 + h };
				const [start, end] = marksIn(map, window);
				const touching = map.marks.flatMap((m, i) => (m.x <= window.x1 && m.x + m.width >= window.x0 && m.y <= window.y1 && m.y + m.height >= window.y0 ? [i] : []));
				expect(Array.from({ length: end - start }, (_, k) => start + k)).toEqual(touching);
			}),
			fuzzParameters('marks in a window', 300)
		);
	});
});
