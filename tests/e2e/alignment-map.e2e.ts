// The alignment map and the review list beside a bundled document (read-only): opening, going to a
// pair from the map and from the list (on this page and the next), n and p, keyboard-only use,
// and accessibility with the panel open. The fixture tests/fixtures/documents/alignment-review.json
// (two pages, 340 segments; see tests/fixtures/generators/alignment-review.ts) has every kind of doubt.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readerReady, test } from './fixtures';

const path = '/en/read/alignment-review';

async function openPanel(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Alignment map', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Alignment map' })).toBeVisible();
	await expect(page.locator('.alignment-map canvas')).toBeVisible();
}

/**
 * Points at the map `t` of the way along the straight line from the path's start to its end (the
 * path of this even alignment stays close to it) and returns the segment its tooltip names. The
 * line is worked out from what the panel says: the sentence counts of both texts, and the
 * original's axis starting at the right (Arabic) below a band of 10 pixels for empty sides.
 */
async function pointAt(page: Page, t: number): Promise<{ x: number; y: number; number: number }> {
	const panel = page.locator('.alignment-map');
	const counts = /sentences 1–([\d,]+) of [\d,]+\s+English: sentences 1–([\d,]+)/.exec((await panel.locator('.ranges').innerText()) ?? '');
	const [across, down] = [Number(counts?.[1]?.replace(/,/g, '')), Number(counts?.[2]?.replace(/,/g, ''))];
	const box = (await panel.locator('canvas').boundingBox())!;
	const edge = 10;
	const plot = box.width - edge;
	const scale = plot / Math.max(across, down);
	const x = box.x + plot - t * across * scale;
	const y = box.y + edge + t * down * scale;
	await page.mouse.move(x, y);
	const tip = panel.locator('.tip');
	await expect(tip).toBeVisible();
	const number = Number(/^Segment ([\d,]+):/.exec((await tip.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
	expect(number).toBeGreaterThan(0);
	return { x, y, number };
}

test.describe('alignment map', () => {
	test('opens from the toolbar on a bundled document, with the review list and its counts', async ({ page }) => {
		await page.goto(path);
		await readerReady(page);
		const button = page.getByRole('button', { name: 'Alignment map', exact: true });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await openPanel(page);
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('heading', { name: 'Alignment map' })).toBeFocused();

		const panel = page.getByRole('region', { name: 'Alignment map' });
		await expect(panel).toContainText('Arabic: sentences 1–348 of 348');
		await expect(panel).toContainText('English: sentences 1–309 of 309');
		const review = panel.getByRole('region', { name: 'To check first' });
		await expect(review).toContainText('Segments to check: 71 of 340');
		await expect(review).toContainText('Checked by a person: 12');
		const kinds = review.getByRole('group', { name: 'Show' });
		await expect(kinds.getByRole('button')).toHaveText([/Not in the English\s*19/, /Not in the Arabic\s*14/, /Not one sentence to one\s*22/, /Confidence under 70%\s*66/]);
		const first = review.getByRole('listitem').first();
		await expect(first).toContainText('Segment 4');
		await expect(first).toContainText('1:0');
		await expect(first).toContainText('Not in the English');
		await expect(first).toContainText('The aligner’s confidence is 3');
		await expect(review.getByRole('listitem')).toHaveCount(71);

		// The button closes it again, and the text has its room back.
		await button.click();
		await expect(panel).toBeHidden();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
	});

	test('a click on the map goes to the segment under the pointer, on this page or the next', async ({ page }) => {
		await page.goto(path);
		await readerReady(page);
		await openPanel(page);

		// The original is Arabic: its axis starts at the right, so the first segments are top right.
		const early = await pointAt(page, 0.05);
		expect(early.number).toBeLessThan(40);
		const middle = await pointAt(page, 0.5);
		expect(middle.number).toBeGreaterThan(100);
		expect(middle.number).toBeLessThan(250);
		await page.mouse.click(middle.x, middle.y);
		const pair = page.locator(`[data-pair][data-n="${middle.number}"]`);
		await expect(pair).toHaveAttribute('data-highlight', '');
		await expect(pair).toBeFocused();
		await expect(pair).toBeInViewport();

		// Near the end of the path: page 2 of the text, where the panel opens again by itself.
		const late = await pointAt(page, 0.95);
		expect(late.number).toBeGreaterThan(296);
		await page.mouse.click(late.x, late.y);
		await expect(page).toHaveURL(/\/en\/read\/alignment-review\/2#p\d+-\d$/);
		await readerReady(page);
		await expect(page.getByRole('region', { name: 'Alignment map' })).toBeVisible();
		// The pointer, left where the map was, may have lit the pair it rests on: move it off the text.
		await page.mouse.move(1, 1);
		const target = page.locator(`[data-pair][data-n="${late.number}"]`);
		await expect(target).toHaveAttribute('data-highlight', '');
		await expect(target).toBeInViewport();
	});

	test('the review list goes to its segments, and n and p step through them, of the kinds shown', async ({ page }) => {
		await page.goto(path);
		await readerReady(page);
		await openPanel(page);
		const review = page.getByRole('region', { name: 'To check first' });

		await page.keyboard.press('n');
		const fourth = page.locator('[data-pair][data-n="4"]');
		await expect(fourth).toHaveAttribute('data-highlight', '');
		await expect(fourth).toBeFocused();
		await expect(page.locator('[data-reader-status]')).toHaveText('1 of 71 to check: Segment 4');
		await expect(review.locator('a[aria-current="true"]')).toContainText('Segment 4');

		await page.keyboard.press('n');
		await expect(page.locator('[data-pair][data-n="6"]')).toBeFocused();
		await expect(review.locator('a[aria-current="true"]')).toContainText('Segment 6');
		await page.keyboard.press('p');
		await expect(fourth).toBeFocused();
		await page.keyboard.press('p');
		await expect(page.locator('[data-reader-status]')).toHaveText('No segment to check before this one.');
		await expect(fourth).toBeFocused();

		// Only the unsure ones: n skips the rest (segment 8 is 2:1 at a confidence over 70%).
		for (const kind of ['Not in the English', 'Not in the Arabic', 'Not one sentence to one']) await review.getByRole('button', { name: kind }).click();
		await expect(review.getByRole('button', { name: 'Not in the Arabic' })).toHaveAttribute('aria-pressed', 'false');
		await expect(review.getByRole('listitem')).toHaveCount(66);
		await page.locator('[data-pair][data-n="6"]').focus();
		await page.keyboard.press('n');
		await expect(page.locator('[data-pair][data-n="12"]')).toBeFocused();

		// An entry of the list is a link to its segment.
		await review.getByRole('link', { name: /^Segment 21 / }).click();
		await expect(page.locator('[data-pair][data-n="21"]')).toHaveAttribute('data-highlight', '');
		await expect(page).toHaveURL(/#p4-5$/);
	});

	test('works from the keyboard alone', async ({ page }) => {
		await page.goto(path);
		await readerReady(page);
		const button = page.getByRole('button', { name: 'Alignment map', exact: true });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Alignment map' })).toBeFocused();

		// Tab: close, zoom in, whole text (zoom out is disabled at the whole text), then the map.
		const map = page.getByRole('group', { name: 'Alignment map' });
		await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
		for (let i = 0; i < 4 && !(await map.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(map).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const status = page.locator('.alignment-map [role="status"]');
		await expect(status).toHaveText('Segment 3: 1 sentence in Arabic, 0 sentences in English; confidence 40%; checked by a person');
		await page.keyboard.press('+');
		await expect(page.locator('.alignment-map .zoom')).toHaveText('Zoomed ×2');
		await page.keyboard.press('0');
		await expect(page.locator('.alignment-map .zoom')).toHaveText('');
		await page.keyboard.press('Enter');
		const third = page.locator('[data-pair][data-n="3"]');
		await expect(third).toHaveAttribute('data-highlight', '');
		await expect(third).toBeFocused();

		// Back into the panel and out with Escape: focus returns to the toolbar's button.
		await map.focus();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('region', { name: 'Alignment map' })).toBeHidden();
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
	});

	for (const lang of ['en', 'ar'] as const) {
		test(`has no accessibility violations with the panel open (${lang})`, async ({ page }) => {
			// The whole page of a short text, and the panel of a long one.
			for (const [address, scope] of [
				[`/${lang}/read/kayhan-2017-11-19-albukamal#p3-1`, null],
				[`/${lang}/read/alignment-review#p20-3`, '#_alignment']
			] as const) {
				await page.goto(address);
				await readerReady(page);
				await page.locator('[data-action="map"]').click();
				await expect(page.locator('#_alignment canvas')).toBeVisible();
				const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
				const results = await (scope ? axe.include(scope) : axe).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
			}
		});
	}

	test('the Arabic interface words the panel in Arabic and keeps the original’s axis on the right', async ({ page }) => {
		await page.goto('/ar/read/alignment-review');
		await readerReady(page);
		await page.getByRole('button', { name: 'خريطة المقابلة', exact: true }).click();
		const panel = page.getByRole('region', { name: 'خريطة المقابلة' });
		await expect(panel).toContainText('المقاطع التي تستحق المراجعة: ٧١ من ٣٤٠');
		await expect(panel.getByRole('region', { name: 'ما يُراجَع أولًا' }).getByRole('listitem').first()).toContainText('لا مقابل له في الإنجليزية');
		// The first segments are drawn at the right whatever the interface's direction.
		const box = (await panel.locator('canvas').boundingBox())!;
		await page.mouse.move(box.x + box.width - 20, box.y + 20);
		await expect(panel.locator('.tip')).toContainText(/^المقطع [٠-٩]{1,2}:/);
	});
});

test.describe('alignment map on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('is a sheet over the lower part of the screen; a tap on the map goes to a segment, shown above the sheet', async ({ page }) => {
		await page.goto(path);
		await readerReady(page);
		await page.getByRole('button', { name: 'Alignment map', exact: true }).tap();
		const panel = page.getByRole('region', { name: 'Alignment map' });
		await expect(panel.locator('canvas')).toBeVisible();
		const sheet = (await panel.boundingBox())!;
		expect(sheet.y).toBeGreaterThan(844 * 0.3);
		expect(sheet.y + sheet.height).toBeCloseTo(844, 0);

		// Half-way along the path (it runs from the top right to the bottom left of the map).
		const box = (await panel.locator('canvas').boundingBox())!;
		const counts = /1–([\d,]+) of [\d,]+\s+English: sentences 1–([\d,]+)/.exec(await panel.locator('.ranges').innerText());
		const [across, down] = [Number(counts?.[1]), Number(counts?.[2])];
		const plot = box.width - 10;
		const scale = plot / Math.max(across, down);
		await page.touchscreen.tap(box.x + plot - 0.5 * across * scale, box.y + 10 + 0.5 * down * scale);
		const lit = page.locator('[data-pair][data-highlight]');
		await expect(lit).toHaveCount(1);
		const number = Number(await lit.getAttribute('data-n'));
		expect(number).toBeGreaterThan(120);
		expect(number).toBeLessThan(220);
		await expect(lit).toBeFocused();
		const pair = (await lit.boundingBox())!;
		expect(pair.y).toBeGreaterThanOrEqual(0);
		expect(pair.y + Math.min(pair.height, 40)).toBeLessThan(sheet.y);
	});
});
