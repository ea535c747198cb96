// The lexicon shipped with the aligner (./lexicon-data.ts): general Arabic–English vocabulary, read
// into the same shape as the dictionary learnt from the text (./dictionary.ts), so that a sentence
// can be matched to its translation by its words even in a short text, where too few pairs repeat
// for anything to be learnt. Each form is normalised as the aligner reads words (./tokens.ts); a
// form that two entries share after that says nothing and is left out of both. Where the lexicon
// and the dictionary learnt from a text disagree, the lexicon wins: a short text teaches chance
// pairs as readily as real ones.
import { foldArabic, foldLatin } from '../text/fold';
import type { Dictionary } from './dictionary';
import { hashKey } from './features';
import { lexiconEntries } from './lexicon-data';
import { arabicStem, englishStem, isFunctionStem } from './tokens';

/** The lexicon's entries as word keys: for Arabic and for English, a stem key → the entry's id. */
export interface Lexicon {
	arabic: Map<number, number>;
	english: Map<number, number>;
	size: number;
}

let built: Lexicon | undefined;

/** The shipped lexicon (read once). */
export function shippedLexicon(): Lexicon {
	built ??= readLexicon(lexiconEntries);
	return built;
}

/**
 * Reads entries written `english words | arabic words` (each side's words separated by `, `).
 * Throws on an entry that is not written so: the data is ours, and a test reads all of it.
 */
export function readLexicon(entries: readonly string[]): Lexicon {
	const arabic = new Map<number, number>();
	const english = new Map<number, number>();
	const shared = { arabic: new Set<number>(), english: new Set<number>() };
	const add = (map: Map<number, number>, clash: Set<number>, key: number, id: number) => {
		const other = map.get(key);
		if (other !== undefined && other !== id) clash.add(key);
		else map.set(key, id);
	};
	entries.forEach((entry, id) => {
		const sides = entry.split(' | ');
		if (sides.length !== 2) throw new Error(`lexicon entry ${id} ("${entry}") is not "english words | arabic words"`);
		for (const word of (sides[0] ?? '').split(', ')) {
			const stem = englishStem(foldLatin(word.trim()));
			if (!isFunctionStem(stem, false)) add(english, shared.english, hashKey(stem), id);
		}
		for (const word of (sides[1] ?? '').split(', ')) {
			const stem = arabicStem(foldArabic(word.trim()));
			if (!isFunctionStem(stem, true)) add(arabic, shared.arabic, hashKey(stem), id);
		}
	});
	for (const key of shared.arabic) arabic.delete(key);
	for (const key of shared.english) english.delete(key);
	return { arabic, english, size: entries.length };
}

/** Whether a BCP 47 tag is of language `base` (`ar`, `ar-SY`, `AR`, `ar-Arab`); false for a tag that is not one. */
function isLanguage(tag: string, base: string): boolean {
	try {
		return new Intl.Locale(tag).language === base;
	} catch {
		return false;
	}
}

/**
 * The lexicon as a dictionary from `source` to `target` when they are Arabic and English (either
 * way round), else undefined.
 */
export function lexiconDictionary(source: string, target: string, lexicon: Lexicon = shippedLexicon()): Dictionary | undefined {
	if (isLanguage(source, 'ar') && isLanguage(target, 'en')) return { source: lexicon.arabic, target: lexicon.english, size: lexicon.size };
	if (isLanguage(source, 'en') && isLanguage(target, 'ar')) return { source: lexicon.english, target: lexicon.arabic, size: lexicon.size };
	return undefined;
}

/**
 * The lexicon as the aligner and re-aligning use it: `lexiconDictionary(source, target)`, unless
 * the options leave it out (`lexicon: false`) or align on length alone (`useCues: false`).
 */
export function lexiconFor(source: string, target: string, options: { lexicon?: boolean; useCues?: boolean }): Dictionary | undefined {
	return options.lexicon === false || options.useCues === false ? undefined : lexiconDictionary(source, target);
}

/**
 * `first` with the entries of `extra` added where they do not contradict it: an entry of `extra`
 * with a word `first` already has is left out whole (half of it would be a word with no partner).
 * Entry ids of `extra` are moved past those of `first`.
 */
export function mergeDictionaries(first: Dictionary | undefined, extra: Dictionary | undefined): Dictionary | undefined {
	if (!first || first.size === 0) return extra;
	if (!extra || extra.size === 0) return first;
	const clashes = new Set<number>();
	for (const [key, id] of extra.source) if (first.source.has(key)) clashes.add(id);
	for (const [key, id] of extra.target) if (first.target.has(key)) clashes.add(id);
	const source = new Map(first.source);
	const target = new Map(first.target);
	for (const [key, id] of extra.source) if (!clashes.has(id)) source.set(key, id + first.size);
	for (const [key, id] of extra.target) if (!clashes.has(id)) target.set(key, id + first.size);
	return { source, target, size: first.size + extra.size };
}
