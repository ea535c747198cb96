// Where each document was last read, kept on this device so the library can offer "continue
// reading" and a reader opened without a pair in its address can return there.

export const placesKey = 'muqabala:places';
/** At most this many documents are remembered; the oldest are forgotten first. */
export const placesLimit = 50;

export interface Place {
	/** The pair at the top of the screen. */
	pair: string;
	/** Its number in the document, as shown in the gutter. */
	number: number;
	/** The page it is on, 0-based. */
	page: number;
	/** When, in milliseconds since the epoch. */
	at: number;
}

/** The remembered places, by document id; anything malformed is dropped. */
export function parsePlaces(raw: string | null): Record<string, Place> {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? 'null');
	} catch {
		return {};
	}
	const places: Record<string, Place> = {};
	if (!value || typeof value !== 'object' || Array.isArray(value)) return places;
	for (const [id, place] of Object.entries(value)) {
		if (!place || typeof place !== 'object') continue;
		const { pair, number, page, at } = place as Record<string, unknown>;
		if (typeof pair === 'string' && isCount(number) && isCount(page) && typeof at === 'number' && Number.isFinite(at)) {
			places[id] = { pair, number: number as number, page: page as number, at };
		}
	}
	return places;
}

function isCount(value: unknown): boolean {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** `places` with document `id` at `place`, keeping at most `placesLimit` documents. */
export function withPlace(places: Record<string, Place>, id: string, place: Place): Record<string, Place> {
	const next: Record<string, Place> = { ...places, [id]: place };
	const ids = Object.keys(next).sort((a, b) => next[b]!.at - next[a]!.at);
	for (const old of ids.slice(placesLimit)) delete next[old];
	return next;
}
