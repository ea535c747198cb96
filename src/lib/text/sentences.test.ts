import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from './sentences';

const texts = (paragraph: string, lang: string) => splitSentences(paragraph, lang).map((s) => s.text);
const rejoin = (paragraph: string, lang: string) =>
	splitSentences(paragraph, lang)
		.map((s) => s.spaceBefore + s.text)
		.join('');

describe('splitSentences', () => {
	it('ends Arabic sentences at the Arabic question mark and the full stop, not at ، or ؛', () => {
		expect(texts('هل أنت هنا؟ نعم، أنا هنا؛ وأبقى. انتهى', 'ar')).toEqual([
			'هل أنت هنا؟',
			'نعم، أنا هنا؛ وأبقى.',
			'انتهى'
		]);
	});

	it('does not end a sentence at "د." before a name', () => {
		expect(texts('وقال د. أحمد إن الوضع جيد. ثم غادر.', 'ar')).toEqual(['وقال د. أحمد إن الوضع جيد.', 'ثم غادر.']);
	});

	it('ends a sentence at a year followed by "م."', () => {
		expect(texts('ولد عام 1950 م. وتوفي لاحقاً.', 'ar')).toEqual(['ولد عام 1950 م.', 'وتوفي لاحقاً.']);
	});

	it('keeps English titles and initials with the name that follows', () => {
		expect(texts('Dr. Hossein Amir-Abdollahian spoke. Mr. J. R. Smith of the U.S. Army replied.', 'en')).toEqual([
			'Dr. Hossein Amir-Abdollahian spoke.',
			'Mr. J. R. Smith of the U.S. Army replied.'
		]);
	});

	it('is lossless, keeping unusual spacing between sentences', () => {
		for (const [paragraph, lang] of [
			['One.  Two!   Three? Four', 'en'],
			['أولاً.\u00a0ثانياً. ثالثاً', 'ar'],
			['وقال د. أحمد:  نعم.', 'ar']
		] as const) {
			expect(rejoin(paragraph, lang)).toBe(paragraph);
		}
	});

	it('returns nothing for an empty paragraph', () => {
		expect(splitSentences('', 'en')).toEqual([]);
	});
});

// The splitter as it was first written, gluing and trimming the segments' strings: the one that
// works by indices must split every paragraph the same way.
function referenceSplit(paragraph: string, lang: string): { text: string; spaceBefore: string }[] {
	const english = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Sen', 'Rep', 'Gov', 'Pres', 'Rev', 'Fr', 'St', 'Mt', 'No', 'Nos', 'Vol', 'vol', 'pp', 'p', 'vs', 'cf', 'e.g', 'i.e', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd']);
	const arabic = new Set(['د', 'أ', 'م', 'ج', 'ص', 'ت', 'ق', 'أ.د', 'ق.م']);
	const abbreviation = (piece: string) => {
		const word = /(?:^|[\s("'«“])([^\s("'«“]+)\.$/u.exec(piece)?.[1];
		if (!word) return false;
		if (['ar', 'fa', 'ur'].includes(lang.split('-')[0] ?? '')) {
			if (word === 'م' && /\d\s*م\.$/u.test(piece)) return false;
			return arabic.has(word);
		}
		if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
		return english.has(word);
	};
	const pieces: string[] = [];
	let pending = '';
	for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(paragraph)) {
		pending += segment;
		if (abbreviation(pending.trimEnd())) continue;
		pieces.push(pending);
		pending = '';
	}
	if (pending !== '') pieces.push(pending);
	const sentences: { text: string; spaceBefore: string }[] = [];
	let gap = '';
	for (const piece of pieces) {
		const text = piece.trim();
		if (text === '') {
			gap += piece;
			continue;
		}
		sentences.push({ text, spaceBefore: sentences.length === 0 ? '' : gap + piece.slice(0, piece.length - piece.trimStart().length) });
		gap = piece.slice(piece.trimEnd().length);
	}
	return sentences;
}

describe('splitSentences by indices', () => {
	const parts = [
		'قال', 'د.', 'أ.د.', 'م.', '2017 م.', '١٩٩٠', 'المدينة', 'هنا؟', '!', 'Dr.', 'J.', 'R.', 'U.S.', 'e.g.', 'word', 'Word', 'end.',
		'.', '?', '؟', '…', '«', '»', '“', '”', '"', "'", '(', ')', ' ', '  ', '\u00a0', '\u2009', '\t', '\n', '\u2029', '\u3000', '\ufeff', '𝐀'
	];
	const paragraph = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((list) => list.join(''));
	for (const lang of ['ar', 'en']) {
		it(`splits ${lang} text as gluing and trimming the segments did`, () => {
			fc.assert(
				fc.property(paragraph, (text) => {
					expect(splitSentences(text, lang)).toEqual(referenceSplit(text, lang));
				}),
				{ numRuns: 2000 }
			);
		});
	}
});
