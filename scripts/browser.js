// Where to find a Chromium for end-to-end tests, PDF export and benchmarks: an explicit
// MUQABALA_CHROMIUM, then the system's (Debian's /usr/bin/chromium), then Playwright's own.
import { existsSync } from 'node:fs';

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags Chromium needs in containers and on closed networks (harmless elsewhere). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

/**
 * The Chromium executable to launch, or undefined when there is none.
 * @returns {Promise<string | undefined>}
 */
export async function findChromium() {
	const explicit = process.env.MUQABALA_CHROMIUM;
	if (explicit) return existsSync(explicit) ? explicit : undefined;
	const system = systemBrowsers.find((path) => existsSync(path));
	if (system) return system;
	try {
		const { chromium } = await import('@playwright/test');
		const bundled = chromium.executablePath();
		return existsSync(bundled) ? bundled : undefined;
	} catch {
		return undefined;
	}
}
