import { describe, expect, it } from 'vitest';
import { defaultReviewThreshold, ImportError, idFrom, importTexts, looksLikeTitle, type ImportProblem } from './import';
import { validateDocumentValue } from '../document/validate';

const arabic = [
	'أمطار غزيرة تغمر قرى في سهل عكار',
	'غمرت مياه الأمطار الغزيرة صباح الثلاثاء عشرات المنازل في ثلاث قرى. وأفاد الدفاع المدني بأنّ فرقه أجلت ٢١٤ شخصاً حتى الظهر.',
	'وقال حميد سليماني إنّ الأمطار بلغت ٨٧ ملم في ست ساعات. وأضاف أنّ محطة المطار سجّلت كمية أكبر من ذلك بكثير خلال الليل. وتوقّع أن تتراجع الأمطار مساء الأربعاء.'
].join('\n\n');
const english = [
	'Heavy rain floods villages on the Akkar plain',
	'Heavy rain flooded dozens of homes in three villages on Tuesday morning. Civil Defence said its teams had evacuated 214 people by noon.',
	'Hamid Soleimani said 87 mm of rain had fallen in six hours. He expected the rain to ease on Wednesday evening.'
].join('\n\n');

function problemsOf(run: () => unknown): ImportProblem[] {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error.problems;
		throw error;
	}
	throw new Error('no ImportError');
}

describe('importTexts', () => {
	it('needs nothing but the two texts: languages from the scripts, titles from the first paragraphs, no metadata', () => {
		const result = importTexts({ original: arabic, translation: english, names: { original: 'floods.ar.txt', translation: 'floods.en.txt' } });
		expect(result.languages).toEqual({ from: 'ar', to: 'en', detected: { from: true, to: true } });
		expect(result.document.id).toBe('floods');
		expect(result.document.languages).toEqual({ ar: { title: 'أمطار غزيرة تغمر قرى في سهل عكار' }, en: { title: 'Heavy rain floods villages on the Akkar plain', translation: {} } });
		expect(result.document.source).toBeUndefined();
		expect(validateDocumentValue(result.document, { expectedId: 'floods' })).toEqual([]);
		// The title is not aligned again as the first pair.
		expect(result.document.blocks[0]?.segments[0]?.text.en).toMatch(/^Heavy rain flooded/);
		expect(result.notes.map((note) => note.message)).toContain('read as Arabic (ar) from its script; give --from if it is another language');
	});

	it('gives every segment a confidence and lists what a person should check', () => {
		const result = importTexts({ original: arabic, translation: english });
		for (const segment of result.document.blocks.flatMap((block) => block.segments)) {
			expect(segment.confidence).toBeGreaterThanOrEqual(0);
			expect(segment.confidence).toBeLessThanOrEqual(1);
		}
		const omission = result.review.find((item) => item.shape === '1:0');
		expect(omission?.reasons).toContain('not in the English');
		expect(omission?.original).toMatch(/^وأضاف أنّ محطة المطار/);
		expect(omission?.translation).toBe('');
		expect(result.review.every((item) => item.shape !== '1:1' || item.confidence < defaultReviewThreshold)).toBe(true);
	});

	it('marks the piece of a link that runs across a paragraph break only one language makes', () => {
		const result = importTexts({
			original: 'العنوان\n\nقال الفخّار إنّه بدأ العمل وهو في التاسعة، وإنّ أباه وجدّه كانا فخّارين قبله، وإنّ الورشة لم تتغيّر منذ مئة عام.\n\nعدنا إلى المدينة عند المغيب.',
			translation: 'The title\n\nThe potter said he had started work at nine. His father and grandfather had been potters before him.\n\n“The workshop has not changed in a hundred years,” he said.\n\nWe went back to town at sunset.'
		});
		const continued = result.review.find((item) => item.reasons.some((reason) => reason.startsWith('continues')));
		expect(continued?.reasons).toEqual(['continues p1-1 across a paragraph break only the English makes']);
		expect(result.review.find((item) => item.id === 'p1-1')?.reasons).toContain('1 Arabic sentence, 3 English');
	});

	it('takes the first words for a title when the first paragraphs are not titles, and says so', () => {
		const result = importTexts({ original: 'كانت جدّتي تخبز الخبز كلّ يوم خميس.\n\nما زلت أذكر رائحته.', translation: 'My grandmother baked bread every Thursday.\n\nI still remember the smell.' });
		expect(result.document.languages.en?.title).toBe('My grandmother baked bread every Thursday.');
		expect(result.document.blocks).toHaveLength(2);
		expect(result.notes.some((note) => /does not look like a title/.test(note.message))).toBe(true);
	});

	it('reports every problem at once', () => {
		const problems = problemsOf(() => importTexts({ original: arabic, translation: english, from: 'arabic', to: 'EN', id: 'Floods Report', source: { published: 'last Tuesday' } }));
		expect(problems.map((p) => [p.field, p.message])).toEqual([
			['from', '"arabic" is not a BCP 47 language tag; for Arabic write "ar"'],
			['id', '"Floods Report" is not a valid document id: use lowercase a-z, 0-9 and "-", at most 64 characters, not starting with "-"'],
			['source', '/source/published: must be an RFC 3339 date-time with its UTC offset, e.g. 2017-11-19T21:11:00+03:30']
		]);
	});

	it('stops Arabic text declared English, and two files given the wrong way round', () => {
		expect(problemsOf(() => importTexts({ original: arabic, translation: english, from: 'en', to: 'fr' })).map((p) => p.message)).toEqual([
			'the original is written in Arabic script, which does not fit --from en (English); if it is Arabic, give --from ar'
		]);
		expect(problemsOf(() => importTexts({ original: english, translation: arabic, from: 'ar', to: 'en', names: { original: 'a.txt', translation: 'b.txt' } })).map((p) => p.message)).toEqual([
			'a.txt is in Latin script and b.txt in Arabic script, the other way round from --from ar --to en: give the original first, or swap --from and --to'
		]);
	});

	it('asks for the language of a text that mixes scripts', () => {
		const mixed = `${english}\n\n${arabic}`;
		const problems = problemsOf(() => importTexts({ original: mixed, translation: english }));
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toMatch(/^the original: mixes scripts \((Arabic|Latin) \d+ %, (Arabic|Latin) \d+ %\), so its language cannot be told from its letters; give --from/);
		expect(importTexts({ original: mixed, translation: english, from: 'ar', allowUneven: true }).languages.from).toBe('ar');
	});

	it('accepts a tag in any case and writes it in canonical case', () => {
		expect(importTexts({ original: arabic, translation: english, from: 'AR', to: 'en-gb' }).languages).toEqual({ from: 'ar', to: 'en-GB', detected: { from: false, to: false } });
	});

	it('refuses an empty text and metadata the format cannot hold, naming both', () => {
		const problems = problemsOf(() => importTexts({ original: '\n\n', translation: english, names: { original: 'empty.txt' } }));
		expect(problems.map((p) => p.message)).toEqual(['empty.txt: has no text (it is empty or holds only blank lines)']);
		const metadata = problemsOf(() => importTexts({ original: arabic, translation: english, source: { published: 'last Tuesday', url: 'ftp://x' } }));
		expect(metadata.map((p) => [p.field, p.pointer])).toEqual([
			['source', '/source/published'],
			['source', '/source/url']
		]);
	});

	// A time limit only against a hang; how fast this is belongs to the benchmark.
	it('aligns a five-million-character paragraph without running out of stack', { timeout: 120_000 }, () => {
		const long = `${'كلمة '.repeat(1_000_000).trim()}.`;
		const result = importTexts({ original: long, translation: `${'word '.repeat(1_300_000).trim()}.`, from: 'ar', to: 'en', id: 'long' });
		expect(result.document.blocks).toHaveLength(1);
		expect(result.document.blocks[0]?.segments[0]?.text.ar).toHaveLength(long.length);
	});
});

describe('helpers', () => {
	it('makes an id from a file name without its language and extension', () => {
		expect(idFrom('texts/Story.ar.txt', undefined)).toBe('story');
		expect(idFrom('report-en.txt', undefined)).toBe('report');
		expect(idFrom('Über das Meer.txt', undefined)).toBe('uber-das-meer');
		expect(idFrom(undefined, 'Heavy rain floods villages')).toBe('heavy-rain-floods-villages');
		expect(idFrom('٢٠٢٤.txt', undefined)).toBe('document');
	});

	it('tells a title from a sentence', () => {
		expect(looksLikeTitle('في قرية الفخّارين')).toBe(true);
		expect(looksLikeTitle('Who owns the sea?')).toBe(true);
		expect(looksLikeTitle('كانت جدّتي تخبز الخبز.')).toBe(false);
		expect(looksLikeTitle('x'.repeat(151))).toBe(false);
	});
});
