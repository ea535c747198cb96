// The reader's boot script is inlined into every page's <head> so a saved or linked layout applies
// before first paint. The strict CSP allows it by hash, computed here from the same file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const bootFile = new URL('../src/lib/reader/boot.js', import.meta.url);

/** The boot script exactly as it is inlined (trimmed). */
export function bootScriptSource() {
	return readFileSync(bootFile, 'utf8').trim();
}

/** The CSP source expression that allows the inlined boot script. */
export function bootScriptHash() {
	return `sha256-${createHash('sha256').update(bootScriptSource()).digest('base64')}`;
}
