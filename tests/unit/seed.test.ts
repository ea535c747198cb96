// The seed article must stay byte-for-byte what Kayhan published, typos and all.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/lib/document/join';
import { validateDocumentText } from '../../src/lib/document/validate';

const seedName = '000_2f8f6c6b0e7269fe.txt';
const seed = readFileSync(new URL(`../fixtures/seed/${seedName}`, import.meta.url), 'utf8');
const documentText = readFileSync(new URL('../../translations/kayhan-2017-11-19-albukamal.json', import.meta.url), 'utf8');
const { document, problems } = validateDocumentText(documentText, { expectedId: 'kayhan-2017-11-19-albukamal' });

describe('the seed document', () => {
	it('is valid', () => {
		expect(problems).toEqual([]);
		expect(document).toBeDefined();
	});

	it('uses the shared seed file itself when it is there (the fixture is its exact copy)', () => {
		const shared = new URL(`../../../shared/seed/${seedName}`, import.meta.url);
		// CI may run on a clone without ../shared; the copy in tests/fixtures is then the reference.
		const reference = existsSync(shared) ? readFileSync(shared, 'utf8') : seed;
		expect(seed).toBe(reference);
	});

	it('rebuilds every line of the seed article from its Arabic, byte for byte', () => {
		const lines = seed.split('\n').filter((line) => line.trim() !== '');
		const [site, articleLine, dateLine, ...body] = lines;
		const doc = document!;
		const source = doc.source!;
		expect(source.site).toBe(site);
		expect(`رمز الخبر: ${source.articleId}`).toBe(articleLine);
		expect(dateLine).toBe('تأريخ النشر : 2017November19 - 21:11');
		expect(source.published).toBe('2017-11-19T21:11:00+03:30');

		expect(doc.blocks.map((b) => b.kind)).toEqual([
			'kicker',
			'headline',
			'highlight',
			'highlight',
			'highlight',
			...Array.from({ length: 18 }, () => 'paragraph')
		]);
		const rebuilt = doc.blocks.map((block) => (block.kind === 'highlight' ? '* ' : '') + blockText(block, 'ar'));
		expect(rebuilt).toEqual(body);
		// Byte for byte, not just as equal JS strings.
		expect(Buffer.from(rebuilt.join('\n'), 'utf8').equals(Buffer.from(body.join('\n'), 'utf8'))).toBe(true);
	});

	it('keeps the source’s own slips: spacing, spelling and mismatched quotation marks', () => {
		const arabic = document!.blocks.map((b) => blockText(b, 'ar')).join('\n');
		expect(arabic).toContain('البو كمال'); // split name in a highlight
		expect(arabic).toContain('سور يا');
		expect(arabic).toContain('"داعش”'); // straight quote closed by a curly one
		expect(arabic).toContain('الميادين .'); // space before the full stop
		expect(arabic).toContain('أميرعبد اللهيان');
	});

	it('has an English translation for every segment, credited honestly', () => {
		const doc = document!;
		expect(doc.languages.en?.translation?.by).toMatch(/Muqabala/);
		expect(doc.languages.en?.translation?.method).toBe('language-model');
		for (const block of doc.blocks) {
			for (const segment of block.segments) {
				expect(segment.text.en, segment.id).not.toBe('');
				expect(segment.text.ar, segment.id).not.toBe('');
			}
		}
		const english = doc.blocks.map((b) => blockText(b, 'en')).join('\n');
		for (const name of ['Qassem Soleimani', 'Albu Kamal', 'Hossein Amir-Abdollahian', 'Al Mayadeen', 'Abu Hassan al-Iraqi', 'Saddam al-Jamal', 'Deir ez-Zor', 'Jabhat al-Nusra', 'Raqqa', 'Hama']) {
			expect(english).toContain(name);
		}
		expect(english.match(/\(150\)/g)).toHaveLength(3); // every number carried over
	});

	it('reads as a model for translators: what the Arabic attributes stays attributed, idiomatic English (issue 13)', () => {
		const en = Object.fromEntries(document!.blocks.flatMap((b) => b.segments).map((s) => [s.id, s.text.en!]));
		// واعلنت غرفة العمليات … اضافة الى هروب …: both flights are the operations room's announcement.
		expect(en['p4-1']).toMatch(/^The operations room announced that .+\. It also announced that .+ had fled Albu Kamal\.$/u);
		// مشيراً (singular) has no subject in the sentence: the child-fighters claim is not the army's.
		expect(en['p7-1']).toContain('tightened the cordon around');
		expect(en['p7-1']).not.toMatch(/noting|noose/u);
		expect(en['p8-1']).toContain('is committing its well-trained fighters in Albu Kamal');
		expect(en['p11-1']).toContain('also by Jabhat al-Nusra');
		expect(en['p14-1']).toMatch(/^Meanwhile, military sources added/u);
		const english = Object.values(en).join('\n');
		for (const slip of ['Nusra Front', 'again by', 'the holding of', 'On another front', 'site:', '..']) expect(english).not.toContain(slip);
		expect(en.kicker).not.toMatch(/\.$/u); // the source's ".." is a headline habit English does not share
	});

	it('is aligned at sentence level, with n:m segments where the languages divide sentences differently', () => {
		const segments = document!.blocks.flatMap((b) => b.segments);
		expect(segments.length).toBeGreaterThanOrEqual(25);
		const ids = segments.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
