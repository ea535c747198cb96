#!/usr/bin/env node
// Serves the built site as a static host would: files from build/, build/404.html with status 404
// for anything else. `npm start` builds first; `npm run preview` serves what is there.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		dir: { type: 'string', default: 'build' }
	}
});

const root = resolve(values.dir);
if (!existsSync(resolve(root, 'index.html'))) {
	console.error(`No built site in ${values.dir}/: run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
	process.exit(1);
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

const server = createServer((req, res) =>
	files(req, res, () => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
		res.end(notFound);
	})
);

const port = Number(values.port);
server.on('error', (error) => {
	console.error(
		/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
			? `Port ${port} is in use: try \`PORT=4174 npm start\`.`
			: `Could not start the server: ${error.message}`
	);
	process.exit(1);
});
server.listen(port, values.host, () => {
	console.log(`Muqabala is ready at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${port}/`);
});
