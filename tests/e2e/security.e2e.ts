import { expect, seedPath, sides, test } from './fixtures';

test.describe('unknown and malicious addresses', () => {
	const addresses = [
		'/read/nope',
		'/en/read/nope',
		'/ar/read/nope',
		'/en/read/..%2F..%2Fpackage.json',
		'/en/read/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		`/en/read/${'a'.repeat(300)}`,
		'/xx/read/kayhan-2017-11-19-albukamal'
	];
	for (const address of addresses) {
		test(`${address.slice(0, 40)} is a 404 that does not echo the address`, async ({ page, expectProblem }) => {
			expectProblem(/status of 404/); // Chromium logs the page's own 404
			const response = await page.goto(address);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'الصفحة غير موجودة' })).toBeVisible();
			const html = await response!.text();
			const last = decodeURIComponent(address.split('/').pop()!);
			expect(html).not.toContain(last);
			expect(html).not.toContain(address.split('/').pop()!);
		});
	}

	test('following a link to a missing document in the app shows the not-found page', async ({ page, expectProblem }) => {
		// The client router asks for the page's data, which does not exist: a 404, not an echo.
		expectProblem(/404/);
		await page.goto('/en');
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '/en/read/no-such-document';
			link.textContent = 'missing';
			link.id = 'missing-link';
			document.body.append(link);
		});
		await page.click('#missing-link');
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.locator('body')).not.toContainText('no-such-document');
	});
});

test.describe('document text is data, never markup', () => {
	test('markup-looking text shows as itself and runs nothing', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto('/en/read/markup-as-text');
		await expect(sides(page, 'script-tag')[0]).toHaveText("<script>window.__pwned = 'ar'</script>");
		await expect(sides(page, 'script-tag')[1]).toHaveText("<script>window.__pwned = 'en'</script>");
		await expect(sides(page, 'close-script')[1]).toHaveText('</script><img src=x onerror="window.__pwned=\'img\'">');
		await expect(sides(page, 'svelte-syntax')[1]).toHaveText("{@html '<b>x</b>'} {#if true}yes{/if}");
		await expect(sides(page, 'template-literal')[1]).toHaveText("${constructor.constructor('window.__pwned=1')()}");
		await expect(sides(page, 'proto')[0]).toHaveText('__proto__ constructor prototype');
		await expect(sides(page, 'javascript-url')[1]).toHaveText('<a href="javascript:alert(1)">click</a>');
		await expect(sides(page, 'entities')[1]).toHaveText('&lt;b&gt; &amp; &#x3C;');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Text that looks like <b>markup</b> & {templates}');
		await expect(page.locator('.document-header')).toContainText("<script>window.__pwned = 'publisher'</script>");
		await expect(page.locator('.document-header')).toContainText('__proto__');
		// Nothing ran, nothing was injected.
		expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
		await expect(page.locator('main img, main b, main a[href^="javascript"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('empty sides and n:m links are shown honestly', async ({ page }) => {
		await page.goto('/en/read/markup-as-text');
		const [original, translation] = sides(page, 'only-original');
		await expect(original).toHaveText('جملة ليس لها مقابل في الترجمة.');
		await expect(translation).toHaveAttribute('data-empty', '');
		await expect(translation).toHaveText('Not in the English');
		await expect(sides(page, 'only-translation')[0]).toHaveText('Not in the Arabic');
		// The shape, original:translation, explained on a tap as well as to screen readers.
		const shape = page.locator('#two-to-one .shape');
		await expect(shape.locator('bdi')).toHaveText('2:1');
		await expect(shape).toHaveAccessibleName(/^2:1 ?: 2 sentences in Arabic, 1 sentence in English$/);
		await shape.click();
		await expect(page.locator('#two-to-one .shape-note')).toBeVisible();
		await expect(page.locator('#two-to-one .shape-note')).toHaveText('2 sentences in Arabic, 1 sentence in English');
		await page.keyboard.press('Escape');
		await expect(page.locator('#two-to-one .shape-note')).toBeHidden();
	});
});

test.describe('content security policy', () => {
	test('pages carry a strict CSP: no inline scripts without a hash, no other origins', async ({ page }) => {
		const response = await page.goto(seedPath);
		const html = await response!.text();
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).toMatch(/'sha256-/);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toContain('unsafe-eval');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toMatch(/https?:\/\//);
	});

	test('a script that is not ours is refused by the policy', async ({ page, expectProblem }) => {
		expectProblem(/Content Security Policy/);
		await page.goto(seedPath);
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.head.append(script);
			await new Promise((resolve) => setTimeout(resolve, 50));
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
	});
});

test.describe("the site's own server", () => {
	test('pages cannot be framed by other sites, are revalidated, and are not sniffed', async ({ request }) => {
		for (const path of ['/en', seedPath, '/en/read/no-such-document']) {
			const response = await request.get(path);
			const headers = response.headers();
			expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['cache-control'], path).toBe('no-cache');
		}
	});

	test('a framing page cannot show the reader', async ({ page, expectProblem }) => {
		expectProblem(/frame-ancestors|Refused to display|X-Frame-Options|ERR_BLOCKED_BY_RESPONSE/);
		await page.goto('/en');
		const blocked = await page.evaluate(async (path) => {
			const frame = document.createElement('iframe');
			frame.src = path;
			const loaded = new Promise((done) => frame.addEventListener('load', done));
			document.body.append(frame);
			await loaded;
			// Blocked, the frame holds Chromium's error page, which this page cannot even read.
			return !frame.contentDocument?.querySelector('[data-reader-ready]');
		}, seedPath);
		expect(blocked).toBe(true);
	});

	test('hashed assets are cached for good', async ({ page, request }) => {
		const assets: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/_app/immutable/')) assets.push(new URL(r.url()).pathname);
		});
		await page.goto(seedPath);
		expect(assets.length).toBeGreaterThan(0);
		const response = await request.get(assets[0]!);
		expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	test('answers 405 to other methods and survives hostile ranges', async ({ request }) => {
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
			const response = await request.fetch('/en', { method });
			expect(response.status(), method).toBe(405);
			expect(response.headers().allow).toBe('GET, HEAD');
		}
		expect((await request.get('/robots.txt', { headers: { Range: 'bytes=5-1' } })).status()).toBe(200);
		expect((await request.get('/robots.txt', { headers: { Range: 'bytes=0-99999999999999999999' } })).status()).toBe(206);
		expect((await request.get('/en')).status()).toBe(200); // still up
	});
});
