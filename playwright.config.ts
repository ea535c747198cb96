import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.js';

const port = Number(process.env.MUQABALA_TEST_PORT ?? 4174);
const executablePath = await findChromium();
if (!executablePath) {
	throw new Error('No Chromium found: run `node scripts/ensure-test-tools.js` (npm test does) or set MUQABALA_CHROMIUM.');
}

// End-to-end tests run against the built site (`npm run build:test` puts the test documents beside
// translations/ in .test-build/), served as a static host would serve it.
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath, args: chromiumArgs },
		trace: 'off'
	},
	// Tests that measure time (tagged @alone) run last, with nothing else running beside them on a
	// two-core machine.
	projects: [
		{ name: 'chromium', grepInvert: /@alone/ },
		{ name: 'alone', grep: /@alone/, dependencies: ['chromium'] }
	],
	webServer: {
		command: `node scripts/serve.js --dir .test-build --port ${port}`,
		url: `http://127.0.0.1:${port}/en`,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
