import { box, expect, expectLit, readerReady, seedId, sides, test } from './fixtures';

test.describe('interface language', () => {
	test('served HTML already carries the interface language and direction', async ({ request }) => {
		for (const [path, lang, dir] of [
			['/en', 'en', 'ltr'],
			['/ar', 'ar', 'rtl'],
			[`/en/read/${seedId}`, 'en', 'ltr'],
			[`/ar/read/${seedId}`, 'ar', 'rtl']
		]) {
			const html = await (await request.get(path!)).text();
			expect(html, path).toMatch(new RegExp(`<html lang="${lang}" dir="${dir}"`));
		}
	});

	test('/ sends an Arabic-speaking browser to /ar', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, locale: 'ar-EG' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/ar$/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await context.close();
	});

	test('/ sends other browsers to English, and offers both languages without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await context.close();

		const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto('/');
		await expect(plain.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en');
		await expect(plain.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar');
		await noScript.close();
	});

	test('switching on the library page, and the choice is remembered', async ({ page }) => {
		await page.goto('/en');
		await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/ar$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('المكتبة');
		// The chrome mirrors: the site name sits at the right edge in Arabic.
		const brand = await box(page.locator('.brand'));
		expect(brand.x).toBeGreaterThan(600);
		await page.goto('/');
		await expect(page).toHaveURL(/\/ar$/);
	});

	test('Arabic counts use all six plural forms and Arabic-Indic digits', async ({ page }) => {
		await page.goto('/ar');
		const card = (id: string) => page.locator('article').filter({ has: page.locator(`a[href="/ar/read/${id}"]`) });
		await expect(card('plural-one')).toContainText('فقرة واحدة');
		await expect(card('plural-one')).toContainText('مقطع متقابل واحد');
		await expect(card('plural-two')).toContainText('فقرتان');
		await expect(card('plural-two')).toContainText('مقطعان متقابلان');
		await expect(card('plural-few-many')).toContainText('٣ فقرات');
		await expect(card('plural-few-many')).toContainText('١١ مقطعًا متقابلًا');
		await expect(card('plural-many-other')).toContainText('١١ فقرةً');
		await expect(card('plural-many-other')).toContainText('١٠٠ مقطع متقابل');
		await expect(page.locator('.count')).toHaveText('٩ وثائق'); // tests/fixtures/documents and the seed
		// Zero: a side with no counterpart has no sentences.
		await page.goto('/ar/read/markup-as-text');
		await expect(page.locator('#only-original .shape bdi')).toHaveText('١:٠');
		await expect(page.locator('#only-original .shape-note')).toHaveText('جملة واحدة بالعربية، ولا جمل بالإنجليزية');
	});

	test('the Arabic reader gives the Gregorian date with the Hijri date beside it', async ({ page }) => {
		await page.goto(`/ar/read/${seedId}`);
		const header = page.locator('.document-header');
		await expect(header).toContainText('١٩ نوفمبر ٢٠١٧');
		await expect(header).toContainText('١ ربيع الأول ١٤٣٩ هـ');
		await expect(page.locator('#p3-1 .number')).toHaveText('٩'); // the ninth pair
	});

	test('switching in the reader keeps the document, view and pair, and never moves the texts', async ({ page }) => {
		await page.goto(`/en/read/${seedId}`);
		await readerReady(page);
		const [arabic, english] = sides(page, 'p1-1');
		const before = { arabic: (await box(arabic)).x, english: (await box(english)).x };
		expect(before.arabic).toBeGreaterThan(before.english);

		await page.getByRole('radio', { name: 'Stacked' }).check();
		await page.getByRole('button', { name: 'Swap sides' }).click();
		await page.locator('#p5-1').focus();
		await expect(page).toHaveURL(/#p5-1$/);
		await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();

		await expect(page).toHaveURL(new RegExp(`/ar/read/${seedId}\\?layout=stacked&swap=1#p5-1$`));
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		await expect(page.getByRole('radio', { name: 'متتابع' })).toBeChecked();
		await expect(page.getByRole('button', { name: 'بدّل الجانبين' })).toHaveAttribute('aria-pressed', 'true');
		await expectLit(page, 'p5-1');
		await expect(page.locator('#p5-1')).toBeInViewport();

		// Side by side in the Arabic interface: the columns are where they were in English.
		await page.getByRole('button', { name: 'بدّل الجانبين' }).click();
		await page.getByRole('radio', { name: 'جنبًا إلى جنب' }).check();
		expect(Math.abs((await box(arabic)).x - before.arabic)).toBeLessThan(2);
		expect(Math.abs((await box(english)).x - before.english)).toBeLessThan(2);
		await expect(arabic).toHaveAttribute('dir', 'rtl');
		await expect(english).toHaveAttribute('dir', 'ltr');
	});
});

test.describe('content languages', () => {
	test('a document with two translations: choose which texts to compare, and the link keeps it', async ({ page }) => {
		await page.goto('/en/read/three-languages');
		await readerReady(page);
		await expect(page.locator('[data-segment-id="p1-1"]:visible')).toHaveCount(2);
		await page.getByLabel('First text').selectOption('en');
		await page.getByLabel('Second text').selectOption('fr');
		await expect(page).toHaveURL(/texts=en%2Cfr/);
		const [english, french] = sides(page, 'p1-1');
		await expect(english).toHaveAttribute('lang', 'en');
		await expect(french).toHaveAttribute('lang', 'fr');
		await expect(french).toHaveText('Voici une première phrase.');
		await expect(page.locator('[data-segment-id][lang="ar"]:visible')).toHaveCount(0);
		await expect(page.getByRole('radio', { name: 'French only' })).toBeVisible();

		await page.reload();
		await readerReady(page);
		await expect(sides(page, 'p1-1')[1]).toHaveAttribute('lang', 'fr');

		// Choosing the language already on the other side swaps the two.
		await page.getByLabel('First text').selectOption('fr');
		await expect(sides(page, 'p1-1')[0]).toHaveAttribute('lang', 'fr');
		await expect(sides(page, 'p1-1')[1]).toHaveAttribute('lang', 'en');
	});

	test('text size is set per language and remembered', async ({ page }) => {
		await page.goto(`/en/read/${seedId}`);
		await readerReady(page);
		const [arabic, english] = sides(page, 'p2-1');
		const size = async (l: typeof arabic) => parseFloat(await l.evaluate((el) => getComputedStyle(el).fontSize));
		const [arabicBefore, englishBefore] = [await size(arabic), await size(english)];
		await page.getByRole('button', { name: 'Text size' }).click();
		const larger = page.getByRole('group', { name: 'Arabic text size' }).getByRole('button', { name: 'Larger' });
		await larger.click();
		await larger.click();
		await expect(page.getByRole('group', { name: 'Arabic text size' }).locator('output')).toHaveText('120%');
		expect(await size(arabic)).toBeCloseTo(arabicBefore * 1.2, 1);
		expect(await size(english)).toBeCloseTo(englishBefore, 1);
		// The panel closes on Escape and on a click outside it.
		const panel = page.getByRole('group', { name: 'Text size', exact: true });
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await page.getByRole('button', { name: 'Text size' }).click();
		await expect(panel).toBeVisible();
		await page.locator('.document-header h1').click();
		await expect(panel).toBeHidden();
		await page.reload();
		await readerReady(page);
		expect(await size(arabic)).toBeCloseTo(arabicBefore * 1.2, 1);
	});
});
