// Turning a file's bytes into text. UTF-8 is read strictly: a byte that does not belong to a
// well-formed sequence is reported with its line and offset, never turned into U+FFFD and written
// quietly into a document. Other encodings are read through the platform's TextDecoder (the
// WHATWG Encoding Standard: browsers, and Node built with full ICU), so an Arabic text saved by
// Windows as windows-1256 can be read when the user says so. Browser-safe: the CLI and the
// workbench both call it.
import { firstInvalidUtf8 } from './utf8';

/** The text, and the encoding it was read as (the decoder's canonical name, e.g. `windows-1256`). */
export interface Decoded {
	ok: true;
	text: string;
	encoding: string;
}

/** Where decoding failed. `line` is 1-based; `offset` counts bytes from the start of the file. */
export interface DecodeFailure {
	ok: false;
	reason: 'invalid' | 'unknown-encoding';
	/** The encoding that was asked for, as given. */
	encoding: string;
	line: number;
	offset: number;
	/** The first byte that is not part of a well-formed sequence (for `invalid`). */
	byte?: number;
	/** An encoding the bytes look like, to suggest (`windows-1256` for Arabic, `windows-1252` for Latin). */
	suggestion?: string;
}

export type DecodeResult = Decoded | DecodeFailure;

/**
 * Decodes `bytes` as `encoding` (default UTF-8). UTF-8 is strict; a byte order mark is kept in the
 * text (the plain-text reader drops it and says so). An encoding the platform does not know is a
 * failure with reason `unknown-encoding`.
 */
export function decodeText(bytes: Uint8Array, encoding = 'utf-8'): DecodeResult {
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
	} catch {
		return { ok: false, reason: 'unknown-encoding', encoding, line: 1, offset: 0 };
	}
	try {
		return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
	} catch {
		const offset = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : 0;
		return {
			ok: false,
			reason: 'invalid',
			encoding,
			line: lineAt(bytes, offset),
			offset,
			byte: bytes[offset],
			...(decoder.encoding === 'utf-8' ? { suggestion: guessLegacyEncoding(bytes) } : {})
		};
	}
}

/** True when `encoding` is a label the platform's TextDecoder knows (`windows-1256`, `cp1256`, `latin1`…). */
export function isKnownEncoding(encoding: string): boolean {
	try {
		new TextDecoder(encoding);
		return true;
	} catch {
		return false;
	}
}

// 1-based line of the byte at `offset` (counting LF bytes before it).
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * The single-byte Windows encoding that `bytes` most likely use: windows-1256 when, read that way,
 * most of the bytes above 0x7F are Arabic letters, else windows-1252 (Western European). Only a
 * suggestion for an error message; the user decides.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
	const sample = bytes.subarray(0, 1 << 16);
	let high = 0;
	for (const byte of sample) if (byte >= 0x80) high++;
	if (high === 0) return undefined;
	let arabic = 0;
	try {
		const text = new TextDecoder('windows-1256').decode(sample);
		for (const char of text) if (/\p{Script=Arabic}/u.test(char)) arabic++;
	} catch {
		return 'windows-1252'; // a platform without the legacy decoders: the safer suggestion
	}
	return arabic * 2 >= high ? 'windows-1256' : 'windows-1252';
}
