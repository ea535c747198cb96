import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { bootScriptSource } from './scripts/boot-script.js';
import { compressAsWritten } from './scripts/finish-build.js';

/**
 * Reader pages are prerendered without SvelteKit's client (csr = false) and load the reader's own
 * script instead: this adds it as an entry of the client build, so it is bundled, hashed and
 * listed in Vite's manifest (read by src/lib/server/reader-client.ts when pages are prerendered).
 */
function readerClient(): Plugin {
	const entry = 'src/lib/client/main.ts';
	return {
		name: 'muqabala-reader-client',
		options(options) {
			const input = options.input;
			if (this.environment?.config.consumer !== 'client' || !input || typeof input !== 'object' || Array.isArray(input)) return null;
			return { ...options, input: { ...input, 'entry/reader': entry } };
		}
	};
}

/**
 * Compresses prerendered pages while SvelteKit is still prerendering the rest (see
 * compressAsWritten in scripts/finish-build.js), for the adapter's precompress to pick up.
 */
function compressEarly(): Plugin {
	return {
		name: 'muqabala-compress-early',
		apply: 'build',
		buildStart() {
			compressAsWritten('.svelte-kit/output/prerendered/pages');
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), readerClient(), compressEarly()],
	// The boot script every page inlines (src/hooks.server.ts), minified; the CSP allows it by the
	// hash of the same text (svelte.config.js).
	define: { __MUQABALA_BOOT_SCRIPT__: JSON.stringify(bootScriptSource()) },
	server: { fs: { allow: ['translations', 'static/schema'] } },
	// The align worker (src/lib/workbench/align.worker.ts) is a module worker: ES output, so its
	// chunks are shared and it loads like any other script under the site's CSP.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'cli/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
