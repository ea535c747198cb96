// Inlined into <head> (allowed by its CSP hash) so the reader's layout applies before first paint.
// Mirrors parseViewSettings in ./settings.ts; tests/unit/boot-script.test.ts keeps the two in step.
(function () {
	var root = document.documentElement;
	root.classList.remove('no-js'); // controls that need JavaScript may show
	try {
		var query = new URLSearchParams(location.search);
		var view = null;
		if (query.has('layout') || query.has('swap') || query.has('texts')) {
			view = { layout: query.get('layout'), swap: query.get('swap') === '1' };
		} else {
			var saved = JSON.parse(localStorage.getItem('muqabala:reader') || 'null');
			if (saved && typeof saved === 'object') view = { layout: saved.layout, swap: saved.swap === true };
		}
		if (!view) return;
		if (['side-by-side', 'stacked', 'original', 'translation'].indexOf(view.layout) >= 0) root.setAttribute('data-layout', view.layout);
		if (view.swap) root.setAttribute('data-swap', '');
	} catch {
		// Storage can be blocked (private modes); the default layout is fine then.
	}
})();
