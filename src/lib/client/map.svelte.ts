// The alignment map and the review list, read-only, beside a bundled document: the panel
// (components/AlignmentPanel.svelte) is mounted the first time it is opened, with the whole
// document loaded then (loadDocument) and its sentences counted in slices, so a 10,000-segment
// text never stops the page for long. Keys while it is open: n and p go to the next and previous
// segment to check. The panel stays open from page to page of a long text (session storage).
import { flushSync, mount, unmount } from 'svelte';
import AlignmentPanel, { type AlignmentPanelData } from '../components/AlignmentPanel.svelte';
import { toAlignmentMap, nextDoubt, type AlignmentMap } from '../document/alignment-map';
import { reviewDocument, reviewKinds, type ReviewKind, type ReviewList } from '../document/review';
import { sentenceCount } from '../document/shape';
import type { AlignedDocument } from '../document/types';
import { formatNumber } from '../i18n/format';
import { loadLocale, translator } from '../i18n/i18n';
import { directionOf } from '../text/language';
import { toReviewEntries, toReviewKinds, type ReviewEntryView } from '../reader/review-view';
import type { Reader } from './connect.svelte';
import { loadDocument } from './document';
import { pageOf, withSearch } from '../reader/target';

const remembered = (id: string) => `muqabala:map:${id}`;

let session: MapSession | undefined;

/** The panel of `reader`: a reader connected anew (a page drawn again after an edit) gets its own. */
function sessionFor(reader: Reader): MapSession {
	if (session && session.reader !== reader) disposeMap(session.reader);
	session ??= new MapSession(reader);
	return session;
}

/** Opens the panel, or closes it when it is open (the toolbar's button). */
export function toggleMap(reader: Reader): void {
	const current = sessionFor(reader);
	if (current.isOpen) current.close();
	else current.open(true);
}

/** Reopens the panel on another page of the document when it was open on the last one. */
export function resumeMap(reader: Reader): void {
	sessionFor(reader).open(false);
}

/** Takes the panel of `reader` away (the reader is disconnecting); whether it was open is still remembered. */
export function disposeMap(reader: Reader): void {
	if (session?.reader !== reader) return;
	session.dispose();
	session = undefined;
}

class MapSession {
	readonly #reader: Reader;
	readonly #view = $state<{ open: boolean; status: 'loading' | 'failed' | 'ready'; data: AlignmentPanelData | null; currentEntry: string | null; shown: Set<ReviewKind> }>({
		open: false,
		status: 'loading',
		data: null,
		currentEntry: null,
		shown: new Set(reviewKinds)
	});
	#map: AlignmentMap | undefined;
	#review: ReviewList | undefined;
	#indexOf = new Map<string, number>();
	#loading: Promise<void> | undefined;
	readonly #host: HTMLElement;
	#mounted: ReturnType<typeof mount> | undefined;
	readonly #onKey = (event: KeyboardEvent) => this.#key(event);

	constructor(reader: Reader) {
		this.#reader = reader;
		this.#host = document.createElement('div');
		reader.root.append(this.#host);
		window.addEventListener('keydown', this.#onKey);
	}

	get reader(): Reader {
		return this.#reader;
	}

	dispose(): void {
		window.removeEventListener('keydown', this.#onKey);
		if (this.#mounted) void unmount(this.#mounted);
		this.#host.remove();
		document.documentElement.removeAttribute('data-alignment-panel');
	}

	// Mounted once the interface strings are loaded (open waits for them).
	#mount(): void {
		if (this.#mounted) return;
		const { config } = this.#reader;
		const view = this.#view;
		const current = () => this.current;
		this.#mounted = mount(AlignmentPanel, {
			target: this.#host,
			props: {
				get open() {
					return view.open;
				},
				get status() {
					return view.status;
				},
				get data() {
					return view.data;
				},
				get current() {
					return current();
				},
				get currentEntry() {
					return view.currentEntry;
				},
				get shown() {
					return view.shown;
				},
				names: config.names,
				locale: config.locale,
				t: translator(config.locale),
				onclose: () => this.close(),
				onretry: () => void this.#load(),
				onmark: (index: number) => this.go(index),
				onentry: (entry: ReviewEntryView) => this.go(entry.number - 1),
				ontoggle: (kind: ReviewKind) => {
					const shown = new Set(view.shown); // eslint-disable-line svelte/prefer-svelte-reactivity -- replaced whole, never changed in place
					if (shown.has(kind)) shown.delete(kind);
					else shown.add(kind);
					view.shown = shown;
				}
			}
		});
	}

	get isOpen(): boolean {
		return this.#view.open;
	}

	/** The index of the segment being read: the lit one, else the one with focus, else the one at the top. */
	get current(): number {
		const { state } = this.#reader;
		// Before the reader has moved, the place is the pair at the top of the screen.
		const id = state.active ?? state.focused ?? state.place ?? this.#reader.currentPair()?.id;
		return id ? (this.#indexOf.get(id) ?? -1) : -1;
	}

	open(focus: boolean): void {
		const { config, root } = this.#reader;
		void loadLocale(config.locale).then(() => {
			this.#mount();
			this.#view.open = true;
			document.documentElement.setAttribute('data-alignment-panel', '');
			const button = root.querySelector<HTMLElement>('[data-action="map"]');
			button?.setAttribute('aria-expanded', 'true');
			button?.setAttribute('aria-controls', '_alignment');
			try {
				sessionStorage.setItem(remembered(config.id), '1');
			} catch {
				// Remembering is a convenience.
			}
			flushSync();
			if (focus) this.#host.querySelector<HTMLElement>('#_alignment-title')?.focus();
			void this.#load();
		});
	}

	close(): void {
		const { config, root } = this.#reader;
		this.#view.open = false;
		document.documentElement.removeAttribute('data-alignment-panel');
		const button = root.querySelector<HTMLElement>('[data-action="map"]');
		button?.setAttribute('aria-expanded', 'false');
		try {
			sessionStorage.removeItem(remembered(config.id));
		} catch {
			// As above.
		}
		if (this.#host.contains(document.activeElement) || document.activeElement === document.body) button?.focus();
	}

	/** Goes to the segment whose mark has index `index`: lit on this page, or on the page that holds it. */
	go(index: number): void {
		const mark = this.#map?.marks[index];
		if (!mark) return;
		const { config, state } = this.#reader;
		this.#view.currentEntry = mark.doubts.length > 0 ? mark.id : null;
		const page = pageOf(config.pages, mark.number);
		if (page === undefined || page === config.pageIndex) {
			state.active = mark.id;
			state.focused = mark.id;
			state.place = mark.id;
			// A jump, not a step: at once, so blocks laid out on the way (content-visibility) cannot
			// move the target while a smooth scroll runs. Scroll padding keeps it clear of a sheet.
			const pair = document.getElementById(mark.id);
			pair?.focus({ preventScroll: true });
			pair?.scrollIntoView({ block: 'center', behavior: 'instant' });
		} else {
			location.assign(`${withSearch(config.pageHrefs[page]!, location.search)}#${encodeURIComponent(mark.id)}`);
		}
	}

	#load(): Promise<void> {
		if (!this.#loading) {
			this.#view.status = 'loading';
			this.#loading = loadDocument(this.#reader.config.documentUrl)
				.then((loaded) => this.#build(loaded))
				.then(() => {
					this.#view.status = 'ready';
				})
				.catch(() => {
					this.#loading = undefined;
					this.#view.status = 'failed';
				});
		}
		return this.#loading;
	}

	async #build(loaded: AlignedDocument): Promise<void> {
		const { config, state } = this.#reader;
		const t = translator(config.locale);
		// The translation compared: the second text read, unless it is the original.
		const translation = [state.texts[1], state.texts[0], ...config.languages].find((tag) => tag && tag !== loaded.original && Object.hasOwn(loaded.languages, tag));
		await countSentences(loaded, [loaded.original, translation ?? '']);
		const review = reviewDocument(loaded, { translation });
		const map = toAlignmentMap(loaded, { translation });
		this.#review = review;
		this.#map = map;
		this.#indexOf = new Map(map.marks.map((mark, i) => [mark.id, i]));
		const context = {
			locale: config.locale,
			t,
			names: config.names,
			placeOf: (number: number, id: string) => {
				const page = pageOf(config.pages, number) ?? config.pageIndex;
				const here = page === config.pageIndex;
				return { href: `${here ? '' : config.pageHrefs[page]}#${encodeURIComponent(id)}`, here };
			}
		};
		const n = (value: number) => formatNumber(value, config.locale);
		this.#view.data = {
			map,
			entries: toReviewEntries(review, loaded, context),
			kinds: toReviewKinds(review, context),
			summary: t('review.summary', { count: n(review.items.length), total: n(review.pairs) }),
			checked: review.checked > 0 ? t('review.checked', { count: n(review.checked) }) : '',
			originalDir: directionOf(loaded.original)
		};
	}

	/** n and p, while the panel is open: the next or previous segment to check, of the kinds listed; Escape in the panel closes it. */
	#key(event: KeyboardEvent): void {
		if (!this.#view.open || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === 'Escape' && this.#host.contains(document.activeElement)) {
			event.preventDefault();
			this.close();
			return;
		}
		if (event.key !== 'n' && event.key !== 'p') return;
		const target = event.target;
		if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
		const map = this.#map;
		if (!map || !this.#review) return;
		event.preventDefault();
		const step = event.key === 'n' ? 1 : -1;
		const next = nextDoubt(map, this.current, step, this.#view.shown);
		const t = translator(this.#reader.config.locale);
		if (next < 0) {
			this.#reader.announce(t(step > 0 ? 'review.noNext' : 'review.noPrevious'));
			return;
		}
		const listed = this.#review.items.filter((item) => item.reasons.some((reason) => this.#view.shown.has(reason.code)));
		const position = listed.findIndex((item) => item.number === next + 1) + 1;
		const n = (value: number) => formatNumber(value, this.#reader.config.locale);
		this.#reader.announce(t('review.stepped', { position: n(position), count: n(listed.length), pair: t('reader.pair', { number: n(next + 1) }) }));
		this.go(next);
	}
}

/** Counts every side's sentences (cached per segment) a slice at a time, letting the page breathe between. */
async function countSentences(document: AlignedDocument, languages: string[]): Promise<void> {
	let deadline = performance.now() + 12;
	for (const block of document.blocks) {
		for (const segment of block.segments) {
			for (const lang of languages) if (lang) sentenceCount(segment, lang);
			if (performance.now() > deadline) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				deadline = performance.now() + 12;
			}
		}
	}
}
