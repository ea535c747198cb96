import { describe, expect, it } from 'vitest';
import { cssString, defaultPrint, pageFurnitureCss, parsePrintSettings, printedView, withPrintQuery } from './print-settings';

const query = (s: string) => new URLSearchParams(s);

describe('print settings in the URL', () => {
	it('reads every option and clamps numbers', () => {
		expect(
			parsePrintSettings(
				query('print-layout=stacked&print-swap=1&print-ratio=90&print-size=85&print-paper=letter&print-header=0&print-numbers=0&print-scope=book')
			)
		).toEqual({ layout: 'stacked', swap: true, ratio: 70, size: 85, paper: 'letter', header: false, numbers: false, scope: 'book' });
	});

	it('falls back to the defaults for anything missing or unknown', () => {
		expect(parsePrintSettings(query('print-layout=poster&print-ratio=abc&print-paper=a3&print-header=maybe&print-scope=shelf'))).toEqual(defaultPrint);
	});

	it('writes only what differs from the default, keeps other parameters, and round-trips', () => {
		const settings = { ...defaultPrint, layout: 'original' as const, ratio: 60, numbers: false };
		const written = withPrintQuery(query('layout=stacked&print-size=120'), settings);
		expect(written.toString()).toBe('layout=stacked&print-layout=original&print-ratio=60&print-numbers=0');
		expect(parsePrintSettings(written)).toEqual(settings);
	});

	it('prints what the screen shows unless a print option says otherwise', () => {
		expect(printedView(defaultPrint, { layout: 'stacked', swap: true })).toEqual({ layout: 'stacked', swap: true });
		expect(printedView(defaultPrint, { layout: null, swap: false })).toEqual({ layout: 'side-by-side', swap: false });
		expect(printedView({ ...defaultPrint, layout: 'translation', swap: false }, { layout: 'stacked', swap: true })).toEqual({
			layout: 'translation',
			swap: false
		});
	});
});

describe('page furniture', () => {
	it('escapes a title so it can never leave its CSS string', () => {
		const hostile = 'a"; } body { display: none } </style><script>x</script>\\\n';
		const css = cssString(hostile);
		expect(css).toBe('"a\\22 ; } body { display: none } \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \\5c \\a "');
		expect(css.slice(1, -1)).not.toMatch(/["<>\n]/);
	});

	it('keeps Arabic text as it is', () => {
		expect(cssString('محور المقاومة "داعش”')).toBe('"محور المقاومة \\22 داعش”"');
	});

	it('writes the paper size, the running title and "page n of m" in the interface language', () => {
		const css = pageFurnitureCss({ title: 'T', pageOf: 'صفحة {{page}} من {{pages}}', counterStyle: 'arabic-indic', paper: 'letter' });
		expect(css).toContain('size: letter;');
		expect(css).toContain('@top-center { content: "T";');
		expect(css).toContain('@bottom-center { content: "صفحة " counter(page, arabic-indic) " من " counter(pages, arabic-indic);');
		expect(pageFurnitureCss({ title: 'T', pageOf: 'Page {{page}} of {{pages}}', counterStyle: 'decimal', paper: 'auto' })).not.toMatch(/size: (A4|letter)/);
	});
});
