// Private and offline: no request carries a text's words, the site works with the network off
// after a first visit (the site's documents and My texts alike), and storage that is missing or
// full is said plainly, keeps nothing half-way, and still lets the aligned text be downloaded.
import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import { validateDocumentText } from '../../src/lib/document/validate';
import { expect, readerReady, seedPath, test } from './fixtures';
import { bookshop, file, gotoAdd, openSeed } from './workbench-helpers';

test.describe('privacy', () => {
	test('no request carries the text while it is imported, read, searched, renamed and exported', async ({ page, baseURL }) => {
		// Words found nowhere else: in both texts and in the English title (and so the document's id).
		const secretAr = 'مخطوطةسرية';
		const secretEn = 'Quetzalfeather';
		const ar = bookshop.ar.replace('مكتبة في شارع النجفي', `${secretAr} في شارع النجفي`).replace('ديوان المتنبي', `ديوان ${secretAr}`);
		const en = bookshop.en.replace('A bookshop on al-Najafi Street', `${secretEn} on al-Najafi Street`).replace("al-Mutanabbi's poems", `${secretEn} poems`);
		const requests: Request[] = [];
		page.on('request', (request) => requests.push(request));
		page.context().on('request', (request) => requests.push(request));

		await gotoAdd(page);
		await page.locator('textarea[name="original-text"]').fill(ar);
		await page.locator('textarea[name="translation-text"]').fill(en);
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-result]')).toContainText(`${secretEn} on al-Najafi Street`);
		for (const label of ['Muqabala document (JSON)', 'Translation memory (TMX)', 'Table (TSV)', 'Markdown']) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-result]').getByRole('button', { name: label }).click()]);
			expect(readFileSync((await download.path())!, 'utf8')).toContain(secretEn);
		}
		await page.locator('[data-result] [data-read]').click();
		await readerReady(page);
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill(secretAr);
		await expect(page.locator('[data-search-status]')).toContainText(/\d+ match/);
		await page.goto('/en');
		const mine = page.locator('[data-my-text]').filter({ hasText: secretEn });
		await mine.getByRole('button', { name: 'Rename' }).click();
		await mine.getByLabel('Title in English').fill(`${secretEn} renamed`);
		await mine.getByRole('button', { name: 'Save' }).click();
		await expect(mine).toContainText(`${secretEn} renamed`);

		expect(requests.length).toBeGreaterThan(10);
		const origin = new URL(baseURL!).origin;
		for (const request of requests) {
			expect(new URL(request.url()).origin, request.url()).toBe(origin);
			const seen = [request.url(), decodeURIComponent(request.url()), request.postData() ?? '', JSON.stringify(await request.allHeaders())].join('\n').toLowerCase();
			for (const secret of [secretAr, secretEn.toLowerCase(), encodeURIComponent(secretAr).toLowerCase()]) {
				expect(seen, `${request.method()} ${request.url()}`).not.toContain(secret);
			}
			expect(request.method()).toBe('GET');
		}
	});

	test('the pages keep connect-src to the site itself', async ({ request }) => {
		for (const path of ['/en/add', '/en/texts', '/en', seedPath]) {
			const html = await (await request.get(path)).text();
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
			expect(policy, path).toMatch(/connect-src 'self'(;|$)/);
			expect(policy, path).not.toMatch(/https?:|\*/);
		}
	});
});

test.describe('offline', () => {
	test('after a first visit the library, its documents and My texts open with the network off', async ({ page, context }) => {
		test.setTimeout(60_000);
		await page.goto('/en');
		// Installed once every file of the site is cached (install waits for that).
		expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
		await openSeed(page);
		const local = await page.locator('[data-result] [data-read]').getAttribute('href');

		await context.setOffline(true);
		await page.goto('/en');
		await expect(page.locator('[data-my-text]')).toHaveCount(1);
		await page.goto(seedPath);
		await readerReady(page);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill('البوكمال');
		await expect(page.locator('[data-search-status]')).toContainText('match'); // the whole document, from the cache

		await page.goto(local!);
		await readerReady(page);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await page.goto(local!.replace('/en/', '/ar/'));
		await readerReady(page);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('[data-reader-toolbar]')).toContainText('بحث');

		// Adding a text works offline too: the align worker is cached with the rest.
		await gotoAdd(page);
		await page.locator('textarea[name="original-text"]').fill(bookshop.ar);
		await page.locator('textarea[name="translation-text"]').fill(bookshop.en);
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-result]')).toContainText('Kept in My texts', { timeout: 20_000 });
		await context.setOffline(false);
	});
});

test.describe('storage that fails', () => {
	test('missing (a private window): said plainly, and the aligned text can still be downloaded', async ({ page }) => {
		await page.addInitScript(() => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			};
		});
		await gotoAdd(page);
		await page.locator('textarea[name="original-text"]').fill(bookshop.ar);
		await page.locator('textarea[name="translation-text"]').fill(bookshop.en);
		await page.locator('button[type="submit"]').click();
		const result = page.locator('[data-result]');
		await expect(result.getByRole('heading', { name: 'Aligned, but not kept' })).toBeVisible();
		await expect(result.getByRole('alert')).toContainText('This browser does not let the page keep texts');
		await expect(result.locator('[data-read]')).toHaveCount(0);
		const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Muqabala document (JSON)' }).click()]);
		const json = validateDocumentText(readFileSync((await download.path())!, 'utf8'));
		expect(json.problems).toEqual([]);
		expect(json.document?.languages.en?.title).toBe(bookshop.titleEn);

		await page.goto('/en');
		await expect(page.locator('[data-my-texts]').getByRole('alert')).toContainText('This browser does not let the page keep texts');
		await page.goto(seedPath);
		await readerReady(page);
		await page.getByRole('button', { name: 'Save a copy to My texts' }).click();
		await expect(page.locator('[data-reader-status]')).toContainText('This browser does not let the page keep texts');
	});

	test('full: said plainly, nothing kept half-way, the text downloadable', async ({ page, context }) => {
		await page.addInitScript(() => {
			for (const method of ['add', 'put'] as const) {
				IDBObjectStore.prototype[method] = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}
		});
		await gotoAdd(page, 'ar');
		await page.locator('input[name="document-file"]').setInputFiles(file('albukamal.json', readFileSync('translations/kayhan-2017-11-19-albukamal.json'), 'application/json'));
		const result = page.locator('[data-result]');
		await expect(result.getByRole('heading', { name: 'تمت المقابلة، لكن النص لم يُحفظ' })).toBeVisible();
		await expect(result.getByRole('alert')).toContainText('مساحة التخزين في المتصفح ممتلئة');
		await expect(result.getByRole('button', { name: 'وثيقة «مقابلة» (JSON)' })).toBeEnabled();

		// Another tab, with storage that works: nothing was kept.
		const other = await context.newPage();
		await other.goto('/en');
		await expect(other.locator('[data-my-texts]')).toContainText('No texts yet.');
	});
});
