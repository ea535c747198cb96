import { describe, expect, it } from 'vitest';
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
