// Problems and review items in the interface's words. The shared modules speak English (the CLI's
// language); the workbench words what they report from its structure (a code, a file name, a line,
// a JSON pointer) and keeps their own sentence as a technical detail, marked as English.
import { formatBytes, formatNumber, formatPercent, languageName } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';
import type { WorkbenchProblem } from './problems';
import type { ReviewEntry } from './texts';

/** Something the person can do about a problem, offered beside it. */
export type ProblemAction = { kind: 'encoding'; name: string; encoding: string; label: string } | { kind: 'uneven'; label: string };

export interface ProblemView {
	message: string;
	/** Where, in the interface's words ("line 3, column 5"). */
	place?: string;
	/** The shared module's own sentence (English), shown as the technical detail. */
	detail?: string;
	/** A document's validation problems, as `muqabala validate` lists them. */
	list?: { pointer: string; place?: string; message: string }[];
	action?: ProblemAction;
}

const encodingNames = ['windows-1256', 'windows-1252'] as const;

function place(t: Translate, line?: number, column?: number): string | undefined {
	if (line === undefined) return undefined;
	return column === undefined ? t('workbench.problems.atLine', { line }) : t('workbench.problems.at', { line, column });
}

function encodingName(t: Translate, encoding: string): string {
	return (encodingNames as readonly string[]).includes(encoding) ? t(`workbench.problems.encodings.${encoding as (typeof encodingNames)[number]}`) : encoding;
}

/** `problem` for the page: a sentence in the interface language, and what goes with it. */
export function describeProblem(problem: WorkbenchProblem, t: Translate, locale: UiLocale): ProblemView {
	const number = (n: number) => formatNumber(n, locale);
	switch (problem.code) {
		case 'missing':
			return { message: t(problem.side === 'original' ? 'workbench.problems.missingOriginal' : 'workbench.problems.missingTranslation') };
		case 'empty':
			return { message: t('workbench.problems.empty', { name: problem.name }) };
		case 'too-large':
			return { message: t('workbench.problems.tooLarge', { name: problem.name, size: formatBytes(problem.size, locale), limit: formatBytes(problem.limit, locale) }) };
		case 'binary':
			return { message: t('workbench.problems.binary', { name: problem.name, format: t(`workbench.problems.formats.${problem.format}`) }) };
		case 'not-utf8': {
			const utf8 = problem.encoding.toLowerCase().replace('_', '-') === 'utf-8';
			// Arabic text saved by Windows is the usual case: offer windows-1256 unless the bytes say Western.
			const offer = utf8 ? (problem.suggestion ?? 'windows-1256') : undefined;
			return {
				message: utf8
					? t('workbench.problems.notUtf8', { name: problem.name, line: number(problem.line) })
					: t('workbench.problems.notInEncoding', { name: problem.name, encoding: encodingName(t, problem.encoding), line: number(problem.line) }),
				...(offer ? { action: { kind: 'encoding', name: problem.name, encoding: offer, label: t('workbench.problems.readAs', { encoding: encodingName(t, offer) }) } } : {})
			};
		}
		case 'unknown-encoding':
			return { message: t('workbench.problems.unknownEncoding', { encoding: problem.encoding }) };
		case 'same-language':
			return { message: t('workbench.problems.sameLanguage', { language: languageName(problem.language, locale) }) };
		case 'bad-language':
			return { message: t(problem.side === 'original' ? 'workbench.problems.badLanguageOriginal' : 'workbench.problems.badLanguageTranslation') };
		case 'uneven': {
			const [a, b] = problem.characters;
			const values = { factor: formatNumber(Math.round(problem.factor * 10) / 10, locale), longer: number(Math.max(a, b)), shorter: number(Math.min(a, b)) };
			return {
				message: t(problem.longer === 'original' ? 'workbench.problems.unevenOriginal' : 'workbench.problems.unevenTranslation', values),
				action: { kind: 'uneven', label: t('workbench.problems.alignAnyway') }
			};
		}
		case 'import': {
			const field = problem.field === 'original' || problem.field === 'translation' || problem.field === 'from' || problem.field === 'to' ? problem.field : 'other';
			return { message: t(`workbench.problems.import.${field}`), place: place(t, problem.line, problem.column) ?? problem.pointer, detail: problem.detail };
		}
		case 'invalid-document':
			return {
				message: t('workbench.problems.invalidDocument', { name: problem.name }),
				list: problem.problems.map((p) => ({ pointer: p.pointer || t('workbench.problems.wholeDocument'), place: place(t, p.line, p.column), message: p.message }))
			};
		case 'tmx':
			return { message: t('workbench.problems.tmx', { name: problem.name }), place: place(t, problem.line, problem.column), detail: problem.detail };
		case 'storage':
			return { message: t(`workbench.problems.storage.${problem.reason}`), ...(problem.detail ? { detail: problem.detail } : {}) };
		case 'internal':
			return { message: t('workbench.problems.internal'), detail: problem.detail };
	}
}

/**
 * Why a review item is listed, in the interface's words: its shape, and the aligner's doubt.
 * `names` are the two languages' names in the interface language (asked once for a whole list).
 */
export function describeReview(item: ReviewEntry, names: { from: string; to: string }, t: Translate, locale: UiLocale): string {
	const { from, to } = names;
	const reasons = item.codes.map((reason) => {
		switch (reason.code) {
			case 'untranslated':
				return t('reader.noCounterpart', { language: to });
			case 'added':
				return t('reader.noCounterpart', { language: from });
			case 'uneven':
				return t('reader.linkShape', {
					first: t('reader.sentencesIn', { count: reason.original, language: from }),
					second: t('reader.sentencesIn', { count: reason.translation, language: to })
				});
			case 'low-confidence':
				return t('workbench.result.lowConfidence', { confidence: formatPercent(Math.round(reason.confidence * 100), locale) });
		}
	});
	const text = reasons.join(locale === 'ar' ? '؛ ' : '; ');
	return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
