// The review list and the alignment map as the interface shows them: every figure written in the
// interface's digits, every reason worded in its language, each pair with the address that goes to
// it. Plain functions of the domain's data (document/review.ts, document/alignment-map.ts), so the
// components only lay them out.
import type { AlignmentMap, MapMark } from '../document/alignment-map';
import { reviewKinds, type ReviewKind, type ReviewList, type ReviewReason } from '../document/review';
import type { AlignedDocument, LanguageTag } from '../document/types';
import { formatNumber, formatPercent } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';
import { directionOf, type Direction } from '../text/language';

export interface ReviewContext {
	locale: UiLocale;
	t: Translate;
	/** Language names in the interface language, by tag. */
	names: Record<LanguageTag, string>;
	/** Where pair number `number` (id `id`) is read, and whether that is on this page. */
	placeOf(number: number, id: string): { href: string; here: boolean };
}

export interface ReviewEntryView {
	id: string;
	number: number;
	href: string;
	/** On this page: following it needs no new page. */
	here: boolean;
	/** "Segment 12". */
	label: string;
	/** original:translation in the interface's digits, "٢:١". */
	shape: string;
	/** Why it is listed, one sentence each. */
	reasons: string[];
	kinds: ReviewKind[];
	/** The first words of each side, in its own language ('' for an empty side). */
	preview: { tag: LanguageTag; dir: Direction; text: string }[];
}

export interface ReviewKindView {
	kind: ReviewKind;
	label: string;
	count: number;
	/** The count in the interface's digits. */
	countLabel: string;
}

/** The first `count` words of `text`, with "…" when there are more. */
export function firstWords(text: string, count = 10): string {
	const words = text.split(/\s+/u).filter(Boolean);
	return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

/** A reason in words, in the interface language. */
export function describeReason(reason: ReviewReason, review: Pick<ReviewList, 'original' | 'translation'>, context: Pick<ReviewContext, 't' | 'names' | 'locale'>): string {
	const { t, names, locale } = context;
	const original = names[review.original] ?? review.original;
	const translation = names[review.translation] ?? review.translation;
	switch (reason.code) {
		case 'untranslated':
			return t('reader.noCounterpart', { language: translation });
		case 'added':
			return t('reader.noCounterpart', { language: original });
		case 'uneven':
			return t('reader.linkShape', {
				first: t('reader.sentencesIn', { count: reason.original, language: original }),
				second: t('reader.sentencesIn', { count: reason.translation, language: translation })
			});
		case 'low-confidence':
			return t('review.lowConfidence', { confidence: formatPercent(Math.round(reason.confidence * 100), locale), threshold: formatPercent(Math.round(reason.threshold * 100), locale) });
	}
}

/** The name of a kind of doubt (the filter buttons and the counts). */
export function describeKind(kind: ReviewKind, review: Pick<ReviewList, 'original' | 'translation' | 'threshold'>, context: Pick<ReviewContext, 't' | 'names' | 'locale'>): string {
	const { t, names } = context;
	switch (kind) {
		case 'untranslated':
			return t('reader.noCounterpart', { language: names[review.translation] ?? review.translation });
		case 'added':
			return t('reader.noCounterpart', { language: names[review.original] ?? review.original });
		case 'uneven':
			return t('review.uneven');
		case 'low-confidence':
			return t('review.lowConfidenceKind', { threshold: formatPercent(Math.round(review.threshold * 100), context.locale) });
	}
}

/** The counts by kind, in the order of `reviewKinds`, kinds without pairs included. */
export function toReviewKinds(review: ReviewList, context: Pick<ReviewContext, 't' | 'names' | 'locale'>): ReviewKindView[] {
	return reviewKinds.map((kind) => ({ kind, label: describeKind(kind, review, context), count: review.counts[kind], countLabel: formatNumber(review.counts[kind], context.locale) }));
}

/** The review list's entries, ready to show. `document` gives the previews. */
export function toReviewEntries(review: ReviewList, document: AlignedDocument, context: ReviewContext): ReviewEntryView[] {
	const wanted = new Set(review.items.map((item) => item.id));
	const texts = new Map<string, Record<LanguageTag, string>>();
	for (const block of document.blocks) for (const segment of block.segments) if (wanted.has(segment.id)) texts.set(segment.id, segment.text);
	const number = (n: number) => formatNumber(n, context.locale);
	return review.items.map((item) => {
		const text = texts.get(item.id) ?? {};
		return {
			id: item.id,
			number: item.number,
			...context.placeOf(item.number, item.id),
			label: context.t('reader.pair', { number: number(item.number) }),
			shape: `${number(item.sentences.original)}:${number(item.sentences.translation)}`,
			reasons: item.reasons.map((reason) => describeReason(reason, review, context)),
			kinds: item.reasons.map((reason) => reason.code),
			preview: [review.original, review.translation].map((tag) => ({ tag, dir: directionOf(tag), text: firstWords(text[tag] ?? '') }))
		};
	});
}

/** What the map says of one mark, for its tooltip and for screen readers: "Segment 12: 2 sentences in Arabic, 1 in English; confidence 42%; checked". */
export function describeMark(mark: MapMark, map: AlignmentMap, context: Pick<ReviewContext, 't' | 'names' | 'locale'>): string {
	const { t, names, locale } = context;
	const parts = [
		t('reader.linkShape', {
			first: t('reader.sentencesIn', { count: mark.width, language: names[map.original] ?? map.original }),
			second: t('reader.sentencesIn', { count: mark.height, language: names[map.translation] ?? map.translation })
		})
	];
	if (mark.confidence !== undefined) parts.push(t('map.confidence', { confidence: formatPercent(Math.round(mark.confidence * 100), locale) }));
	if (mark.checked) parts.push(t('map.checked'));
	return t('map.markLabel', { pair: t('reader.pair', { number: formatNumber(mark.number, locale) }), details: parts.join(t('map.separator')) });
}
