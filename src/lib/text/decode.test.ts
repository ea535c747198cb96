import { describe, expect, it } from 'vitest';
import { decodeText, guessLegacyEncoding, isKnownEncoding } from './decode';
import { firstInvalidUtf8 } from './utf8';

const utf8 = (text: string) => new TextEncoder().encode(text);
// "العربية" in windows-1256, on the second line.
const windows1256 = Uint8Array.from([0x41, 0x0a, 0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9, 0x0a]);
// "café" in windows-1252 / ISO-8859-1.
const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]);

describe('decodeText', () => {
	it('reads UTF-8 and keeps a byte order mark for the caller', () => {
		expect(decodeText(utf8('سلام hello'))).toEqual({ ok: true, text: 'سلام hello', encoding: 'utf-8' });
		expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ ok: true, text: '\uFEFFA' });
	});

	it('says where UTF-8 breaks and which legacy encoding the bytes look like', () => {
		expect(decodeText(windows1256)).toEqual({
			ok: false,
			reason: 'invalid',
			encoding: 'utf-8',
			line: 2,
			offset: 2,
			byte: 0xc7,
			suggestion: 'windows-1256'
		});
		expect(decodeText(latin1)).toMatchObject({ ok: false, line: 1, offset: 3, byte: 0xe9, suggestion: 'windows-1252' });
	});

	it('reads windows-1256 when asked to', () => {
		expect(decodeText(windows1256, 'windows-1256')).toEqual({ ok: true, text: 'A\nالعربية\n', encoding: 'windows-1256' });
		expect(decodeText(windows1256, 'cp1256')).toMatchObject({ ok: true, encoding: 'windows-1256' });
	});

	it('refuses an encoding it does not know', () => {
		expect(decodeText(latin1, 'klingon')).toMatchObject({ ok: false, reason: 'unknown-encoding', encoding: 'klingon' });
		expect(isKnownEncoding('windows-1256')).toBe(true);
		expect(isKnownEncoding('klingon')).toBe(false);
	});
});

describe('firstInvalidUtf8', () => {
	it('finds overlong forms, surrogates and truncated sequences', () => {
		expect(firstInvalidUtf8(utf8('abc'))).toBe(3);
		expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
		expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
		expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2); // cut short
	});

	it('has no suggestion for pure ASCII', () => {
		expect(guessLegacyEncoding(utf8('plain'))).toBeUndefined();
	});
});
