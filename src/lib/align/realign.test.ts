import { describe, expect, it } from 'vitest';
import { alignTexts } from './align';
import { toAlignedDocument } from './document';
import { realign } from './realign';
import { blockText } from '../document/join';
import type { AlignedDocument, Segment } from '../document/types';
import { validateDocumentValue } from '../document/validate';

const languages = { source: 'ar', target: 'en' };
const arabic = [
	'وصل القطار متأخّراً إلى المحطة الصغيرة. كان المطر غزيراً طوال الليل، وكانت الطرق موحلة.',
	'لم ينتظرنا أحد على الرصيف. فمشينا إلى الفندق تحت المطر.',
	'في الصباح كان كلّ شيء كما كان. وذهبنا إلى السوق القديم.'
];
const english = [
	'The train reached the little station late. It had rained heavily all night, and the roads were muddy.',
	'Nobody was waiting for us on the platform. So we walked to the hotel in the rain.',
	'In the morning everything was as it had been. We went to the old market.'
];

function imported(): AlignedDocument {
	return toAlignedDocument(alignTexts(arabic, english, languages), {
		id: 'station',
		languages,
		titles: { source: 'المحطة', target: 'The station' },
		translation: {}
	});
}

const texts = (document: AlignedDocument, lang: string) => document.blocks.map((block) => blockText(block, lang)).filter(Boolean).join('\n\n');
const all = (document: AlignedDocument) => document.blocks.flatMap((block) => block.segments);

describe('realign', () => {
	it('gives back the same alignment, ids and all, when nothing is checked', () => {
		const document = imported();
		const again = realign(document);
		expect(all(again).map((s) => [s.id, s.text])).toEqual(all(document).map((s) => [s.id, s.text]));
		expect(validateDocumentValue(again)).toEqual([]);
	});

	it('keeps a checked pair exactly as a person made it, and aligns the rest around it', () => {
		const document = imported();
		// A person joined the first two pairs of the first block into one 2:2 pair and checked it,
		// which the aligner would never choose.
		const first = document.blocks[0] as AlignedDocument['blocks'][number];
		const [a, b] = first.segments as [Segment, Segment];
		const joined: Segment = { id: a.id, text: { ar: `${a.text.ar} ${b.text.ar}`, en: `${a.text.en} ${b.text.en}` }, checked: true };
		first.segments = [joined, ...first.segments.slice(2)];
		// And left another pair wrongly split: the second block's pairs swapped between languages.
		const second = document.blocks[1] as AlignedDocument['blocks'][number];
		const [c, d] = second.segments as [Segment, Segment];
		second.segments = [
			{ id: c.id, text: { ar: `${c.text.ar} ${d.text.ar}`, en: c.text.en ?? '' } },
			{ id: d.id, text: { ar: '', en: d.text.en ?? '' } }
		];
		expect(validateDocumentValue(document)).toEqual([]);

		const again = realign(document);
		expect(validateDocumentValue(again)).toEqual([]);
		expect(all(again)[0]).toEqual(joined);
		// The unchecked block is aligned again, 1:1 and 1:1; the pair that did not change keeps its id.
		expect(again.blocks[1]?.segments.map((s) => [s.text.ar, s.text.en])).toEqual([
			[c.text.ar, c.text.en],
			[d.text.ar, d.text.en]
		]);
		expect(again.blocks[1]?.segments[0]?.id).not.toBe(again.blocks[1]?.segments[1]?.id);
		expect(texts(again, 'ar')).toBe(texts(document, 'ar'));
		expect(texts(again, 'en')).toBe(texts(document, 'en'));
	});

	it('keeps a checked omission (1:0) and a chapter title as they are', () => {
		const document = imported();
		const third = document.blocks[2] as AlignedDocument['blocks'][number];
		const [e, f] = third.segments as [Segment, Segment];
		// A person decided the last Arabic sentence is not translated, and the English one is an addition.
		third.segments = [e, { id: 'kept-omission', text: { ar: f.text.ar ?? '', en: '' }, checked: true }, { id: 'added', text: { ar: '', en: f.text.en ?? '' } }];
		document.blocks.unshift({ kind: 'chapter', segments: [{ id: 'chapter-1', text: { ar: 'الفصل الأول', en: 'Chapter one' } }] });
		expect(validateDocumentValue(document)).toEqual([]);
		const again = realign(document);
		expect(validateDocumentValue(again)).toEqual([]);
		expect(again.blocks[0]).toEqual(document.blocks[0]);
		const segments = all(again);
		expect(segments.find((s) => s.id === 'kept-omission')).toEqual({ id: 'kept-omission', text: { ar: f.text.ar, en: '' }, checked: true });
		// The English sentence cannot move into the checked pair: it stays on its own.
		expect(segments.find((s) => s.text.en === f.text.en)?.text.ar).toBe('');
		// And the rest is aligned as before.
		expect(segments.find((s) => s.text.en === e.text.en)?.text.ar).toBe(e.text.ar);
		expect(segments.find((s) => s.text.en === english[0]?.split('. ')[0] + '.')?.text.ar).toBe('وصل القطار متأخّراً إلى المحطة الصغيرة.');
		expect(texts(again, 'en')).toBe(texts(document, 'en'));
	});

	it('keeps the id of every pair it does not change, wherever a changed pair comes before it, and never reuses an old id for another pair', () => {
		const document = imported();
		const before = all(document).map((s) => s.id);
		// A wrong merge in the first block, left unchecked: the aligner cuts it again.
		const first = document.blocks[0] as AlignedDocument['blocks'][number];
		const [a, b] = first.segments as [Segment, Segment];
		first.segments = [{ id: a.id, text: { ar: `${a.text.ar} ${b.text.ar}`, en: `${a.text.en} ${b.text.en}` } }, ...first.segments.slice(2)];
		const again = realign(document);
		const ids = all(again).map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		// Every pair after the merge is as it was, under its old id.
		for (const segment of all(document).slice(1)) expect(all(again).find((s) => s.id === segment.id)?.text).toEqual(segment.text);
		// The cut pair's first part keeps the merged pair's id, the second gets one derived from it, not b's old id.
		expect(again.blocks[0]?.segments.map((s) => s.id)).toEqual([a.id, `${a.id}a`]);
		expect(ids).not.toContain(b.id);
		expect(before).toContain(b.id);
	});

	it('reads words through the shipped lexicon, as the importer does', () => {
		// An English sentence added beside the translation of the last Arabic one, both of fitting
		// length: the importer without its lexicon links the added one; aligning again finds the
		// translation by its words (school, children, river, new).
		const before = ['هطلت أمطار غزيرة على المدينة طوال الليل.', 'أغلقت الشرطة الطريق الساحلي حتى الصباح.', 'وصل القطار إلى المحطة متأخراً ساعتين.', 'باع المزارعون القمح في السوق بسعر منخفض.', 'عاد الصيادون إلى الميناء قبل العاصفة.', 'زار الوزير المستشفى الجديد في الشمال.', 'ارتفعت أسعار الخبز والسكر هذا الشهر.', 'كتب الشاعر قصيدة طويلة عن البحر.'];
		const beforeEnglish = ['Heavy rain fell on the city all night.', 'The police closed the coast road until morning.', 'The train reached the station two hours late.', 'The farmers sold their wheat at the market cheaply.', 'The fishermen came back to port before the storm.', 'The minister visited the new hospital in the north.', 'The price of bread and sugar rose this month.', 'The poet wrote a long poem about the sea.'];
		const last = 'افتتحت البلدية مدرسة جديدة للأطفال قرب النهر.';
		const translation = 'A new school for the children opened near the river.';
		const added = 'Families there had asked for one for many long years.';
		const document = toAlignedDocument(alignTexts([...before, last], [...beforeEnglish, `${translation} ${added}`], languages, { lexicon: false }), {
			id: 'school',
			languages,
			titles: { source: 'المدرسة', target: 'The school' },
			translation: {}
		});
		const linkedTo = (d: AlignedDocument) => all(d).find((s) => s.text.ar === last)?.text.en;
		expect(linkedTo(document)).toBe(added);
		expect(linkedTo(realign(document, { lexicon: false }))).not.toBe(translation);
		expect(linkedTo(realign(document))).toBe(translation);
	});

	it('refuses a document of more than two languages', () => {
		const document = imported();
		document.languages.fr = { title: 'La gare', translation: {} };
		expect(() => realign(document)).toThrow(/two languages/);
	});
});

describe('realign, on any choice of checked pairs', () => {
	/** Deterministic random numbers (mulberry32), so a failure can be replayed from its seed. */
	function random(seed: number): () => number {
		let a = seed >>> 0;
		return () => {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = Math.imul(a ^ (a >>> 15), a | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}
	const longer = {
		ar: [...arabic, 'وفي المساء عدنا إلى المحطة. لم يكن القطار قد وصل بعد. انتظرنا ساعتين.', 'ثم جاء القطار أخيراً، فصعدنا إليه متعبين.'],
		en: [...english, 'In the evening we went back to the station. The train had not arrived yet, and we waited two hours.', 'Then the train came at last, and we climbed aboard, tired.']
	};

	it('keeps every checked pair and every word of both texts, whatever is checked', () => {
		const base = toAlignedDocument(alignTexts(longer.ar, longer.en, languages), { id: 'station', languages, titles: { source: 'المحطة', target: 'The station' } });
		for (let seed = 1; seed <= 40; seed++) {
			const next = random(seed);
			const document = structuredClone(base);
			for (const segment of all(document)) if (next() < 0.3) segment.checked = true;
			const checked = all(document).filter((segment) => segment.checked);
			const again = realign(document);
			expect(validateDocumentValue(again), `seed ${seed}`).toEqual([]);
			for (const segment of checked) expect(all(again).find((s) => s.id === segment.id), `seed ${seed}`).toEqual(segment);
			expect(texts(again, 'ar'), `seed ${seed}`).toBe(texts(document, 'ar'));
			expect(texts(again, 'en'), `seed ${seed}`).toBe(texts(document, 'en'));
		}
	});
});
