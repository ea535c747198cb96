import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocumentValue } from '../document/validate';
import type { AlignedDocument } from '../document/types';
import { XMLValidator } from 'fast-xml-parser';
import { decodeTmx, documentFromTmx, escapeXml, parseTmx, TmxError, toTmx } from './tmx';

const seedFile = join(import.meta.dirname, '../../../translations/kayhan-2017-11-19-albukamal.json');
const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as AlignedDocument;
const { $schema: _schema, ...seedWithoutSchema } = seed;

/** A small document with what TMX has no place for: a 1:0 segment, odd spacing, a paragraph break. */
const tricky: AlignedDocument = {
	format: 1,
	id: 'tricky',
	original: 'ar',
	languages: { ar: { title: 'عنوان <و> & "اقتباس"' }, en: { title: 'A <title> & "quote"', translation: { by: 'Someone', method: 'human', date: '2026-01-02' } } },
	source: { publisher: 'P & Q', url: 'https://example.org/?a=1&b=2' },
	notes: [{ lang: 'en', text: 'A note with <angle brackets>.' }],
	blocks: [
		{
			kind: 'headline',
			segments: [{ id: 'h', text: { ar: 'عنوان', en: 'Title' } }]
		},
		{
			kind: 'paragraph',
			segments: [
				{ id: 'p1-1', text: { ar: 'أولى.', en: 'First.' } },
				{ id: 'p1-2', text: { ar: 'ثانية.', en: '' }, space: { ar: '  ' } },
				{ id: 'p1-3', text: { ar: 'ثالثة.', en: 'Third & <last>.' }, space: { ar: '\n\n' } }
			]
		}
	]
};

describe('toTmx', () => {
	const tmx = toTmx(seed);

	it('writes TMX 1.4 with the header TMX requires and the original as srclang', () => {
		expect(tmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
		const header = /<header ([^>]*)>/.exec(tmx)?.[1] ?? '';
		for (const attribute of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang="ar"', 'datatype']) {
			expect(header).toContain(attribute);
		}
	});

	it('writes one translation unit per segment, one variant per language with text', () => {
		const segments = seed.blocks.flatMap((b) => b.segments);
		expect(tmx.match(/<tu /g)).toHaveLength(segments.length);
		expect(tmx.match(/<tuv xml:lang="ar">/g)).toHaveLength(segments.length);
		expect(tmx.match(/<tuv xml:lang="en">/g)).toHaveLength(segments.length);
		const onlyArabic = toTmx(tricky).split('<tu ').find((tu) => tu.includes('p1-2')) ?? '';
		expect(onlyArabic).toContain('xml:lang="ar"');
		expect(onlyArabic).not.toContain('<tuv xml:lang="en">');
	});

	it('escapes markup characters in text and attributes', () => {
		const written = toTmx(tricky);
		expect(written).toContain('<seg>Third &amp; &lt;last&gt;.</seg>');
		expect(written).toContain('P &amp; Q');
		expect(escapeXml('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;');
		expect(parseTmx(written).units[3]?.variants.en).toBe('Third & <last>.');
	});
});

describe('toTmx, checked pairs only', () => {
	it('writes only the pairs a person confirmed, says so in the header, and stays well-formed', () => {
		const checked: AlignedDocument = {
			...tricky,
			blocks: tricky.blocks.map((block) => ({ ...block, segments: block.segments.map((s) => (s.id === 'p1-1' || s.id === 'p1-3' ? { ...s, checked: true } : s)) }))
		};
		const written = toTmx(checked, { checkedOnly: true });
		expect(XMLValidator.validate(written)).toBe(true);
		expect(parseTmx(written).units.map((unit) => unit.id)).toEqual(['p1-1', 'p1-3']);
		expect(written).toContain('<prop type="x-muqabala-selection">checked</prop>');
		// Without the option every pair is written, checked or not, and the header says nothing.
		expect(parseTmx(toTmx(checked)).units).toHaveLength(4);
		expect(toTmx(checked)).not.toContain('x-muqabala-selection');
		// No checked pair: a valid file with an empty body, not an error.
		const none = toTmx(tricky, { checkedOnly: true });
		expect(XMLValidator.validate(none)).toBe(true);
		expect(parseTmx(none).units).toEqual([]);
	});
});

describe('TMX round trip', () => {
	it('gives back the seed document', () => {
		expect(documentFromTmx(parseTmx(toTmx(seed)))).toEqual(seedWithoutSchema);
	});

	it('gives back blocks, kinds, 1:0 segments, spaces and paragraph breaks', () => {
		const back = documentFromTmx(parseTmx(toTmx(tricky)));
		expect(back).toEqual(tricky);
		expect(validateDocumentValue(back)).toEqual([]);
	});
});

describe('reading TMX from other tools', () => {
	const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OtherTool" creationtoolversion="9" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="AR-sy" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="ar-SY"><seg>مرحباً <ph x="1">{0}</ph>بالعالم</seg></tuv>
      <tuv xml:lang="en-us"><seg>Hello <hi>wide</hi>
        world &#x41;&#66;</seg></tuv>
    </tu>
    <tu tuid="1"><tuv xml:lang="ar-SY"><seg>ثانية</seg></tuv><tuv xml:lang="en-US"><seg>Second</seg></tuv></tu>
  </body>
</tmx>`;

	it('keeps text, drops inline codes, joins lines, canonicalises language tags', () => {
		const content = parseTmx(foreign);
		expect(content.sourceLanguage).toBe('ar-SY');
		expect(content.languages).toEqual(['ar-SY', 'en-US']);
		expect(content.units[0]?.variants).toEqual({ 'ar-SY': 'مرحباً بالعالم', 'en-US': 'Hello wide world AB' });
	});

	it('needs what the file does not say, and then makes one block per unit with unique ids', () => {
		expect(() => documentFromTmx(parseTmx(foreign))).toThrow(/no x-muqabala-id/);
		const document = documentFromTmx(parseTmx(foreign), {
			id: 'greeting',
			titles: { 'ar-SY': 'تحية', 'en-US': 'Greeting' },
			source: { publisher: 'Nobody' },
			translation: { by: 'Someone', method: 'human' }
		});
		expect(document.blocks).toHaveLength(2);
		expect(document.blocks.flatMap((b) => b.segments.map((s) => s.id))).toEqual(['1', 'tu-2']);
		expect(validateDocumentValue(document)).toEqual([]);
	});

	it('says where a file is not well-formed', () => {
		try {
			parseTmx('<tmx version="1.4">\n<header>\n</tmx>');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(TmxError);
			expect((error as TmxError).line).toBe(3);
			expect((error as TmxError).message).toMatch(/not well-formed XML/);
		}
	});

	it('refuses files that are not TMX or hold one language', () => {
		expect(() => parseTmx('<html><body/></html>')).toThrow(/not a TMX file/);
		const oneLanguage = '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>';
		expect(() => documentFromTmx(parseTmx(oneLanguage), { id: 'x' })).toThrow(/one language only/);
	});
});

describe('characters XML 1.0 cannot hold', () => {
	const nonCharacters: AlignedDocument = {
		...tricky,
		id: 'non-characters',
		languages: { ...tricky.languages, ar: { title: 'عنوان \uFFFF' } },
		notes: [{ lang: 'en', text: 'plain' }, { lang: 'en', text: 'a note \uFFFE' }],
		source: { publisher: 'P \uFFFE', publisherNames: { en: 'Name \uFFFF' } },
		blocks: [{ kind: 'paragraph', segments: [{ id: 's1', text: { ar: 'نص \uFFFE', en: 'text \uFFFF and \uFFFE' }, confidence: 0.25, checked: true }] }]
	};

	it('writes well-formed XML, other tools seeing U+FFFD, and reads back the exact text', () => {
		const written = toTmx(nonCharacters);
		expect(XMLValidator.validate(written)).toBe(true);
		expect(written).not.toMatch(/[\uFFFE\uFFFF]/);
		expect(written).toContain('<seg>text \uFFFD and \uFFFD</seg>');
		expect(written).toContain('<prop type="x-muqabala-text-json" xml:lang="en">&quot;text \\uffff and \\ufffe&quot;</prop>');
		expect(validateDocumentValue(nonCharacters)).toEqual([]);
		expect(documentFromTmx(parseTmx(written))).toEqual(nonCharacters);
	});

	it('shows what another tool wrote when it changed a segment that had an exact copy', () => {
		const edited = toTmx(nonCharacters).replace('<seg>text \uFFFD and \uFFFD</seg>', '<seg>edited</seg>');
		expect(documentFromTmx(parseTmx(edited)).blocks[0]?.segments[0]?.text.en).toBe('edited');
	});
});

describe('reading hostile TMX', () => {
	const wrap = (body: string) => `<tmx version="1.4"><header srclang="ar"/><body>${body}</body></tmx>`;
	it.each([
		['an undefined entity', wrap('<tu><tuv xml:lang="ar"><seg>&foo;</seg></tuv></tu>'), /the entity &foo; is not defined/],
		['an HTML entity', wrap('<tu><tuv xml:lang="ar"><seg>&nbsp;</seg></tuv></tu>'), /the entity &nbsp; is not defined/],
		['a reference to NUL', wrap('<tu><tuv xml:lang="ar"><seg>&#0;</seg></tuv></tu>'), /&#0; names a character XML does not allow \(U\+0000\)/],
		['a reference to U+FFFE', wrap('<tu><tuv xml:lang="ar"><seg>&#xFFFE;</seg></tuv></tu>'), /&#xFFFE; names a character XML does not allow/],
		['a reference to a surrogate', wrap('<tu><tuv xml:lang="ar"><seg>&#55296;</seg></tuv></tu>'), /&#55296; names a character XML does not allow/],
		['a reference beyond Unicode', wrap('<tu><tuv xml:lang="ar"><seg>&#x110000;</seg></tuv></tu>'), /&#x110000; names a character XML does not allow$/],
		['an unknown element', wrap('<tu><tuv xml:lang="ar"><seg>a <span>b</span></seg></tuv></tu>'), /<span> is not a TMX element/],
		['a second root element', `${wrap('')}<other/>`, /a second root element <other> after <tmx>/],
		['an internal DOCTYPE subset', `<!DOCTYPE tmx [<!ENTITY x "y">]>${wrap('')}`, /declares entities or elements of its own/],
		['nesting without end', wrap(`<tu><tuv xml:lang="ar"><seg>${'<hi>'.repeat(200_000)}${'</hi>'.repeat(200_000)}</seg></tuv></tu>`), /nested more than 100 deep/],
		['a raw control character', wrap('<tu><tuv xml:lang="ar"><seg>\u0007</seg></tuv></tu>'), /contains the character U\+0007/]
	])('refuses %s with a TmxError', (_name, xml, message) => {
		expect(() => parseTmx(xml)).toThrowError(TmxError);
		expect(() => parseTmx(xml)).toThrowError(message);
	});

	it('gives the line of an unknown element and of a second root', () => {
		for (const xml of [`<tmx version="1.4"><header srclang="ar"/>\n<body>\n<x/></body></tmx>`, `<tmx version="1.4"><header srclang="ar"/><body/></tmx>\n\n<tmx/>`]) {
			try {
				parseTmx(xml);
				expect.unreachable();
			} catch (error) {
				expect((error as TmxError).line).toBe(3);
			}
		}
	});

	it('still takes comments, CDATA, the DOCTYPE TMX files carry, and the five XML entities', () => {
		const xml = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- &nbsp; in a comment -->\n${wrap('<tu><tuv xml:lang="ar"><seg>&amp;&lt;&gt;&quot;&apos; <![CDATA[&raw;]]></seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>')}`;
		expect(parseTmx(xml).units[0]?.variants.ar).toBe('&<>"\' &raw;');
	});
});

describe('decodeTmx', () => {
	const text = '<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="ar"><seg>مرحباً 😀</seg></tuv></tu></body></tmx>';
	const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
	const swap = (bytes: Uint8Array) => new Uint8Array(Buffer.from(bytes).swap16());

	it('reads UTF-16 little- and big-endian, with a byte order mark or without', () => {
		const le = utf16le(text);
		expect(decodeTmx(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
		expect(decodeTmx(new Uint8Array([0xfe, 0xff, ...swap(le)]))).toBe(text);
		expect(decodeTmx(le)).toBe(text);
		expect(decodeTmx(swap(le))).toBe(text);
	});

	it('reads UTF-8 with or without a byte order mark', () => {
		const utf8 = text.replace('UTF-16', 'UTF-8');
		expect(decodeTmx(new TextEncoder().encode(utf8))).toBe(utf8);
		expect(decodeTmx(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(utf8)]))).toBe(utf8);
	});

	it('refuses other encodings and contradictions, saying which', () => {
		const latin1 = new Uint8Array(Buffer.from('<?xml version="1.0" encoding="windows-1256"?><tmx>\xe9</tmx>', 'latin1'));
		expect(() => decodeTmx(latin1)).toThrowError(/the file is in windows-1256; save it as UTF-8 or UTF-16/);
		const declared = new TextEncoder().encode('<?xml version="1.0" encoding="Shift_JIS"?><tmx/>');
		expect(() => decodeTmx(declared)).toThrowError(/says it is in Shift_JIS; only UTF-8 and UTF-16 are read/);
		expect(() => decodeTmx(new TextEncoder().encode(text))).toThrowError(/says it is UTF-16 but is written as UTF-8/);
		expect(() => decodeTmx(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x3c, 0, 0, 0]))).toThrowError(/UTF-32/);
		expect(() => decodeTmx(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x3d]))).toThrowError(/not UTF-16LE text throughout/);
		expect(() => decodeTmx(new Uint8Array([0x3c, 0x61, 0xc3, 0x28]))).toThrowError(/is not UTF-8 text \(byte 0xC3 at offset 2\)/);
	});
});

describe('found by the fuzz suite (tests/unit/fuzz.test.ts)', () => {
	it('keeps a declared language that has no text in any segment', () => {
		const document: AlignedDocument = {
			format: 1,
			id: '0',
			original: 'ar',
			languages: { ar: { title: '!' }, fa: { title: 'مرحبا', translation: {} }, ckb: { title: '!', translation: {} } },
			blocks: [{ kind: 'highlight', segments: [{ id: '0', text: { ar: '!', fa: 'مرحبا', ckb: '' } }] }]
		};
		expect(documentFromTmx(parseTmx(toTmx(document)))).toEqual(document);
	});
});
