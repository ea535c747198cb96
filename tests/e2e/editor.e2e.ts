// Correcting an alignment in the browser (issue 12): merge, split, move, check, undo and redo by
// button and by key, re-align the rest, the edits kept across a reload, the review list and the map
// following the edits, keyboard-only use, downloads, and accessibility with the editor open. The
// text is the seed article opened as a JSON document, so its pairs and ids are known:
// p2-1 and p2-2 share a paragraph (segments 7 and 8), p4-1 is 1:2 (segment 10).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, readerReady, seedId, test } from './fixtures';
import { openSeed } from './workbench-helpers';

async function openEditor(page: Page, lang = 'en'): Promise<void> {
	await openSeed(page, lang);
	await page.locator('[data-result] [data-read]').click();
	await readerReady(page);
	await page.locator('[data-start-editing]').click();
	await expect(page.locator('[data-editor]')).toBeVisible();
	await expect(page).toHaveURL(/[?&]edit(=|&|#|$)/);
}

const bar = (page: Page) => page.locator('[data-editor]');
const news = (page: Page) => page.locator('[data-editor-news]');
const saved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
const english = (page: Page, id: string) => page.locator(`#${id} [data-segment-id][lang="en"]`);

async function choose(page: Page, id: string, number: string): Promise<void> {
	await page.locator(`#${id}`).click();
	await expect(bar(page).locator('[data-editor-pair]')).toContainText(`Segment ${number}`);
}

async function text(download: Download): Promise<string> {
	return readFileSync((await download.path())!, 'utf8');
}

test.describe('the alignment editor', () => {
	test('merges, undoes and redoes by button and by key, and a reload keeps the edits', async ({ page }) => {
		await openEditor(page);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await choose(page, 'p2-1', '7');
		await bar(page).getByRole('button', { name: 'Merge segment 7 with the next segment' }).click();
		await expect(page.locator('#p2-2')).toHaveCount(0);
		await expect(page.locator('[data-pair]')).toHaveCount(24);
		await expect(english(page, 'p2-1')).toContainText('Daesh out of its last stronghold'.replace('Daesh', '"Daesh"'));
		await expect(english(page, 'p2-1')).toContainText('Meanwhile, the forces of the army');
		await expect(news(page)).toHaveText('Merged with the next segment.');
		// The merged pair is a person's decision: marked checked.
		await expect(page.locator('#p2-1')).toHaveAttribute('data-checked', '');
		await expect(bar(page).getByRole('button', { name: 'Undo: merge' })).toBeEnabled();

		await page.keyboard.press('Control+z');
		await expect(page.locator('#p2-2')).toHaveCount(1);
		await expect(news(page)).toHaveText('Undone: merge.');
		await page.keyboard.press('Control+Shift+z');
		await expect(page.locator('#p2-2')).toHaveCount(0);
		await bar(page).getByRole('button', { name: 'Undo: merge' }).click();
		await expect(page.locator('#p2-2')).toHaveCount(1);
		await bar(page).getByRole('button', { name: 'Redo: merge' }).click();
		await expect(page.locator('#p2-2')).toHaveCount(0);
		await saved(page);

		await page.reload();
		await readerReady(page);
		await expect(bar(page)).toBeVisible();
		await expect(page.locator('#p2-2')).toHaveCount(0);
		await expect(page.locator('[data-pair]')).toHaveCount(24);
		await expect(english(page, 'p2-1')).toContainText('Meanwhile, the forces of the army');
	});

	test('splits a pair where the person chooses in each language, leaving one side empty', async ({ page }) => {
		await openEditor(page);
		await choose(page, 'p4-1', '10');
		await expect(page.locator('#p4-1 .shape')).toContainText('1:2');
		await bar(page).getByRole('button', { name: 'Split segment 10' }).click();
		const dialog = page.getByRole('dialog', { name: 'Split segment 10' });
		await expect(dialog).toBeVisible();
		const arabic = dialog.getByRole('group', { name: 'Arabic: the first part ends' });
		const englishSide = dialog.getByRole('group', { name: 'English: the first part ends' });
		await expect(englishSide.getByRole('radio')).toHaveCount(3);
		// Both parts empty in every language on one side: refused before it is tried.
		await arabic.getByRole('radio', { name: /Before the first sentence/ }).check();
		await englishSide.getByRole('radio', { name: /Before the first sentence/ }).check();
		await expect(dialog.getByRole('alert')).toHaveText('Each part needs some text in at least one language.');
		await expect(dialog.getByRole('button', { name: 'Split' })).toBeDisabled();
		// All of the Arabic in the first part, the English cut after its first sentence: 1:1 then 0:1.
		await arabic.getByRole('radio', { name: /After the last sentence/ }).check();
		await englishSide.getByRole('radio', { name: 'After sentence 1' }).check();
		await dialog.getByRole('button', { name: 'Split' }).click();
		await expect(dialog).toHaveCount(0);
		await expect(page.locator('#p4-1a')).toBeVisible();
		await expect(page.locator('#p4-1a')).toContainText('Not in the Arabic');
		await expect(page.locator('#p4-1 .shape')).toHaveCount(0);
		await expect(page.locator('[data-pair]')).toHaveCount(26);
		await expect(news(page)).toHaveText('Split in two.');
		// Escape closes the dialog and changes nothing.
		await choose(page, 'p6-1', '13');
		await page.keyboard.press('s');
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await expect(page.locator('[data-pair]')).toHaveCount(26);
	});

	test('moves the last sentence of one side into the next pair, and says why a move is refused', async ({ page }) => {
		await openEditor(page);
		const before = (await english(page, 'p4-1').textContent())!.trim();
		await choose(page, 'p4-1', '10');
		await bar(page).getByRole('button', { name: 'Move a sentence of segment 10 into a neighbouring segment' }).click();
		await page.getByRole('menuitem', { name: 'Last English sentence to the segment after' }).click();
		await expect(news(page)).toHaveText('Sentence moved.');
		const after = (await english(page, 'p4-1').textContent())!.trim();
		expect(before.startsWith(after)).toBe(true);
		const moved = before.slice(after.length).trim();
		expect(moved.length).toBeGreaterThan(10);
		await expect(english(page, 'p5-1')).toContainText(moved);
		expect((await english(page, 'p5-1').textContent())!.trim().startsWith(moved)).toBe(true);

		// The first pair has nothing before it.
		await choose(page, 'kicker', '1');
		await bar(page).getByRole('button', { name: /Move a sentence of segment 1 / }).click();
		await page.getByRole('menuitem', { name: 'First Arabic sentence to the segment before' }).click();
		await expect(news(page)).toHaveText('This is the first segment: there is no segment before it.');
	});

	test('checking takes a pair off the review list, and the list goes to a pair the editor then acts on', async ({ page }) => {
		await openEditor(page);
		await page.getByRole('button', { name: 'Alignment map', exact: true }).click();
		const review = page.getByRole('region', { name: 'To check first' });
		await expect(review).toContainText('Segments to check: 3 of 25');
		await choose(page, 'p4-1', '10');
		await page.locator('#p4-1').focus();
		await page.keyboard.press('x');
		await expect(bar(page).getByRole('button', { name: 'Segment 10 checked by a person' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('#p4-1')).toHaveAttribute('data-checked', '');
		// The panel is drawn again from the corrected document.
		await expect(review).toContainText('Segments to check: 2 of 25');
		await expect(review).toContainText('Checked by a person: 1');
		await review.getByRole('listitem').filter({ hasText: 'Segment 12' }).getByRole('link').first().click();
		await expect(bar(page).locator('[data-editor-pair]')).toContainText('Segment 12');
		await expect(page.locator('#p6-1')).toBeFocused();

		// A click on the map lands on the pair it names, and the editor acts on it.
		const panel = page.locator('.alignment-map');
		await panel.locator('canvas').scrollIntoViewIfNeeded(); // the panel scrolled to the list
		const box = (await panel.locator('canvas').boundingBox())!;
		// Somewhere on the path (it runs from the top right, where the Arabic original starts).
		const tip = panel.locator('.tip');
		search: for (let row = 1; row < 12; row++) {
			for (let column = 1; column < 12; column++) {
				await page.mouse.move(box.x + (box.width * column) / 12, box.y + (box.height * row) / 12);
				if (await tip.isVisible()) break search;
			}
		}
		await expect(tip).toBeVisible();
		const named = /^Segment (\d+):/.exec((await panel.locator('.tip').textContent()) ?? '')?.[1];
		expect(Number(named)).toBeGreaterThan(0);
		await page.mouse.down();
		await page.mouse.up();
		await expect(page.locator(`[data-pair][data-n="${named}"]`)).toBeFocused();
		await expect(bar(page).locator('[data-editor-pair]')).toContainText(`Segment ${named}`);
	});

	test('re-aligns the rest around the checked pairs: only unchecked pairs change, and undo takes it back', async ({ page }) => {
		await openEditor(page);
		await choose(page, 'p2-1', '7');
		await page.keyboard.press('m'); // a wrong merge…
		await expect(page.locator('#p2-2')).toHaveCount(0);
		await page.keyboard.press('x'); // …left unchecked, so the aligner may undo it
		await expect(page.locator('#p2-1')).not.toHaveAttribute('data-checked');
		await choose(page, 'p9-1', '14');
		await page.keyboard.press('x');
		const kept = await page.locator('#p9-1 [data-segment-id]').allInnerTexts();

		await bar(page).getByRole('button', { name: 'Re-align the rest' }).click();
		await expect(news(page)).toHaveText(/^Re-aligned: \d+ segments? changed\.$/);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		// The merge is cut again; the first part keeps the pair's id, the second gets one derived from it.
		await expect(english(page, 'p2-1')).not.toContainText('Meanwhile');
		await expect(english(page, 'p2-1a')).toContainText('Meanwhile');
		await expect(page.locator('#p9-1')).toHaveAttribute('data-checked', '');
		expect(await page.locator('#p9-1 [data-segment-id]').allInnerTexts()).toEqual(kept);
		await expect(bar(page).getByRole('button', { name: 'Undo: re-align the rest' })).toBeEnabled();
		await page.keyboard.press('Control+z');
		await expect(page.locator('[data-pair]')).toHaveCount(24);
	});

	test('downloads the corrected document as JSON with checked pairs, and a TMX of the checked pairs alone', async ({ page }) => {
		await openEditor(page);
		await choose(page, 'p4-1', '10');
		await page.keyboard.press('x');
		await saved(page);
		await bar(page).getByRole('button', { name: 'Download' }).click();
		const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Muqabala document (JSON)' }).click()]);
		expect(json.suggestedFilename()).toBe(`${seedId}.json`);
		const document = JSON.parse(await text(json)) as { blocks: { segments: { id: string; checked?: boolean }[] }[] };
		expect(document.blocks.flatMap((b) => b.segments).filter((s) => s.checked).map((s) => s.id)).toEqual(['p4-1']);
		// The menu stays open for another format.
		const [tmx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Checked pairs only (TMX)' }).click()]);
		expect(tmx.suggestedFilename()).toBe(`${seedId}.checked.tmx`);
		expect([...(await text(tmx)).matchAll(/<tu tuid="([^"]+)"/g)].map((m) => m[1])).toEqual(['p4-1']);
	});

	test('opens with a malformed fragment in the address (#%) as with none', async ({ page }) => {
		await openEditor(page);
		const address = page.url().replace(/#.*$/, '');
		await page.goto(`${address}#%`);
		await page.reload();
		await readerReady(page);
		await expect(bar(page)).toBeVisible();
		await expect(bar(page).locator('[data-editor-pair]')).toContainText('Choose a segment');
		await choose(page, 'p2-1', '7');
	});

	test('works from the keyboard alone', async ({ page }) => {
		await openSeed(page);
		await page.locator('[data-result] [data-read]').click();
		await readerReady(page);
		const start = page.locator('[data-start-editing]');
		for (let k = 0; k < 40 && !(await start.evaluate((element) => element === document.activeElement)); k++) await page.keyboard.press('Tab');
		await expect(start).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(bar(page)).toBeVisible();
		// j moves from pair to pair; the bar follows.
		await page.keyboard.press('j');
		for (let k = 0; k < 6; k++) await page.keyboard.press('j');
		await expect(page.locator('#p2-1')).toBeFocused();
		await expect(bar(page).locator('[data-editor-pair]')).toContainText('Segment 7');
		await page.keyboard.press('m');
		await expect(page.locator('#p2-2')).toHaveCount(0);
		await expect(page.locator('#p2-1')).toBeFocused();
		await page.keyboard.press('s');
		const dialog = page.getByRole('dialog', { name: 'Split segment 7' });
		await expect(dialog).toBeVisible();
		// The merge is split back where it was: after the first sentence in each language (the default).
		await expect(dialog.getByRole('radio', { name: 'After sentence 1' }).first()).toBeChecked();
		await dialog.getByRole('button', { name: 'Split' }).focus();
		await page.keyboard.press('Enter');
		await expect(dialog).toHaveCount(0);
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await page.keyboard.press('Control+z');
		await expect(page.locator('[data-pair]')).toHaveCount(24);
		await page.keyboard.press('Control+z');
		await expect(page.locator('[data-pair]')).toHaveCount(25);
		await expect(page.locator('#p2-2')).toHaveCount(1);
	});

	for (const lang of ['en', 'ar']) {
		test(`has no accessibility violations with the editor and the split dialog open (${lang})`, async ({ page }) => {
			await openEditor(page, lang);
			await page.locator('#p4-1').click();
			const check = async () => {
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
				return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
			};
			expect(await check()).toEqual([]);
			await page.keyboard.press('s');
			await expect(page.getByRole('dialog')).toBeVisible();
			expect(await check()).toEqual([]);
		});
	}
});
