import { box, expect, expectLit, readerReady, seedId, seedPath, sides, test } from './fixtures';

test.describe('library', () => {
	test('lists the seed article with both titles and leads to the reader', async ({ page }) => {
		await page.goto('/en');
		const card = page.getByRole('article').filter({ hasText: 'Albu Kamal' });
		await expect(card.locator('[lang="ar"][dir="rtl"]')).toHaveText('محور المقاومة يحرر مدينة البوكمال آخر معقل لـ"داعش" في سوريا');
		await expect(card.locator('[lang="en"]')).toContainText('Axis of Resistance liberates the city of Albu Kamal');
		await expect(card).toContainText('Kayhan');
		await expect(card).toContainText('19 November 2017');
		await expect(card).toContainText('25 aligned segments');
		await card.getByRole('link', { name: 'Read', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/en/read/${seedId}$`));
		// A real page load: the reader page has its own script, not the library's router.
		await readerReady(page);
		expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)).toMatch(new RegExp(`/en/read/${seedId}$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Albu Kamal');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('محور المقاومة');
	});
});

test.describe('reader', () => {
	test('shows the source and every aligned segment with its own lang and dir', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		await expect(page.locator('.document-header')).toContainText('Kayhan');
		await expect(page.locator('.document-header')).toContainText('article 66847');
		await expect(page.locator('.document-header time').first()).toHaveAttribute('datetime', '2017-11-19T21:11:00+03:30');
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await expect(page.locator('[data-segment-id][lang="ar"][dir="rtl"]')).toHaveCount(25);
		await expect(page.locator('[data-segment-id][lang="en"][dir="ltr"]')).toHaveCount(25);
		const arabicFont = await sides(page, 'p1-1')[0].evaluate((el) => getComputedStyle(el).fontFamily);
		expect(arabicFont).toContain('Noto Naskh Arabic');
		expect(await page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'محور'))).toBe(true);
	});

	test('side by side: the original on its own script side, rows level within 2 px', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		const [arabic, english] = sides(page, 'p1-1');
		expect((await box(arabic)).x).toBeGreaterThan((await box(english)).x);
		for (const pair of await page.locator('[data-pair]').all()) {
			const id = await pair.getAttribute('id');
			const [first, second] = sides(page, id!);
			const [a, b] = [await box(first), await box(second)];
			expect(Math.abs(a.y - b.y), `tops of pair ${id}`).toBeLessThanOrEqual(2);
		}
	});

	test('stacked, original only and translation only layouts, and swapping sides', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		const [arabic, english] = sides(page, 'p2-1');

		await page.getByRole('radio', { name: 'Stacked' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		expect((await box(english)).y).toBeGreaterThan((await box(arabic)).y + 10);

		await page.getByRole('button', { name: 'Swap sides' }).click();
		await expect(page.getByRole('button', { name: 'Swap sides' })).toHaveAttribute('aria-pressed', 'true');
		expect((await box(arabic)).y).toBeGreaterThan((await box(english)).y + 10);

		await page.getByRole('radio', { name: 'Side by side' }).check();
		expect((await box(english)).x).toBeGreaterThan((await box(arabic)).x); // swapped: English on the right

		await page.getByRole('radio', { name: 'Arabic only' }).check();
		await expect(arabic).toBeVisible();
		await expect(english).toBeHidden();
		await expect(page.locator('.gutter').first()).toBeHidden();

		await page.getByRole('radio', { name: 'English only' }).check();
		await expect(english).toBeVisible();
		await expect(arabic).toBeHidden();
	});

	test('pointing at a segment lights up its counterpart', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		const [arabic] = sides(page, 'p5-1');
		await arabic.hover();
		await expectLit(page, 'p5-1');
		await sides(page, 'p6-1')[1].hover();
		await expectLit(page, 'p6-1');
		await expect(page.locator('#p5-1')).not.toHaveAttribute('data-highlight');
	});

	test('keyboard: j/k and arrows move pair by pair with visible focus and highlight', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		await page.keyboard.press('j');
		const focused = page.locator('[data-pair]:focus');
		await expect(focused).toHaveAttribute('id', 'kicker');
		await page.keyboard.press('j');
		await expect(focused).toHaveAttribute('id', 'headline');
		await page.keyboard.press('ArrowDown');
		await expect(focused).toHaveAttribute('id', 'highlight-1');
		await page.keyboard.press('k');
		await expect(focused).toHaveAttribute('id', 'headline');
		await expectLit(page, 'headline');
		const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('End');
		await expect(focused).toHaveAttribute('id', 'p18-2');
		await expect(page).toHaveURL(/#p18-2$/); // the address bar always holds the current pair's permalink
		// One tab stop for the whole text: the pair last read.
		await expect(page.locator('[data-pair][tabindex="0"]')).toHaveCount(1);
	});

	test('a permalink scrolls to its pair and lights it up', async ({ page }) => {
		await page.goto(`${seedPath}#p12-1`);
		await readerReady(page);
		const pair = page.locator('#p12-1');
		await expect(pair).toBeInViewport();
		await expectLit(page, 'p12-1');
		// Every pair's number links to it.
		await expect(page.locator('#p3-1 a.number')).toHaveAttribute('href', '#p3-1');
		// The text ends with a mark, where it comes from and the way back.
		const end = page.locator('.end-mark');
		await expect(end).toContainText('Source: Kayhan');
		await expect(end.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/en');
	});

	test('the view lives in the URL, survives a reload and is remembered', async ({ page, context }) => {
		await page.goto(seedPath);
		await readerReady(page);
		await page.getByRole('radio', { name: 'Stacked' }).check();
		await page.getByRole('button', { name: 'Swap sides' }).click();
		await expect(page).toHaveURL(/layout=stacked/);
		await expect(page).toHaveURL(/swap=1/);
		await page.reload();
		await readerReady(page);
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		await expect(page.locator('html')).toHaveAttribute('data-swap', '');
		await expect(page.getByRole('radio', { name: 'Stacked' })).toBeChecked();
		const [arabic, english] = sides(page, 'p1-1');
		expect((await box(arabic)).y).toBeGreaterThan((await box(english)).y);

		// Remembered on this device: a plain link opens in the same view…
		const again = await context.newPage();
		await again.goto(seedPath);
		await readerReady(again);
		await expect(again.locator('html')).toHaveAttribute('data-layout', 'stacked');
		await expect(again).toHaveURL(/layout=stacked/);
		// …while a shared link wins over what is remembered.
		await again.goto(`${seedPath}?layout=original`);
		await readerReady(again);
		await expect(again.locator('html')).toHaveAttribute('data-layout', 'original');
		await expect(again.locator('html')).not.toHaveAttribute('data-swap');
		await again.close();
	});

	test('a linked layout applies before the page hydrates (no flash of the default)', async ({ browser, baseURL }) => {
		// The boot script runs in <head>: even with the app's JavaScript blocked, the layout applies.
		const page = await browser.newPage({ baseURL });
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto(`${seedPath}?layout=stacked`, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		await expect(page.locator('html')).not.toHaveClass(/no-js/);
		const [arabic, english] = sides(page, 'p1-1');
		expect((await box(english)).y).toBeGreaterThan((await box(arabic)).y);
		await page.close();
	});

	test('phone width: stacked unless the reader insists, and nothing scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(seedPath);
		await readerReady(page);
		const [arabic, english] = sides(page, 'p1-1');
		expect((await box(english)).y).toBeGreaterThan((await box(arabic)).y);
		const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
		expect(await noSideways()).toBe(true);
		// The layouts fold into one menu on a phone.
		await expect(page.getByRole('radio', { name: 'Side by side' })).toBeHidden();
		await page.getByRole('button', { name: 'Layout' }).click();
		await page.getByRole('radio', { name: 'Side by side' }).check();
		await expect(page.getByRole('radio', { name: 'Side by side' })).toBeHidden(); // the menu closes
		await expect(page.locator('input[name="layout"][value="side-by-side"]')).toBeChecked();
		expect((await box(arabic)).x).toBeGreaterThan((await box(english)).x);
		expect(Math.abs((await box(arabic)).y - (await box(english)).y)).toBeLessThanOrEqual(2);
		expect(await noSideways()).toBe(true);
	});

	for (const [locale, width] of [
		['en', 390],
		['ar', 1280]
	] as const) {
		test(`the first screen needs only the faces the page preloads (${locale} interface, ${width} px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 844 });
			const fetched: string[] = [];
			page.on('request', (request) => {
				if (request.url().endsWith('.woff2')) fetched.push(request.url());
			});
			await page.goto(seedPath.replace(/^\/en\//, `/${locale}/`));
			await readerReady(page);
			await page.evaluate(() => document.fonts.ready);
			const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
			// Naskh (its Arabic and Latin subsets in one file: the full stop, digits, quotes and brackets
			// of Arabic text) and Source Serif 4 in their regular weight; nothing else, bold faces included.
			const name = (url: string) => url.split('/').pop()!.replace(/\.[\w-]+\.woff2$/, '');
			expect(preloaded.map(name).sort()).toEqual(['noto-naskh-arabic-400', 'source-serif-4-latin-400-normal']);
			expect(fetched.filter((url) => !preloaded.includes(url)).map(name)).toEqual([]);
			// Arabic text's own punctuation and digits come from the same face as its letters.
			expect(await page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', '«محور» (2017): "داعش".'))).toBe(true);
		});
	}

	test("the page's HTML carries the text, and what only the script uses comes with the script", async ({ page, request }) => {
		const html = await (await request.get(seedPath)).text();
		expect(html).not.toMatch(/<script[^>]*\ssrc=/); // the boot script imports the reader's once the page has painted
		expect(html).not.toContain('<link rel="modulepreload"');
		expect(html).not.toMatch(/<!--/); // no hydration markers: the page is never hydrated
		expect(html).not.toContain('data-print-dialog');
		expect(html).not.toContain('data-search-panel');
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(seedPath);
		await readerReady(page);
		expect(scripts[0]).toContain('/_app/immutable/entry/reader.');
		// Drawn on first use, with the interface language's strings.
		await page.getByRole('button', { name: 'Print…' }).click();
		await expect(page.getByRole('dialog', { name: 'Print a bilingual copy' })).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('dialog', { name: 'Print a bilingual copy' })).toBeHidden();
		await page.locator('[data-action="search"]').click();
		await expect(page.getByRole('searchbox', { name: 'Search in both languages' })).toBeFocused();
		// In the order of tabbing, the panel comes right after the toolbar, as on the screen.
		expect(await page.locator('[data-search-panel]').evaluate((panel) => panel.previousElementSibling?.hasAttribute('data-reader-toolbar'))).toBe(true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered page shows the whole bilingual text side by side', async ({ page }) => {
		await page.goto(seedPath);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		const [arabic, english] = sides(page, 'p18-2');
		await expect(arabic).toHaveText('وقال: أن هذا التحرير يعتبر بمثابة تكسير أضلاع التنظيم الارهابي في سوريا.');
		await expect(english).toContainText('breaking of the ribs');
		expect((await box(arabic)).x).toBeGreaterThan((await box(english)).x);
		expect(Math.abs((await box(arabic)).y - (await box(english)).y)).toBeLessThanOrEqual(2);
		// Controls that need JavaScript are not offered.
		await expect(page.getByRole('radio', { name: 'Stacked' })).toBeHidden();
	});
});

test.describe('books', () => {
	const book = '/en/read/a-book-in-chapters';

	test('a long text is read in pages, with contents and a way to the next page', async ({ page }) => {
		await page.goto(book);
		await readerReady(page);
		await expect(page.locator('[data-pair]')).toHaveCount(282);
		await expect(page.getByRole('navigation', { name: 'Pages' }).first()).toContainText('Page 1 of 5: segments 1–282');
		await page.getByText('Contents').click();
		const contents = page.getByRole('navigation', { name: 'Contents' });
		await expect(contents.getByRole('link')).toHaveCount(5);
		await expect(contents.getByRole('link', { name: /Chapter Two: Sewing/ })).toHaveAttribute('href', `${book}/3#chapter-2`);
		await expect(contents.locator('[aria-current="page"]')).toHaveCount(2); // chapter one and its section
		await page.getByRole('link', { name: /Next page/ }).first().click();
		await expect(page).toHaveURL(`${book}/2`);
		await expect(page.locator('[data-pair]').first()).toHaveAttribute('data-n', '283');
	});

	test('every pair keeps one address that lands on it wherever it is, by id or by its number', async ({ page }) => {
		// An id on another page: the first page looks it up and goes there.
		await page.goto(`${book}#c3-p16-20`);
		await expect(page).toHaveURL(`${book}/5#c3-p16-20`);
		await readerReady(page);
		await expect(page.locator('#c3-p16-20')).toBeInViewport();
		await expectLit(page, 'c3-p16-20');
		// The number in the gutter works as a link too.
		await page.goto(`${book}#300`);
		await expect(page).toHaveURL(new RegExp(`${book}/2#`));
		await readerReady(page);
		const pair = page.locator('[data-pair][data-n="300"]');
		await expect(pair).toBeInViewport();
		await expect(pair.locator('a.number')).toHaveText('300');
		await expect(page).toHaveURL(new RegExp(`#${await pair.getAttribute('id')}$`));
	});

	test('j at the end of a page goes on to the next page', async ({ page }) => {
		await page.goto(`${book}/3#c2-p2-20`);
		await readerReady(page);
		await page.locator('#c2-p2-20').focus();
		await page.keyboard.press('j');
		await expect(page).toHaveURL(new RegExp(`${book}/4#chapter-3$`));
		await readerReady(page);
		await expect(page.locator('#chapter-3')).toBeInViewport();
	});

	test('an address that points at no pair says so, and a malformed one breaks nothing', async ({ page }) => {
		await page.goto(`${seedPath}#no-such-pair`);
		await readerReady(page);
		await expect(page.getByRole('status')).toContainText('This text has no segment “no-such-pair”');
		await page.goto(`${seedPath}#%`);
		await readerReady(page);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await page.keyboard.press('j');
		await expect(page.locator('[data-pair]:focus')).toHaveAttribute('id', 'kicker');
	});
});

test.describe('keeping your place', () => {
	test('the address follows the pair at the top of the screen, and the library offers to continue', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		const historyLength = await page.evaluate(() => history.length);
		await page.locator('#p10-1').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
		await expect(page).toHaveURL(/#p10-1$/);
		await page.locator('#p14-1').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
		await expect(page).toHaveURL(/#p14-1$/);
		expect(await page.evaluate(() => history.length)).toBe(historyLength); // no new history entries
		// Switching the interface language lands on the same pair.
		await page.getByRole('link', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/ar\/read\/kayhan-2017-11-19-albukamal#p14-1$/);
		await readerReady(page);
		await expect(page.locator('#p14-1')).toBeInViewport();
		// The library offers to go on from there.
		await page.goto('/en');
		const resume = page.getByRole('link', { name: /Continue reading at segment \d+/ });
		await expect(resume).toHaveAttribute('href', `${seedPath}#p14-1`);
	});
});

test.describe('search', () => {
	test('finds Arabic as readers type it, in both languages, marks the words and leads to the pair', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		await page.keyboard.press('/');
		const search = page.getByRole('searchbox', { name: 'Search in both languages' });
		await expect(search).toBeFocused();
		// Typed without the hamza and with ه for ة: the text has «الإعلام» and «مدينة».
		await search.fill('الاعلام');
		const results = page.locator('[data-search-results] a');
		await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ match(es)?$/);
		await expect(results.first()).toContainText('Segment 11, Arabic');
		await expect(results.first().locator('mark')).toHaveText('الإعلام');
		// The words are marked in the text itself, without adding elements.
		expect(await page.evaluate(() => CSS.highlights.get('muqabala-search')?.size ?? 0)).toBeGreaterThan(0);
		await expect(page.locator('[data-aligned-text] mark')).toHaveCount(0);
		await results.first().click();
		await expectLit(page, 'p5-1');
		await expect(page.locator('#p5-1')).toBeInViewport();
		// English too, without case or accents; Escape closes and unmarks.
		await search.fill('DAESH governor');
		await expect(results.first()).toContainText('English');
		await page.keyboard.press('Escape');
		await expect(search).toBeHidden();
		expect(await page.evaluate(() => CSS.highlights.get('muqabala-search')?.size ?? 0)).toBe(0);
	});

	test('searches a whole book and carries on onto the page a result is on', async ({ page }) => {
		await page.goto('/en/read/a-book-in-chapters');
		await readerReady(page);
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('searchbox').fill('(700)');
		const result = page.locator('[data-search-results] a').first();
		await expect(result).toHaveAttribute('href', /\/en\/read\/a-book-in-chapters\/5#c3-p15-15$/);
		await result.click();
		await expect(page).toHaveURL(/\/5#c3-p15-15$/);
		await readerReady(page);
		await expect(page.getByRole('searchbox')).toHaveValue('(700)');
		await expect.poll(() => page.evaluate(() => CSS.highlights.get('muqabala-search')?.size ?? 0)).toBeGreaterThan(0);
		await expectLit(page, 'c3-p15-15');
	});
});

test.describe('copy', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies a pair with its citation as plain and rich text, one column only, or its link', async ({ page, baseURL }) => {
		await page.goto(`${seedPath}#p5-1`);
		await readerReady(page);
		await page.locator('#p5-1').focus();
		await page.keyboard.press('c');
		await expect(page.getByRole('status')).toHaveText('Copied');
		const plain = await page.evaluate(() => navigator.clipboard.readText());
		expect(plain).toContain('وأعلن الإعلام الحربي');
		expect(plain).toContain('The War Media announced');
		expect(plain).toContain('Kayhan');
		expect(plain).toContain('The Muqabala project');
		expect(plain).toContain(`${baseURL}${seedPath}#p5-1`);
		const html = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item && item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
		});
		expect(html).toMatch(/<p lang="ar" dir="rtl">/);
		expect(html).not.toContain('<script');

		await page.getByRole('button', { name: 'Copy', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Copy the English only' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toContain('Arabic (original)');
		const english = await page.evaluate(() => navigator.clipboard.readText());
		expect(english).toContain('The War Media announced');
		expect(english).not.toContain('وأعلن الإعلام الحربي');

		await page.getByRole('button', { name: 'Copy', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Copy link to this segment' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${seedPath}#p5-1`);
	});

	test('a selection dragged in one language does not pick up the other or the numbers', async ({ page }) => {
		await page.goto(seedPath);
		await readerReady(page);
		const [, english] = sides(page, 'p5-1');
		const [, englishNext] = sides(page, 'p6-1');
		await english.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		const start = await box(english);
		const end = await box(englishNext);
		await page.mouse.move(start.x + 5, start.y + 8);
		await page.mouse.down();
		await page.mouse.move(end.x + end.width - 5, end.y + end.height - 8, { steps: 8 });
		await page.mouse.up();
		// What the reader gets is what is copied (the other side is not selectable while dragging).
		await page.keyboard.press('ControlOrMeta+C');
		const selected = await page.evaluate(() => navigator.clipboard.readText());
		expect(selected).toContain('War Media');
		expect(selected).toContain('battle of Albu Kamal');
		expect(selected).not.toMatch(/[\u0600-\u06FF]/); // no Arabic
		expect(selected).not.toMatch(/\b1[12]\b/); // no gutter numbers
	});
});
