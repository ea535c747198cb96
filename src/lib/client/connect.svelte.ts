// Attaches the reader's behaviour to a page of aligned text, rendered on the server or in the
// browser alike: one ReaderState, effects that write it to <html>, the address bar, storage and
// the toolbar, and one delegated listener per kind of event however long the text. Lighting up a
// pair touches the old pair and the new one, nothing else.
import { flushSync } from 'svelte';
import { formatPercent } from '../i18n/format';
import type { ReaderClientConfig } from '../reader/page-view';
import { parsePlaces, placesKey, withPlace } from '../reader/places';
import { ReaderState } from '../reader/reader-state.svelte';
import { isLayout, storageKey } from '../reader/settings';
import { isTyping, keyAction } from '../reader/keys';
import { connectPrint } from './print.svelte';
import { firstVisiblePair } from './scroll';
import { loadDocument } from './document';
import { numberOfSegment, pageOf, resolveHash, withSearch, type PageIndex } from '../reader/target';

export interface Reader {
	state: ReaderState;
	config: ReaderClientConfig;
	/** The element with `data-reader`. */
	root: HTMLElement;
	/** The aligned text (`data-aligned-text`). */
	text: HTMLElement;
	/** Says something short in the toolbar's live region. */
	announce(message: string): void;
	/** Puts focus on a pair and brings it into view. */
	focusPair(id: string): void;
	/** The pair the reader is on: the lit one, else the one at the top of the screen. */
	currentPair(): HTMLElement | null;
	disconnect(): void;
}

const narrowQuery = '(max-width: 47.99rem)';

/**
 * Connects the reader page under `root` (an element with `data-reader`). What writes the state out
 * (to `<html>`, the address, storage and the toolbar) is set up through `later`: on a page just
 * loaded it is what the page already shows, and a slow phone answers a tap sooner between the two
 * halves than after one long task. The page is marked `data-reader-ready` when both have run.
 */
export function connectReader(root: HTMLElement, config: ReaderClientConfig, later: (next: () => void) => unknown = (next) => next()): Reader {
	const html = document.documentElement;
	const text = root.querySelector<HTMLElement>('[data-aligned-text]');
	if (!text) throw new Error('the reader page has no aligned text');
	const state = new ReaderState(
		config.languages,
		Array.from(text.querySelectorAll<HTMLElement>('[data-pair]'), (pair) => pair.id)
	);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
	state.restore(new URLSearchParams(location.search), readJson(storageKey));

	const cleanups: (() => void)[] = [];
	let connected = true;
	function listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): void {
		target.addEventListener(type, handler as EventListener, options);
		cleanups.push(() => target.removeEventListener(type, handler as EventListener, options));
	}

	const media = matchMedia(narrowQuery);
	state.narrow = media.matches;
	listen(media, 'change', () => (state.narrow = media.matches));

	let statusTimer: ReturnType<typeof setTimeout> | undefined;
	const status = root.querySelector<HTMLElement>('[data-reader-status]');
	const toolbarBottom = () => root.querySelector('[data-reader-toolbar]')?.getBoundingClientRect().bottom ?? 0;

	const reader: Reader = {
		state,
		config,
		root,
		text,
		announce(message) {
			if (!status) return;
			status.textContent = message;
			clearTimeout(statusTimer);
			statusTimer = setTimeout(() => (status.textContent = ''), 4000);
		},
		focusPair(id) {
			const pair = document.getElementById(id);
			if (!pair) return;
			pair.focus({ preventScroll: true });
			const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
			pair.scrollIntoView({ block: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
		},
		currentPair() {
			const id = state.active ?? state.focused;
			return (id ? document.getElementById(id) : null) ?? firstVisiblePair(text, toolbarBottom());
		},
		disconnect() {
			connected = false;
			for (const cleanup of cleanups.splice(0).reverse()) cleanup();
			mapModule?.disposeMap(reader);
			clearTimeout(statusTimer);
			root.removeAttribute('data-reader-ready');
		}
	};

	// Features loaded the first time they are used: they are not needed to read.
	const search = () => import('./search.svelte').then((module) => module.openSearch(reader));
	const copy = (what: string) => import('./copy').then((module) => module.copyFromReader(reader, what));
	let mapModule: typeof import('./map.svelte') | undefined;
	const loadMap = () => import('./map.svelte').then((module) => (mapModule = module));
	const map = () => loadMap().then((module) => module.toggleMap(reader));

	// ---- what the state says, written out ---------------------------------------------------------
	const writeOut = () =>
		$effect.root(() => {
			// <html> attributes lay the text out (before first paint the boot script set the same ones).
			// Only what changed is written: restyling the whole page for an unchanged value would cost
			// a long task on a slow phone at every load.
			$effect(() => {
				for (const [name, value] of Object.entries(state.rootAttributes)) {
					const wanted = value === true ? '' : value === false ? null : value;
					if (html.getAttribute(name) === wanted) continue;
					if (wanted === null) html.removeAttribute(name);
					else html.setAttribute(name, wanted);
				}
			});

			// The pair being pointed at or read: the old one goes dark, the new one lights up.
			let lit: string | null = null;
			$effect(() => {
				const active = state.active;
				if (lit === active) return;
				if (lit) document.getElementById(lit)?.removeAttribute('data-highlight');
				if (active) document.getElementById(active)?.setAttribute('data-highlight', '');
				lit = active;
			});

			// One tab stop for the whole text, where focus last was.
			let stop: string | null = state.pairIds[0] ?? null;
			$effect(() => {
				const next = state.tabStop;
				if (stop === next) return;
				if (stop) document.getElementById(stop)?.setAttribute('tabindex', '-1');
				if (next) document.getElementById(next)?.setAttribute('tabindex', '0');
				stop = next;
			});

			// Disconnected, the text is left as it was rendered: a page drawn again in place (an edit
			// in a kept text) is connected afresh and must not find an old highlight or tab stop.
			cleanups.push(() => {
				if (lit) document.getElementById(lit)?.removeAttribute('data-highlight');
				const first = state.pairIds[0];
				if (stop && stop !== first) {
					document.getElementById(stop)?.setAttribute('tabindex', '-1');
					if (first) document.getElementById(first)?.setAttribute('tabindex', '0');
				}
			});

			// The address: the view and print options in the query, the reader's place in the fragment,
			// replaced in place (no new history entries).
			$effect(() => {
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the address as it is now, read once
				const query = state.query(new URLSearchParams(location.search));
				const hash = state.place ? `#${state.place}` : location.hash;
				const next = `${location.pathname}${query ? `?${query}` : ''}${hash}`;
				if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
			});

			// Remembered on this device.
			$effect(() => {
				const stored = JSON.stringify(state.stored);
				try {
					localStorage.setItem(storageKey, stored);
				} catch {
					// Remembering is a convenience; blocked storage must not stop reading.
				}
			});

			// Text sizes of the two compared texts.
			$effect(() => {
				const sides = [
					['first', state.texts[0]],
					['second', state.texts[1]]
				] as const;
				for (const [side, tag] of sides) {
					const size = state.sizeOf(tag);
					const wanted = size === 100 ? '' : String(size / 100);
					if (html.style.getPropertyValue(`--size-${side}`) === wanted) continue;
					if (wanted === '') html.style.removeProperty(`--size-${side}`);
					else html.style.setProperty(`--size-${side}`, wanted);
				}
			});

			// Which texts are compared, when a document has more than two.
			if (config.languages.length > 2) {
				let shown = `${config.languages[0]},${config.languages[1]}`;
				$effect(() => {
					const [first, second] = state.texts;
					if (shown === `${first},${second}`) return;
					shown = `${first},${second}`;
					showTexts(text, first, second);
				});
			}

			// Where this document was left, for "continue reading" in the library: written a moment
			// after the reader stops, or at once when the page is left.
			$effect(() => {
				const place = state.place;
				if (!place) return;
				const timer = setTimeout(savePlace, 400);
				return () => clearTimeout(timer);
			});

			connectToolbar(reader, { search, copy, map });
		});

	function savePlace(): void {
		const place = state.place;
		const number = place ? Number(document.getElementById(place)?.dataset.n) : Number.NaN;
		if (!place || !Number.isInteger(number)) return;
		try {
			const places = withPlace(parsePlaces(localStorage.getItem(placesKey)), config.id, { pair: place, number, page: config.pageIndex, at: Date.now() });
			localStorage.setItem(placesKey, JSON.stringify(places));
		} catch {
			// Remembering is a convenience.
		}
	}
	listen(window, 'pagehide', savePlace);

	// ---- pointing, focus, taps --------------------------------------------------------------------
	const pairOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-pair]') : null);

	listen<PointerEvent>(text, 'pointerover', (event) => {
		const pair = pairOf(event.target);
		if (pair) state.active = pair.id;
	});
	listen(text, 'pointerleave', () => (state.active = state.focused));
	listen<FocusEvent>(text, 'focusin', (event) => {
		const pair = pairOf(event.target);
		if (!pair) return;
		state.focused = pair.id;
		state.active = pair.id;
		state.place = pair.id;
	});
	listen<MouseEvent>(text, 'click', (event) => {
		const pair = pairOf(event.target);
		if (!pair) return;
		const selection = getSelection();
		if (selection && !selection.isCollapsed) return; // selecting text to copy must still work
		const target = event.target instanceof Element ? event.target : null;
		if (target?.closest('button')) return;
		if (target?.closest('a[href^="#"]')) event.preventDefault(); // the pair's number: focusing it says the same
		pair.focus({ preventScroll: true });
	});
	// A selection dragged in one language stays in that language: the other side and the gutter
	// are not selectable until the next press elsewhere (see Segment.svelte).
	listen<PointerEvent>(text, 'pointerdown', (event) => {
		const segment = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-side]') : null;
		if (segment?.dataset.side) html.setAttribute('data-selecting', segment.dataset.side);
		else html.removeAttribute('data-selecting');
	});

	// ---- keys ---------------------------------------------------------------------------------------
	listen<KeyboardEvent>(window, 'keydown', (event) => {
		const current = pairOf(document.activeElement);
		const action = keyAction({
			key: event.key,
			altKey: event.altKey,
			ctrlKey: event.ctrlKey,
			metaKey: event.metaKey,
			typing: isTyping(event.target),
			onPair: current !== null
		});
		if (action.kind === 'none') return;
		event.preventDefault();
		if (action.kind === 'release') {
			state.active = null;
			current?.blur();
		} else if (action.kind === 'search') {
			void search();
		} else if (action.kind === 'copy') {
			void copy('pair');
		} else if (!current) {
			// Start from the pair on screen, not from the top of the document.
			const first = firstVisiblePair(text, toolbarBottom())?.id ?? state.neighbour(null, action.steps).id;
			if (first) reader.focusPair(first);
		} else {
			const steps = Number.isFinite(action.steps) ? action.steps : Math.sign(action.steps) * state.pairIds.length;
			const { id, beyond } = state.neighbour(current.id, steps);
			// j at the last pair of a page goes on to the next page, k at the first back.
			const onward = config.pageHrefs[config.pageIndex + beyond];
			if (beyond !== 0 && Number.isFinite(action.steps) && onward) {
				const number = beyond > 0 ? config.pages[config.pageIndex + 1]![0] : config.pages[config.pageIndex - 1]![1];
				location.assign(`${withSearch(onward, location.search)}#${number}`);
			} else if (id) {
				reader.focusPair(id);
			}
		}
	});

	// ---- the reader's place: the pair at the top of the screen ---------------------------------------
	let scrollFrame = 0;
	listen(
		window,
		'scroll',
		() => {
			if (scrollFrame) return;
			scrollFrame = requestAnimationFrame(() => {
				scrollFrame = 0;
				if (window.scrollY <= 0) return;
				// The pair being read is the one with focus while it is on screen, else the top one.
				const offset = toolbarBottom() + 1;
				const focused = state.focused ? document.getElementById(state.focused) : null;
				const box = focused?.getBoundingClientRect();
				const onScreen = box && box.bottom > offset && box.top < window.innerHeight;
				const top = onScreen ? focused : firstVisiblePair(text, offset);
				if (top && top.id !== state.place) state.place = top.id;
			});
		},
		{ passive: true }
	);
	cleanups.push(() => cancelAnimationFrame(scrollFrame));

	// ---- the interface language switch keeps the view and the place -----------------------------------
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch] a[hreflang]')) {
		listen(link, 'click', () => {
			link.href = `${link.pathname}${location.search}${location.hash}`;
		});
	}

	// A search followed from another page of the document goes on here.
	try {
		if (sessionStorage.getItem(`muqabala:search:${config.id}`)) void import('./search.svelte').then((module) => module.resumeSearch(reader));
	} catch {
		// No storage, no search to resume.
	}

	// The alignment map stays open from page to page of a document.
	try {
		if (sessionStorage.getItem(`muqabala:map:${config.id}`)) void loadMap().then((module) => module.resumeMap(reader));
	} catch {
		// No storage, no panel to reopen.
	}

	// ---- the pair the address points at ----------------------------------------------------------------
	void goToHash(reader, location.hash);
	listen(window, 'hashchange', () => void goToHash(reader, location.hash));

	later(() => {
		if (!connected) return;
		cleanups.push(writeOut(), connectPrint(reader));
		root.setAttribute('data-reader-ready', '');
	});
	return reader;
}

/** Lights up and shows the pair `hash` points at, going to another page of the document if need be. */
async function goToHash(reader: Reader, hash: string): Promise<void> {
	const { state, config } = reader;
	const firstNumber = config.pages[config.pageIndex]?.[0] ?? 1;
	const index: PageIndex = {
		pageIndex: config.pageIndex,
		pages: config.pages,
		hasPair: (id) => state.hasPair(id),
		idOfNumber: (number) => state.pairIds[number - firstNumber]
	};
	const target = resolveHash(hash, index);
	const missing = (id: string) => reader.announce(config.strings.pairNotFound.replace('{{id}}', id));
	switch (target.kind) {
		case 'none':
			return;
		case 'here': {
			state.active = target.id;
			state.focused = target.id;
			state.place = target.id;
			if (location.hash !== `#${target.id}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${target.id}`);
			document.getElementById(target.id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
			return;
		}
		case 'page':
			location.replace(`${withSearch(config.pageHrefs[target.page]!, location.search)}#${target.number}`);
			return;
		case 'missing':
			missing(target.text);
			return;
		case 'lookup':
			try {
				const document = await loadDocument(config.documentUrl);
				const number = numberOfSegment(document.blocks, target.id);
				const page = number === undefined ? undefined : pageOf(config.pages, number);
				if (page === undefined || page === config.pageIndex) missing(target.id);
				else location.replace(`${withSearch(config.pageHrefs[page]!, location.search)}#${target.id}`);
			} catch {
				missing(target.id);
			}
			return;
	}
}

/** Shows `first` and `second` of a document's texts (more than two languages); the others hide. */
function showTexts(text: HTMLElement, first: string, second: string): void {
	for (const cell of text.querySelectorAll<HTMLElement>('[data-segment-id]')) {
		cell.dataset.side = cell.lang === first ? 'first' : cell.lang === second ? 'second' : 'other';
	}
	const dirOf = (tag: string) => text.querySelector<HTMLElement>(`[data-segment-id][lang="${CSS.escape(tag)}"]`)?.dir ?? 'ltr';
	text.dataset.firstDir = dirOf(first);
	text.dataset.secondDir = dirOf(second);
}

/** The toolbar's controls change the state; the state's changes show in the controls. Runs inside the reader's effect root. */
function connectToolbar(reader: Reader, features: { search: () => unknown; copy: (what: string) => unknown; map: () => unknown }): void {
	const { root, state, config } = reader;
	const toolbar = root.querySelector<HTMLElement>('[data-reader-toolbar]');
	if (!toolbar) return;

	toolbar.addEventListener('change', (event) => {
		const input = event.target;
		if (input instanceof HTMLInputElement && input.name === 'layout' && isLayout(input.value)) {
			const layout = input.value;
			keepingPlace(reader, () => (state.layout = layout));
			toolbar.querySelector<HTMLElement>('#_layouts')?.hidePopover();
		}
		if (input instanceof HTMLSelectElement && input.name === 'first-text') state.setTexts(input.value, state.texts[1]);
		if (input instanceof HTMLSelectElement && input.name === 'second-text') state.setTexts(state.texts[0], input.value);
	});
	toolbar.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
		const tag = button?.closest<HTMLElement>('[data-size-for]')?.dataset.sizeFor;
		const action = button?.dataset.action;
		if (action === 'swap') keepingPlace(reader, () => (state.swap = !state.swap));
		else if (action === 'smaller' && tag) state.resize(tag, -1);
		else if (action === 'larger' && tag) state.resize(tag, 1);
		else if (action === 'reset-size' && tag) state.resize(tag, 0);
		else if (action === 'search') void features.search();
		else if (action === 'map') void features.map();
		else if (action?.startsWith('copy-')) {
			toolbar.querySelector<HTMLElement>('#_copy')?.hidePopover();
			void features.copy(action === 'copy-link' ? 'link' : action === 'copy-only' ? `only:${button?.dataset.lang}` : 'pair');
		}
	});

	// The copy menu names the pair it copies.
	toolbar.querySelector('#_copy')?.addEventListener('beforetoggle', (event) => {
		if ((event as ToggleEvent).newState !== 'open') return;
		const number = reader.currentPair()?.querySelector('.number')?.textContent ?? '';
		for (const slot of toolbar.querySelectorAll('[data-pair-number]')) slot.textContent = number ? `(${number})` : '';
	});

	// The layout chosen, and the single-text layouts named after the texts compared.
	$effect(() => {
		const shown = state.shownLayout;
		const [first, second] = state.texts;
		for (const radio of toolbar.querySelectorAll<HTMLInputElement>('input[name="layout"]')) {
			const label = radio.nextElementSibling;
			if (label && (radio.value === 'original' || radio.value === 'translation')) {
				const tag = radio.value === 'original' ? first : second;
				label.textContent = config.strings.only.replace('{{language}}', config.names[tag] ?? tag);
			}
			radio.checked = radio.value === shown;
		}
	});
	$effect(() => {
		const swap = toolbar.querySelector<HTMLButtonElement>('[data-action="swap"]');
		if (!swap) return;
		swap.setAttribute('aria-pressed', String(state.swap));
		swap.disabled = state.shownLayout === 'original' || state.shownLayout === 'translation';
	});
	// Written only when it differs from what the page shows (100%, prerendered): the first
	// percent format costs a slow phone a long task to load its locale data.
	$effect(() => {
		for (const row of toolbar.querySelectorAll<HTMLElement>('[data-size-for]')) {
			const output = row.querySelector('output');
			const size = String(state.sizeOf(row.dataset.sizeFor ?? ''));
			if (!output || output.dataset.size === size) continue;
			output.dataset.size = size;
			output.textContent = formatPercent(Number(size), config.locale);
		}
	});
	$effect(() => {
		const [first, second] = state.texts;
		const selects = toolbar.querySelectorAll<HTMLSelectElement>('select[name$="-text"]');
		selects.forEach((select) => (select.value = select.name === 'first-text' ? first : second));
	});
}

/** Applies a change of layout or sides without losing the reader's place in the text. */
function keepingPlace(reader: Reader, change: () => void): void {
	const offset = reader.root.querySelector('[data-reader-toolbar]')?.getBoundingClientRect().bottom ?? 0;
	const anchor = firstVisiblePair(reader.text, offset);
	const top = anchor?.getBoundingClientRect().top ?? 0;
	flushSync(change); // the new layout's attributes are on <html> now
	if (anchor) window.scrollBy({ top: anchor.getBoundingClientRect().top - top, behavior: 'instant' });
}

function readJson(key: string): unknown {
	try {
		return JSON.parse(localStorage.getItem(key) ?? 'null');
	} catch {
		return null;
	}
}
