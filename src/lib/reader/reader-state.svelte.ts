// The reader's state: layout, sides, compared texts, text sizes, print options, the lit pair and
// the place being read; and what follows from it for <html>, the address bar and storage. Plain
// runes, no DOM: ../client/connect.svelte.ts writes it out, tests read it directly.
import { defaultPrint, parsePrintSettings, printedView, withPrintQuery, type PrintSettings } from './print-settings';
import {
	clampSize,
	parseSizes,
	parseViewSettings,
	resolveTexts,
	sizeLimits,
	withViewQuery,
	type Layout,
	type StoredSettings,
	type ViewSettings
} from './settings';

/** Attributes of <html> that lay the text out (CSS reads them; see PairRow.svelte). */
export interface RootAttributes {
	'data-layout': Layout;
	'data-swap': boolean;
	'data-print-hide-header': boolean;
	'data-print-hide-numbers': boolean;
}

export class ReaderState {
	/** The layout asked for; `null` is automatic (side by side unless the screen is narrow). */
	layout = $state<Layout | null>(null);
	swap = $state(false);
	/** The two texts compared, first and second. */
	texts = $state<[string, string]>(['', '']);
	/** Text size per language, in percent of the normal size. */
	sizes = $state<Record<string, number>>({});
	/** The pair lit up by pointer, focus, tap or permalink. */
	active = $state<string | null>(null);
	/** The pair keyboard focus last rested on; Tab returns there (roving tabindex). */
	focused = $state<string | null>(null);
	/** The pair at the top of the screen: the reader's place, which the address follows. */
	place = $state<string | null>(null);
	/** How the text prints (see ./print-settings.ts). */
	print = $state<PrintSettings>({ ...defaultPrint });
	/** True on screens too narrow for two columns (set from a media query). */
	narrow = $state(false);
	/** True while the browser lays out the pages to print: the text takes the print layout. */
	printing = $state(false);

	readonly available: readonly string[];
	/** Pair ids of the page in reading order, for moving pair by pair. */
	pairIds: readonly string[];
	/** Position of each id in `pairIds`: a lookup, replaced whole by setPairs, never reactive. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#index = new Map<string, number>();

	constructor(available: readonly string[], pairIds: readonly string[] = []) {
		this.available = available;
		this.pairIds = pairIds;
		this.setPairs(pairIds);
		this.texts = resolveTexts(null, available);
	}

	/** The page's pairs, in order (again after the page changed). */
	setPairs(ids: readonly string[]): void {
		this.pairIds = ids;
		this.#index = new Map(ids.map((id, k) => [id, k])); // eslint-disable-line svelte/prefer-svelte-reactivity -- as above
	}

	/** True when `id` is a pair of this page. */
	hasPair(id: string): boolean {
		return this.#index.has(id);
	}

	/** The one pair in the tab order: where focus last was, else the first pair. */
	get tabStop(): string | null {
		return this.focused ?? this.pairIds[0] ?? null;
	}

	/**
	 * The pair `steps` pairs away from `from` on this page, clamped to the page; `null` for `from`
	 * starts before the first pair. `beyond` tells whether the move wanted to leave the page.
	 */
	neighbour(from: string | null, steps: number): { id: string | null; beyond: -1 | 0 | 1 } {
		const last = this.pairIds.length - 1;
		const index = from === null ? -1 : (this.#index.get(from) ?? -1);
		const wanted = index < 0 ? (steps < 0 ? last : 0) : index + steps;
		const clamped = Math.min(last, Math.max(0, wanted));
		const beyond = index >= 0 && wanted > last ? 1 : index >= 0 && wanted < 0 ? -1 : 0;
		return { id: this.pairIds[clamped] ?? null, beyond };
	}

	/** The layout shown on screen. */
	get shownLayout(): Layout {
		return this.layout ?? (this.narrow ? 'stacked' : 'side-by-side');
	}

	/** The layout and sides the text has now: the screen's, or the print options' while printing. */
	get displayed(): { layout: Layout; swap: boolean } {
		const screen = { layout: this.shownLayout, swap: this.swap };
		return this.printing ? printedView(this.print, screen) : screen;
	}

	/** What <html> must say for the text to be laid out as it is displayed. */
	get rootAttributes(): RootAttributes {
		const { layout, swap } = this.displayed;
		return {
			'data-layout': layout,
			'data-swap': swap,
			'data-print-hide-header': !this.print.header,
			'data-print-hide-numbers': !this.print.numbers
		};
	}

	/** The view as a link records it: defaults left out. */
	get view(): ViewSettings {
		const defaults = resolveTexts(null, this.available);
		const isDefault = this.texts[0] === defaults[0] && this.texts[1] === defaults[1];
		return { layout: this.layout, swap: this.swap, texts: isDefault ? null : [...this.texts] };
	}

	/** The address's query for this state, keeping any parameter that is not the reader's. */
	query(current: URLSearchParams): string {
		return withPrintQuery(withViewQuery(current, this.view), this.print).toString();
	}

	/** Everything worth remembering on this device. */
	get stored(): StoredSettings {
		return { ...this.view, sizes: { ...this.sizes } };
	}

	/** Takes the view from the URL (or, failing that, storage), the sizes from storage and the print options from the URL. */
	restore(query: URLSearchParams, stored: unknown): void {
		const view = parseViewSettings(query, stored);
		this.layout = view.layout;
		this.swap = view.swap;
		this.texts = resolveTexts(view.texts, this.available);
		this.sizes = parseSizes(stored);
		this.print = parsePrintSettings(query);
	}

	setTexts(first: string, second: string): void {
		// Choosing the text already on the other side swaps the two rather than showing one twice.
		if (first === second) {
			this.texts = first === this.texts[0] ? [this.texts[1], first] : [first, this.texts[0]];
		} else {
			this.texts = resolveTexts([first, second], this.available);
		}
	}

	sizeOf(tag: string): number {
		return this.sizes[tag] ?? 100;
	}

	/** Changes one language's text size by `steps` steps (negative is smaller); 0 resets it. */
	resize(tag: string, steps: number): void {
		const next = steps === 0 ? 100 : clampSize(this.sizeOf(tag) + steps * sizeLimits.step);
		const { [tag]: _previous, ...rest } = this.sizes;
		this.sizes = next === 100 ? rest : { ...rest, [tag]: next };
	}
}
