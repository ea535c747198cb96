// The reader's boot script is inlined into every page's <head> so a saved or linked layout applies
// before first paint. The strict CSP allows it by hash, computed here from the same file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';

const bootFile = new URL('../src/lib/reader/boot.js', import.meta.url);

/** @type {string | undefined} */
let minified;

/**
 * The boot script exactly as it is inlined: minified, since every page carries it and its comments
 * were more than half of it (a reading page's HTML is meant to arrive in the first round trip).
 */
export function bootScriptSource() {
	if (minified !== undefined) return minified;
	const { code, errors } = minifySync('boot.js', readFileSync(bootFile, 'utf8'));
	if (errors.length > 0) throw new Error(`src/lib/reader/boot.js: ${errors.map((error) => error.message).join('; ')}`);
	minified = code.trim();
	return minified;
}

/** The CSP source expression that allows the inlined boot script. */
export function bootScriptHash() {
	return `sha256-${createHash('sha256').update(bootScriptSource()).digest('base64')}`;
}

const kitRoot = new URL('../node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url);

/**
 * The CSP source expression that allows the one style attribute the pages carry: SvelteKit's route
 * announcer (a visually hidden live region it adds on pages with its client). Read from Kit's own
 * template, so an upgrade that changes it changes the hash (or fails here, loudly).
 */
export function announcerStyleHash() {
	const template = readFileSync(kitRoot, 'utf8');
	const style = /id="svelte-announcer"[^>]*?style="([^"]+)"/.exec(template)?.[1];
	if (!style) throw new Error(`SvelteKit's route announcer was not found in ${kitRoot.pathname}: update announcerStyleHash`);
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}
