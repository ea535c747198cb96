// Search in the whole document, both languages at once (src/lib/search), from the reader: the
// panel lists the matches, each a link to its pair; the matching words on this page are marked
// with the CSS Custom Highlight API, which adds no element to the text. Loaded on first use.
import { mount } from 'svelte';
import SearchPanel from '../components/SearchPanel.svelte';
import SearchResults, { type ResultView } from '../components/SearchResults.svelte';
import type { AlignedDocument } from '../document/types';
import { formatNumber, languageName } from '../i18n/format';
import { isLocaleLoaded, loadLocale, translator } from '../i18n/i18n';
import { uiDirection } from '../i18n/locales';
import { buildSearchIndex, matchRanges, search, type SearchIndex, type SearchQuery } from '../search/search';
import { directionOf } from '../text/language';
import type { Reader } from './connect.svelte';
import { loadDocument } from './document';
import { pageOf } from '../reader/target';

const limit = 200;
const highlightName = 'muqabala-search';
const remembered = (id: string) => `muqabala:search:${id}`;

let session: Promise<SearchSession> | undefined;

/** The search of this page, its panel drawn the first time (with the interface language's strings). */
function searchSession(reader: Reader): Promise<SearchSession> {
	session ??= loadLocale(reader.config.locale).then(
		() => new SearchSession(reader),
		(error: unknown) => {
			session = undefined; // offline before the strings ever loaded: the next try loads them again
			throw error;
		}
	);
	return session;
}

/** Opens the search panel (drawing it the first time) and puts the cursor in its field. */
export async function openSearch(reader: Reader): Promise<void> {
	(await searchSession(reader)).open();
}

/** Reopens a search the reader was following when they went on to another page of the document. */
export function resumeSearch(reader: Reader): void {
	let query: string | null = null;
	try {
		query = sessionStorage.getItem(remembered(reader.config.id));
	} catch {
		// No storage: nothing to resume.
	}
	if (!query) return;
	const text = query;
	void searchSession(reader).then(
		(search) => search.open(text, false),
		() => {
			// Offline before the strings ever loaded: the search can be opened again by hand.
		}
	);
}

class SearchSession {
	readonly #reader: Reader;
	readonly #panel: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #status: HTMLElement;
	#index: Promise<SearchIndex> | undefined;
	#document: AlignedDocument | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #view = $state<{ results: ResultView[]; more: string }>({ results: [], more: '' });

	constructor(reader: Reader) {
		this.#reader = reader;
		// The panel comes right after the toolbar, in the order of tabbing as on the screen.
		const toolbar = reader.root.querySelector('[data-reader-toolbar]');
		const t = translator(reader.config.locale);
		mount(SearchPanel, { target: toolbar?.parentElement ?? reader.root, anchor: toolbar?.nextSibling ?? undefined, props: { t } });
		const panel = reader.root.querySelector<HTMLElement>('[data-search-panel]');
		const input = panel?.querySelector<HTMLInputElement>('input[type="search"]');
		const status = panel?.querySelector<HTMLElement>('[data-search-status]');
		const list = panel?.querySelector<HTMLElement>('[data-search-results]');
		if (!panel || !input || !status || !list) throw new Error('the reader page has no search panel');
		[this.#panel, this.#input, this.#status] = [panel, input, status];
		const ui = { lang: reader.config.locale, dir: uiDirection(reader.config.locale) };
		const view = this.#view;
		mount(SearchResults, {
			target: list,
			props: {
				get results() {
					return view.results;
				},
				get more() {
					return view.more;
				},
				ui
			}
		});
		input.addEventListener('input', () => this.#schedule());
		panel.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#run();
			list.querySelector('a')?.focus();
		});
		panel.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') this.close();
		});
		panel.querySelector('[data-action="search-close"]')?.addEventListener('click', () => this.close());
		list.addEventListener('click', (event) => {
			const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-here]') : null;
			if (!link) return;
			// A pair of this page: light it up and bring it into view, keeping the panel open.
			event.preventDefault();
			const id = decodeURIComponent(link.hash.slice(1));
			reader.state.active = id;
			reader.state.focused = id;
			reader.focusPair(id);
		});
	}

	open(query?: string, focus = true): void {
		this.#panel.hidden = false;
		document.documentElement.setAttribute('data-search-open', '');
		if (query !== undefined) this.#input.value = query;
		if (focus) {
			this.#input.focus();
			this.#input.select();
		}
		if (this.#input.value.trim() !== '') this.#run();
		else void this.#load();
	}

	close(): void {
		this.#panel.hidden = true;
		document.documentElement.removeAttribute('data-search-open');
		CSS.highlights?.delete(highlightName);
		try {
			sessionStorage.removeItem(remembered(this.#reader.config.id));
		} catch {
			// As above.
		}
		this.#reader.root.querySelector<HTMLElement>('[data-action="search"]')?.focus();
	}

	#load(): Promise<SearchIndex> {
		const { config } = this.#reader;
		if (!this.#index) {
			const document = loadDocument(config.documentUrl);
			this.#index = loadLocale(config.locale)
				.then(async () => {
					const loading = this.#say('search.loading');
					const loaded = await document;
					this.#document = loaded;
					if (this.#status.textContent === loading) this.#status.textContent = '';
					return buildSearchIndex(loaded);
				})
				.catch((error: unknown) => {
					this.#index = undefined;
					if (isLocaleLoaded(config.locale)) this.#say('search.failed');
					throw error;
				});
		}
		return this.#index;
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#run(), 120);
	}

	async #run(): Promise<void> {
		const text = this.#input.value;
		let index: SearchIndex;
		try {
			index = await this.#load();
		} catch {
			return;
		}
		if (text !== this.#input.value) return; // typed on meanwhile
		const { config } = this.#reader;
		const t = translator(config.locale);
		const results = search(index, text, { limit, context: 50 });
		const number = (n: number) => formatNumber(n, config.locale);
		this.#view.results = results.hits.map((hit) => {
			const page = pageOf(config.pages, hit.ordinal) ?? config.pageIndex;
			return {
				key: `${hit.segmentId}:${hit.lang}`,
				href: `${page === config.pageIndex ? '' : config.pageHrefs[page]}#${encodeURIComponent(hit.segmentId)}`,
				label: t('search.result', { number: number(hit.ordinal), language: languageName(hit.lang, config.locale) }),
				lang: hit.lang,
				dir: directionOf(hit.lang),
				...hit.snippet,
				here: page === config.pageIndex
			};
		});
		const rest = results.total - results.hits.length;
		this.#view.more = rest > 0 ? t('search.more', { count: rest }) : '';
		this.#status.textContent = results.query.terms.length === 0 ? '' : t('search.results', { count: results.total });
		this.#mark(results.query);
		try {
			if (results.query.terms.length > 0) sessionStorage.setItem(remembered(config.id), text);
			else sessionStorage.removeItem(remembered(config.id));
		} catch {
			// As above.
		}
	}

	/** Marks the matching words in the pairs of this page (only the sides that match every term). */
	#mark(query: SearchQuery): void {
		if (typeof Highlight === 'undefined' || !CSS.highlights) return;
		const ranges: Range[] = [];
		if (query.terms.length > 0) {
			for (const side of this.#reader.text.querySelectorAll<HTMLElement>('[data-segment-id]:not([data-empty])')) {
				const nodes = [...side.childNodes].filter((node): node is Text => node instanceof Text);
				const content = nodes.map((node) => node.data).join('');
				const id = side.dataset.segmentId ?? '';
				const original = this.#document ? findText(this.#document, id, side.lang) : content.trimStart();
				const offset = content.length - original.length; // the whitespace that joins it in running prose
				if (original === '' || offset < 0 || !content.endsWith(original)) continue;
				for (const range of matchRanges(original, query)) {
					const marked = new Range();
					setBoundary(nodes, offset + range.start, (node, at) => marked.setStart(node, at));
					setBoundary(nodes, offset + range.end, (node, at) => marked.setEnd(node, at));
					ranges.push(marked);
				}
			}
		}
		if (ranges.length === 0) CSS.highlights.delete(highlightName);
		else CSS.highlights.set(highlightName, new Highlight(...ranges));
	}

	#say(key: 'search.loading' | 'search.failed'): string {
		const text = translator(this.#reader.config.locale)(key);
		this.#status.textContent = text;
		return text;
	}
}

/** Finds the text node holding character `index` of the nodes' joined text. */
function setBoundary(nodes: Text[], index: number, set: (node: Text, offset: number) => void): void {
	let rest = index;
	for (const node of nodes) {
		if (rest <= node.data.length) return set(node, rest);
		rest -= node.data.length;
	}
}

// A lookup built once per document, not state.
const textCache = new WeakMap<AlignedDocument, Map<string, Record<string, string>>>();

function findText(document: AlignedDocument, id: string, lang: string): string {
	let byId = textCache.get(document);
	if (!byId) {
		byId = new Map(); // eslint-disable-line svelte/prefer-svelte-reactivity -- as above
		for (const block of document.blocks) for (const segment of block.segments) byId.set(segment.id, segment.text);
		textCache.set(document, byId);
	}
	return byId.get(id)?.[lang] ?? '';
}
