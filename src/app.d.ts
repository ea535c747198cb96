// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** Extra attributes for <html>, written by a page's load (reader pages name their languages). */
			rootAttributes?: string;
		}
	}
	/** The reader's boot script, minified, as every page inlines it (vite.config.ts, scripts/boot-script.js). */
	const __MUQABALA_BOOT_SCRIPT__: string;
}

export {};
