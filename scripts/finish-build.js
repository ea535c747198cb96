// The last step of the build (run by the adapter in svelte.config.js, after adapter-static has
// written the site): drop what the site never serves, then write .br and .gz beside every text file.
//
// Why not adapter-static's own `precompress`: it compresses every file at once with brotli's
// maximum quality, which is about thirty times slower than quality 9 for files about a tenth
// smaller; on a book of 100,000 segments that was most of the build. Here small files (scripts,
// styles, articles) still get the maximum, large ones quality 8, a few at a time. Quality 8, not
// 9: on that book's pages (about 420 kB each) and its 55 MB JSON it is three to five times faster
// and its files are no larger (a page 0.1% smaller, the JSON 5% smaller).
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The extensions adapter-static's precompress compresses. */
export const compressible = ['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt'];
/** Files up to this size get brotli's maximum quality; larger ones quality 8. */
export const smallFile = 128 * 1024;

/**
 * Every file under `directory`, as paths relative to it.
 * @param {string} directory
 * @returns {Promise<string[]>}
 */
async function filesUnder(directory) {
	const entries = await readdir(directory, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => relative(directory, join(entry.parentPath, entry.name)));
}

/**
 * Reader pages are read without SvelteKit's client (csr = false, and links to them reload the
 * page), so the `__data.json` SvelteKit prerenders beside each of them is never fetched.
 * @param {string} directory
 * @returns {Promise<number>} how many were removed
 */
export async function removeReaderData(directory) {
	const files = await filesUnder(directory);
	const unused = files.filter((file) => file.split(sep)[1] === 'read' && file.endsWith(`${sep}__data.json`));
	await Promise.all(unused.map((file) => rm(join(directory, file))));
	// The folders that held only them go too.
	await Promise.all(unused.map((file) => rmdir(join(directory, dirname(file))).catch(() => {})));
	return unused.length;
}

/** @typedef {{ br: Buffer, gzipped: Buffer }} Compressed */

/**
 * Brotli and gzip of a file's content, as the site serves them.
 * @param {Buffer} content
 * @param {boolean} [oneAtATime] the two one after the other, not side by side
 * @returns {Promise<Compressed>}
 */
async function compress(content, oneAtATime = false) {
	const brotliOptions = {
		params: {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: content.length <= smallFile ? constants.BROTLI_MAX_QUALITY : 8,
			[constants.BROTLI_PARAM_SIZE_HINT]: content.length
		}
	};
	const gzipOptions = { level: constants.Z_BEST_COMPRESSION };
	if (oneAtATime) return { br: await brotli(content, brotliOptions), gzipped: await gz(content, gzipOptions) };
	const [br, gzipped] = await Promise.all([brotli(content, brotliOptions), gz(content, gzipOptions)]);
	return { br, gzipped };
}

/** @param {Buffer} content */
const digest = (content) => createHash('sha256').update(content).digest('hex');

// Shared through the process, not the module: Vite bundles its config (which starts the early
// compression) with its own copy of this file, while svelte.config.js (which finishes it) imports it.
const earlyKey = Symbol.for('muqabala.compressed-early');

/**
 * @typedef {{ done: Map<string, Promise<Compressed>>, stop(): void }} EarlyCompression
 * @returns {EarlyCompression | undefined}
 */
const earlyCompression = () => /** @type {Record<symbol, EarlyCompression | undefined>} */ (globalThis)[earlyKey];

/**
 * Starts compressing the files SvelteKit prerenders into `directory` as they are written, one at a
 * time, so `precompress` finds most of its work done. Prerendering runs on one thread; on a long
 * document this uses a second core through the minutes it takes instead of adding its own time
 * after it. The results are kept by their content's hash, so a file changed or copied since is
 * still compressed correctly. Idempotent; stops at `precompress` (or with the process).
 * @param {string} directory
 */
export function compressAsWritten(directory) {
	if (earlyCompression()) return;
	const started = Date.now();
	/** @type {Map<string, Promise<Compressed>>} */
	const done = new Map();
	/** @type {Map<string, string>} size and time of each file when last seen */
	const seen = new Map();
	let stopped = false;
	let busy = false;
	const poll = async () => {
		if (busy || stopped) return;
		busy = true;
		try {
			const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
			for (const entry of entries) {
				if (stopped) return;
				if (!entry.isFile() || !compressible.includes(extname(entry.name))) continue;
				const path = join(entry.parentPath, entry.name);
				const before = seen.get(path);
				if (before === 'taken') continue;
				const info = await stat(path).catch(() => undefined);
				if (!info || info.mtimeMs < started) continue; // left by an earlier build
				const state = `${info.size}:${info.mtimeMs}`;
				// Only once a file has not changed between two looks: it may still be being written.
				seen.set(path, before === state ? 'taken' : state);
				if (before !== state) continue;
				const content = await readFile(path);
				const key = digest(content);
				if (done.has(key)) continue;
				const result = compress(content, true);
				done.set(key, result);
				await result.catch(() => done.delete(key));
			}
		} finally {
			busy = false;
		}
	};
	const timer = setInterval(() => void poll(), 500);
	timer.unref();
	/** @type {Record<symbol, EarlyCompression | undefined>} */ (globalThis)[earlyKey] = {
		done,
		stop() {
			stopped = true;
			clearInterval(timer);
		}
	};
}

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `directory`.
 * @param {string} directory
 */
export async function precompress(directory) {
	const early = earlyCompression();
	early?.stop();
	// A later build in this process starts its own.
	/** @type {Record<symbol, EarlyCompression | undefined>} */ (globalThis)[earlyKey] = undefined;
	const files = (await filesUnder(directory)).filter((file) => compressible.includes(extname(file)));
	let next = 0;
	const worker = async () => {
		for (let file = files[next++]; file !== undefined; file = files[next++]) {
			const path = join(directory, file);
			const content = await readFile(path);
			const made = early && (await early.done.get(digest(content))?.catch(() => undefined));
			const { br, gzipped } = made ?? (await compress(content));
			await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
		}
	};
	await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	return files.length;
}
