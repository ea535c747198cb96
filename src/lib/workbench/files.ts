// What a file someone gives the workbench is, before anything reads it as text: a plain text, a
// Muqabala document, a TMX file, or something else (an image, a PDF, a Word file) that must be
// refused with a message saying what it is. Then the plain text itself, decoded strictly (UTF-8
// unless the person chose another encoding), with every refusal a structured problem the page
// words in its own language. Plain TypeScript: it runs in the align worker.
import { decodeText } from '../text/decode';
import type { WorkbenchProblem } from './problems';

/** Largest file the workbench reads: a long book is 20 MB of UTF-8 at most. Stated on the page. */
export const maxFileBytes = 25 * 1024 * 1024;

/** Formats recognised by their first bytes, so a wrong file is named rather than read as text. */
export type BinaryFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic' | 'pdf' | 'docx' | 'zip' | 'doc' | 'rtf' | 'gzip' | 'audio' | 'video' | 'binary';

export type FileKind = { kind: 'text' } | { kind: 'document' } | { kind: 'tmx' } | { kind: 'binary'; format: BinaryFormat };

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, k) => bytes[k] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The format `bytes` are in when their first bytes say so (images, PDF, office files, archives). */
export function binaryFormat(bytes: Uint8Array): BinaryFormat | undefined {
	if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'png';
	if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
	if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return 'audio';
	if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26 && bytes[14] !== undefined && bytes[14] >= 12 && bytes[15] === 0) return 'bmp';
	if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
	if (ascii(bytes, 4, 8) === 'ftyp') return /^(heic|heix|mif1|avif)/.test(ascii(bytes, 8, 12)) ? 'heic' : 'video';
	if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
	if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return /word\/|\[Content_Types\]\.xml/.test(ascii(bytes, 0, Math.min(bytes.length, 2048))) ? 'docx' : 'zip';
	if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc';
	if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf';
	if (startsWith(bytes, 0x1f, 0x8b)) return 'gzip';
	if (ascii(bytes, 0, 3) === 'ID3' || ascii(bytes, 0, 4) === 'OggS' || ascii(bytes, 0, 4) === 'fLaC') return 'audio';
	if (startsWith(bytes, 0x1a, 0x45, 0xdf, 0xa3)) return 'video';
	return undefined;
}

/** True for bytes no text file holds: NUL and most C0 controls, in the first 8 KB (UTF-16 is read before). */
export function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	for (const byte of sample) {
		if (byte === 0) return true;
		if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++;
	}
	return controls > 0 && controls / Math.max(1, sample.length) > 0.01;
}

/** A byte order mark for UTF-16, which Windows Notepad writes when "Unicode" is chosen. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
	if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be';
	return undefined;
}

/**
 * What a file is: a Muqabala document (a `.json` name, or text starting with `{`), a TMX file (a
 * `.tmx` name, or XML whose root is `<tmx`), another known binary format, or plain text.
 */
export function fileKind(bytes: Uint8Array, name: string): FileKind {
	const format = binaryFormat(bytes);
	if (format) return { kind: 'binary', format };
	const lower = name.toLowerCase();
	if (lower.endsWith('.tmx')) return { kind: 'tmx' };
	if (lower.endsWith('.json')) return { kind: 'document' };
	const utf16 = utf16Encoding(bytes);
	if (!utf16 && looksBinary(bytes)) {
		// UTF-16 without a byte order mark: every other byte of ASCII text is NUL.
		const xml16 = startsWith(bytes, 0x3c, 0x00, 0x3f, 0x00) || startsWith(bytes, 0x00, 0x3c, 0x00, 0x3f);
		return xml16 ? { kind: 'tmx' } : { kind: 'binary', format: 'binary' };
	}
	const head = (utf16 ? new TextDecoder(utf16).decode(bytes.subarray(0, 2048)) : ascii(bytes, 0, 512)).replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '').trimStart();
	if (head.startsWith('{') && /"format"|"blocks"|"\$schema"/.test(head)) return { kind: 'document' };
	if (head.startsWith('<') && /<tmx[\s>]/.test(head)) return { kind: 'tmx' };
	return { kind: 'text' };
}

export type ReadText = { ok: true; text: string; encoding: string } | { ok: false; problem: WorkbenchProblem };

/**
 * The text of a plain-text file: refused when empty, too large or binary; UTF-16 with a byte order
 * mark is read as such; otherwise strict UTF-8, or `encoding` when the person chose one (e.g.
 * windows-1256 after being told the file is not UTF-8).
 */
export function readTextFile(bytes: Uint8Array, name: string, encoding?: string): ReadText {
	if (bytes.length > maxFileBytes) return { ok: false, problem: { code: 'too-large', name, size: bytes.length, limit: maxFileBytes } };
	if (bytes.length === 0) return { ok: false, problem: { code: 'empty', name } };
	const format = binaryFormat(bytes);
	if (format) return { ok: false, problem: { code: 'binary', name, format } };
	const utf16 = encoding ? undefined : utf16Encoding(bytes);
	if (!utf16 && !encoding && looksBinary(bytes)) return { ok: false, problem: { code: 'binary', name, format: 'binary' } };
	const decoded = decodeText(utf16 ? bytes.subarray(2) : bytes, utf16 ?? encoding ?? 'utf-8');
	if (!decoded.ok) {
		if (decoded.reason === 'unknown-encoding') return { ok: false, problem: { code: 'unknown-encoding', name, encoding: decoded.encoding } };
		return {
			ok: false,
			problem: { code: 'not-utf8', name, encoding: decoded.encoding, line: decoded.line, offset: decoded.offset, ...(decoded.suggestion ? { suggestion: decoded.suggestion } : {}) }
		};
	}
	if (decoded.text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: { code: 'empty', name } };
	return { ok: true, text: decoded.text, encoding: decoded.encoding };
}
