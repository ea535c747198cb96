import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocumentValue } from '../document/validate';
import type { AlignedDocument } from '../document/types';
import { documentFromTmx, escapeXml, parseTmx, TmxError, toTmx } from './tmx';

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
