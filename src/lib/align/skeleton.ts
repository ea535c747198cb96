// Proper names across scripts. An Arabic name and its English transliteration rarely agree letter
// for letter (سليماني: Soleimani, Suleimani, Sulaymani), but they keep the same consonants in the
// same order. Both are reduced to a skeleton of consonant classes: vowels and the letters that
// often stand for vowels (ا و ي, Latin a e i o u w y) are dropped, ع and hamza are dropped, sounds
// that transliterations confuse share a class (ق ك خ غ ج ~ q k kh gh j g c; س ش ص ~ s sh; ت ط ث ~
// t th; د ض ذ ~ d dh), doubled consonants count once, and a final ه (ة) or h is dropped.
// سليماني and Soleimani are both "SLMN"; البوكمال and "Albu Kamal" both "LBKML".

const arabicClasses: Record<string, string> = {
	'ب': 'B', 'پ': 'B', 'ت': 'T', 'ث': 'T', 'ط': 'T', 'ج': 'K', 'ق': 'K', 'ك': 'K', 'ک': 'K', 'خ': 'K', 'غ': 'K',
	'گ': 'K', 'ح': 'H', 'ه': 'H', 'د': 'D', 'ذ': 'D', 'ض': 'D', 'ر': 'R', 'ز': 'Z', 'ظ': 'Z', 'ژ': 'Z', 'س': 'S',
	'ش': 'S', 'ص': 'S', 'چ': 'S', 'ف': 'F', 'ڤ': 'F', 'ل': 'L', 'م': 'M', 'ن': 'N'
};
// The same as a table indexed by code point − 0x0600, so a book's words are reduced without lookups by string.
const arabicTable = new Uint8Array(0x100);
for (const [letter, cls] of Object.entries(arabicClasses)) arabicTable[letter.charCodeAt(0) - 0x0600] = cls.charCodeAt(0);

const latinClasses: Record<string, string> = {
	b: 'B', p: 'B', t: 'T', d: 'D', s: 'S', z: 'Z', k: 'K', q: 'K', g: 'K', j: 'K', c: 'K', x: 'K', f: 'F', v: 'F',
	l: 'L', m: 'M', n: 'N', r: 'R', h: 'H'
};
const latinDigraphs: Record<string, string> = { sh: 'S', ch: 'S', kh: 'K', gh: 'K', th: 'T', dh: 'D', ph: 'F' };

/** The consonant skeleton of an Arabic word (folded: ../text/fold.ts `foldArabic`), from `start`. */
export function arabicSkeleton(folded: string, start = 0): string {
	let skeleton = '';
	let last = 0;
	const end = folded.charCodeAt(folded.length - 1) === 0x0647 ? folded.length - 1 : folded.length;
	for (let i = start; i < end; i++) {
		const code = folded.charCodeAt(i) - 0x0600;
		const cls = code >= 0 && code < 0x100 ? (arabicTable[code] ?? 0) : 0;
		if (cls !== 0 && cls !== last) {
			skeleton += String.fromCharCode(cls);
			last = cls;
		}
	}
	return skeleton;
}

/**
 * `hashKey(arabicSkeleton(folded, start))` without building the string, or 0 when the skeleton is
 * shorter than `shortestSkeleton` (a book has millions of words; most skeletons are thrown away).
 */
export function arabicSkeletonKey(folded: string, start = 0): number {
	let h = 0x811c9dc5;
	let length = 0;
	let last = 0;
	const end = folded.charCodeAt(folded.length - 1) === 0x0647 ? folded.length - 1 : folded.length;
	for (let i = start; i < end; i++) {
		const code = folded.charCodeAt(i) - 0x0600;
		const cls = code >= 0 && code < 0x100 ? (arabicTable[code] ?? 0) : 0;
		if (cls !== 0 && cls !== last) {
			h ^= cls;
			h = Math.imul(h, 0x01000193);
			length++;
			last = cls;
		}
	}
	return length >= shortestSkeleton ? h | 0 || 1 : 0;
}

/** The consonant skeleton of a Latin-script word (folded: lowercase, no accents). */
export function latinSkeleton(folded: string): string {
	let skeleton = '';
	const word = folded.replace(/[^a-z]/gu, '').replace(/([aeiouy])h$/u, '$1');
	for (let i = 0; i < word.length; i++) {
		const pair = word.slice(i, i + 2);
		let cls = latinDigraphs[pair];
		if (cls) i++;
		else cls = latinClasses[word[i] ?? ''];
		if (cls && !skeleton.endsWith(cls)) skeleton += cls;
	}
	return skeleton;
}

/** Skeletons shorter than this are too common to link anything (قال, "Ali", "Nour"). */
export const shortestSkeleton = 3;
