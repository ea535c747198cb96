// The reader's script, the one a reader page loads (see src/lib/server/reader-client.ts). The page
// is complete without it (the text, the layout from the address, applied by the inline boot script),
// so it fetches the rest (./start.ts) only once the page has loaded (its fonts included) and painted
// its text: on a slow connection the text and its fonts get the bandwidth first, and nothing the
// reader's behaviour needs competes with the first paint. (A busy phone can fire `load` before it
// has painted anything.)
const start = () => void import('./start');

function painted(): Promise<void> {
	return new Promise((resolve) => {
		if (performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
		// A browser that does not report paints, or a page in a background tab (which paints only
		// when shown), starts a moment later all the same.
		const fallback = setTimeout(resolve, 2000);
		try {
			const observer = new PerformanceObserver(() => {
				observer.disconnect();
				clearTimeout(fallback);
				resolve();
			});
			observer.observe({ type: 'paint', buffered: true });
		} catch {
			// No paint timing here: the fallback starts it.
		}
	});
}

const loaded = new Promise<void>((resolve) => {
	if (document.readyState === 'complete') resolve();
	else addEventListener('load', () => resolve(), { once: true });
});
void loaded.then(painted).then(start);
