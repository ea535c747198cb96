// The reader's state: layout, sides, compared texts, text sizes and the highlighted pair.
// Components read and change it; the reader page syncs it with the URL, storage and <html>.
import { defaultPrint, parsePrintSettings, type PrintSettings } from '../print/print-settings';
import {
	clampSize,
	parseSizes,
	parseViewSettings,
	resolveTexts,
	sizeLimits,
	type Layout,
	type StoredSettings,
	type ViewSettings
} from './settings';

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
	/** How the text prints (see src/lib/print). */
	print = $state<PrintSettings>({ ...defaultPrint });
	/** True on screens too narrow for two columns (set from a media query). */
	narrow = $state(false);

	readonly available: readonly string[];
	/** Pair ids in reading order, for moving pair by pair. */
	readonly pairIds: readonly string[];

	constructor(available: readonly string[], pairIds: readonly string[]) {
		this.available = available;
		this.pairIds = pairIds;
		this.texts = resolveTexts(null, available);
	}

	/** The one pair in the tab order: where focus last was, else the first pair. */
	get tabStop(): string | null {
		return this.focused ?? this.pairIds[0] ?? null;
	}

	/** The pair `steps` pairs away from `from` (clamped to the document), or the first pair. */
	neighbour(from: string | null, steps: number): string | null {
		const index = from === null ? -1 : this.pairIds.indexOf(from);
		if (index < 0) return this.pairIds[steps < 0 ? this.pairIds.length - 1 : 0] ?? null;
		return this.pairIds[Math.min(this.pairIds.length - 1, Math.max(0, index + steps))] ?? null;
	}

	/** The layout actually shown. */
	get shownLayout(): Layout {
		return this.layout ?? (this.narrow ? 'stacked' : 'side-by-side');
	}

	/** The view as a link records it: defaults left out. */
	get view(): ViewSettings {
		const defaults = resolveTexts(null, this.available);
		const isDefault = this.texts[0] === defaults[0] && this.texts[1] === defaults[1];
		return { layout: this.layout, swap: this.swap, texts: isDefault ? null : [...this.texts] };
	}

	/** Everything worth remembering on this device. */
	get stored(): StoredSettings {
		return { ...this.view, sizes: { ...this.sizes } };
	}

	/** Takes the view from the URL (or, failing that, storage) and the sizes from storage. */
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
