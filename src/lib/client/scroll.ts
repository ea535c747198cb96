// Finding the pair at the top of the screen, in a text of any length: pairs are in document order,
// so their bottoms increase in every layout and a binary search needs a few measurements only.

/** The first pair under `text` whose box reaches below `offset` pixels from the top of the viewport. */
export function firstVisiblePair(text: ParentNode, offset = 0): HTMLElement | null {
	const pairs = text.querySelectorAll<HTMLElement>('[data-pair]');
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
