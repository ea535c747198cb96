import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { box, expect, readerReady, seedId, seedPath, sides, test } from './fixtures';

const run = promisify(execFile);

test.describe('printing from the browser', () => {
	test('the Print control offers the options, keeps them in the URL and opens the print dialog', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { __printed: number }).__printed = 0;
			window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
		});
		await page.goto(seedPath);
		await readerReady(page);
		await page.getByRole('button', { name: 'Print…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Print a bilingual copy' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('radio', { name: 'Stacked' }).check();
		await dialog.getByRole('radio', { name: 'Arabic', exact: true }).check(); // Arabic in the left column
		await dialog.getByLabel('Paper').selectOption('letter');
		await dialog.getByRole('checkbox', { name: 'Print pair numbers' }).uncheck();
		await dialog.getByRole('button', { name: 'Print', exact: true }).click();
		await expect(dialog).toBeHidden();
		await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
		await expect(page).toHaveURL(/print-layout=stacked/);
		await expect(page).toHaveURL(/print-swap=1/);
		await expect(page).toHaveURL(/print-paper=letter/);
		await expect(page).toHaveURL(/print-numbers=0/);
		// The screen view is untouched.
		await expect(page.locator('html')).not.toHaveAttribute('data-layout');
	});

	test('print media: no interface chrome, the chosen layout, unbreakable pairs', async ({ page }) => {
		await page.goto(`${seedPath}?print-layout=stacked&print-numbers=0`);
		await readerReady(page);
		await page.emulateMedia({ media: 'print' });
		for (const chrome of ['.site-header', '.reader-controls', '.keyboard-hint', '.skip-link']) {
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
		await page.emulateMedia({ media: 'screen' });
		await arabic.hover();
		await page.emulateMedia({ media: 'print' });
		expect(await arabic.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
	});

	test('side by side on paper: sides and column widths from the options, rows level', async ({ page }) => {
		await page.goto(`${seedPath}?print-ratio=65&print-header=0`);
		await readerReady(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.document-header')).toBeHidden();
		const [arabic, english] = sides(page, 'p9-1');
		const [a, e] = [await box(arabic), await box(english)];
		expect(a.x).toBeGreaterThan(e.x); // Arabic on the right by default
		expect(e.width / a.width).toBeGreaterThan(1.6); // the left column takes 65 %
		expect(Math.abs(a.y - e.y)).toBeLessThanOrEqual(2);
	});
});

test.describe('npm run pdf', () => {
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
				expect(ink, `${name} has text on it`).toBeGreaterThan(0.01);
			}
		});
	}

	test('refuses an unknown document, an unknown option and an unwritable path, leaving nothing behind', async () => {
		const failures: Array<[string[], RegExp]> = [
			[['no-such-document', '--out', join(folder, 'x.pdf')], /pdf: no document "no-such-document"/],
			[[seedId, '--colour', 'red'], /pdf: Unknown option '--colour'/],
			[[seedId, '--layout', 'poster'], /pdf: unknown layout "poster"/],
			[[seedId, '--out', '/no/such/folder/x.pdf'], /pdf: cannot write \/no\/such\/folder\/x\.pdf: the folder \/no\/such\/folder does not exist/],
			[['../../etc/passwd'], /pdf: "\.\.\/\.\.\/etc\/passwd" is not a document id/]
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
