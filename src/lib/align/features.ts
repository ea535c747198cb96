// What the aligner reads off each unit (sentence) once, before any programme runs: its length and
// the cues it may share with its translation, each cue as a sorted list of hashed keys, so that a
// bead's cost compares integers. A paragraph's features are its sentences' features put together.
// This runs over every word of a book, so it folds each sentence once and reduces words by table.
import { calendarKeys } from './calendar';
import { countPunctuation, extractNumbers, isLatinScript, punctuationClasses } from './cues';
import { unitLength } from './length-cost';
import { arabicSkeletonKey, latinSkeleton, shortestSkeleton } from './skeleton';
import { contentStems, englishStem, isFunctionStem } from './tokens';
import { foldArabic, foldLatin } from '../text/fold';

/** The kinds of keys a unit may share with its translation. */
export const keyKinds = ['numbers', 'latin', 'names', 'words'] as const;
export type KeyKind = (typeof keyKinds)[number];

export interface UnitFeatures {
	/** Length as the length model counts it (./length-cost.ts `unitLength`). */
	length: number;
	/** Counts of each class in `punctuationClasses`. */
	punctuation: Int32Array;
	/**
	 * Hashed keys, each list sorted and without repeats:
	 * - `numbers`: numbers with their digits made ASCII (١٬٥٠٠ = 1,500 = 1500), numbers written as
	 *   words, weekdays, months and clause labels (./calendar.ts);
	 * - `latin`: in text not written in Latin script, its Latin-script words; in Latin-script text,
	 *   every word (so an Arabic sentence's "UNESCO" can find the English one);
	 * - `names`: consonant skeletons (./skeleton.ts) of every word of Arabic-script text, and of the
	 *   capitalised words of Latin-script text;
	 * - `words`: content stems (./tokens.ts), for the dictionary learnt from the text; read only
	 *   when needed (`withWords`), since most sentences never need them.
	 */
	keys: Record<KeyKind, Int32Array>;
	/** The unit reads like a translator's note or gloss: wholly in brackets, or "Translator's note: …". */
	aside: boolean;
}

const asidePattern = /^(?:[([][^)\]]*[)\]][.!?؟]?|(?:translator[’']?s note|t\.?n\.?|note|ed\.?|editor[’']?s note)\s*:.*|\(?(?:المترجم|ملاحظة المترجم|المحرر)\)?\s*:.*)$/iu;
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const arabicStart = (code: number) => code >= 0x0621 && code <= 0x064a;
const latinLetter = /\p{Script=Latin}/u;
const upperCase = /^\p{Lu}/u;

/**
 * Keys the other text can have, when known: a key of these kinds that is not in the set cannot
 * match and is not kept (which saves most of the work on a long book).
 */
export interface KeyFilter {
	names?: ReadonlySet<number>;
	latin?: ReadonlySet<number>;
}

/** The features of one unit of text in language `lang` (its `words` keys are left empty: see `withWords`). */
export function unitFeatures(text: string, lang: string, filter: KeyFilter = {}): UnitFeatures {
	const latinText = isLatinScript(lang);
	const latin: string[] = [];
	const names: string[] = [];
	const nameKeys: number[] = [];
	// Arabic is folded once for the whole sentence; folding keeps everything but Arabic letters as is.
	const source = latinText ? text : foldArabic(text);
	let previousName = '';
	for (const match of source.matchAll(wordPattern)) {
		const token = match[0];
		const first = token.charCodeAt(0);
		if (first >= 0x30 && first <= 0x39) {
			previousName = '';
			continue;
		}
		if (arabicStart(first)) {
			previousName = '';
			if (!latinText) arabicSkeletons(token, nameKeys, filter.names);
			continue;
		}
		if (!latinText) {
			if (latinLetter.test(token)) latin.push(foldLatin(token));
			continue;
		}
		const folded = foldLatin(token);
		if (!filter.latin || filter.latin.has(hashKey(folded))) latin.push(folded);
		// A capitalised word that is not a function word may be a name; two in a row may be one name
		// written as two words ("Albu Kamal" for البوكمال).
		if (!upperCase.test(token) || isFunctionStem(englishStem(folded), false)) {
			previousName = '';
			continue;
		}
		const bare = folded.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-/u, '');
		const skeleton = latinSkeleton(bare);
		if (skeleton.length >= shortestSkeleton) names.push(skeleton);
		if (bare !== folded) {
			const whole = latinSkeleton(folded);
			if (whole.length >= shortestSkeleton) names.push(whole);
		}
		if (previousName !== '') {
			const joined = latinSkeleton(previousName + folded);
			if (joined.length >= shortestSkeleton) names.push(joined);
		}
		previousName = folded;
	}
	return {
		length: unitLength(text),
		punctuation: countPunctuation(text),
		keys: {
			numbers: keyList([...extractNumbers(text), ...calendarKeys(source, !latinText)]),
			latin: keyList(latin),
			names: nameKeys.length > 0 ? uniqueSorted(Int32Array.from([...nameKeys, ...names.map(hashKey)])) : keyList(names),
			words: empty
		},
		aside: asidePattern.test(text.trim())
	};
}

/** `features` with its `words` keys read from `text` (content stems, for the learnt dictionary). */
export function withWords(features: UnitFeatures, text: string): UnitFeatures {
	if (features.keys.words.length > 0) return features;
	features.keys.words = keyList(contentStems(text));
	return features;
}

// The skeleton keys of a folded Arabic word: as written, and without the article or a one-letter
// clitic, since either may be part of the name (البوكمال, بيروت) or not (والقليعات).
function arabicSkeletons(folded: string, out: number[], keep: ReadonlySet<number> | undefined): void {
	const whole = arabicSkeletonKey(folded);
	if (whole !== 0 && (!keep || keep.has(whole))) out.push(whole);
	const c0 = folded.charCodeAt(0);
	const clitic = c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643 ? 1 : 0; // و ف ب ل ك
	let skip = 0;
	if (folded.startsWith('ال', clitic)) skip = clitic + 2;
	else if (folded.startsWith('لل')) skip = 2;
	else if (clitic === 1 && folded.length >= 4) skip = 1;
	if (skip > 0 && folded.length - skip >= 3) {
		const bare = arabicSkeletonKey(folded, skip);
		if (bare !== 0 && bare !== whole && (!keep || keep.has(bare))) out.push(bare);
	}
}

/** Every key of `kind` in `units` (to filter the other text's keys with). */
export function allKeys(units: readonly UnitFeatures[], kind: KeyKind): Set<number> {
	const keys = new Set<number>();
	for (const unit of units) for (const key of unit.keys[kind]) keys.add(key);
	return keys;
}

/** The keys of the Latin-script words written in a text of another script (for `KeyFilter.latin`). */
export function latinWordKeys(paragraphs: readonly string[]): Set<number> {
	const keys = new Set<number>();
	for (const paragraph of paragraphs) {
		if (!latinAnywhere.test(paragraph)) continue;
		for (const match of paragraph.matchAll(wordPattern)) if (latinLetter.test(match[0])) keys.add(hashKey(foldLatin(match[0])));
	}
	return keys;
}

const latinAnywhere = /\p{Script=Latin}/u;

/** Features of several units taken together (a paragraph from its sentences). */
export function combineFeatures(parts: readonly UnitFeatures[], extraLength = 0): UnitFeatures {
	const punctuation = new Int32Array(punctuationClasses.length);
	let length = extraLength;
	const lists: Record<KeyKind, Int32Array[]> = { numbers: [], latin: [], names: [], words: [] };
	for (const part of parts) {
		length += part.length;
		for (let k = 0; k < punctuation.length; k++) punctuation[k] = (punctuation[k] ?? 0) + (part.punctuation[k] ?? 0);
		for (const kind of keyKinds) if (part.keys[kind].length > 0) lists[kind].push(part.keys[kind]);
	}
	const keys = {} as Record<KeyKind, Int32Array>;
	for (const kind of keyKinds) keys[kind] = mergeUnique(lists[kind]);
	return { length, punctuation, keys, aside: parts.length === 1 && (parts[0]?.aside ?? false) };
}

const empty = new Int32Array(0);

function keyList(values: string[]): Int32Array {
	if (values.length === 0) return empty;
	return uniqueSorted(Int32Array.from(values, hashKey));
}

function mergeUnique(lists: Int32Array[]): Int32Array {
	if (lists.length === 0) return empty;
	if (lists.length === 1) return lists[0] as Int32Array;
	const total = lists.reduce((n, list) => n + list.length, 0);
	const all = new Int32Array(total);
	let at = 0;
	for (const list of lists) {
		all.set(list, at);
		at += list.length;
	}
	return uniqueSorted(all);
}

function uniqueSorted(values: Int32Array): Int32Array {
	values.sort();
	let k = 0;
	for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[k++] = values[i] ?? 0;
	return k === values.length ? values : values.slice(0, k);
}

/** FNV-1a, 32 bits: a key as a number, so comparisons in the inner loop are integer compares. */
export function hashKey(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

/**
 * Keys of `kind` that can tell one path from another: keys both texts have (a key that cannot
 * match anything costs every path the same), in about as many units on each side. A key found in
 * 3 English sentences and 200 Arabic ones is not a name both texts share but an English name whose
 * skeleton happens to be a common Arabic word's; it would only add noise (and time).
 */
export function sharedKeys(source: readonly UnitFeatures[], target: readonly UnitFeatures[], kind: KeyKind): Set<number> {
	const sourceCounts = new Map<number, number>();
	for (const unit of source) for (const key of unit.keys[kind]) sourceCounts.set(key, (sourceCounts.get(key) ?? 0) + 1);
	const shared = new Set<number>();
	if (sourceCounts.size === 0) return shared;
	const targetCounts = new Map<number, number>();
	for (const unit of target) {
		for (const key of unit.keys[kind]) if (sourceCounts.has(key)) targetCounts.set(key, (targetCounts.get(key) ?? 0) + 1);
	}
	for (const [key, t] of targetCounts) {
		const s = sourceCounts.get(key) ?? 0;
		if (Math.max(s, t) <= 2 * Math.min(s, t) + 2) shared.add(key);
	}
	return shared;
}

/** Each unit's keys of `kind` restricted to `keep`; undefined for a unit with none left. */
export function keepKeys(units: readonly UnitFeatures[], kind: KeyKind, keep: ReadonlySet<number>): (Int32Array | undefined)[] {
	return units.map((unit) => {
		const list = unit.keys[kind];
		if (list.length === 0 || keep.size === 0) return undefined;
		let count = 0;
		for (const key of list) if (keep.has(key)) count++;
		if (count === 0) return undefined;
		if (count === list.length) return list;
		const kept = new Int32Array(count);
		let k = 0;
		for (const key of list) if (keep.has(key)) kept[k++] = key;
		return kept;
	});
}
