// The interface's words for a citation (src/lib/document/citation.ts knows no interface language).
import type { CitationLabels } from '../document/citation';
import { formatNumber, formatPublished, languageName, localizeDigits } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';

/** Citation labels in the interface language `locale`. */
export function citationLabels(locale: UiLocale, t: Translate): CitationLabels {
	const name = (tag: string) => languageName(tag, locale);
	return {
		lang: locale,
		side: (tag, isOriginal) => (isOriginal ? `${name(tag)} (${t('library.originalMark')})` : name(tag)),
		missing: (tag) => t('reader.noCounterpart', { language: name(tag) }),
		articleId: (id) => t('reader.article', { id: localizeDigits(id, locale) }),
		date: (iso, timeZone) =>
			/^\d{4}-\d{2}-\d{2}$/.test(iso)
				? new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-arab' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
				: formatPublished(iso, locale, timeZone).gregorian,
		translation: (tag) => t('reader.translationOf', { language: name(tag) }),
		translatorUnknown: t('reader.translatorUnknown'),
		method: (method) => t(`reader.methods.${method}`),
		pair: (number) => t('copy.segment', { number: formatNumber(number, locale) }),
		separator: locale === 'ar' ? '، ' : ', '
	};
}
