// A static file server for the built site, as a static host would serve it: files from the build
// folder, its 404.html with status 404 for anything else. Used by `npm start`/`preview`, the
// end-to-end tests, the benchmarks and `npm run pdf`.
//
// Our own, on node:http and node:fs, rather than sirv: sirv 3.0.2 dies on `Range: bytes=5-1`,
// lists the folder once at start (so a rebuild's new files are 404s and its deleted ones crash
// it) and follows symbolic links out of the folder. Here every request looks at the file system
// afresh, only regular files whose real path is inside the build folder are served, and no request
// or file-system change can stop the server: the worst a request gets is a 4xx or a 500.
import { constants, realpathSync, statSync } from 'node:fs';
import { open, readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('node:http').OutgoingHttpHeaders} Headers */

const types = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm'
});

/** Precompressed siblings (adapter-static `precompress`), best first. */
const encodings = /** @type {const} */ ([
	['br', '.br'],
	['gzip', '.gz']
]);

export const allowedMethods = 'GET, HEAD';

/** Headers every answer carries. */
const common = { 'X-Content-Type-Options': 'nosniff' };
/** Headers for HTML: no framing by other sites (a meta CSP cannot say frame-ancestors), revalidate always. */
const htmlHeaders = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'no-referrer',
	'Cache-Control': 'no-cache'
};

/**
 * A server (not yet listening) for the site built into `dir`. Throws an Error with a one-line
 * message when `dir` holds no built site.
 * @param {string} dir
 * @returns {import('node:http').Server}
 */
export function createStaticServer(dir) {
	const root = buildRoot(dir);
	const server = createServer((req, res) => {
		handle(root, req, res).catch((error) => fail(res, error));
	});
	// A request Node cannot even parse gets a 400 and a closed connection, never an exception.
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
		else socket.destroy();
	});
	return server;
}

/**
 * The real path of the build folder, checked once at start.
 * @param {string} dir
 */
function buildRoot(dir) {
	let root;
	try {
		root = realpathSync(resolve(dir));
	} catch {
		throw new Error(`No built site in ${dir}/: run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
	}
	if (!isFile(join(root, 'index.html'))) {
		throw new Error(`No built site in ${dir}/ (no index.html): run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
	}
	if (!isFile(join(root, '404.html'))) {
		throw new Error(`The site in ${dir}/ has no 404.html: rebuild it with \`npm run build\`.`);
	}
	return root;
}

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * @param {string} root
 * @param {Request} req
 * @param {Response} res
 */
async function handle(root, req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { ...common, Allow: allowedMethods, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Method not allowed\n');
		return;
	}
	const pathname = requestPath(req.url ?? '/');
	if (pathname === undefined) {
		res.writeHead(400, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Bad request\n');
		return;
	}
	const found = pathname === null ? undefined : await findFile(root, pathname);
	if (!found || pathname === null) return notFound(root, req, res);
	await sendFile(root, req, res, found, pathname);
}

/**
 * The decoded path of a request target: `undefined` when it cannot be read (a 400), `null` when it
 * names nothing servable (a 404: parent segments, dot files, NUL).
 * @param {string} target
 * @returns {string | null | undefined}
 */
export function requestPath(target) {
	let pathname;
	try {
		pathname = decodeURIComponent(new URL(target, 'http://localhost').pathname);
	} catch {
		return undefined;
	}
	if (pathname.includes('\0') || pathname.includes('\\')) return null;
	const segments = pathname.split('/');
	// `..` is resolved away by URL parsing, but not once %2e%2e or %2f has been decoded.
	if (segments.some((segment) => segment === '..' || (segment.startsWith('.') && segment !== '.well-known'))) return null;
	return posix.normalize(pathname);
}

/**
 * The file a path names, as a static host resolves it: the path itself, then `.html`, then
 * `/index.html`. Only a regular file whose real path is inside `root`.
 * @param {string} root
 * @param {string} pathname
 * @returns {Promise<{ path: string; size: number; mtime: Date } | undefined>}
 */
async function findFile(root, pathname) {
	const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
	for (const candidate of candidates) {
		const file = await regularFileInside(root, join(root, candidate));
		if (file) return file;
	}
	return undefined;
}

/**
 * `path`'s real path and stat when it is a regular file inside `root`; symbolic links that lead
 * out of the build folder, dangling ones, directories, devices and FIFOs are nothing.
 * @param {string} root
 * @param {string} path
 */
async function regularFileInside(root, path) {
	try {
		const real = await realpath(path);
		if (real !== root && !real.startsWith(root + sep)) return undefined;
		const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
		try {
			const stat = await handle.stat();
			return stat.isFile() ? { path: real, size: stat.size, mtime: stat.mtime } : undefined;
		} finally {
			await handle.close();
		}
	} catch {
		return undefined; // gone, unreadable, or a loop: not servable
	}
}

/**
 * @param {string} root
 * @param {Request} req
 * @param {Response} res
 * @param {{ path: string; size: number; mtime: Date }} file
 * @param {string} pathname
 */
async function sendFile(root, req, res, file, pathname) {
	const type = types[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
	/** @type {Headers} */
	const headers = { ...common, 'Content-Type': type, 'Last-Modified': file.mtime.toUTCString() };
	if (type.startsWith('text/html')) Object.assign(headers, htmlHeaders);
	else headers['Cache-Control'] = pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';

	// A precompressed sibling, when the client takes it and no byte range is asked for.
	let body = file;
	const compressible = !/^(image\/(?!svg)|font\/woff|application\/(pdf|wasm|octet-stream))/.test(type);
	if (compressible) {
		headers.Vary = 'Accept-Encoding';
		if (req.headers.range === undefined) {
			const accepted = acceptedEncodings(req.headers['accept-encoding']);
			for (const [encoding, suffix] of encodings) {
				if (!accepted.has(encoding)) continue;
				const variant = await regularFileInside(root, file.path + suffix);
				if (variant) {
					body = variant;
					headers['Content-Encoding'] = encoding;
					break;
				}
			}
		}
	}
	const etag = `W/"${body.size.toString(16)}-${Math.floor(body.mtime.getTime()).toString(16)}${headers['Content-Encoding'] ? `-${headers['Content-Encoding']}` : ''}"`;
	headers.ETag = etag;
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers);
		res.end();
		return;
	}

	let range = body === file ? byteRange(req.headers.range, body.size) : undefined;
	if (range === 'unsatisfiable') {
		res.writeHead(416, { ...common, 'Content-Range': `bytes */${body.size}`, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Range not satisfiable\n');
		return;
	}
	headers['Accept-Ranges'] = 'bytes';
	if (range) {
		headers['Content-Range'] = `bytes ${range.start}-${range.end}/${body.size}`;
		headers['Content-Length'] = range.end - range.start + 1;
	} else {
		headers['Content-Length'] = body.size;
	}
	if (req.method === 'HEAD') {
		res.writeHead(range ? 206 : 200, headers);
		res.end();
		return;
	}
	await stream(res, body.path, range ? 206 : 200, headers, range ?? undefined);
}

/**
 * Streams a file, opened before the status is sent: a file that vanished since it was found is
 * still a clean answer (a 404), and one that fails mid-way ends the connection, nothing more.
 * @param {Response} res
 * @param {string} path
 * @param {number} status
 * @param {Headers} headers
 * @param {{ start: number; end: number } | undefined} range
 */
async function stream(res, path, status, headers, range) {
	let handle;
	try {
		handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
		if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
	} catch {
		await handle?.close();
		res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Not found\n');
		return;
	}
	res.writeHead(status, headers);
	const source = handle.createReadStream({ autoClose: true, ...(range ?? {}) });
	pipeline(source, res, () => {}); // a client that goes away, or a read error, ends this response only
}

/**
 * @param {string} root
 * @param {Request} req
 * @param {Response} res
 */
async function notFound(root, req, res) {
	const page = await regularFileInside(root, join(root, '404.html'));
	/** @type {Buffer | undefined} */
	let html;
	try {
		html = page ? await readFile(page.path) : undefined;
	} catch {
		html = undefined;
	}
	if (!html) {
		res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
		return;
	}
	res.writeHead(404, { ...common, ...htmlHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.length });
	res.end(req.method === 'HEAD' ? undefined : html);
}

/**
 * @param {Response} res
 * @param {unknown} error
 */
function fail(res, error) {
	if (res.headersSent) {
		res.destroy();
		return;
	}
	res.writeHead(500, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
	res.end('Internal server error\n');
	console.error(`server: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * The content codings a client accepts (q > 0).
 * @param {string | undefined} header
 */
export function acceptedEncodings(header) {
	const accepted = new Set();
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
		const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
		if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
	}
	if (accepted.has('*')) for (const [encoding] of encodings) accepted.add(encoding);
	return accepted;
}

/**
 * One byte range from a Range header (RFC 9110 §14): a range to send, `'unsatisfiable'` (416), or
 * undefined to send the whole file (no header, a malformed one, or several ranges).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number; end: number } | 'unsatisfiable' | undefined}
 */
export function byteRange(header, size) {
	const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
	if (!match) return undefined;
	const [, first = '', last = ''] = match;
	if (first === '' && last === '') return undefined;
	if (first === '') {
		// The last N bytes.
		const length = Number(last);
		if (length === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - Math.min(length, size)), end: size - 1 };
	}
	const start = Number(first);
	// Digits beyond 2^53 are still numbers here; any end past the file means "to the end".
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	if (last !== '' && Number(last) < start) return undefined; // invalid: ignore the header
	if (start >= size) return 'unsatisfiable';
	return { start, end };
}
