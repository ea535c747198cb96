// Where the reader's script is. Reader pages are prerendered without SvelteKit's client (csr =
// false): a page that is read needs no router, and its first load stays small. The script
// src/lib/client/main.ts is built as its own entry of the client build (see vite.config.ts); this
// looks up its file in Vite's manifest, which exists by the time pages are prerendered (the client
// is built before prerendering). The page's boot script imports it once the page has loaded, and
// the browser fetches what it imports then (src/lib/reader/boot.js).
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';

const entry = 'src/lib/client/main.ts';
const manifestFile = '.svelte-kit/output/client/.vite/manifest.json';

let cached: string | undefined;

/** The reader's script, as an absolute path. */
export function readerClientScript(): string {
	if (dev) return `/${entry}`; // Vite serves the source in development
	if (cached) return cached;
	let manifest: Record<string, { file: string }>;
	try {
		manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string }>;
	} catch (error) {
		throw new Error(`cannot read the client build's manifest (${manifestFile}): ${(error as Error).message}`, { cause: error });
	}
	const main = manifest[entry];
	if (!main) throw new Error(`the client build has no entry for ${entry}: is the reader-client plugin in vite.config.ts?`);
	cached = `/${main.file}`;
	return cached;
}
