// Keeps the reader's place when the layout changes: the pair at the top of the screen before the
// change is put back at the same height after it. Browser-only helpers.

export interface ScrollAnchor {
	id: string;
	top: number;
}

/** The first pair whose box reaches below `offset` pixels from the top of the viewport. */
export function firstVisiblePair(root: ParentNode = document, offset = 0): HTMLElement | null {
	const pairs = root.querySelectorAll<HTMLElement>('[data-pair]');
	// Binary search: pairs are in document order, so their bottoms increase in every layout.
	let low = 0;
	let high = pairs.length - 1;
	let found: HTMLElement | null = null;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const pair = pairs[mid]!;
		const box = pair.getBoundingClientRect();
		if (box.bottom > offset && (box.width > 0 || box.height > 0)) {
			found = pair;
			high = mid - 1;
		} else {
			low = mid + 1;
		}
	}
	return found;
}

/** Remembers where the first visible pair is. */
export function captureAnchor(offset = 0): ScrollAnchor | null {
	const pair = firstVisiblePair(document, offset);
	return pair ? { id: pair.id, top: pair.getBoundingClientRect().top } : null;
}

/** Scrolls so the remembered pair is back where it was. */
export function restoreAnchor(anchor: ScrollAnchor | null): void {
	if (!anchor) return;
	const pair = document.getElementById(anchor.id);
	if (!pair) return;
	window.scrollBy({ top: pair.getBoundingClientRect().top - anchor.top, behavior: 'instant' });
}
