import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n/i18n';
import { toUiLocale, uiLocales } from '$lib/i18n/locales';
import { toReaderPage } from '$lib/reader/page-view';
import { allDocumentIds, findReaderView } from '$lib/server/documents';
import { readerClientScript } from '$lib/server/reader-client';
import { RenderOnly } from '$lib/render-only';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every page of every document in every interface language, so the static build has them all.
export const entries: EntryGenerator = () =>
	allDocumentIds().flatMap((doc) => {
		const pages = findReaderView(doc)!.pages.length;
		return uiLocales.flatMap((lang) => Array.from({ length: pages }, (_, k) => ({ lang, doc, page: k === 0 ? undefined : String(k + 1) })));
	});

export const load: PageServerLoad = ({ params, locals }) => {
	const view = findReaderView(params.doc);
	const index = params.page === undefined ? 0 : Number(params.page) - 1;
	if (!view || !view.pages[index]) error(404, 'No such page'); // never echo the address
	const locale = toUiLocale(params.lang);
	// Language tags are validated ([A-Za-z0-9-]) and the script's path is Vite's (hashed file names
	// under /_app/): both safe inside an attribute. The boot script starts the script once the page
	// has loaded (src/lib/reader/boot.js).
	const tags = view.languages.map((l) => l.tag);
	locals.rootAttributes = ` data-texts="${tags.slice(0, 2).join(',')}" data-languages="${tags.join(',')}" data-script="${readerClientScript()}"`;
	// Read only by this render: the page has no client to send it to (see $lib/render-only).
	return { page: new RenderOnly({ view: toReaderPage(view, index, locale, translator(locale)) }) };
};
