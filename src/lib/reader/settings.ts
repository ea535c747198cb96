// Reader settings and their two homes: the URL query (so a shared link reproduces the view) and
// localStorage (so the reader's choice is remembered). Plain functions; the state class wires them.

export const layouts = ['side-by-side', 'stacked', 'original', 'translation'] as const;
export type Layout = (typeof layouts)[number];

/** What a shared link carries: how the text is laid out and which texts are compared. */
export interface ViewSettings {
	/** `null` is automatic: side by side on wide screens, stacked on narrow ones. */
	layout: Layout | null;
	/** Swap which text sits on which side (or which comes first when stacked). */
	swap: boolean;
	/** The two texts compared, as language tags; `null` is the original and its first translation. */
	texts: [string, string] | null;
}

/** Everything remembered locally: the view plus per-language text sizes (percent). */
export interface StoredSettings extends ViewSettings {
	sizes: Record<string, number>;
}

export const storageKey = 'muqabala:reader';
export const defaultView: ViewSettings = { layout: null, swap: false, texts: null };
export const sizeLimits = { min: 70, max: 200, step: 10 } as const;

/** True when `value` names a layout. */
export function isLayout(value: unknown): value is Layout {
	return typeof value === 'string' && (layouts as readonly string[]).includes(value);
}

function parseTexts(value: unknown): [string, string] | null {
	const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
	const [first, second] = parts;
	return parts.length === 2 && typeof first === 'string' && typeof second === 'string' && first && second && first !== second
		? [first, second]
		: null;
}

/** True when the query says anything about the view; then it decides the whole view. */
export function queryHasView(query: URLSearchParams): boolean {
	return query.has('layout') || query.has('swap') || query.has('texts');
}

/**
 * The view to show: the URL's when it has any view setting (a shared link wins as a whole),
 * otherwise the remembered one, otherwise the default. Unknown values fall back to defaults.
 */
export function parseViewSettings(query: URLSearchParams, stored: unknown): ViewSettings {
	if (queryHasView(query)) {
		const layout = query.get('layout');
		return { layout: isLayout(layout) ? layout : null, swap: query.get('swap') === '1', texts: parseTexts(query.get('texts')) };
	}
	if (stored && typeof stored === 'object') {
		const saved = stored as Record<string, unknown>;
		return { layout: isLayout(saved.layout) ? saved.layout : null, swap: saved.swap === true, texts: parseTexts(saved.texts) };
	}
	return { ...defaultView };
}

/** Per-language text sizes from storage, each clamped to the allowed range. */
export function parseSizes(stored: unknown): Record<string, number> {
	const sizes: Record<string, number> = {};
	const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>).sizes : undefined;
	if (raw && typeof raw === 'object') {
		for (const [tag, value] of Object.entries(raw)) {
			if (typeof value === 'number' && Number.isFinite(value)) sizes[tag] = clampSize(value);
		}
	}
	return sizes;
}

/** A text size kept within limits and on the step grid. */
export function clampSize(percent: number): number {
	const stepped = Math.round(percent / sizeLimits.step) * sizeLimits.step;
	return Math.min(sizeLimits.max, Math.max(sizeLimits.min, stepped));
}

/**
 * `query` with the view settings written in (only those that differ from the default) and every
 * other parameter kept, so print options or anything else in the link survive.
 */
export function withViewQuery(query: URLSearchParams, view: ViewSettings): URLSearchParams {
	const next = new URLSearchParams(query);
	for (const key of ['layout', 'swap', 'texts']) next.delete(key);
	if (view.layout) next.set('layout', view.layout);
	if (view.swap) next.set('swap', '1');
	if (view.texts) next.set('texts', view.texts.join(','));
	return next;
}

/**
 * The two texts to compare, given what was asked for and what the document has: unknown tags are
 * ignored and the original with its first translation is the default.
 */
export function resolveTexts(asked: [string, string] | null, available: readonly string[]): [string, string] {
	const [original, firstTranslation] = available;
	if (original === undefined || firstTranslation === undefined) throw new Error('a document has at least two languages');
	if (asked && available.includes(asked[0]) && available.includes(asked[1])) return asked;
	return [original, firstTranslation];
}
