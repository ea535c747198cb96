// Shared by the workbench's end-to-end tests: the texts they feed in and the ways to add one.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const bookshop = {
	ar: readFileSync('tests/fixtures/workbench/bookshop.ar.txt', 'utf8'),
	en: readFileSync('tests/fixtures/workbench/bookshop.en.txt', 'utf8'),
	titleAr: 'مكتبة في شارع النجفي تفتح أبوابها من جديد',
	titleEn: 'A bookshop on al-Najafi Street opens its doors again'
};

export const seedJson = readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8');

/** A file for an <input type=file>. */
export function file(name: string, content: string | Uint8Array, mimeType = 'text/plain'): { name: string; mimeType: string; buffer: Buffer } {
	return { name, mimeType, buffer: Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content) };
}

/** Opens "Add a text" and waits until its controls work (the page is hydrated). */
export async function gotoAdd(page: Page, lang = 'en'): Promise<void> {
	await page.goto(`/${lang}/add`);
	await expect(page.locator('.add[data-ready]')).toBeAttached();
}

/** Pastes the bookshop texts on the "Add a text" page and aligns them; resolves once the result shows. */
export async function addBookshop(page: Page, lang = 'en'): Promise<void> {
	await gotoAdd(page, lang);
	await page.locator('textarea[name="original-text"]').fill(bookshop.ar);
	await page.locator('textarea[name="translation-text"]').fill(bookshop.en);
	await expect(page.locator('select[name="original-language"]')).toHaveValue('ar');
	await expect(page.locator('select[name="translation-language"]')).toHaveValue('en');
	await page.locator('button[type="submit"]').click();
	await expect(page.locator('[data-result]')).toBeVisible({ timeout: 20_000 });
}

/** Opens the seed document's JSON on the "Add a text" page; resolves once it is kept. */
export async function openSeed(page: Page, lang = 'en'): Promise<void> {
	await gotoAdd(page, lang);
	await page.locator('input[name="document-file"]').setInputFiles(file('albukamal.json', seedJson, 'application/json'));
	await expect(page.locator('[data-result] [data-read]')).toBeVisible({ timeout: 20_000 });
}

/**
 * Two long texts, `count` paragraphs each, that align paragraph by paragraph: the bookshop's
 * sentences in turn, each paragraph numbered so no two are alike.
 */
export function longPair(count: number): { ar: string; en: string } {
	const sentences = (text: string) => text.split('\n\n').slice(1).join(' ').split(/(?<=[.!?»"])\s+/u);
	const ar = sentences(bookshop.ar);
	const en = sentences(bookshop.en);
	const n = Math.min(ar.length, en.length);
	const arabicDigits = (k: number) => String(k).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
	const paragraphs = (pick: string[], number: (k: number) => string) =>
		Array.from({ length: count }, (_, k) => `${number(k + 1)}. ${pick[k % n]} ${pick[(k + 3) % n]}`).join('\n\n');
	return { ar: `تقرير طويل\n\n${paragraphs(ar, arabicDigits)}`, en: `A long report\n\n${paragraphs(en, String)}` };
}
