// Strict UTF-8: text files are either well-formed UTF-8 or refused with the place of the first bad
// byte, never decoded with U+FFFD quietly put in. Plain TypeScript for the CLI, the build and the
// browser alike.

/** Bytes that are not UTF-8, located for a message. */
export interface Utf8Error {
	/** Offset of the first byte that does not belong to a well-formed sequence. */
	offset: number;
	/** That byte. */
	byte: number;
	/** 1-based line (counting LF) and column (in bytes) of that byte. */
	line: number;
	column: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or where the bytes stop being UTF-8. A byte order mark is kept for the caller to judge. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: Utf8Error } {
	try {
		return { text: strict.decode(bytes) };
	} catch {
		const offset = firstInvalidUtf8(bytes);
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < offset; i++) {
			if (bytes[i] === 0x0a) {
				line++;
				lineStart = i + 1;
			}
		}
		return { error: { offset, byte: bytes[offset] ?? 0, line, column: offset - lineStart + 1 } };
	}
}

/** `error` in words: "byte 0xE9 at offset 11". */
export function describeUtf8Error(error: Utf8Error): string {
	return `byte 0x${error.byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${error.offset}`;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (`bytes.length` if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let code = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			code = (code << 6) | (c & 0x3f);
		}
		if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
		i += need + 1;
	}
	return bytes.length;
}
