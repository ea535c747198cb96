// Offline: after the first visit the whole site works without a network. On install the built app
// (`build`), the static files (`files`) and every prerendered page (`prerendered`: the library, the
// reader pages, the workbench's shells, the documents as JSON) go into one cache named after the
// build's version; on activate older caches are dropped. Then:
// - the build's hashed files never change: served from the cache;
// - pages and other files: from the network when there is one (so a new version shows at once),
//   from the cache when not. A page's query (?text=…, reader settings) does not change the file it
//   is served from.
// Only this site's own GET requests are answered; nothing is ever sent anywhere else.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `muqabala-${version}`;
const immutable = new Set(build);
// Reader pages have no SvelteKit client, so the build drops the __data.json beside each of them
// (scripts/finish-build.js): they are not there to cache.
const readerData = /^\/[^/]+\/read\/.*\/__data\.json$/;
const everything = [...new Set([...build, ...files, ...prerendered.filter((path) => !readerData.test(path))])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(cacheName)
			.then((cache) => cache.addAll(everything))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key.startsWith('muqabala-') && key !== cacheName).map((key) => caches.delete(key))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(answer(request, url));
});

async function answer(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(cacheName);
	if (immutable.has(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	try {
		const response = await fetch(request);
		// A page or file this version lists is refreshed in the cache; a range or an error is not.
		if (response.status === 200 && everything.includes(url.pathname) && !request.headers.has('range')) {
			void cache.put(url.pathname, response.clone());
		}
		return response;
	} catch (error) {
		const cached = (await cache.match(url.pathname)) ?? (request.mode === 'navigate' ? await cache.match('/404') : undefined);
		if (cached) return cached;
		throw error;
	}
}
