// Bytes in the encodings people's files come in, made inside tests so each test shows its input.

/** `text` in windows-1256 (Arabic Windows), through the platform's own decoding table turned around. */
export function windows1256(text: string): Uint8Array {
	const decoder = new TextDecoder('windows-1256');
	const table = new Map<string, number>();
	for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
	return Uint8Array.from(Array.from(text, (char) => {
		const byte = table.get(char);
		if (byte === undefined) throw new Error(`${char} has no windows-1256 byte`);
		return byte;
	}));
}

/** `text` in UTF-16 with a byte order mark, little- or big-endian. */
export function utf16(text: string, endian: 'le' | 'be' = 'le'): Uint8Array {
	const units = Array.from({ length: text.length }, (_, k) => text.charCodeAt(k));
	const bom = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
	return new Uint8Array([...bom, ...units.flatMap((u) => (endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]))]);
}
