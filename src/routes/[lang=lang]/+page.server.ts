import { toLibraryEntry } from '$lib/document/view';
import { formatPublished, languageName } from '$lib/i18n/format';
import { translator } from '$lib/i18n/i18n';
import { toUiLocale } from '$lib/i18n/locales';
import { allDocumentIds, findDocument } from '$lib/server/documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = toUiLocale(params.lang);
	const t = translator(locale);
	const entries = allDocumentIds().map((id) => {
		const entry = toLibraryEntry(findDocument(id)!);
		return {
			...entry,
			// "Arabic (original), English": formatted at build time, like every locale-dependent string.
			languageList: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
				entry.languages.map((l) => languageName(l.tag, locale) + (l.isOriginal ? ` (${t('library.originalMark')})` : ''))
			),
			published: entry.source.published ? formatPublished(entry.source.published, locale, entry.source.timeZone) : null,
			// The publisher's name in the interface language when the document gives it.
			...(entry.source.publisherNames?.[locale]
				? { publisher: entry.source.publisherNames[locale], publisherLang: locale }
				: entry.source.publisher
					? { publisher: entry.source.publisher }
					: {})
		};
	});
	return { entries };
};
