// The site's own static server (scripts/static-server.js): no request and no change to the build
// folder can stop it, it never serves anything outside the folder, and it sends the headers a
// static host should. Each test starts it on an ephemeral port over a folder made here.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byteRange, createStaticServer } from '../../scripts/static-server.js';
import { repoRoot } from './cli-helpers';

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

let dir: string;
let outside: string;
let server: Server;
let port: number;

const script = 'console.log("hello from an immutable asset");\n'.repeat(20);

beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'muqabala-site-'));
	outside = mkdtempSync(join(tmpdir(), 'muqabala-outside-'));
	writeFileSync(join(outside, 'secret.txt'), 'a secret outside the build\n');
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>Page not found</title>');
	writeFileSync(join(dir, 'en.html'), '<!doctype html><title>en</title>');
	mkdirSync(join(dir, 'en/read'), { recursive: true });
	writeFileSync(join(dir, 'en/read/doc.html'), '<!doctype html><title>doc</title>');
	mkdirSync(join(dir, '_app/immutable'), { recursive: true });
	writeFileSync(join(dir, '_app/immutable/app.js'), script);
	writeFileSync(join(dir, '_app/immutable/app.js.br'), brotliCompressSync(script));
	writeFileSync(join(dir, '_app/immutable/app.js.gz'), gzipSync(script));
	writeFileSync(join(dir, 'robots.txt'), '0123456789');
	server = await listen(createStaticServer(dir));
});

afterEach(() => {
	server.closeAllConnections();
	server.close();
	rmSync(dir, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

function listen(s: Server): Promise<Server> {
	return new Promise((done) =>
		s.listen(0, '127.0.0.1', () => {
			port = (s.address() as AddressInfo).port;
			done(s);
		})
	);
}

/** A raw HTTP request: no decompression, no normalisation of the path. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

const alive = async () => expect((await get('/robots.txt')).status).toBe(200);

describe('byte ranges', () => {
	it('survives the ranges that killed sirv, and answers each as RFC 9110 says', async () => {
		// last < first is an invalid range: ignored, the whole file is sent.
		let answer = await get('/robots.txt', { Range: 'bytes=5-1' });
		expect(answer.status).toBe(200);
		expect(answer.body.toString()).toBe('0123456789');
		// An end beyond 2^53 (or the file) means "to the end".
		answer = await get('/robots.txt', { Range: 'bytes=2-99999999999999999999' });
		expect(answer.status).toBe(206);
		expect(answer.headers['content-range']).toBe('bytes 2-9/10');
		expect(answer.body.toString()).toBe('23456789');
		answer = await get('/robots.txt', { Range: 'bytes=99999999999999999999-' });
		expect(answer.status).toBe(416);
		expect(answer.headers['content-range']).toBe('bytes */10');
		answer = await get('/robots.txt', { Range: 'bytes=-3' });
		expect([answer.status, answer.body.toString()]).toEqual([206, '789']);
		answer = await get('/robots.txt', { Range: 'bytes=-0' });
		expect(answer.status).toBe(416);
		for (const nonsense of ['bytes=a-b', 'bytes=-', 'bytes=0-1,3-4', 'lines=1-2', 'bytes=--1']) {
			expect((await get('/robots.txt', { Range: nonsense })).status).toBe(200);
		}
		await alive();
	});

	it('parses ranges the same way as a unit', () => {
		expect(byteRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
		expect(byteRange('bytes=9-', 10)).toEqual({ start: 9, end: 9 });
		expect(byteRange('bytes=10-', 10)).toBe('unsatisfiable');
		expect(byteRange('bytes=-20', 10)).toEqual({ start: 0, end: 9 });
		expect(byteRange(undefined, 10)).toBeUndefined();
		expect(byteRange('bytes=0-', 0)).toBe('unsatisfiable');
	});
});

describe('the build folder changing under it', () => {
	it('serves files added after start and 404s deleted ones, without dying', async () => {
		expect((await get('/late.txt')).status).toBe(404);
		writeFileSync(join(dir, 'late.txt'), 'added by a rebuild');
		expect((await get('/late.txt')).body.toString()).toBe('added by a rebuild');
		expect((await get('/en/read/doc')).status).toBe(200);
		unlinkSync(join(dir, 'en/read/doc.html'));
		expect((await get('/en/read/doc')).status).toBe(404);
		rmSync(join(dir, '_app'), { recursive: true });
		expect((await get('/_app/immutable/app.js', { 'Accept-Encoding': 'br' })).status).toBe(404);
		await alive();
	});

	it('starts with a dangling symbolic link in the folder and answers 404 for it', async () => {
		symlinkSync(join(dir, 'nowhere.html'), join(dir, 'dangling.html'));
		symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
		symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
		const second = await listen(createStaticServer(dir));
		try {
			expect((await get('/dangling')).status).toBe(404);
			expect((await get('/loop-a')).status).toBe(404);
		} finally {
			second.close();
		}
	});

	it('answers 404, not a hang or a crash, for a FIFO, a directory and a file it may not read', async () => {
		const fifo = spawnSync('mkfifo', [join(dir, 'pipe.html')]);
		expect(fifo.status).toBe(0);
		expect((await get('/pipe.html')).status).toBe(404);
		mkdirSync(join(dir, 'folder.html'));
		expect((await get('/folder.html')).status).toBe(404);
		writeFileSync(join(dir, 'locked.txt'), 'x');
		chmodSync(join(dir, 'locked.txt'), 0);
		// Root reads it anyway; anyone else gets a 404. Either way the server answers.
		expect([200, 404]).toContain((await get('/locked.txt')).status);
		await alive();
	});
});

describe('never outside the build folder', () => {
	it('does not follow symbolic links that lead out of it', async () => {
		symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
		symlinkSync(outside, join(dir, 'elsewhere'));
		symlinkSync('/etc/passwd', join(dir, 'passwd'));
		for (const path of ['/secret.txt', '/elsewhere/secret.txt', '/passwd']) {
			const answer = await get(path);
			expect(answer.status).toBe(404);
			expect(answer.body.toString()).not.toContain('secret');
			expect(answer.body.toString()).not.toContain('root:');
		}
		// A link that stays inside is fine.
		symlinkSync(join(dir, 'robots.txt'), join(dir, 'robots-link.txt'));
		expect((await get('/robots-link.txt')).body.toString()).toBe('0123456789');
	});

	it('refuses traversal, encoded or not, and requests it cannot read', async () => {
		for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/en/%2E%2E/%2E%2E/%2E%2E/etc/passwd', '/%00', '/.env', '/..\\..\\etc\\passwd']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(404);
			expect(answer.body.toString()).not.toContain('root:');
		}
		expect((await get('/%E0%A4%A')).status).toBe(400); // malformed percent-encoding
		expect((await get('http://evil.example/robots.txt')).body.toString()).toBe('0123456789'); // absolute form: the path only
		await alive();
	});
});

describe('methods and headers', () => {
	it('answers HEAD like GET without a body, and 405 with Allow for everything else', async () => {
		const head = await get('/robots.txt', {}, 'HEAD');
		expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, '10', 0]);
		for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
			const answer = await get('/', {}, method);
			expect(answer.status, method).toBe(405);
			expect(answer.headers.allow).toBe('GET, HEAD');
		}
	});

	it('caches hashed assets for good and revalidates pages; pages cannot be framed', async () => {
		const asset = await get('/_app/immutable/app.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['x-content-type-options']).toBe('nosniff');
		expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
		for (const path of ['/', '/en', '/en/read/doc']) {
			const page = await get(path);
			expect(page.status).toBe(200);
			expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(page.headers['cache-control']).toBe('no-cache');
			expect(page.headers['x-content-type-options']).toBe('nosniff');
			expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
			expect(page.headers['x-frame-options']).toBe('DENY');
		}
		const again = await get('/en', { 'If-None-Match': String((await get('/en')).headers.etag) });
		expect(again.status).toBe(304);
	});

	it('serves 404.html with status 404 for unknown paths', async () => {
		const answer = await get('/no/such/page');
		expect(answer.status).toBe(404);
		expect(answer.body.toString()).toContain('Page not found');
		expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(answer.headers['x-frame-options']).toBe('DENY');
	});

	it('serves precompressed files to clients that accept them', async () => {
		let answer = await get('/_app/immutable/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(answer.headers['content-encoding']).toBe('br');
		expect(answer.headers.vary).toBe('Accept-Encoding');
		expect(answer.body).toEqual(brotliCompressSync(script));
		answer = await get('/_app/immutable/app.js', { 'Accept-Encoding': 'gzip;q=1, br;q=0' });
		expect(answer.headers['content-encoding']).toBe('gzip');
		answer = await get('/_app/immutable/app.js');
		expect(answer.headers['content-encoding']).toBeUndefined();
		expect(answer.body.toString()).toBe(script);
		answer = await get('/_app/immutable/app.js', { 'Accept-Encoding': 'br', Range: 'bytes=0-4' });
		expect([answer.status, answer.body.toString(), answer.headers['content-encoding']]).toEqual([206, 'conso', undefined]);
	});
});

describe('starting', () => {
	it('says in one line when there is no built site or no 404.html', () => {
		const empty = mkdtempSync(join(tmpdir(), 'muqabala-empty-'));
		try {
			expect(() => createStaticServer(empty)).toThrowError(/^No built site in .*: run `npm run build` first/);
			writeFileSync(join(empty, 'index.html'), '');
			expect(() => createStaticServer(empty)).toThrowError(/has no 404\.html: rebuild it/);
			expect(() => createStaticServer(join(empty, 'missing'))).toThrowError(/^No built site in/);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});

	const serve = join(repoRoot, 'scripts/serve.js');

	it.each([
		[{ PORT: 'abc' }, /^serve: "abc" is not a port number \(0 to 65535\)/],
		[{ PORT: '70000' }, /^serve: "70000" is not a port number/],
		[{ PORT: '0', HOST: 'bad host!' }, /^serve: "bad host!" is not a host name/],
		[{ PORT: '0', HOST: '192.0.2.1' }, /^serve: cannot listen on host "192\.0\.2\.1"/]
	])('refuses %j in one line', (env, message) => {
		const result = spawnSync(process.execPath, [serve, '--dir', dir], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a folder without a site in one line', () => {
		const result = spawnSync(process.execPath, [serve, '--dir', join(dir, 'nope'), '--port', '0'], { encoding: 'utf8', timeout: 20_000 });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^serve: No built site in .*nope\/: run `npm run build` first/);
	});

	it('prints one clean line with the address when ready, and stops quietly on SIGTERM', async () => {
		const child = spawn(process.execPath, [serve, '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		await new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => ((out += chunk.toString()), out.includes('\n') && done())));
		expect(out).toMatch(/^Muqabala is ready at http:\/\/127\.0\.0\.1:\d+\/\n$/);
		const code = await new Promise<number | null>((done) => {
			child.on('exit', (c) => done(c));
			child.kill('SIGTERM');
		});
		expect(code).toBe(0);
		expect(err).toBe('');
	});
});
