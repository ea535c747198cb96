import AxeBuilder from '@axe-core/playwright';
import { expect, readerReady, seedId, test } from './fixtures';

const pages = [
	{ name: 'library (English)', path: '/en' },
	{ name: 'library (Arabic)', path: '/ar' },
	{ name: 'reader (English)', path: `/en/read/${seedId}`, reader: true },
	{ name: 'reader (Arabic)', path: `/ar/read/${seedId}`, reader: true },
	{ name: 'reader with empty sides', path: '/en/read/markup-as-text', reader: true },
	{ name: 'reader with three languages (Arabic interface)', path: '/ar/read/three-languages', reader: true },
	{ name: 'not-found page', path: '/en/read/nope', status: 404 }
];

for (const { name, path, reader, status } of pages) {
	test(`${name} has no accessibility violations`, async ({ page, expectProblem }) => {
		if (status === 404) expectProblem(/status of 404/);
		await page.goto(path);
		if (reader) await readerReady(page);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
	});
}

test('the reader in stacked layout with a pair highlighted has no accessibility violations', async ({ page }) => {
	await page.goto(`/en/read/${seedId}?layout=stacked#p3-1`);
	await readerReady(page);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the print options dialog has no accessibility violations', async ({ page }) => {
	await page.goto(`/ar/read/${seedId}`);
	await readerReady(page);
	await page.getByRole('button', { name: 'طباعة…' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});
