// My texts in the library: listing, renaming, deleting with undo, exporting; and saving a copy of
// one of the site's documents from its reader page.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { AlignedDocument } from '../../src/lib/document/types';
import { validateDocumentText } from '../../src/lib/document/validate';
import { toMarkdown } from '../../src/lib/export/markdown';
import { toTmx } from '../../src/lib/export/tmx';
import { toTsv } from '../../src/lib/export/tsv';
import { expect, readerReady, seedId, seedPath, test } from './fixtures';
import { addBookshop, bookshop, openSeed, seedJson } from './workbench-helpers';

const seed = JSON.parse(seedJson) as AlignedDocument;

async function text(download: Download): Promise<string> {
	return readFileSync((await download.path())!, 'utf8');
}

function card(page: Page, title: string) {
	return page.locator('[data-my-text]').filter({ hasText: title });
}

test.describe('My texts', () => {
	test('lists kept texts with both titles, languages, pairs and date, beside the site’s documents', async ({ page }) => {
		await page.goto('/en');
		await expect(page.locator('[data-my-texts]')).toContainText('No texts yet.');
		await addBookshop(page);
		await page.goto('/en');
		const mine = card(page, bookshop.titleEn);
		await expect(mine.locator('[lang="ar"][dir="rtl"]')).toHaveText(bookshop.titleAr);
		await expect(mine).toContainText('Languages: Arabic (original) and English');
		await expect(mine).toContainText('aligned segments');
		await expect(mine).toContainText(/Added \d{1,2} \w{3} \d{4}/);
		await expect(mine).toContainText(/to review/);
		await expect(page.getByRole('heading', { name: 'In the library' })).toBeVisible();
		await expect(page.locator('[data-my-texts]')).toContainText('1 text');

		// The Arabic interface lists it too, in Arabic.
		await page.goto('/ar');
		await expect(page.locator('[data-my-texts]')).toContainText('نص واحد');
		await expect(card(page, bookshop.titleAr)).toContainText('العربية (الأصل) والإنجليزية');
	});

	test('renames a text in both languages', async ({ page }) => {
		await openSeed(page);
		await page.goto('/en');
		const mine = card(page, 'Albu Kamal');
		await mine.getByRole('button', { name: 'Rename' }).click();
		await mine.getByLabel('Title in English').fill('  My copy of\nthe Albu Kamal article ');
		await mine.getByLabel('Title in Arabic').fill('نسختي');
		await mine.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Renamed.' })).toBeVisible();
		await expect(mine.locator('[lang="en"]').first()).toHaveText('My copy of the Albu Kamal article');
		await page.reload();
		await expect(card(page, 'My copy of the Albu Kamal article').locator('[lang="ar"]').first()).toHaveText('نسختي');
		await card(page, 'My copy').getByRole('link', { name: 'Read', exact: true }).click();
		await readerReady(page);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('My copy of the Albu Kamal article');
	});

	test('deletes a text, and undo brings it back', async ({ page }) => {
		await openSeed(page);
		await page.goto('/en');
		const mine = card(page, 'Albu Kamal');
		const href = await mine.getByRole('link', { name: 'Read', exact: true }).getAttribute('href');
		await mine.getByRole('button', { name: 'Delete' }).click();
		await expect(mine).toHaveCount(0);
		const status = page.getByRole('status').filter({ hasText: 'Deleted “' });
		await expect(status).toContainText('Axis of Resistance liberates');
		await status.getByRole('button', { name: 'Undo' }).click();
		await expect(card(page, 'Albu Kamal')).toHaveCount(1);
		await page.reload();
		await expect(card(page, 'Albu Kamal')).toHaveCount(1);

		// Deleted for good: gone after a reload, and its address says so.
		await card(page, 'Albu Kamal').getByRole('button', { name: 'Delete' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
		await page.reload();
		await expect(page.locator('[data-my-texts]')).toContainText('No texts yet.');
		await page.goto(href!);
		await expect(page.getByRole('alert')).toContainText('This browser keeps no text at this address.');
	});

	test('exports JSON valid against the schema, and TMX, TSV and Markdown as the CLI writes them', async ({ page }) => {
		await openSeed(page);
		await page.goto('/en');
		const mine = card(page, 'Albu Kamal');
		await mine.getByText('Export', { exact: true }).click();
		const files: Record<string, string> = {};
		for (const [format, label] of [
			['json', 'Muqabala document (JSON)'],
			['tmx', 'Translation memory (TMX)'],
			['tsv', 'Table (TSV)'],
			['md', 'Markdown']
		] as const) {
			const [download] = await Promise.all([page.waitForEvent('download'), mine.getByRole('button', { name: label }).click()]);
			expect(download.suggestedFilename()).toBe(`${seedId}.${format}`);
			files[format] = await text(download);
		}
		const json = validateDocumentText(files.json!);
		expect(json.problems).toEqual([]);
		const { $schema, ...document } = json.document!;
		expect($schema).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/schema\/document\.schema\.json$/);
		const original: Partial<AlignedDocument> = { ...seed };
		delete original.$schema;
		expect(document).toEqual(original);
		expect(files.tmx).toBe(toTmx(seed));
		expect(files.tsv).toBe(toTsv(seed));
		expect(files.md).toBe(toMarkdown(seed));
	});

	test('the result of an import downloads too', async ({ page }) => {
		await addBookshop(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-result]').getByRole('button', { name: 'Markdown' }).click()]);
		expect(await text(download)).toContain(bookshop.titleEn);
	});
});

test.describe('save a copy', () => {
	test('keeps a copy of a library document from its reader page, without loading the chunk before', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(seedPath);
		await readerReady(page);
		const before = scripts.length;
		const keep = page.getByRole('button', { name: 'Save a copy to My texts' });
		await keep.click();
		await expect(page.locator('[data-reader-status]')).toHaveText('A copy is in My texts.');
		expect(scripts.length).toBeGreaterThan(before); // the save-copy chunk came only now
		await page.getByRole('link', { name: 'Open the copy' }).click();
		await readerReady(page);
		await expect(page).toHaveURL(/\/en\/texts\?text=[a-z0-9]{12}$/);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		// A kept text is not offered for keeping again.
		await expect(page.getByRole('button', { name: 'Save a copy to My texts' })).toHaveCount(0);
		await page.goto('/en');
		await expect(card(page, 'Albu Kamal')).toContainText('a copy of a library text');
	});
});
