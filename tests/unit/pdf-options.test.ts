// `npm run pdf`'s options, read before anything is built or launched.
import { describe, expect, it } from 'vitest';
import { parsePdfOptions, PdfError } from '../../scripts/pdf-options';

function refusal(argv: string[]): { message: string; exitCode: number } {
	try {
		parsePdfOptions(argv);
	} catch (error) {
		if (error instanceof PdfError) return { message: error.message.split('\n')[0]!, exitCode: error.exitCode };
		throw error;
	}
	throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parsePdfOptions', () => {
	it('turns every print option into the reader’s print address', () => {
		const options = parsePdfOptions(['doc', '--layout', 'stacked', '--ratio', '60', '--size', '90', '--paper', 'letter', '--no-header', '--no-numbers', '--chapter', 'chapter-2']);
		expect(Object.fromEntries(options.query)).toEqual({
			'print-layout': 'stacked',
			'print-ratio': '60',
			'print-size': '90',
			'print-paper': 'letter',
			'print-header': '0',
			'print-numbers': '0',
			'print-scope': 'chapter'
		});
		expect(options.start).toEqual({ chapter: 'chapter-2' });
		expect(options.out).toBe('doc.pdf');
	});

	it('prints the whole text unless a chapter or a page is asked for', () => {
		expect(parsePdfOptions(['doc']).query.get('print-scope')).toBe('book');
		expect(parsePdfOptions(['doc', '--page', '3'])).toMatchObject({ start: { page: 3 } });
		expect(parsePdfOptions(['doc', '--page', '3']).query.get('print-scope')).toBeNull(); // 'page' is the default
	});

	it('keeps only the origin and path of --base-url', () => {
		expect(parsePdfOptions(['doc', '--base-url', 'https://example.org/muqabala/?x=1#y']).baseUrl).toBe('https://example.org/muqabala');
	});

	it.each([
		[['--layout', 'poster'], /unknown layout "poster"/],
		[['--colour', 'red'], /Unknown option '--colour'/],
		[['--ratio', '90'], /--ratio "90" must be a whole number from 30 to 70/],
		[['--size', 'big'], /--size "big" must be a whole number from 70 to 150/],
		[['--base-url', 'javascript:alert(1)'], /--base-url "javascript:alert\(1\)" is not an http\(s\) address/],
		[['--chapter', 'Not An Id'], /--chapter "Not An Id" is not a segment id/],
		[['--chapter', 'c1', '--page', '2'], /give --chapter or --page, not both/],
		[['--paper', 'a3'], /unknown paper "a3"/],
		[['--lang', 'fr'], /unknown interface language "fr"/]
	])('refuses %j with one line and exit code 2', (extra, message) => {
		const { message: said, exitCode } = refusal(['doc', ...(extra as string[])]);
		expect(said).toMatch(message);
		expect(exitCode).toBe(2);
	});

	it('refuses a missing or malformed document id', () => {
		expect(refusal([]).message).toMatch(/which document\?/);
		expect(refusal(['../../etc/passwd']).message).toMatch(/"\.\.\/\.\.\/etc\/passwd" is not a document id/);
		expect(refusal(['a', 'b']).message).toMatch(/one document at a time/);
	});
});
