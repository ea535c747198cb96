// "Add a text": pasting, choosing and dropping files, opening a document or a TMX file, cancelling,
// and every kind of bad input, each with its message in the interface language.
import { readFileSync } from 'node:fs';
import { toTmx } from '../../src/lib/export/tmx';
import { validateDocumentText } from '../../src/lib/document/validate';
import type { AlignedDocument } from '../../src/lib/document/types';
import { utf16, windows1256 } from '../encodings';
import { expect, readerReady, test } from './fixtures';
import { addBookshop, bookshop, file, gotoAdd, longPair, seedJson } from './workbench-helpers';

test.describe('add a text by pasting', () => {
	test('aligns the two texts, keeps them, and lists what to review as links to the pairs', async ({ page }) => {
		await page.goto('/en');
		await page.getByRole('link', { name: 'Add a text' }).first().click();
		await expect(page).toHaveURL(/\/en\/add$/);
		await addBookshop(page);
		const result = page.locator('[data-result]');
		await expect(result.getByRole('heading', { name: 'Kept in My texts' })).toBeFocused();
		await expect(result.locator('[lang="ar"][dir="rtl"]').first()).toHaveText(bookshop.titleAr);
		await expect(result.locator('[lang="en"]').first()).toHaveText(bookshop.titleEn);
		await expect(result).toContainText('Arabic ↔ English');

		// The Arabic says one sentence more than the English: it is listed, and its link opens the pair.
		const review = result.locator('[data-review] li');
		await expect(review.first()).toBeVisible();
		await expect(review.filter({ hasText: 'Not in the English' })).toHaveCount(1);
		const link = review.filter({ hasText: 'Not in the English' }).getByRole('link');
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/en\/texts\?text=[a-z0-9]{12}#[a-z0-9-]+$/);
		await link.click();
		await readerReady(page);
		const pair = href!.split('#')[1]!;
		// A pair with no English: the pair is lit, its English cell is empty.
		await expect(page.locator('[data-pair][data-highlight]')).toHaveCount(1);
		await expect(page.locator(`[id="${pair}"]`)).toHaveAttribute('data-highlight', '');
		await expect(page.locator(`[data-segment-id="${pair}"][lang="en"]`)).toHaveAttribute('data-empty', '');
		await expect(page.locator(`[data-segment-id="${pair}"][lang="en"]`)).toHaveText('Not in the English');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(bookshop.titleEn);
	});

	test('reads the kept text with the reader’s layouts, settings from the address, search and keys', async ({ page }) => {
		await addBookshop(page);
		const href = await page.locator('[data-result] [data-read]').getAttribute('href');
		await page.goto(`${href}&layout=stacked&swap=1`);
		await readerReady(page);
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		await expect(page.locator('html')).toHaveAttribute('data-swap', '');
		await expect(page.getByRole('radio', { name: 'Stacked' })).toBeChecked();
		// The address keeps the text and the settings together.
		await page.getByRole('radio', { name: 'Arabic only' }).check();
		await expect(page).toHaveURL(/\?text=[a-z0-9]{12}&layout=original&swap=1(#[a-z0-9-]+)?$/);
		await expect(page.locator('[data-segment-id][lang="en"]').first()).toBeHidden();

		// Keys move pair by pair; search finds words in the whole text, from memory.
		await page.getByRole('radio', { name: 'Side by side' }).check();
		await page.locator('h1').click();
		await page.keyboard.press('j');
		await expect(page.locator('[data-pair][data-highlight]')).toHaveCount(1);
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill('المتنبي');
		await expect(page.locator('[data-search-status]')).toContainText('1 match');
		await expect(page.locator('[data-search-results] a')).toHaveCount(1);

		// The print stylesheet lays the kept text out like any other.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-reader-toolbar]')).toBeHidden();
		await expect(page.locator('.citation')).toBeVisible();
	});

	test('tells the languages from the scripts, lets them be changed, and refuses two of the same', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('textarea[name="original-text"]').fill('این یک متن فارسی است که برای آزمایش نوشته شده و گاهی چیزهایی مثل پژوهش و گفتگو در آن می‌آید.');
		await expect(page.locator('select[name="original-language"]')).toHaveValue('fa');
		await expect(page.locator('[data-side="original"]')).toContainText('told from the script');
		await page.locator('select[name="original-language"]').selectOption('ar');
		await expect(page.locator('[data-side="original"]')).not.toContainText('told from the script');
		await page.locator('textarea[name="translation-text"]').fill('نص عربي قصير.');
		await expect(page.locator('select[name="translation-language"]')).toHaveValue('ar');
		await page.locator('button[type="submit"]').click();
		await expect(page.getByRole('alert')).toContainText('The original and the translation are both set to Arabic');
	});

	test('says what is missing when a text is empty', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('textarea[name="translation-text"]').fill(bookshop.en);
		await page.locator('button[type="submit"]').click();
		await expect(page.getByRole('alert')).toContainText('Paste the original, or choose its file.');
	});

	test('offers to align texts of very different length anyway', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('textarea[name="original-text"]').fill(bookshop.ar);
		await page.locator('textarea[name="translation-text"]').fill('A title\n\nOne short line.');
		await page.locator('button[type="submit"]').click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(/The original is [\d.]+ times as long as the translation/);
		await alert.getByRole('button', { name: 'Align them anyway' }).click();
		await expect(page.locator('[data-result]')).toBeVisible({ timeout: 20_000 });
	});
});

test.describe('add a text from files', () => {
	test('two chosen files, one of them UTF-16, with details given on the form', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('input[name="original-file"]').setInputFiles(file('bookshop.ar.txt', utf16(bookshop.ar)));
		await page.locator('input[name="translation-file"]').setInputFiles(file('bookshop.en.txt', bookshop.en));
		await expect(page.locator('[data-side="original"] [data-file]')).toContainText('bookshop.ar.txt');
		await expect(page.locator('[data-side="original"] [data-file]')).toContainText('UTF-16LE');
		await expect(page.locator('select[name="original-language"]')).toHaveValue('ar');
		await expect(page.locator('select[name="translation-language"]')).toHaveValue('en');
		await page.getByText('Source and translator (optional)').click();
		await page.locator('input[name="publisher"]').fill('Local paper');
		await page.locator('input[name="translator"]').fill('A. Translator');
		await page.locator('select[name="method"]').selectOption('human');
		await page.locator('input[name="translation-title"]').fill('The bookshop reopens');
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-result]')).toContainText('The bookshop reopens', { timeout: 20_000 });
		await page.locator('[data-result] [data-read]').click();
		await readerReady(page);
		await expect(page.locator('.document-header')).toContainText('Local paper');
		await expect(page.locator('.document-header')).toContainText('A. Translator');
	});

	test('files dropped on the page fill the two texts in turn', async ({ page }) => {
		await gotoAdd(page);
		const transfer = await page.evaluateHandle(
			({ ar, en }) => {
				const data = new DataTransfer();
				data.items.add(new File([ar], 'story.ar.txt', { type: 'text/plain' }));
				data.items.add(new File([en], 'story.en.txt', { type: 'text/plain' }));
				return data;
			},
			{ ar: bookshop.ar, en: bookshop.en }
		);
		await page.locator('h1').dispatchEvent('dragover', { dataTransfer: transfer });
		await page.locator('h1').dispatchEvent('drop', { dataTransfer: transfer });
		await expect(page.locator('[data-side="original"] [data-file]')).toContainText('story.ar.txt');
		await expect(page.locator('[data-side="translation"] [data-file]')).toContainText('story.en.txt');
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-result]')).toContainText(bookshop.titleEn);
	});

	test('a file that is not UTF-8 is named, and read as windows-1256 when asked', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('input[name="original-file"]').setInputFiles(file('old-windows.txt', windows1256(bookshop.ar)));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('“old-windows.txt” is not UTF-8 text: line 1 holds a byte that UTF-8 does not have.');
		await alert.getByRole('button', { name: 'Read it as Arabic (Windows-1256)' }).click();
		await expect(page.locator('[data-side="original"] [data-file]')).toContainText('WINDOWS-1256');
		await expect(page.locator('select[name="original-language"]')).toHaveValue('ar');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await page.locator('textarea[name="translation-text"]').fill(bookshop.en);
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-result]')).toContainText(bookshop.titleAr);
	});

	const refusals: [string, { name: string; mimeType: string; buffer: Buffer }, string][] = [
		['an empty file', file('empty.txt', ''), '“empty.txt” is empty.'],
		['an image', file('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'image/png'), '“scan.png” is a PNG image, not plain text.'],
		['a Word document', file('letter.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml word/')])), '“letter.docx” is a Word document, not plain text.'],
		['a binary file', file('data.bin', new Uint8Array([1, 2, 0, 4, 5, 0, 7])), '“data.bin” is a binary file, not plain text.']
	];
	for (const [what, input, message] of refusals) {
		test(`refuses ${what} with a message naming it`, async ({ page }) => {
			await gotoAdd(page);
			await page.locator('input[name="translation-file"]').setInputFiles(input);
			await expect(page.getByRole('alert')).toContainText(message);
			await expect(page.locator('[data-side="translation"] [data-file]')).toHaveCount(0);
		});
	}

	test('refuses a file over the stated size limit, naming it', async ({ page }) => {
		await gotoAdd(page);
		await expect(page.locator('form')).toContainText('up to 25 MB each');
		// Made in the page: 25 MB is slow to hand over from the test.
		await page.locator('input[name="translation-file"]').evaluate((input: HTMLInputElement) => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array(25 * 1024 * 1024 + 1).fill(0x61)], 'huge.txt', { type: 'text/plain' }));
			input.files = data.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await expect(page.getByRole('alert')).toContainText('“huge.txt” is 25 MB, more than the 25 MB this page reads.');
	});

	test('says it in Arabic in the Arabic interface', async ({ page }) => {
		await gotoAdd(page, 'ar');
		await page.locator('input[name="original-file"]').setInputFiles(file('قديم.txt', windows1256(bookshop.ar)));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('الملف «قديم.txt» ليس نصًّا بترميز UTF-8');
		await expect(alert.getByRole('button', { name: 'اقرأه بترميز العربي (Windows-1256)' })).toBeVisible();
		await page.locator('input[name="translation-file"]').setInputFiles(file('صورة.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])));
		await expect(alert).toContainText('الملف «صورة.png» صورة PNG وليس نصًّا عاديًّا');
	});
});

test.describe('open a document', () => {
	test('a Muqabala document opens as it is, and reads in the reader', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('input[name="document-file"]').setInputFiles(file('albukamal.json', seedJson, 'application/json'));
		const result = page.locator('[data-result]');
		await expect(result).toContainText('Kept in My texts');
		await expect(result).toContainText('25 aligned segments');
		await result.locator('[data-read]').click();
		await readerReady(page);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await expect(page.locator('.document-header')).toContainText('Kayhan');
	});

	test('a long kept text is read in pages, with page links and links to pairs on other pages', async ({ page }) => {
		const book = readFileSync('tests/fixtures/documents/a-book-in-chapters.json', 'utf8');
		const lastId = (JSON.parse(book) as AlignedDocument).blocks.at(-1)!.segments.at(-1)!.id;
		await gotoAdd(page);
		await page.locator('input[name="document-file"]').setInputFiles(file('book.json', book, 'application/json'));
		const href = await page.locator('[data-result] [data-read]').getAttribute('href');
		await page.goto(`${href}&layout=stacked`);
		await readerReady(page);
		await page.locator('.page-nav').first().getByRole('link', { name: /Next page/ }).click();
		await readerReady(page);
		expect(new URL(page.url()).searchParams.get('page')).toBe('2');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		// A link to a pair on another page finds its page, from the kept document.
		await page.goto(`${href}#${lastId}`);
		await readerReady(page);
		await expect(page.locator(`[id="${lastId}"]`)).toHaveAttribute('data-highlight', '');
		expect(Number(new URL(page.url()).searchParams.get('page'))).toBeGreaterThan(2);
	});

	test('a document that fails validation lists its problems with JSON pointers, as the CLI does', async ({ page }) => {
		const broken = JSON.parse(seedJson) as AlignedDocument;
		const bad = JSON.stringify({ ...broken, id: 'Not An Id', blocks: [{ kind: 'poem', segments: [] }] }, null, '\t');
		const expected = validateDocumentText(bad).problems;
		expect(expected.length).toBeGreaterThan(1);
		await gotoAdd(page);
		await page.locator('input[name="document-file"]').setInputFiles(file('broken.json', bad, 'application/json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('“broken.json” is not a valid Muqabala document.');
		for (const problem of expected) {
			await expect(alert).toContainText(problem.pointer);
			await expect(alert).toContainText(problem.message);
		}
		await expect(alert).toContainText(`line ${expected[0]!.line}`);
		await expect(page.locator('[data-result]')).toHaveCount(0);
	});

	test('a TMX file opens, whether written here or by another tool', async ({ page }) => {
		await gotoAdd(page);
		await page.locator('input[name="document-file"]').setInputFiles(file('albukamal.tmx', toTmx(JSON.parse(seedJson) as AlignedDocument), 'application/xml'));
		await expect(page.locator('[data-result]')).toContainText('25 aligned segments');
		await page.getByRole('button', { name: 'Add another text' }).click();
		const other = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="ar"><seg>صباح الخير.</seg></tuv><tuv xml:lang="en"><seg>Good morning.</seg></tuv></tu></body></tmx>`;
		await page.locator('input[name="document-file"]').setInputFiles(file('Phrasebook.tmx', other, 'application/xml'));
		await expect(page.locator('[data-result]')).toContainText('Phrasebook');
		await expect(page.locator('[data-result]')).toContainText('1 aligned segment');
	});

	const hostile: [string, string, RegExp][] = [
		['malformed XML', '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ar"/><body><tu></body></tmx>', /line 2/],
		['an entity expansion bomb', '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header/><body/></tmx>', /DOCTYPE/],
		['a file that is not TMX at all', '<?xml version="1.0"?><html><body>hello</body></html>', /no <tmx> element/]
	];
	for (const [what, xml, detail] of hostile) {
		test(`refuses ${what} as a TMX file`, async ({ page }) => {
			await gotoAdd(page);
			await page.locator('input[name="document-file"]').setInputFiles(file('memory.tmx', xml, 'application/xml'));
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('“memory.tmx” cannot be read as a translation memory (TMX).');
			await expect(alert).toContainText(detail);
			await expect(page.locator('[data-result]')).toHaveCount(0);
		});
	}
});

test.describe('a long pair', () => {
	test('shows progress and can be cancelled, keeping nothing', async ({ page }) => {
		// Long enough that it is still aligning when Cancel is pressed, on any machine.
		const { ar, en } = longPair(12_000);
		await gotoAdd(page);
		await page.locator('input[name="original-file"]').setInputFiles(file('long.ar.txt', ar));
		await page.locator('input[name="translation-file"]').setInputFiles(file('long.en.txt', en));
		await page.locator('button[type="submit"]').click();
		const progress = page.locator('progress');
		await expect(progress).toBeVisible();
		await expect.poll(() => progress.evaluate((el: HTMLProgressElement) => el.value), { timeout: 20_000 }).toBeGreaterThan(0);
		expect(await progress.evaluate((el: HTMLProgressElement) => el.value)).toBeLessThan(1);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Alignment cancelled. Nothing was kept.' })).toBeVisible();
		await expect(page.locator('[data-side="original"] [data-file]')).toContainText('long.ar.txt');
		await page.goto('/en');
		await expect(page.locator('[data-my-texts]')).toContainText('No texts yet.');
	});

	// @alone: a long task is measured in wall time, so this runs after the others, with no test beside it.
	test('aligns 2,000 paragraphs with no main-thread task over 50 ms while it aligns', { tag: '@alone' }, async ({ page }) => {
		test.setTimeout(120_000);
		// When the worker's answer arrives: the alignment is over then, and the page shows the result.
		await page.addInitScript(() => {
			const Original = window.Worker;
			const times: number[] = [];
			(window as unknown as { workerAnswers: number[] }).workerAnswers = times;
			window.Worker = class extends Original {
				constructor(url: string | URL, options?: WorkerOptions) {
					super(url, options);
					this.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
						if (event.data.type !== 'progress') times.push(performance.now());
					});
				}
			};
		});
		const { ar, en } = longPair(2000);
		await gotoAdd(page);
		await page.locator('input[name="original-file"]').setInputFiles(file('long.ar.txt', ar));
		await page.locator('input[name="translation-file"]').setInputFiles(file('long.en.txt', en));
		await expect(page.locator('select[name="translation-language"]')).toHaveValue('en');
		await page.evaluate(() => {
			const tasks: { start: number; duration: number }[] = [];
			(window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
			}).observe({ type: 'longtask' });
			(window as unknown as { workerAnswers: number[] }).workerAnswers.length = 0;
		});
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('progress')).toBeVisible();
		await expect(page.locator('[data-result]')).toBeVisible({ timeout: 100_000 });
		await expect(page.locator('[data-review] li').first()).toBeVisible();
		const { tasks, answered } = await page.evaluate(() => ({
			tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
			answered: (window as unknown as { workerAnswers: number[] }).workerAnswers.at(-1) ?? Infinity
		}));
		const whileAligning = tasks.filter((task) => task.start < answered);
		const after = tasks.filter((task) => task.start >= answered);
		console.log(
			`2,000 paragraphs: long tasks while aligning: ${whileAligning.map((t) => `${Math.round(t.duration)} ms`).join(', ') || 'none'}; ` +
				`showing the result: ${after.map((t) => `${Math.round(t.duration)} ms`).join(', ') || 'none'}`
		);
		expect(whileAligning).toEqual([]);
		await expect(page.locator('[data-result]')).toContainText('Kept in My texts');
	});
});
