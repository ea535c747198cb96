import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { box, expect, readerReady, seedId, seedPath, sides, test } from './fixtures';

const run = promisify(execFile);

/** What the browser does when it prints: print media, and the page's beforeprint. */
async function printNow(page: Page): Promise<void> {
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

async function afterPrint(page: Page): Promise<void> {
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
}

test.describe('printing from the browser', () => {
	test('the Print control offers the options, keeps them in the URL and opens the print dialog', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { __printed: number }).__printed = 0;
			window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
		});
		// The dialog's logic is fetched on the first click of Print, not with the reader.
		const scripts: string[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.js')) scripts.push(response.url());
		});
		const dialogLogic = async () => {
			const bodies = await Promise.all(scripts.map((url) => page.request.get(url).then((r) => r.text())));
			return bodies.some((body) => body.includes('print-left'));
		};
		await page.goto(seedPath);
		await readerReady(page);
		expect(await dialogLogic()).toBe(false);
		await page.getByRole('button', { name: 'Print…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Print a bilingual copy' });
		await expect(dialog).toBeVisible();
		expect(await dialogLogic()).toBe(true);
		await dialog.getByRole('radio', { name: 'Stacked' }).check();
		// Stacked, the side choice says which text goes on top.
		await expect(dialog.getByRole('group', { name: 'The text on top' })).toBeVisible();
		await dialog.getByRole('radio', { name: 'English', exact: true }).check();
		await dialog.getByLabel('Paper').selectOption('letter');
		await dialog.getByRole('checkbox', { name: 'Print segment numbers' }).uncheck();
		await expect(page).not.toHaveURL(/print-/); // nothing changes until Print
		await dialog.getByRole('button', { name: 'Print', exact: true }).click();
		await expect(dialog).toBeHidden();
		await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
		await expect(page).toHaveURL(/print-layout=stacked/);
		await expect(page).toHaveURL(/print-swap=1/);
		await expect(page).toHaveURL(/print-paper=letter/);
		await expect(page).toHaveURL(/print-numbers=0/);
		// The screen view is untouched.
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'side-by-side');
	});

	test('Cancel leaves the address and the options as they were; the print link can be copied', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`${seedPath}?print-paper=a4`);
		await readerReady(page);
		await page.getByRole('button', { name: 'Print…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Print a bilingual copy' });
		await dialog.getByRole('radio', { name: 'English only' }).check();
		await dialog.getByLabel('Paper').selectOption('letter');
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(dialog).toBeHidden();
		await expect(page).toHaveURL(/\?print-paper=a4$/);
		// Opened again, it shows what is in force, not what was cancelled.
		await page.getByRole('button', { name: 'Print…' }).click();
		await expect(dialog.getByLabel('Paper')).toHaveValue('a4');
		await dialog.getByRole('radio', { name: 'Stacked' }).check();
		await dialog.getByRole('button', { name: 'Copy a link to this printed copy' }).click();
		await expect(page).toHaveURL(/print-layout=stacked/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	});

	test('print media: no interface chrome, the chosen layout, unbreakable pairs', async ({ page }) => {
		await page.goto(`${seedPath}?print-layout=stacked&print-numbers=0`);
		await readerReady(page);
		await printNow(page);
		for (const chrome of ['.site-header', '[data-reader-toolbar]', '.keyboard-hint', '.skip-link', '.page-nav']) {
			await expect(page.locator(chrome)).toBeHidden();
		}
		await expect(page.locator('.citation')).toBeVisible();
		await expect(page.locator('.citation')).toContainText('Kayhan (kayhan.ir), article 66847');
		const [arabic, english] = sides(page, 'p1-1');
		expect((await box(english)).y).toBeGreaterThan((await box(arabic)).y + 5);
		await expect(page.locator('#p1-1 .gutter')).toBeHidden();
		const breaks = await page.locator('[data-pair]').evaluateAll((pairs) => pairs.map((p) => getComputedStyle(p).breakInside));
		expect(breaks.length).toBe(25);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
		// No highlight colour on paper.
		await afterPrint(page);
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'side-by-side'); // the screen's own again
		await arabic.hover();
		await printNow(page);
		expect(await arabic.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
	});

	test('side by side on paper: sides and column widths from the options, rows level', async ({ page }) => {
		await page.goto(`${seedPath}?print-ratio=65&print-header=0`);
		await readerReady(page);
		await printNow(page);
		await expect(page.locator('.document-header')).toBeHidden();
		const [arabic, english] = sides(page, 'p9-1');
		const [a, e] = [await box(arabic), await box(english)];
		expect(a.x).toBeGreaterThan(e.x); // Arabic on the right by default
		expect(e.width / a.width).toBeGreaterThan(1.6); // the left column takes 65 %
		expect(Math.abs(a.y - e.y)).toBeLessThanOrEqual(2);
	});
});

test.describe('npm run pdf', () => {
	// Each case starts the command, a server and a browser: slow on a busy two-core machine.
	test.describe.configure({ timeout: 120_000 });
	let folder: string;
	test.beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), 'muqabala-pdf-'));
	});
	test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

	const pdf = (...args: string[]) => run('npx', ['tsx', 'scripts/pdf.ts', '--build-dir', '.test-build', ...args], { timeout: 90_000 });

	for (const [layout, paper, size] of [
		['side-by-side', 'a4', /59[45](\.\d+)? x 84[12]/],
		['stacked', 'letter', /612 x 792/]
	] as const) {
		test(`writes a ${layout} PDF on ${paper} with the Arabic font embedded and pages that are not blank`, async () => {
			const out = join(folder, `${layout}.pdf`);
			const { stdout } = await pdf(seedId, '--layout', layout, '--paper', paper, '--out', out);
			expect(stdout).toMatch(new RegExp(`wrote .*${layout}\\.pdf: \\d+ pages`));
			const info = (await run('pdfinfo', [out])).stdout;
			expect(info).toMatch(size);
			expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
			const fonts = (await run('pdffonts', [out])).stdout;
			expect(fonts).toMatch(/NotoNaskhArabic-Regular\s+CID TrueType\s+Identity-H\s+yes/);
			expect(fonts).toMatch(/SourceSerif4-Regular/);
			await run('pdftoppm', ['-gray', '-r', '30', out, join(folder, layout)]);
			const pages = readdirSync(folder).filter((n) => n.startsWith(`${layout}-`) && n.endsWith('.pgm'));
			expect(pages.length).toBeGreaterThanOrEqual(2);
			for (const name of pages) {
				const image = readFileSync(join(folder, name));
				const pixels = image.subarray(image.length - (() => {
					const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(image.toString('latin1', 0, 40))!.map(Number);
					return w! * h!;
				})());
				const ink = pixels.filter((v) => v < 160).length / pixels.length;
				// A page with only its running title and number has about 0.1 % ink.
				expect(ink, `${name} has text on it`).toBeGreaterThan(0.004);
			}
		});
	}

	test('prints one chapter or the whole of a long text, with every print option and an absolute permalink', async () => {
		const chapter = join(folder, 'chapter.pdf');
		const { stdout } = await pdf('a-book-in-chapters', '--chapter', 'chapter-2', '--layout', 'stacked', '--left', 'en', '--size', '90', '--base-url', 'https://muqabala.example/', '--out', chapter);
		expect(stdout).toMatch(/wrote .*chapter\.pdf: \d+ pages, A4, stacked, chapter chapter-2/);
		// pdftotext garbles Arabic, but the English numbers show what was printed.
		const text = (await run('pdftotext', ['-layout', chapter, '-'])).stdout;
		expect(text).toContain('Chapter Two: Sewing');
		expect(text).toContain('(364)'); // the chapter's first and last sentences…
		expect(text).toContain('(403)');
		expect(text).not.toContain('(362)'); // …and nothing of the chapters around it
		expect(text).not.toContain('(406)');
		// English on top, as asked.
		expect(text.indexOf('(364) The board')).toBeLessThan(text.indexOf('٣٦٤'));
		expect(text.replace(/\s+/g, ' ')).toContain('https://muqabala.example/en/read/a-book-in-chapters');

		const book = join(folder, 'book.pdf');
		await pdf('a-book-in-chapters', '--layout', 'translation', '--no-numbers', '--out', book);
		const whole = (await run('pdftotext', [book, '-'])).stdout;
		// Pair 1 is the first chapter's title; the sentences carry their pair's number.
		for (const sentence of ['(2)', '(282)', '(283)', '(600)', '(725)']) expect(whole, sentence).toContain(sentence);
		expect(Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [book])).stdout)?.[1])).toBeGreaterThan(10);
	});

	test('refuses an unknown document, an unknown option and an unwritable path, leaving nothing behind', async () => {
		// What the options alone can tell is checked in tests/unit/pdf-options.test.ts; these need the build.
		const failures: Array<[string[], RegExp]> = [
			[['no-such-document', '--out', join(folder, 'x.pdf')], /pdf: no document "no-such-document"/],
			[[seedId, '--out', '/no/such/folder/x.pdf'], /pdf: .*\/no\/such\/folder/],
			[['a-book-in-chapters', '--chapter', 'no-such-chapter', '--out', join(folder, 'x.pdf')], /pdf: the document has no chapter "no-such-chapter"; chapters: chapter-1, chapter-2, chapter-3/],
			[['a-book-in-chapters', '--chapter', 'chapter-3-tools', '--out', join(folder, 'x.pdf')], /pdf: "chapter-3-tools" is the title of a section, not of a chapter/],
			[['a-book-in-chapters', '--page', '9', '--out', join(folder, 'x.pdf')], /pdf: the document has no page 9 \(it has 5\)/]
		];
		for (const [args, message] of failures) {
			const error = await pdf(...args).then(
				() => null,
				(e: { code: number; stderr: string }) => e
			);
			expect(error, args.join(' ')).not.toBeNull();
			expect(error!.code).toBeGreaterThan(0);
			expect(error!.stderr.trim().split('\n')[0]).toMatch(message);
		}
		expect(existsSync(join(folder, 'x.pdf'))).toBe(false);
		expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
	});
});
