#!/usr/bin/env node
// Serves the built site as a static host would (see static-server.js). `npm start` builds first;
// `npm run preview` serves what is there.
import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server.js';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		dir: { type: 'string', default: 'build' }
	}
});

let server;
try {
	server = createStaticServer(values.dir);
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	process.exit(1);
}

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
