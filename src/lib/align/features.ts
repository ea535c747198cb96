// What the aligner reads off each unit (sentence) once, before any programme runs: its length and
// the cues it may share with its translation, each cue as a sorted list of hashed keys, so that a
// bead's cost compares integers. A paragraph's features are its sentences' features put together.
// This runs over every word of a book, so it folds each sentence once and reduces words by table.
import { calendarKeys, isCalendarWord, startsWithLabel } from './calendar';
import { extractNumbers, isLatinScript, punctuationClasses, punctuationClassOf } from './cues';
import { isCombiningMark } from './length-cost';
import { arabicSkeletonKey, latinSkeleton, shortestSkeleton } from './skeleton';
import { contentStems, englishStem, isFunctionStem, words } from './tokens';
import { foldArabic, foldLatin } from '../text/fold';

/** The kinds of keys a unit may share with its translation. */
export const keyKinds = ['numbers', 'latin', 'names', 'words'] as const;
export type KeyKind = (typeof keyKinds)[number];

export interface UnitFeatures {
	/** Length as the length model counts it (./length-cost.ts `unitLength`): marks do not count. */
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
	/** True when names and number words were read (`unitFeatures` with `rich`, or `enrich`). */
	rich?: boolean;
}

const asidePattern = /^(?:[([][^)\]]*[)\]][.!?؟]?|(?:translator[’']?s note|t\.?n\.?|note|ed\.?|editor[’']?s note)\s*:.*|\(?(?:المترجم|ملاحظة المترجم|المحرر)\)?\s*:.*)$/iu;
const latinLetter = /\p{Script=Latin}/u;

/** True when `text` holds a Latin letter (a loop over the characters: this runs over whole books). */
function hasLatinLetter(text: string): boolean {
	const table = characterTable;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let bits = table[code] ?? 0;
		if (bits === 0) bits = characterBits(code);
		if ((bits & latinBit) !== 0) return true;
	}
	return false;
}

function isLatinLetterCode(code: number): boolean {
	if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
	if (code >= 0xc0 && code < 0x0250 && code !== 0xd7 && code !== 0xf7) return true;
	return code >= 0x1e00 && code <= 0x1eff;
}
const upperCase = /^\p{Lu}/u;

/**
 * Keys the other text can have, when known: a key of these kinds that is not in the set cannot
 * match and is not kept (which saves most of the work on a long book).
 */
export interface KeyFilter {
	names?: ReadonlySet<number>;
	latin?: ReadonlySet<number>;
}

/**
 * The features of one unit of text in language `lang`. `rich` (default true) reads names and
 * number words too, which means looking at every word; without it only what one pass over the
 * characters finds (length, punctuation, digits, Latin words in non-Latin text): a long book is
 * read that way first and `enrich`ed only where the aligner is unsure. `words` keys are left
 * empty (see `withWords`).
 */
export function unitFeatures(text: string, lang: string, options: { rich?: boolean; filter?: KeyFilter; calendar?: boolean } = {}): UnitFeatures {
	const latinText = isLatinScript(lang);
	const filter = options.filter ?? {};
	const { length, punctuation, digits, latinLetters } = measureText(text);
	const numbers = digits ? extractNumbers(text) : [];
	const features: UnitFeatures = { length, punctuation, keys: { numbers: empty, latin: empty, names: empty, words: empty }, aside: mayBeAside(text) && asidePattern.test(text.trim()) };
	if (options.rich === false) {
		const latin: number[] = [];
		if (!latinText && latinLetters) {
			for (const word of words(text)) if (latinLetter.test(word)) latin.push(hashKey(foldLatin(word)));
		} else if (latinText && filter.latin && filter.latin.size > 0) {
			for (const word of words(text)) {
				const key = hashKey(foldLatin(word));
				if (filter.latin.has(key)) latin.push(key);
			}
		}
		features.keys.numbers = keyList(numbers);
		features.keys.latin = latin.length > 0 ? uniqueSorted(Int32Array.from(latin)) : empty;
		return features;
	}
	readWords(features, text, latinText, filter, numbers, options.calendar !== false);
	return features;
}

/** Adds what `unitFeatures` leaves out without `rich` (names, number words) to `features`. */
export function enrich(features: UnitFeatures, text: string, lang: string): UnitFeatures {
	if (features.rich || text.length > longestWordRead) return features;
	readWords(features, text, isLatinScript(lang), {}, extractNumbers(text));
	return features;
}

// Reads every word of the unit: names, number words, weekdays, months, Latin words.
function readWords(features: UnitFeatures, text: string, latinText: boolean, filter: KeyFilter, numbers: string[], calendarWords = true): void {
	const latin: number[] = [];
	const names: number[] = [];
	const wantLatin = !filter.latin || filter.latin.size > 0;
	// Arabic is folded once for the whole sentence; folding keeps everything but Arabic letters as is.
	const source = latinText ? text : foldArabic(text);
	let calendar = startsWithLabel(source, !latinText);
	let previousName = '';
	for (const token of words(source)) {
		const first = token.charCodeAt(0);
		if (first >= 0x30 && first <= 0x39) {
			previousName = '';
			continue;
		}
		if (first >= 0x0621 && first <= 0x064a) {
			previousName = '';
			if (latinText) continue;
			arabicSkeletons(token, names, filter.names);
			if (!calendar && isCalendarWord(token, true)) calendar = true;
			continue;
		}
		if (!latinText) {
			if (first < 0x0250 && latinLetter.test(token)) latin.push(hashKey(foldLatin(token)));
			continue;
		}
		const folded = foldLatin(token);
		if (!calendar && isCalendarWord(folded, false)) calendar = true;
		if (wantLatin) {
			const key = hashKey(folded);
			if (!filter.latin || filter.latin.has(key)) latin.push(key);
		}
		// A capitalised word that is not a function word may be a name; two in a row may be one name
		// written as two words ("Albu Kamal" for البوكمال).
		const capitalised = first >= 0x41 && first <= 0x5a ? true : first < 0x80 ? false : upperCase.test(token);
		if (!capitalised || isFunctionStem(englishStem(folded), false)) {
			previousName = '';
			continue;
		}
		const bare = folded.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-/u, '');
		addName(names, latinSkeleton(bare), filter.names);
		if (bare !== folded) addName(names, latinSkeleton(folded), filter.names);
		if (previousName !== '') addName(names, latinSkeleton(previousName + folded), filter.names);
		previousName = folded;
	}
	if (calendar && calendarWords) numbers.push(...calendarKeys(source, !latinText));
	features.keys.numbers = keyList(numbers);
	features.keys.latin = latin.length > 0 ? uniqueSorted(Int32Array.from(latin)) : empty;
	features.keys.names = names.length > 0 ? uniqueSorted(Int32Array.from(names)) : empty;
	features.rich = true;
}

function addName(names: number[], skeleton: string, keep: ReadonlySet<number> | undefined): void {
	if (skeleton.length < shortestSkeleton) return;
	const key = hashKey(skeleton);
	if (!keep || keep.has(key)) names.push(key);
}

// Cheap test before the aside pattern: brackets at the start, or a colon early on.
function mayBeAside(text: string): boolean {
	const c = text.charCodeAt(0);
	return c === 0x28 || c === 0x5b || text.lastIndexOf(':', 40) >= 0;
}

// What `measureText` reads off a UTF-16 code unit, kept in a table since it runs over every
// character of a book: bits 0–2 hold its punctuation class plus 1 (0 for none), then the flags
// below; 0 while the code unit has not been seen. Each entry is filled the first time its code
// unit turns up, from the functions it stands for, all of which look at the code unit alone (a
// surrogate is never a mark: `isCombiningMark` sees a lone surrogate, as it does in `unitLength`).
const markBit = 8;
const digitBit = 16;
const latinBit = 32;
const knownBit = 64;
const characterTable = new Uint8Array(0x10000);

/** What the table holds for `code` (exported for its test). */
export function characterBits(code: number): number {
	const known = characterTable[code] ?? 0;
	if (known !== 0) return known;
	let bits = knownBit | (punctuationClassOf(code) + 1);
	if (isCombiningMark(code, String.fromCharCode(code), 0)) bits |= markBit;
	if ((code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) bits |= digitBit;
	if (isLatinLetterCode(code)) bits |= latinBit;
	characterTable[code] = bits;
	return bits;
}

// Shared by every unit without any of the marks counted (most of them); never written to.
const noPunctuation = new Int32Array(punctuationClasses.length);

/**
 * The unit's length (./length-cost.ts `unitLength`) and punctuation counts, and whether it holds a
 * digit (as `extractNumbers` reads them) or a Latin letter, in one pass over it.
 */
function measureText(text: string): { length: number; punctuation: Int32Array; digits: boolean; latinLetters: boolean } {
	const table = characterTable;
	let punctuation = noPunctuation;
	let length = 0;
	let seen = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let bits = table[code] ?? 0;
		if (bits === 0) bits = characterBits(code);
		if ((bits & markBit) === 0) length++;
		seen |= bits;
		const k = (bits & 7) - 1;
		if (k >= 0) {
			if (punctuation === noPunctuation) punctuation = new Int32Array(punctuationClasses.length);
			punctuation[k] = (punctuation[k] ?? 0) + 1;
		}
	}
	return { length, punctuation, digits: (seen & digitBit) !== 0, latinLetters: (seen & latinBit) !== 0 };
}

/**
 * A "sentence" longer than this (a paragraph with no full stop, a file of one line) is not read word
 * by word once it has been read cheaply: its words could not tell one link from another anyway.
 */
const longestWordRead = 5000;

/** `features` with its `words` keys read from `text` (content stems, for the learnt dictionary). */
export function withWords(features: UnitFeatures, text: string): UnitFeatures {
	if (features.keys.words.length > 0 || text.length > longestWordRead) return features;
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
		if (!hasLatinLetter(paragraph)) continue;
		for (const word of words(paragraph)) if (latinLetter.test(word)) keys.add(hashKey(foldLatin(word)));
	}
	return keys;
}

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
	const keys = { numbers: mergeUnique(lists.numbers), latin: mergeUnique(lists.latin), names: mergeUnique(lists.names), words: mergeUnique(lists.words) };
	return { length, punctuation, keys, aside: parts.length === 1 && (parts[0]?.aside ?? false), rich: parts.every((part) => part.rich) };
}

const empty = new Int32Array(0);

// The keys of `values`, sorted and without repeats (a loop: Int32Array.from with a function was a
// good part of reading a sentence's words).
function keyList(values: string[]): Int32Array {
	if (values.length === 0) return empty;
	const keys = new Int32Array(values.length);
	for (let k = 0; k < values.length; k++) keys[k] = hashKey(values[k] ?? '');
	return uniqueSorted(keys);
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
