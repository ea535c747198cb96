import { describe, expect, it } from 'vitest';
import { parsePlaces, placesLimit, withPlace } from './places';

describe('places', () => {
	it('reads what was saved and drops what is malformed', () => {
		const raw = JSON.stringify({
			a: { pair: 'p1-1', number: 1, page: 0, at: 5 },
			b: { pair: 'p2-1', number: -1, page: 0, at: 5 },
			c: 'nonsense',
			d: { pair: 3, number: 1, page: 0, at: 5 }
		});
		expect(parsePlaces(raw)).toEqual({ a: { pair: 'p1-1', number: 1, page: 0, at: 5 } });
		expect(parsePlaces('not json')).toEqual({});
		expect(parsePlaces(null)).toEqual({});
		expect(parsePlaces('[1,2]')).toEqual({});
	});

	it('remembers the newest places only', () => {
		let places = {};
		for (let k = 0; k < placesLimit + 5; k++) places = withPlace(places, `doc-${k}`, { pair: 'x', number: 1, page: 0, at: k });
		expect(Object.keys(places)).toHaveLength(placesLimit);
		expect(places).not.toHaveProperty('doc-0');
		expect(places).toHaveProperty(`doc-${placesLimit + 4}`);
	});
});
