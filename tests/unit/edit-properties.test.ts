// Property-based tests of the alignment edits (src/lib/document/edit.ts): any sequence of edits,
// undos and redos, on any valid document, keeps every language's text, keeps ids unique and the
// document valid, leaves the pairs it does not touch as they were, and undo gives back exactly the
// document before. Seeds are printed (tests/arbitraries.ts: fuzzParameters); FUZZ_SEED replays one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditHistory, PairIndex, type Edit } from '../../src/lib/document/edit';
import { documentText } from '../../src/lib/document/join';
import { isSingleSentence, sentenceCount, sentenceSpans } from '../../src/lib/document/shape';
import type { AlignedDocument, Block, BlockKind, Segment } from '../../src/lib/document/types';
import { validateDocumentValue } from '../../src/lib/document/validate';
import { splitSentences } from '../../src/lib/text/sentences';
import { arbitraryDocument, fuzzParameters, hostileLine } from '../arbitraries';

const timeout = 180_000;

// ---- documents made of real sentences, where most edits are possible -------------------------------

// Sentences written for these tests, with the punctuation that decides where sentences end.
const arabicSentences = ['هطل المطر.', 'هل فاض النهر؟', 'قال د. سامي: «لا».', 'أُغلق الجسر!', 'بقيت المدرسة مفتوحة؛ والسوق مغلقًا.', 'عاد الناس مساءً…'];
const englishSentences = ['It rained.', 'Did the river flood?', 'Dr. Sami said: "No."', 'The bridge closed!', 'The school stayed open; the market did not.', 'People came back at dusk...'];
const gaps = [' ', ' ', ' ', '  ', '\u00a0', ''];

function side(pool: string[]): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 2, arbitrary: fc.constant('') },
		{
			weight: 5,
			arbitrary: fc
				.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...gaps)), { minLength: 1, maxLength: 3 })
				.map((parts) => parts.map(([sentence, gap], i) => (i === 0 ? sentence : gap + sentence)).join(''))
		}
	);
}

const proseKinds: BlockKind[] = ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'quote', 'headline', 'chapter', 'section', 'highlight'];

interface SegmentSpec {
	ar: string;
	en: string;
	breakAr: boolean;
	breakEn: boolean;
	confidence: number | undefined;
	checked: boolean;
}
interface BlockSpec {
	kind: BlockKind;
	segments: SegmentSpec[];
}

/** A valid two-language document of short real sentences, with empty sides and paragraph breaks. */
function proseDocument(): fc.Arbitrary<AlignedDocument> {
	const segment: fc.Arbitrary<SegmentSpec> = fc
		.record({ ar: side(arabicSentences), en: side(englishSentences), breakAr: fc.boolean(), breakEn: fc.boolean(), confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0), { nil: undefined }), checked: fc.boolean() })
		.filter((s) => s.ar !== '' || s.en !== '');
	const block: fc.Arbitrary<BlockSpec> = fc.constantFrom(...proseKinds).chain(
		(kind): fc.Arbitrary<BlockSpec> =>
			kind === 'chapter' || kind === 'section'
				? fc.tuple(fc.constantFrom(...arabicSentences), fc.constantFrom(...englishSentences)).map(([a, e]) => ({ kind, segments: [{ ar: a, en: e, breakAr: false, breakEn: false, confidence: undefined, checked: false }] }))
				: fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => ({ kind, segments }))
	);
	// Where a translator moved a paragraph break, the aligner leaves the last sentence of one
	// paragraph alone in one language and the first of the next alone in the other.
	const shifted = fc.tuple(fc.array(fc.tuple(block, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 6 }), fc.constantFrom(...arabicSentences), fc.constantFrom(...englishSentences));
	return shifted.map(([specs, a, e]): BlockSpec[] => {
		const blocks = specs.map(([b]): BlockSpec => ({ kind: b.kind, segments: b.segments.slice() }));
		specs.forEach(([, shift, arabicFirst], k) => {
			const here = blocks[k]!;
			const next = blocks[k + 1];
			if (!shift || !next || here.kind !== 'paragraph' || next.kind !== 'paragraph') return;
			const only = (ar: string, en: string): SegmentSpec => ({ ar, en, breakAr: false, breakEn: false, confidence: undefined, checked: false });
			here.segments.push(arabicFirst ? only(a, '') : only('', e));
			next.segments.unshift(arabicFirst ? only('', e) : only(a, ''));
		});
		return blocks;
	}).map((blocks): AlignedDocument => {
		let n = 0;
		return {
			format: 1,
			id: 'prose',
			original: 'ar',
			languages: { ar: { title: 'نص' }, en: { title: 'Text', translation: {} } },
			blocks: blocks.map(
				(b, k): Block => ({
					kind: b.kind,
					segments: b.segments.map((s, i): Segment => {
						const space: Record<string, string> = {};
						// A paragraph break inside a block, where the importer writes one (never before the first text).
						if (i > 0 && s.breakAr && s.ar !== '' && b.segments.slice(0, i).some((p) => p.ar !== '')) space.ar = '\n\n';
						if (i > 0 && s.breakEn && s.en !== '' && b.segments.slice(0, i).some((p) => p.en !== '')) space.en = '\n\n';
						return {
							id: `p${k + 1}-${++n}`,
							text: { ar: s.ar, en: s.en },
							...(Object.keys(space).length > 0 ? { space } : {}),
							...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
							...(s.checked ? { checked: true as const } : {})
						};
					})
				})
			)
		};
	});
}

// ---- edits as recipes, resolved against the document they are made on ---------------------------

type Step =
	| { op: 'edit'; kind: Edit['kind']; pick: number; cuts: number[]; lang: number; first: boolean; checked: boolean }
	| { op: 'undo' }
	| { op: 'redo' };

// Plain integers, reduced modulo what they choose from: fast-check's doubles favour 0 and 1, which
// would mostly pick the first pair and split nowhere.
const choice = fc.integer({ min: 0, max: 1 << 20 });
const step: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			op: fc.constant('edit' as const),
			kind: fc.constantFrom<Edit['kind']>('merge', 'split', 'move', 'move', 'check'),
			pick: choice,
			cuts: fc.array(choice, { minLength: 3, maxLength: 3 }),
			lang: fc.nat(2),
			first: fc.boolean(),
			checked: fc.boolean()
		})
	},
	{ weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
	{ weight: 1, arbitrary: fc.constant({ op: 'redo' as const }) }
);

function resolve(document: AlignedDocument, s: Extract<Step, { op: 'edit' }>): Edit {
	const segments = document.blocks.flatMap((b) => b.segments);
	const segment = segments[s.pick % segments.length]!;
	const languages = Object.keys(document.languages);
	switch (s.kind) {
		case 'merge':
			return { kind: 'merge', id: segment.id };
		case 'split':
			return {
				kind: 'split',
				id: segment.id,
				at: Object.fromEntries(languages.map((lang, i) => [lang, (s.cuts[i] ?? 0) % (sentenceCount(segment, lang) + 1)]))
			};
		case 'move':
			return { kind: 'move', id: segment.id, lang: languages[s.lang % languages.length]!, sentence: s.first ? 'first' : 'last' };
		case 'check':
			return { kind: 'check', id: segment.id, checked: s.checked };
	}
}

const textsOf = (document: AlignedDocument) => Object.fromEntries(Object.keys(document.languages).map((lang) => [lang, documentText(document, lang)]));
const byId = (document: AlignedDocument) => new Map(document.blocks.flatMap((b) => b.segments.map((s) => [s.id, s] as const)));

/** Runs `steps` on `document` through the history, checking every promise after every step. */
function check(document: AlignedDocument, steps: Step[]): void {
	const texts = textsOf(document);
	const history = new EditHistory(document);
	// The model: every document the history has been at, and where it is now.
	const past: AlignedDocument[] = [];
	const future: AlignedDocument[] = [];
	for (const s of steps) {
		const before = history.document;
		if (s.op === 'undo') {
			const move = history.undo();
			expect(move === undefined).toBe(past.length === 0);
			if (move) {
				future.push(before);
				expect(history.document).toEqual(past.pop());
			}
		} else if (s.op === 'redo') {
			const move = history.redo();
			expect(move === undefined).toBe(future.length === 0);
			if (move) {
				past.push(before);
				expect(history.document).toEqual(future.pop());
			}
		} else {
			const edit = resolve(before, s);
			const result = history.apply(edit);
			if (!result.ok) {
				expect(history.document).toBe(before);
				continue;
			}
			if (result.document !== before) {
				past.push(before);
				future.length = 0;
			}
			// Pairs the edit did not name are still there, text and id alike; the ones it names are where it says.
			const after = byId(result.document);
			const old = byId(before);
			for (const [id, segment] of old) {
				if (result.removed.includes(id)) expect(after.has(id)).toBe(false);
				else if (!result.changed.includes(id)) expect(after.get(id)?.text).toEqual(segment.text);
			}
			for (const id of result.changed) expect(after.has(id)).toBe(true);
			expect(after.has(result.focus)).toBe(true);
			// Blocks the patch did not replace are shared, not copied.
			const replaced = new Set(result.patch.removed);
			const shared = new Set(result.document.blocks);
			for (const block of before.blocks) if (!replaced.has(block)) expect(shared.has(block)).toBe(true);
		}
		const now = history.document;
		expect(validateDocumentValue(now)).toEqual([]);
		expect(textsOf(now)).toEqual(texts);
	}
	// The history's index still finds every pair where it is.
	const fresh = new PairIndex(history.document);
	history.document.blocks.forEach((block, b) =>
		block.segments.forEach((segment, index) => {
			expect(history.index.locate(segment.id)).toEqual({ block: b, index });
			expect(fresh.locate(segment.id)).toEqual({ block: b, index });
		})
	);
}

describe('edits and undos, in any order', () => {
	it('keep real texts lossless, ids unique and documents valid; undo gives back the document before', () => {
		fc.assert(
			fc.property(proseDocument(), fc.array(step, { minLength: 5, maxLength: 30 }), (document, steps) => check(document, steps)),
			fuzzParameters('edits on prose documents', 300)
		);
	}, timeout);

	it('do the same on documents of hostile strings, three languages, titles and odd spacing', () => {
		fc.assert(
			fc.property(arbitraryDocument({ maxBlocks: 5 }), fc.array(step, { minLength: 3, maxLength: 15 }), (document, steps) => check(document, steps)),
			fuzzParameters('edits on hostile documents', 200)
		);
	}, timeout);
});

describe('the sentences edits cut at', () => {
	it('are the sentences the reader counts, and give the text back exactly', () => {
		const text = fc.oneof(side(arabicSentences).map((t) => [t, 'ar'] as const), side(englishSentences).map((t) => [t, 'en'] as const), hostileLine().map((t) => [t, 'en'] as const));
		fc.assert(
			fc.property(text, ([t, lang]) => {
				const spans = sentenceSpans(t, lang);
				expect(spans.length).toBe(t === '' ? 0 : splitSentences(t, lang).length);
				if (isSingleSentence(t) && t !== '') expect(splitSentences(t, lang)).toHaveLength(1);
				let rebuilt = '';
				let offset = 0;
				for (const span of spans) {
					const gap = t.slice(offset, span.start);
					expect(gap.trim()).toBe('');
					rebuilt += gap + t.slice(span.start, span.end);
					offset = span.end;
				}
				expect(rebuilt).toBe(t);
			}),
			fuzzParameters('sentence spans', 500)
		);
	}, timeout);
});
