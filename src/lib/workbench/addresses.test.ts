import { describe, expect, it } from 'vitest';
import { localAddresses, localDocumentUrl, localReaderHref, readLocalAddress } from './addresses';

describe('the kept text reader’s addresses', () => {
	it('puts the key and the page in the query and the pair in the fragment', () => {
		expect(localReaderHref('en', 'abc123def456')).toBe('/en/texts?text=abc123def456');
		expect(localReaderHref('ar', 'abc123def456', 2, 'p3-1')).toBe('/ar/texts?text=abc123def456&page=3#p3-1');
		const addresses = localAddresses('en', 'abc123def456');
		expect([addresses.page(0), addresses.page(1)]).toEqual(['/en/texts?text=abc123def456', '/en/texts?text=abc123def456&page=2']);
		expect(addresses).toMatchObject({ key: 'local:abc123def456', local: true, documentUrl: localDocumentUrl('abc123def456') });
	});

	it('gives the document an address no request can be made to', async () => {
		await expect(fetch(localDocumentUrl('abc123def456'))).rejects.toThrow();
	});

	it('reads the address back, and any page it does not know as the first', () => {
		expect(readLocalAddress('?text=abc123def456&page=3&layout=stacked')).toEqual({ key: 'abc123def456', index: 2 });
		for (const page of ['0', '-1', 'x', '1e3', '']) expect(readLocalAddress(`?text=k&page=${page}`).index).toBe(0);
		expect(readLocalAddress('').key).toBeNull();
	});
});
