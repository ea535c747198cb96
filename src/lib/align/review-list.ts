// The importer's review list: the document's review list (../document/review.ts) with the first
// words of each side and its reasons in the command line's English. Shared by `muqabala import`
// and the workbench, which remakes it after every correction; kept apart from the importer so a
// page that lists kept texts does not load the aligner.
import { defaultReviewThreshold, reviewDocument, type ReviewReason } from '../document/review';
import type { AlignedDocument } from '../document/types';
import { languageName } from '../text/script';

/** A link a person should look at, and why: the document's review list (../document/review.ts) with the first words of each side. */
export interface ReviewItem {
	/** The segment's id in the document. */
	id: string;
	/** Its position in the document, as the reader numbers pairs. */
	number: number;
	/** original:translation sentence counts, e.g. `1:0`. */
	shape: string;
	confidence: number;
	/** Why it is listed, in English words for the command line: "not in the English", "confidence 0.42", … */
	reasons: string[];
	/** The same reasons as codes with their figures, for an interface to word in its own language. */
	codes: ReviewReason[];
	/** The first words of each side ('' for an empty side). */
	original: string;
	translation: string;
}

/** The review list of `document` (aligned from `languages.from` to `languages.to`), as `muqabala import` prints it. */
export function reviewList(document: AlignedDocument, languages: { from: string; to: string }, threshold = defaultReviewThreshold): ReviewItem[] {
	const texts = new Map(document.blocks.flatMap((block) => block.segments).map((segment) => [segment.id, segment.text]));
	return reviewDocument(document, { translation: languages.to, threshold }).items.map((item) => ({
		id: item.id,
		number: item.number,
		shape: item.shape,
		confidence: item.confidence ?? 1,
		reasons: item.reasons.map((reason) => englishReason(reason, languages)),
		codes: item.reasons,
		original: firstWords(texts.get(item.id)?.[languages.from] ?? ''),
		translation: firstWords(texts.get(item.id)?.[languages.to] ?? '')
	}));
}

/** A review reason in the command line's words. */
function englishReason(reason: ReviewReason, languages: { from: string; to: string }): string {
	switch (reason.code) {
		case 'untranslated':
			return `not in the ${languageName(languages.to)}`;
		case 'added':
			return `not in the ${languageName(languages.from)}`;
		case 'uneven':
			return describeShape(`${reason.original}:${reason.translation}`, languages.from, languages.to);
		case 'low-confidence':
			return `confidence ${reason.confidence.toFixed(2)}`;
	}
}

/** The first `count` words of `text`, with "…" when there are more. */
export function firstWords(text: string, count = 8): string {
	const words = text.split(/\s+/u).filter(Boolean);
	return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

/** How a shape reads in words: "1:0" → "not in the English"; "2:1" → "2 Arabic sentences, 1 English". */
export function describeShape(shape: string, from: string, to: string): string {
	const [a, b] = shape.split(':').map(Number);
	if (b === 0) return `not in the ${languageName(to)}`;
	if (a === 0) return `not in the ${languageName(from)}`;
	return `${a} ${languageName(from)} sentence${a === 1 ? '' : 's'}, ${b} ${languageName(to)}`;
}
