// A dictionary learnt from the text itself. After a first alignment, the sentence pairs the aligner
// is sure of are read as a small parallel corpus: a word that keeps turning up in Arabic sentences
// whose English holds a certain word is probably translated by it. Pairs are scored by how often
// the two words occur together against how often each occurs (Dice's coefficient), and linked one
// to one, best first (Melamed's competitive linking), so a frequent word cannot claim every
// partner. Words are the content stems of ./tokens.ts, as hashed keys.

export interface DictionaryOptions {
	/** A word pair must occur together in at least this many sentence pairs (default 2). */
	minCount?: number;
	/** And score at least this Dice coefficient (default 0.5). */
	minDice?: number;
	/** At most this many sentence pairs are read, evenly spaced through the text (default 4,000). */
	maxPairs?: number;
}

/** For each side, a word key → the id of the entry it belongs to; the two maps share the ids. */
export interface Dictionary {
	source: Map<number, number>;
	target: Map<number, number>;
	/** How many entries (word pairs) it holds. */
	size: number;
}

/** Learns a dictionary from sentence pairs, each side given as its words' keys (no repeats). */
export function learnDictionary(pairs: readonly { source: Int32Array; target: Int32Array }[], options: DictionaryOptions = {}): Dictionary {
	const minCount = options.minCount ?? 2;
	const minDice = options.minDice ?? 0.5;
	const maxPairs = options.maxPairs ?? 4000;
	const step = Math.max(1, pairs.length / maxPairs);

	// Small integer ids for the words seen, so a pair of words makes one numeric key.
	const sourceIds = new Map<number, number>();
	const targetIds = new Map<number, number>();
	const sourceCount: number[] = [];
	const targetCount: number[] = [];
	const together = new Map<number, number>();
	const idOf = (ids: Map<number, number>, counts: number[], key: number) => {
		let id = ids.get(key);
		if (id === undefined) {
			id = counts.length;
			ids.set(key, id);
			counts.push(0);
		}
		return id;
	};
	const sample: { source: Int32Array; target: Int32Array }[] = [];
	for (let at = 0; at < pairs.length; at += step) {
		const pair = pairs[Math.floor(at)];
		if (pair && pair.source.length > 0 && pair.target.length > 0) sample.push(pair);
	}
	for (const pair of sample) {
		for (const key of pair.source) {
			const s = idOf(sourceIds, sourceCount, key);
			sourceCount[s] = (sourceCount[s] ?? 0) + 1;
		}
		for (const key of pair.target) {
			const t = idOf(targetIds, targetCount, key);
			targetCount[t] = (targetCount[t] ?? 0) + 1;
		}
	}
	// A word seen fewer times than a pair must be seen together cannot be in any pair: leave it out
	// of the counting, which is most of the work (most words of a text occur once).
	for (const pair of sample) {
		const sources = Array.from(pair.source, (key) => sourceIds.get(key) ?? 0).filter((s) => (sourceCount[s] ?? 0) >= minCount);
		if (sources.length === 0) continue;
		const targets = Array.from(pair.target, (key) => targetIds.get(key) ?? 0).filter((t) => (targetCount[t] ?? 0) >= minCount);
		for (const s of sources) {
			for (const t of targets) {
				const key = s * 0x200000 + t;
				together.set(key, (together.get(key) ?? 0) + 1);
			}
		}
	}

	const candidates: { s: number; t: number; dice: number; count: number }[] = [];
	for (const [key, count] of together) {
		if (count < minCount) continue;
		const s = Math.floor(key / 0x200000);
		const t = key % 0x200000;
		const dice = (2 * count) / ((sourceCount[s] ?? 0) + (targetCount[t] ?? 0));
		if (dice >= minDice) candidates.push({ s, t, dice, count });
	}
	// Best first; ties to the pair seen more often, then by id so the result does not depend on Map order.
	candidates.sort((x, y) => y.dice - x.dice || y.count - x.count || x.s - y.s || x.t - y.t);

	const sourceKeys = invert(sourceIds);
	const targetKeys = invert(targetIds);
	const dictionary: Dictionary = { source: new Map(), target: new Map(), size: 0 };
	const linkedSource = new Set<number>();
	const linkedTarget = new Set<number>();
	for (const { s, t } of candidates) {
		if (linkedSource.has(s) || linkedTarget.has(t)) continue;
		linkedSource.add(s);
		linkedTarget.add(t);
		const entry = dictionary.size++;
		dictionary.source.set(sourceKeys[s] ?? 0, entry);
		dictionary.target.set(targetKeys[t] ?? 0, entry);
	}
	return dictionary;
}

function invert(ids: Map<number, number>): number[] {
	const keys: number[] = [];
	for (const [key, id] of ids) keys[id] = key;
	return keys;
}
