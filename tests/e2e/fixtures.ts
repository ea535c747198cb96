// A `page` that fails the test on any console error, uncaught exception or failed request, so
// every end-to-end test also checks that the page loads cleanly (favicon included).
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const seedId = 'kayhan-2017-11-19-albukamal';
export const seedPath = `/en/read/${seedId}`;

export const test = base.extend<{ expectProblem: (pattern: RegExp) => void; expectedProblems: RegExp[] }>({
	// Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
	// eslint-disable-next-line no-empty-pattern
	expectedProblems: async ({}, use) => {
		await use([]);
	},
	/** Declares a console message or failed request this test provokes on purpose. */
	expectProblem: async ({ expectedProblems }, use) => {
		await use((pattern) => expectedProblems.push(pattern));
	},
	page: async ({ page, javaScriptEnabled, expectedProblems }, use) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
		// When each request was made, and when the page last began loading another document.
		const madeAt = new WeakMap<object, number>();
		let leftAt = -1;
		let clock = 0;
		page.on('request', (request) => {
			madeAt.set(request, ++clock);
			if (request.isNavigationRequest() && request.frame() === page.mainFrame()) leftAt = clock;
		});
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? '';
			// A reload or navigation cancels requests still in flight (e.g. the favicon); with
			// JavaScript off, Chromium refuses every script. Neither is a broken page. A script is
			// let off only when the page it was for was being left: it was asked for before the
			// next document was.
			if (!javaScriptEnabled && request.resourceType() === 'script') return;
			if (reason === 'net::ERR_ABORTED' && request.resourceType() !== 'script') return;
			if (reason === 'net::ERR_ABORTED' && (madeAt.get(request) ?? Infinity) < leftAt) return;
			problems.push(`request failed: ${request.url()} (${reason})`);
		});
		page.on('response', (response) => {
			if (response.status() >= 400 && !response.request().isNavigationRequest()) {
				problems.push(`HTTP ${response.status()}: ${response.url()}`);
			}
		});
		await use(page);
		const unexpected = problems.filter((problem) => !expectedProblems.some((pattern) => pattern.test(problem)));
		expect(unexpected, 'the page logged errors or failed requests').toEqual([]);
	}
});

export { expect };

/** Both sides of a pair: [first text, second text]. */
export function sides(page: Page, id: string): [Locator, Locator] {
	return [
		page.locator(`[data-segment-id="${id}"][data-side="first"]`),
		page.locator(`[data-segment-id="${id}"][data-side="second"]`)
	];
}

/** The page's box of a locator (fails the test if it is not rendered). */
export async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
	const rect = await locator.boundingBox();
	expect(rect, 'element is not rendered').not.toBeNull();
	return rect!;
}

/** The pairs lit up: the reader marks the pair element (`data-highlight`), and both its sides show it. */
export async function expectLit(page: Page, id: string): Promise<void> {
	await expect(page.locator(`[data-pair][data-highlight]`)).toHaveCount(1);
	await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-highlight', '');
	for (const side of sides(page, id)) {
		const background = await side.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background, `${id} shows that it is lit`).not.toBe('rgba(0, 0, 0, 0)');
	}
}

/** Waits until the reader's script has connected the page and applied its settings. */
export async function readerReady(page: Page): Promise<void> {
	await expect(page.locator('html')).not.toHaveClass(/no-js/);
	await expect(page.locator('[data-reader-ready]')).toBeAttached();
}
