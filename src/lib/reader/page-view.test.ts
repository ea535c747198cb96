import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignedDocument } from '../document/types';
import { toReaderView } from '../document/view';
import { loadLocale, translator } from '../i18n/i18n';
import { pageHref, toReaderPage } from './page-view';

beforeAll(async () => {
	await Promise.all([loadLocale('en'), loadLocale('ar')]);
});

const doc: AlignedDocument = {
	format: 1,
	id: 'sample',
	original: 'ar',
	languages: { ar: { title: 'عنوان' }, en: { title: 'Title', translation: { method: 'human' } } },
	source: { publisher: 'Kayhan', publisherNames: { ar: 'كيهان' }, site: 'kayhan.ir', articleId: '66847' },
	blocks: [
		{ kind: 'chapter', segments: [{ id: 'c1', text: { ar: 'الفصل الأول', en: 'Chapter One' } }] },
		{
			kind: 'paragraph',
			segments: [
				{ id: 'p1', text: { ar: 'جملة.', en: 'One. Two.' } },
				{ id: 'p2', text: { ar: 'جملة أخرى.', en: '' } }
			]
		},
		{ kind: 'chapter', segments: [{ id: 'c2', text: { ar: 'الفصل الثاني', en: 'Chapter Two' } }] },
		{ kind: 'paragraph', segments: [{ id: 'p3', text: { ar: 'ثالثة.', en: 'Third.' } }] }
	]
};
const view = toReaderView(doc);

describe('toReaderPage', () => {
	it('gives each pair its number, labels and shape (original:translation) in the interface language', () => {
		const page = toReaderPage(view, 0, 'ar', translator('ar'));
		const [p1, p2] = page.blocks[1]!.pairs;
		expect(p1).toMatchObject({ id: 'p1', number: 2, numberLabel: '٢', label: 'المقطع ٢', shape: { text: '١:٢' } });
		expect(p1!.shape!.description).toBe('جملة واحدة بالعربية، وجملتان بالإنجليزية');
		expect(p2!.shape!.text).toBe('١:٠');
		expect(p2!.cells.map((c) => [c.tag, c.side, c.emptyLabel])).toEqual([
			['ar', 'first', undefined],
			['en', 'second', 'لا مقابل له في الإنجليزية']
		]);
		expect(toReaderPage(view, 0, 'en', translator('en')).blocks[1]!.pairs[0]!.shape).toEqual({
			text: '1:2',
			description: '1 sentence in Arabic, 2 sentences in English'
		});
	});

	it('names the publisher in the interface language when the document does, and writes digits in its style', () => {
		const ar = toReaderPage(view, 0, 'ar', translator('ar'));
		expect(ar.source).toEqual({ publisher: 'كيهان', publisherLang: 'ar', site: 'kayhan.ir', article: 'رمز الخبر ٦٦٨٤٧' });
		const en = toReaderPage(view, 0, 'en', translator('en'));
		expect(en.source.publisher).toBe('Kayhan');
		expect(en.source.publisherLang).toBeUndefined();
	});

	it('says so when the translator is not named', () => {
		const credits = toReaderPage(view, 0, 'en', translator('en')).credits;
		expect(credits).toEqual([{ heading: 'English translation', by: 'translator not named', byKnown: false, method: 'translated by a person' }]);
	});

	it('links the pages of a book and lists its chapters', () => {
		const second = toReaderPage(view, 1, 'en', translator('en'));
		expect(second.page).toMatchObject({
			index: 1,
			count: 2,
			label: 'Page 2 of 2: segments 4–5',
			previous: { href: '/en/read/sample', label: 'Chapter One' }
		});
		expect(second.page.next).toBeUndefined();
		expect(second.toc.map((e) => [e.id, e.href, e.current])).toEqual([
			['c1', '/en/read/sample#c1', false],
			['c2', '/en/read/sample/2#c2', true]
		]);
		expect(second.client).toMatchObject({ pageIndex: 1, pages: [[1, 3], [4, 5]], pageHrefs: ['/en/read/sample', '/en/read/sample/2'] });
	});

	it('points every link at the addresses it is given (a text kept in the browser)', () => {
		const addresses = { page: (k: number) => `/en/texts?text=abc${k === 0 ? '' : `&page=${k + 1}`}`, documentUrl: 'local:abc', key: 'local:abc', local: true };
		const second = toReaderPage(view, 1, 'en', translator('en'), addresses);
		expect(second.page.previous?.href).toBe('/en/texts?text=abc');
		expect(second.href).toBe('/en/texts?text=abc');
		expect(second.toc.map((e) => e.href)).toEqual(['/en/texts?text=abc#c1', '/en/texts?text=abc&page=2#c2']);
		expect(second.client).toMatchObject({
			id: 'local:abc',
			local: true,
			documentUrl: 'local:abc',
			permalinkPath: '/en/texts?text=abc',
			pageHrefs: ['/en/texts?text=abc', '/en/texts?text=abc&page=2']
		});
		expect(toReaderPage(view, 1, 'en', translator('en')).client.local).toBeUndefined();
	});

	it('only holds the blocks of its page', () => {
		expect(toReaderPage(view, 1, 'en', translator('en')).blocks.map((b) => b.key)).toEqual(['c2', 'p3']);
		expect(() => toReaderPage(view, 2, 'en', translator('en'))).toThrow(RangeError);
	});

	it('addresses pages after the first by number', () => {
		expect([pageHref('ar', 'x', 0), pageHref('ar', 'x', 4)]).toEqual(['/ar/read/x', '/ar/read/x/5']);
	});
});
