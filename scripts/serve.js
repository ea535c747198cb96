#!/usr/bin/env node
// Serves the built site as a static host would (see static-server.js). `npm start` builds first;
// `npm run preview` serves what is there. Every problem is one line on stderr and exit code 1
// (2 for a command line that cannot be read).
//   node scripts/serve.js [--dir build] [--port 4173] [--host 127.0.0.1]   (or PORT=… HOST=…)
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server.js';

/**
 * @param {string} message
 * @param {number} [code]
 * @returns {never}
 */
function quit(message, code = 1) {
	console.error(`serve: ${message}`);
	process.exit(code);
}

/** @type {{ port: string; host: string; dir: string }} */
let values;
try {
	({ values } = /** @type {{ values: { port: string; host: string; dir: string } }} */ (
		parseArgs({
			options: {
				port: { type: 'string', default: process.env.PORT || '4173' },
				host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
				dir: { type: 'string', default: 'build' }
			}
		})
	));
} catch (error) {
	quit(`${/** @type {Error} */ (error).message.split('\n')[0]}; usage: node scripts/serve.js [--dir build] [--port 4173] [--host 127.0.0.1]`, 2);
}

if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
	quit(`"${values.port}" is not a port number (0 to 65535); set PORT or --port to one, e.g. PORT=4174`);
}
const port = Number(values.port);
const host = values.host;
if (!/^[A-Za-z0-9.:-]+$/.test(host)) quit(`"${host}" is not a host name or IP address; set HOST or --host to one, e.g. HOST=127.0.0.1`);

let server;
try {
	server = createStaticServer(values.dir);
} catch (error) {
	quit(/** @type {Error} */ (error).message);
}

server.on('error', (error) => {
	const code = /** @type {NodeJS.ErrnoException} */ (error).code;
	if (code === 'EADDRINUSE') quit(`port ${port} is in use: try another, e.g. \`PORT=${port === 65535 ? 4174 : port + 1} npm start\``);
	if (code === 'EACCES') quit(`no permission to listen on port ${port}: use one above 1023, e.g. PORT=4173`);
	if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') quit(`cannot listen on host "${host}" (${code}): use an address of this machine, e.g. HOST=127.0.0.1`);
	quit(`could not start the server: ${error.message}`);
});

server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
	console.log(`Muqabala is ready at http://${shown}:${actual}/`);
});

// Ctrl-C or a test runner's SIGTERM: stop quietly.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		server.close();
		server.closeAllConnections();
		process.exit(0);
	});
}
