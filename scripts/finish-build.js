// The last step of the build (run by the adapter in svelte.config.js, after adapter-static has
// written the site): drop what the site never serves, then write .br and .gz beside every text file.
//
// Why not adapter-static's own `precompress`: it compresses every file at once with brotli's
// maximum quality, which is about thirty times slower than quality 9 for files about a tenth
// smaller; on a book of 100,000 segments that was most of the build. Here small files (scripts,
// styles, articles) still get the maximum, large ones quality 8, a few at a time. Quality 8, not
// 9: on that book's pages (about 420 kB each) and its 55 MB JSON it is three to five times faster
// and its files are no larger (a page 0.1% smaller, the JSON 5% smaller).
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

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `directory`.
 * @param {string} directory
 */
export async function precompress(directory) {
	const files = (await filesUnder(directory)).filter((file) => compressible.includes(extname(file)));
	let next = 0;
	const worker = async () => {
		for (let file = files[next++]; file !== undefined; file = files[next++]) {
			const path = join(directory, file);
			const content = await readFile(path);
			const quality = (await stat(path)).size <= smallFile ? constants.BROTLI_MAX_QUALITY : 8;
			const [br, gzipped] = await Promise.all([
				brotli(content, {
					params: {
						[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
						[constants.BROTLI_PARAM_QUALITY]: quality,
						[constants.BROTLI_PARAM_SIZE_HINT]: content.length
					}
				}),
				gz(content, { level: constants.Z_BEST_COMPRESSION })
			]);
			await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
		}
	};
	await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	return files.length;
}
