// Inlined into <head>, minified (scripts/boot-script.js; allowed by its CSP hash), so the reader's
// layout and text sizes apply before first paint. Mirrors ReaderState.restore and rootAttributes
// (./reader-state.svelte.ts) for what the first paint needs; tests/unit/boot-script.test.ts keeps
// the two in step.
(function () {
	var root = document.documentElement;
	root.classList.remove('no-js'); // controls that need JavaScript may show
	// A reading page names its script here. The page reads without it, so it is fetched once the
	// page has loaded (its fonts too) and painted its text: on a slow connection nothing competes
	// with the text and its fonts. (A busy phone can fire `load` before it has painted anything.)
	var script = root.getAttribute('data-script');
	if (script) {
		var started = false;
		var start = function () {
			if (started) return;
			started = true;
			import(/** @type {string} */ (script)).catch(function () {
				// Without its script the page still reads; a reload tries again.
			});
		};
		window.addEventListener('load', function () {
			if (performance.getEntriesByName('first-contentful-paint').length > 0) return start();
			// A browser that does not report paints, or a page in a background tab (which paints
			// only when shown), starts a moment later all the same.
			setTimeout(start, 2000);
			try {
				new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
			} catch {
				// No paint timing here: the timeout starts it.
			}
		});
	}
	var layouts = ['side-by-side', 'stacked', 'original', 'translation'];
	/** @type {{ layout?: unknown, swap?: boolean, texts?: unknown }} */
	var view = {};
	var saved = null;
	try {
		saved = JSON.parse(localStorage.getItem('muqabala:reader') || 'null');
	} catch {
		// Storage can be blocked (private modes): start from the link and the defaults.
	}
	try {
		var query = new URLSearchParams(location.search);
		if (query.has('layout') || query.has('swap') || query.has('texts')) {
			view = { layout: query.get('layout'), swap: query.get('swap') === '1', texts: query.get('texts') };
		} else if (saved && typeof saved === 'object') {
			view = { layout: saved.layout, swap: saved.swap === true, texts: saved.texts };
		}
		var narrow = window.matchMedia && window.matchMedia('(max-width: 47.99rem)').matches;
		var layout = typeof view.layout === 'string' && layouts.indexOf(view.layout) >= 0 ? view.layout : narrow ? 'stacked' : 'side-by-side';
		root.setAttribute('data-layout', layout);
		if (view.swap) root.setAttribute('data-swap', '');
		// Text sizes are kept per language; the page says which two texts it compares by default.
		var texts = (root.getAttribute('data-texts') || '').split(',');
		var asked = typeof view.texts === 'string' ? view.texts.split(',') : Array.isArray(view.texts) ? view.texts : null;
		var available = (root.getAttribute('data-languages') || '').split(',');
		if (asked && asked.length === 2 && asked[0] !== asked[1] && available.indexOf(asked[0]) >= 0 && available.indexOf(asked[1]) >= 0) texts = asked;
		/** @type {Record<string, unknown>} */
		var sizes = saved && typeof saved === 'object' && saved.sizes && typeof saved.sizes === 'object' ? saved.sizes : {};
		['first', 'second'].forEach(function (side, k) {
			var wanted = sizes[texts[k] || ''];
			if (typeof wanted !== 'number' || !isFinite(wanted)) return;
			var size = Math.min(200, Math.max(70, Math.round(wanted / 10) * 10)); // as clampSize in ./settings.ts
			if (size !== 100) root.style.setProperty('--size-' + side, String(size / 100));
		});
	} catch {
		// A malformed address or storage: the default layout is fine.
	}
})();
