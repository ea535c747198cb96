import { error } from '@sveltejs/kit';
import { toReaderView } from '$lib/document/view';
import { formatPublished, languageName } from '$lib/i18n/format';
import { toUiLocale, uiLocales } from '$lib/i18n/locales';
import { allDocumentIds, findDocument } from '$lib/server/documents';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every document in every interface language, so the static build has them all.
export const entries: EntryGenerator = () => allDocumentIds().flatMap((doc) => uiLocales.map((lang) => ({ lang, doc })));

export const load: PageServerLoad = ({ params }) => {
	const document = findDocument(params.doc);
	if (!document) error(404, 'No such document'); // never echo params.doc
	const locale = toUiLocale(params.lang);
	const view = toReaderView(document);
	return {
		view,
		// Formatted here, at build time, so the browser shows exactly what the server rendered.
		names: Object.fromEntries(view.languages.map((l) => [l.tag, languageName(l.tag, locale)])),
		published: view.source.published ? formatPublished(view.source.published, locale, view.source.timeZone) : null
	};
};
