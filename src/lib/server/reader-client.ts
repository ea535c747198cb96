// Where the reader's script is. Reader pages are prerendered without SvelteKit's client (csr =
// false): a page that is read needs no router, and its first load stays small. The script
// src/lib/client/main.ts is built as its own entry of the client build (see
// vite.config.ts); this looks up its file and the chunks it imports in Vite's manifest, which
// exists by the time pages are prerendered (the client is built before prerendering).
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';

const entry = 'src/lib/client/main.ts';
const manifestFile = '.svelte-kit/output/client/.vite/manifest.json';

export interface ClientScript {
	/** The entry module, as an absolute path. */
	src: string;
	/** Chunks it imports, to preload. */
	preload: string[];
}

interface ManifestChunk {
	file: string;
	imports?: string[];
}

let cached: ClientScript | undefined;

/** The reader's script and what it imports, as absolute paths. */
export function readerClientScript(): ClientScript {
	if (dev) return { src: `/${entry}`, preload: [] }; // Vite serves the source in development
	if (cached) return cached;
	let manifest: Record<string, ManifestChunk>;
	try {
		manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
	} catch (error) {
		throw new Error(`cannot read the client build's manifest (${manifestFile}): ${(error as Error).message}`, { cause: error });
	}
	const main = manifest[entry];
	if (!main) throw new Error(`the client build has no entry for ${entry}: is the reader-client plugin in vite.config.ts?`);
	const preload = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || preload.has(`/${chunk.file}`)) return;
		preload.add(`/${chunk.file}`);
		chunk.imports?.forEach(visit);
	};
	main.imports?.forEach(visit);
	cached = { src: `/${main.file}`, preload: [...preload] };
	return cached;
}
