import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { announcerStyleHash, bootScriptHash } from './scripts/boot-script.js';
import { precompress, removeReaderData } from './scripts/finish-build.js';

const outDir = process.env.MUQABALA_OUT ?? 'build';

/**
 * adapter-static, then scripts/finish-build.js: reader pages' unused __data.json dropped, and
 * .br and .gz written beside every text file (scripts/static-server.js serves them).
 * @returns {import('@sveltejs/kit').Adapter}
 */
function adapter() {
	const written = adapterStatic({ pages: outDir, assets: outDir, fallback: undefined, precompress: false, strict: true });
	return {
		name: 'muqabala-static',
		async adapt(builder) {
			await written.adapt(builder);
			await removeReaderData(outDir);
			builder.log.minor(`Compressed ${await precompress(outDir)} files (brotli and gzip)`);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the build is plain files any static host can serve.
		// MUQABALA_OUT lets tests and benchmarks build elsewhere (scripts/build.js).
		adapter: adapter(),
		// Absolute asset paths: 404.html is served at every unknown address, where relative ones break.
		paths: { relative: false },
		// Styles are small: inlined, they cost no render-blocking request before the first paint.
		inlineStyleThreshold: 32_768,
		// Offline after the first visit (src/service-worker.ts). Kit registers it on pages with its
		// client; reader pages have none and register it from their own script (reader/client/main.ts).
		serviceWorker: { register: true },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		typescript: {
			// Type-check the CLI, scripts and test configs with the same strict settings as the app.
			config: (tsconfig) => {
				tsconfig.include.push('../cli/**/*.ts', '../scripts/**/*.js', '../bin/**/*.js', '../bench/**/*.ts', '../playwright.config.ts');
				return tsconfig;
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Kit hashes its own inline scripts; the reader's tiny boot script (applies the saved
				// layout before first paint) is ours, so its hash is added here.
				'script-src': ['self', bootScriptHash()],
				// No inline style: Kit hashes the styles it inlines, the reader sets its few run-time
				// values through the CSSOM (which the policy allows), and the one style attribute, Kit's
				// route announcer on pages with its client, is allowed by its hash.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
