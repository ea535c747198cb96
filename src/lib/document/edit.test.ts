import { describe, expect, it } from 'vitest';
import { applyEdit, derivedId, EditHistory, mergeWithNext, moveSentence, PairIndex, setChecked, splitPair, type EditOutcome } from './edit';
import { blockText, documentText } from './join';
import type { AlignedDocument, Block, BlockKind, Segment } from './types';
import { validateDocumentValue } from './validate';

// Texts written for these tests. Arabic with its own punctuation (؟ ، ؛ « »), an abbreviation
// that does not end a sentence (د.), and English with a title (Dr.) and a question.
const ar = {
	rain: 'هطل المطر طوال الليل.',
	river: 'هل فاض النهر؟',
	bridge: 'أُغلق الجسر، وفق ما قاله د. سامي.',
	market: 'لم يُفتح السوق صباحًا!',
	school: '«بقيت المدرسة مفتوحة»؛ قال المدير.',
	title: 'الفصل الأول',
	headline: 'فيضان في المدينة'
};
const en = {
	rain: 'It rained all night.',
	river: 'Did the river flood?',
	bridge: 'The bridge was closed, according to Dr. Sami.',
	market: 'The market did not open in the morning!',
	school: '"The school stayed open," the headmaster said.',
	title: 'Chapter One',
	headline: 'Flood in the city'
};

type SegmentSpec = [id: string, ar: string, en: string, extra?: Partial<Segment>];

const block = (kind: BlockKind, ...segments: SegmentSpec[]): Block => ({
	kind,
	segments: segments.map(([id, a, e, extra]) => ({ id, text: { ar: a, en: e }, ...extra }))
});

function documentOf(...blocks: Block[]): AlignedDocument {
	return {
		format: 1,
		id: 'edit-cases',
		original: 'ar',
		languages: { ar: { title: 'حالات' }, en: { title: 'Cases', translation: { by: 'Muqabala tests', method: 'human' } } },
		blocks
	};
}

/** The edit's document, after checking everything every edit promises. */
function accepted(before: AlignedDocument, result: EditOutcome): AlignedDocument {
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
	const after = result.document;
	expect(validateDocumentValue(after)).toEqual([]);
	for (const lang of Object.keys(before.languages)) expect(documentText(after, lang)).toBe(documentText(before, lang));
	// Blocks the patch did not replace are the very same objects.
	const removed = new Set(result.patch.removed);
	const kept = before.blocks.filter((b) => !removed.has(b));
	expect(after.blocks.filter((b) => !result.patch.added.includes(b))).toEqual(kept);
	for (const [k, b] of kept.entries()) expect(after.blocks.includes(b), `block ${k} is shared`).toBe(true);
	return after;
}

const pairs = (document: AlignedDocument) => document.blocks.map((b) => b.segments.map((s) => [s.id, s.text.ar, s.text.en]));
const segment = (document: AlignedDocument, id: string) => document.blocks.flatMap((b) => b.segments).find((s) => s.id === id);

describe('merge with the next pair', () => {
	it('joins two pairs of a block, each side with the whitespace that was between them', () => {
		const before = documentOf(
			block('headline', ['h', ar.headline, en.headline]),
			block('paragraph', ['p1-1', ar.rain, en.rain, { confidence: 0.9 }], ['p1-2', ar.river, en.river, { space: { ar: '  ', en: '\u00a0' }, confidence: 0.3 }], ['p1-3', ar.bridge, en.bridge])
		);
		const result = mergeWithNext(before, 'p1-1');
		const after = accepted(before, result);
		expect(segment(after, 'p1-1')).toEqual({ id: 'p1-1', text: { ar: `${ar.rain}  ${ar.river}`, en: `${en.rain}\u00a0${en.river}` }, checked: true });
		expect(segment(after, 'p1-2')).toBeUndefined();
		expect(result).toMatchObject({ changed: ['p1-1'], removed: ['p1-2'], focus: 'p1-1' });
		expect(after.blocks[0]).toBe(before.blocks[0]);
		expect(segment(after, 'p1-3')).toBe(segment(before, 'p1-3'));
	});

	it('makes one 1:1 pair of a 1:0 and the 0:1 after it', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, ''], ['b', '', en.rain, { space: { en: '   ' } }], ['c', ar.river, en.river]));
		const after = accepted(before, mergeWithNext(before, 'a'));
		expect(pairs(after)).toEqual([[['a', ar.rain, en.rain], ['c', ar.river, en.river]]]);
		// The English text was first in its block: the space before it meant nothing and still does.
		expect(blockText(after.blocks[0]!, 'en')).toBe(`${en.rain} ${en.river}`);
	});

	it('keeps a paragraph break that comes before the merged text', () => {
		const before = documentOf(
			block('paragraph', ['a', ar.rain, en.rain], ['b', ar.river, ''], ['c', '', en.river, { space: { en: '\n\n' } }])
		);
		const after = accepted(before, mergeWithNext(before, 'b'));
		expect(segment(after, 'b')).toEqual({ id: 'b', text: { ar: ar.river, en: en.river }, space: { en: '\n\n' }, checked: true });
	});

	it('keeps a paragraph break one language makes inside the merged side (docs/format.md)', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, en.rain], ['b', ar.river, en.river, { space: { en: '\n\n' } }]));
		const after = accepted(before, mergeWithNext(before, 'a'));
		expect(segment(after, 'a')).toEqual({ id: 'a', text: { ar: `${ar.rain} ${ar.river}`, en: `${en.rain}\n\n${en.river}` }, checked: true });
	});

	it('joins two paragraphs when each language has text on one side of the boundary only', () => {
		// The translator moved a paragraph break: the aligner left the last Arabic sentence of the
		// first paragraph alone, and the first English sentence of the second.
		const before = documentOf(
			block('paragraph', ['p1-1', ar.rain, en.rain], ['p1-2', ar.river, '']),
			block('paragraph', ['p2-1', '', en.river], ['p2-2', ar.bridge, en.bridge]),
			block('paragraph', ['p3-1', ar.market, en.market])
		);
		const result = mergeWithNext(before, 'p1-2');
		const after = accepted(before, result);
		expect(after.blocks).toHaveLength(2);
		expect(after.blocks[0]!.segments).toEqual([
			{ id: 'p1-1', text: { ar: ar.rain, en: en.rain } },
			{ id: 'p1-2', text: { ar: ar.river, en: en.river }, space: { en: '\n\n' }, checked: true },
			{ id: 'p2-2', text: { ar: ar.bridge, en: en.bridge }, space: { ar: '\n\n' } }
		]);
		expect(after.blocks[1]).toBe(before.blocks[2]);
		expect(result.ok && result.patch).toMatchObject({ at: 0, removed: [before.blocks[0], before.blocks[1]] });
	});

	it('merges across paragraphs that both languages break into one pair spanning the break, and splits back', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, en.rain]), block('paragraph', ['b', ar.river, en.river]));
		const after = accepted(before, mergeWithNext(before, 'a'));
		expect(after.blocks).toHaveLength(1);
		expect(segment(after, 'a')).toEqual({ id: 'a', text: { ar: `${ar.rain}\n\n${ar.river}`, en: `${en.rain}\n\n${en.river}` }, checked: true });
		// Split where both languages break: the two paragraphs come back as two blocks.
		const back = accepted(after, splitPair(after, 'a', { ar: 1, en: 1 }));
		expect(back.blocks.map((b) => b.segments.map((s) => [s.text.ar, s.text.en]))).toEqual([[[ar.rain, en.rain]], [[ar.river, en.river]]]);
	});

	it('never merges a chapter or section title with text, nor a heading with a paragraph', () => {
		const before = documentOf(
			block('chapter', ['chapter-1', ar.title, en.title]),
			block('paragraph', ['a', ar.rain, '']),
			block('section', ['s', ar.title, en.title]),
			block('headline', ['h', '', en.headline]),
			block('paragraph', ['b', ar.river, en.river])
		);
		expect(mergeWithNext(before, 'chapter-1')).toEqual({ ok: false, refusal: { code: 'division' } });
		expect(mergeWithNext(before, 'a')).toEqual({ ok: false, refusal: { code: 'division' } });
		expect(mergeWithNext(before, 's')).toEqual({ ok: false, refusal: { code: 'division' } });
		expect(mergeWithNext(before, 'h')).toEqual({ ok: false, refusal: { code: 'block-boundary' } });
	});

	it('has nothing to merge the last pair of the document with, and knows no unknown pair', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, en.rain], ['b', ar.river, en.river]));
		expect(mergeWithNext(before, 'b')).toEqual({ ok: false, refusal: { code: 'no-next-pair' } });
		expect(mergeWithNext(before, 'nope')).toEqual({ ok: false, refusal: { code: 'unknown-pair' } });
	});

	it('refuses a join that would not be in NFC rather than change a letter', () => {
		// "e" followed directly by a combining acute accent would have to become "é".
		const before = documentOf(block('paragraph', ['a', ar.rain, 'Caf e'], ['b', ar.river, '\u0301 au lait', { space: { en: '' } }]));
		expect(mergeWithNext(before, 'a')).toEqual({ ok: false, refusal: { code: 'not-normalized', lang: 'en' } });
	});
});

describe('split a pair', () => {
	const twoByTwo = () =>
		documentOf(
			block('headline', ['h', ar.headline, en.headline]),
			block('paragraph', ['p1-1', `${ar.rain} ${ar.bridge}`, `${en.rain}  ${en.bridge}`, { confidence: 0.2 }], ['p1-2', ar.river, en.river])
		);

	it('cuts each side at the boundary chosen for it, keeping the whitespace between the sentences', () => {
		const before = twoByTwo();
		const result = splitPair(before, 'p1-1', { ar: 1, en: 1 });
		const after = accepted(before, result);
		expect(after.blocks[1]!.segments).toEqual([
			{ id: 'p1-1', text: { ar: ar.rain, en: en.rain }, checked: true },
			{ id: 'p1-1a', text: { ar: ar.bridge, en: en.bridge }, space: { en: '  ' }, checked: true },
			{ id: 'p1-2', text: { ar: ar.river, en: en.river } }
		]);
		expect(result).toMatchObject({ changed: ['p1-1', 'p1-1a'], removed: [], focus: 'p1-1' });
	});

	it('does not cut after "د." or "Dr.", which do not end sentences', () => {
		const before = documentOf(block('paragraph', ['a', `${ar.bridge} ${ar.market}`, `${en.bridge} ${en.market}`]));
		const after = accepted(before, splitPair(before, 'a', { ar: 1, en: 1 }));
		expect(pairs(after)[0]).toEqual([
			['a', ar.bridge, en.bridge],
			['a-2', ar.market, en.market]
		]);
	});

	it('may leave a side empty: 1:0 and 0:1', () => {
		const before = twoByTwo();
		const after = accepted(before, splitPair(before, 'p1-1', { ar: 1, en: 2 }));
		expect(pairs(after)[1]!.slice(0, 2)).toEqual([
			['p1-1', ar.rain, `${en.rain}  ${en.bridge}`],
			['p1-1a', ar.bridge, '']
		]);
		const other = accepted(before, splitPair(before, 'p1-1', { ar: 0, en: 1 }));
		expect(pairs(other)[1]!.slice(0, 2)).toEqual([
			['p1-1', '', en.rain],
			['p1-1a', `${ar.rain} ${ar.bridge}`, en.bridge]
		]);
	});

	it('splits n:m sides at any boundary, Arabic question and exclamation marks included', () => {
		const before = documentOf(block('paragraph', ['x1', `${ar.rain} ${ar.river} ${ar.market}`, `${en.rain} ${en.river}`]));
		const after = accepted(before, splitPair(before, 'x1', { ar: 2, en: 1 }));
		expect(pairs(after)[0]).toEqual([
			['x1', `${ar.rain} ${ar.river}`, en.rain],
			['x1a', ar.market, en.river]
		]);
	});

	it('keeps all of a language not named in the first part', () => {
		const before = twoByTwo();
		const after = accepted(before, splitPair(before, 'p1-1', { ar: 1 }));
		expect(pairs(after)[1]![1]).toEqual(['p1-1a', ar.bridge, '']);
	});

	it('refuses a split that leaves a part empty, a boundary out of range, an unknown language and a title', () => {
		const before = documentOf(block('chapter', ['c', ar.title, en.title]), block('paragraph', ['a', `${ar.rain} ${ar.river}`, en.rain]));
		expect(splitPair(before, 'a', { ar: 2, en: 1 })).toEqual({ ok: false, refusal: { code: 'empty-part' } });
		expect(splitPair(before, 'a', { ar: 0, en: 0 })).toEqual({ ok: false, refusal: { code: 'empty-part' } });
		expect(splitPair(before, 'a', { ar: 3 })).toEqual({ ok: false, refusal: { code: 'bad-boundary', lang: 'ar' } });
		expect(splitPair(before, 'a', { ar: 0.5 })).toEqual({ ok: false, refusal: { code: 'bad-boundary', lang: 'ar' } });
		expect(splitPair(before, 'a', { fr: 1 })).toEqual({ ok: false, refusal: { code: 'unknown-language', lang: 'fr' } });
		expect(splitPair(before, 'c', { ar: 0, en: 1 })).toEqual({ ok: false, refusal: { code: 'division' } });
	});

	it('gives the new pair an id derived from the old one that no pair has', () => {
		const before = documentOf(block('paragraph', ['p1-1', `${ar.rain} ${ar.river}`, `${en.rain} ${en.river}`], ['p1-1a', ar.bridge, en.bridge]));
		const after = accepted(before, splitPair(before, 'p1-1', { ar: 1, en: 1 }));
		expect(after.blocks[0]!.segments.map((s) => s.id)).toEqual(['p1-1', 'p1-1b', 'p1-1a']);
		expect(derivedId('headline', () => false)).toBe('headline-2');
		expect(derivedId('p3-2b', (id) => id === 'p3-2a' || id === 'p3-2b')).toBe('p3-2c');
		const long = `a${'1'.repeat(63)}`;
		expect(derivedId(long, () => false)).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
	});

	it('gives back two paragraphs when a merge across them is split again at the same place', () => {
		const before = documentOf(
			block('paragraph', ['p1-1', ar.rain, en.rain], ['p1-2', ar.river, '']),
			block('paragraph', ['p2-1', '', en.river], ['p2-2', ar.bridge, en.bridge])
		);
		const merged = accepted(before, mergeWithNext(before, 'p1-2'));
		expect(merged.blocks).toHaveLength(1);
		const split = accepted(merged, splitPair(merged, 'p1-2', { ar: 1, en: 0 }));
		expect(split.blocks.map((b) => b.segments.map((s) => ({ id: s.id, text: s.text, space: s.space })))).toEqual([
			[
				{ id: 'p1-1', text: { ar: ar.rain, en: en.rain }, space: undefined },
				{ id: 'p1-2', text: { ar: ar.river, en: '' }, space: undefined }
			],
			[
				{ id: 'p1-2a', text: { ar: '', en: en.river }, space: undefined },
				{ id: 'p2-2', text: { ar: ar.bridge, en: en.bridge }, space: undefined }
			]
		]);
	});

	it('keeps one block when only one language breaks its paragraph at the split', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, `${en.rain} ${en.river}`], ['b', ar.river, en.bridge, { space: { ar: '\n\n' } }]));
		const after = accepted(before, splitPair(before, 'a', { ar: 1, en: 1 }));
		expect(after.blocks).toHaveLength(1);
	});
});

describe('move a sentence to the neighbouring pair', () => {
	const shifted = () =>
		documentOf(
			block('paragraph', ['p1-1', ar.rain, en.rain], ['p1-2', `${ar.river} ${ar.bridge}`, `${en.river}   ${en.bridge} ${en.market}`], ['p1-3', ar.market, '']),
			block('paragraph', ['p2-1', ar.school, en.school])
		);

	it('moves the first sentence to the end of the pair before, with the whitespace before it', () => {
		const before = shifted();
		const result = moveSentence(before, 'p1-2', 'en', 'first');
		const after = accepted(before, result);
		expect(pairs(after)[0]!.slice(0, 2)).toEqual([
			['p1-1', ar.rain, `${en.rain} ${en.river}`],
			['p1-2', `${ar.river} ${ar.bridge}`, `${en.bridge} ${en.market}`]
		]);
		// The whitespace that separated the moved sentence from the next now comes before the side.
		expect(segment(after, 'p1-2')?.space).toEqual({ en: '   ' });
		expect(result).toMatchObject({ changed: ['p1-1', 'p1-2'], removed: [], focus: 'p1-2' });
	});

	it('moves the last sentence to the start of the pair after, even into an empty side', () => {
		const before = shifted();
		const after = accepted(before, moveSentence(before, 'p1-2', 'en', 'last'));
		expect(pairs(after)[0]!.slice(1)).toEqual([
			['p1-2', `${ar.river} ${ar.bridge}`, `${en.river}   ${en.bridge}`],
			['p1-3', ar.market, en.market]
		]);
	});

	it('empties a side whose only sentence moves, and removes a pair left with no text', () => {
		const before = shifted();
		const once = accepted(before, moveSentence(before, 'p1-1', 'en', 'last'));
		expect(pairs(once)[0]![0]).toEqual(['p1-1', ar.rain, '']);
		const result = moveSentence(once, 'p1-1', 'ar', 'last');
		const twice = accepted(once, result);
		expect(twice.blocks[0]!.segments.map((s) => s.id)).toEqual(['p1-2', 'p1-3']);
		expect(pairs(twice)[0]![0]).toEqual(['p1-2', `${ar.rain} ${ar.river} ${ar.bridge}`, `${en.rain} ${en.river}   ${en.bridge} ${en.market}`]);
		expect(result).toMatchObject({ changed: ['p1-2'], removed: ['p1-1'], focus: 'p1-2' });
	});

	it('moves across two paragraphs when the receiving side is empty, the break going with the sentence', () => {
		const before = shifted();
		const after = accepted(before, moveSentence(before, 'p2-1', 'en', 'first'));
		// The English second paragraph now starts inside the first block; the Arabic one still
		// starts its own block, which now holds no English.
		expect(after.blocks.map((b) => b.segments.map((s) => s.id))).toEqual([['p1-1', 'p1-2', 'p1-3'], ['p2-1']]);
		expect(segment(after, 'p1-3')).toEqual({ id: 'p1-3', text: { ar: ar.market, en: en.school }, space: { en: '\n\n' }, checked: true });
		expect(segment(after, 'p2-1')).toEqual({ id: 'p2-1', text: { ar: ar.school, en: '' }, checked: true });
		// Moving it back cuts the block where both languages break their paragraphs again.
		const back = accepted(after, moveSentence(after, 'p1-3', 'en', 'last'));
		expect(back.blocks.map((b) => b.segments.map((s) => [s.id, s.text.ar, s.text.en]))).toEqual(pairs(before));
	});

	it('moves a sentence into the neighbouring pair across a paragraph break of its language, keeping the break', () => {
		const inside = documentOf(block('paragraph', ['a', ar.rain, en.rain], ['b', ar.river, en.river, { space: { ar: '\n\n' } }]));
		const after = accepted(inside, moveSentence(inside, 'b', 'ar', 'first'));
		expect(segment(after, 'a')?.text.ar).toBe(`${ar.rain}\n\n${ar.river}`);
		expect(segment(after, 'b')).toEqual({ id: 'b', text: { ar: '', en: en.river }, checked: true });
	});

	it('has no pair before the first or after the last, nothing to move from an empty side, and no unknown language', () => {
		const before = shifted();
		expect(moveSentence(before, 'p1-1', 'ar', 'first')).toEqual({ ok: false, refusal: { code: 'no-previous-pair' } });
		expect(moveSentence(before, 'p2-1', 'ar', 'last')).toEqual({ ok: false, refusal: { code: 'no-next-pair' } });
		expect(moveSentence(before, 'p1-3', 'en', 'first')).toEqual({ ok: false, refusal: { code: 'empty-side', lang: 'en' } });
		expect(moveSentence(before, 'p1-3', 'fr', 'first')).toEqual({ ok: false, refusal: { code: 'unknown-language', lang: 'fr' } });
	});

	it('moves nothing into or out of a chapter title', () => {
		const before = documentOf(block('chapter', ['c', ar.title, en.title]), block('paragraph', ['a', `${ar.rain} ${ar.river}`, en.rain]));
		expect(moveSentence(before, 'a', 'ar', 'first')).toEqual({ ok: false, refusal: { code: 'division' } });
		expect(moveSentence(before, 'c', 'ar', 'last')).toEqual({ ok: false, refusal: { code: 'division' } });
	});
});

describe('mark checked', () => {
	it('sets and removes `checked`, keeping the confidence and the id', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, en.rain, { confidence: 0.4 }]));
		const checked = accepted(before, setChecked(before, 'a', true));
		expect(segment(checked, 'a')).toEqual({ id: 'a', text: { ar: ar.rain, en: en.rain }, confidence: 0.4, checked: true });
		const unchecked = accepted(checked, setChecked(checked, 'a', false));
		expect(segment(unchecked, 'a')).toEqual(segment(before, 'a'));
	});

	it('changes nothing when the pair already is as asked', () => {
		const before = documentOf(block('paragraph', ['a', ar.rain, en.rain]));
		const result = setChecked(before, 'a', false);
		expect(result.ok && result.document).toBe(before);
		expect(result.ok && result.changed).toEqual([]);
	});
});

describe('the history', () => {
	const start = () =>
		documentOf(block('paragraph', ['a', `${ar.rain} ${ar.river}`, `${en.rain} ${en.river}`], ['b', ar.bridge, en.bridge]), block('paragraph', ['c', ar.market, en.market]));

	it('undoes and redoes edits in order, giving back equal documents', () => {
		const first = start();
		const history = new EditHistory(first);
		expect(history.canUndo).toBe(false);
		expect(history.apply({ kind: 'split', id: 'a', at: { ar: 1, en: 1 } }).ok).toBe(true);
		const second = history.document;
		expect(history.apply({ kind: 'merge', id: 'a-2' }).ok).toBe(true);
		const third = history.document;
		expect(history.nextUndo).toEqual({ kind: 'merge', id: 'a-2' });

		expect(history.undo()).toMatchObject({ focus: 'a-2' });
		expect(history.document).toEqual(second);
		expect(history.undo()?.document).toEqual(first);
		expect(history.canUndo).toBe(false);
		expect(history.undo()).toBeUndefined();
		expect(history.redo()?.document).toEqual(second);
		expect(history.redo()?.document).toEqual(third);
		expect(history.canRedo).toBe(false);
	});

	it('forgets what could be redone once a new edit is made, and records neither refusals nor no-ops', () => {
		const history = new EditHistory(start());
		history.apply({ kind: 'check', id: 'a', checked: true });
		history.undo();
		expect(history.canRedo).toBe(true);
		expect(history.apply({ kind: 'merge', id: 'c' }).ok).toBe(false);
		expect(history.apply({ kind: 'check', id: 'a', checked: false }).ok).toBe(true);
		expect(history.canRedo).toBe(true);
		expect(history.canUndo).toBe(false);
		history.apply({ kind: 'check', id: 'b', checked: true });
		expect(history.canRedo).toBe(false);
	});

	it('records a whole new version (re-aligned elsewhere) as one step that undo takes back', () => {
		const first = start();
		const history = new EditHistory(first);
		history.apply({ kind: 'check', id: 'b', checked: true });
		const checked = history.document;
		// What the aligner might give back: pair a cut in two around the checked pair b.
		const realigned = documentOf(
			block('paragraph', ['a', ar.rain, en.rain], ['a-2', ar.river, en.river], ['b', ar.bridge, en.bridge, { checked: true }]),
			block('paragraph', ['c', ar.market, en.market])
		);
		expect(history.replaceAll({ ...checked, blocks: checked.blocks }, 'a')).toBeUndefined(); // the same blocks: nothing to record
		const step = history.replaceAll(realigned, 'a');
		expect(step).toMatchObject({ edit: { kind: 'realign', id: 'a' }, focus: 'a', removed: [] });
		expect(history.document.blocks).toEqual(realigned.blocks);
		expect(history.index.locate('a-2')).toEqual({ block: 0, index: 1 });
		expect(history.nextUndo).toEqual({ kind: 'realign', id: 'a' });
		expect(history.undo()?.document).toEqual(checked);
		expect(history.index.has('a-2')).toBe(false);
		expect(history.redo()?.document.blocks).toEqual(realigned.blocks);
		expect(history.undo()?.document).toEqual(checked);
		expect(history.undo()?.document).toEqual(first);
	});

	it('keeps at most `limit` steps', () => {
		const history = new EditHistory(start(), { limit: 2 });
		for (const checked of [true, false, true]) history.apply({ kind: 'check', id: 'b', checked });
		expect(history.undo()).toBeDefined();
		expect(history.undo()).toBeDefined();
		expect(history.undo()).toBeUndefined();
	});

	it('finds pairs by id after edits that add, remove and join blocks', () => {
		const history = new EditHistory(
			documentOf(block('paragraph', ['a', ar.rain, en.rain], ['b', ar.river, '']), block('paragraph', ['c', '', en.river], ['d', ar.bridge, en.bridge]), block('paragraph', ['e', ar.market, en.market]))
		);
		history.apply({ kind: 'merge', id: 'b' });
		history.apply({ kind: 'split', id: 'b', at: { ar: 1, en: 0 } });
		expect(history.apply({ kind: 'move', id: 'd', lang: 'ar', sentence: 'first' }).ok).toBe(true);
		expect(history.apply({ kind: 'merge', id: 'd' }).ok).toBe(true); // d and e, across a break both languages make
		expect(history.apply({ kind: 'check', id: 'a', checked: true }).ok).toBe(true);
		history.undo();
		const fresh = new PairIndex(history.document);
		for (const [b, blk] of history.document.blocks.entries()) {
			for (const [index, s] of blk.segments.entries()) {
				expect(history.index.locate(s.id)).toEqual({ block: b, index });
				expect(fresh.locate(s.id)).toEqual({ block: b, index });
			}
		}
		expect(history.index.has('c')).toBe(false);
		expect(history.index.has('b-2')).toBe(true);
	});

	it('refuses an index made for another version of the document', () => {
		const document = start();
		const index = new PairIndex(document);
		const next = applyEdit(document, { kind: 'check', id: 'a', checked: true }, index);
		expect(next.ok).toBe(true);
		if (next.ok) expect(() => applyEdit(next.document, { kind: 'merge', id: 'a' }, index)).toThrow(/another version/);
	});
});
