// A static file server for the built site, as a static host would serve it: files from the build
// folder, its 404.html with status 404 for anything else. Used by `npm start`/`preview`, the
// end-to-end tests, the benchmarks and `npm run pdf`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * A server (not yet listening) for the site built into `dir`.
 * @param {string} dir
 * @returns {import('node:http').Server}
 */
export function createStaticServer(dir) {
	const root = resolve(dir);
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error(`No built site in ${dir}/: run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
	}
	const notFound = readFileSync(resolve(root, '404.html'));
	const files = sirv(root, {
		etag: true,
		// Hashed assets never change; pages may, so they are revalidated.
		setHeaders(res, pathname) {
			res.setHeader('X-Content-Type-Options', 'nosniff');
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		}
	});
	return createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
			res.end(notFound);
		})
	);
}
