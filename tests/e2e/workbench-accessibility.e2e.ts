// The workbench's pages as a screen reader or keyboard meets them: no axe violations on the form,
// its problems, the result with its review list, My texts, and a kept text in the reader.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { windows1256 } from '../encodings';
import { expect, readerReady, test } from './fixtures';
import { addBookshop, bookshop, file, gotoAdd } from './workbench-helpers';

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const lang of ['en', 'ar']) {
	test(`add a text, its problems, its result, My texts and the kept text (${lang}) have no accessibility violations`, async ({ page }) => {
		await gotoAdd(page, lang);
		expect(await violations(page)).toEqual([]);
		await page.locator('input[name="original-file"]').setInputFiles(file('old.txt', windows1256(bookshop.ar)));
		await expect(page.getByRole('alert')).toBeVisible();
		expect(await violations(page)).toEqual([]);

		await addBookshop(page, lang);
		await expect(page.locator('[data-review] li').first()).toBeVisible();
		expect(await violations(page)).toEqual([]);
		const href = await page.locator('[data-result] [data-read]').getAttribute('href');

		await page.goto(`/${lang}`);
		await expect(page.locator('[data-my-text]')).toHaveCount(1);
		await page.locator('[data-my-text] button').first().click(); // the rename form open
		expect(await violations(page)).toEqual([]);

		await page.goto(href!);
		await readerReady(page);
		expect(await violations(page)).toEqual([]);
	});
}
