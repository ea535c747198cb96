// A value of a page's server data that only the server's render of the page reads.
//
// While prerendering a page with a server load, SvelteKit serializes its data twice: into the HTML
// for its client router, and into a __data.json beside it. A reader page uses neither: it has no
// SvelteKit client (csr = false) and scripts/finish-build.js deletes its __data.json. For a long
// document those two copies of every page's text were a third of the prerendering, so the reader's
// load wraps its view in this, and the transport in src/hooks.ts writes it as a placeholder.
export class RenderOnly<T> {
	constructor(readonly value: T) {}
}

/** What a RenderOnly is serialized as: never read back (see `decodeRenderOnly`). */
export const renderOnlyPlaceholder = 1;

export function encodeRenderOnly(value: unknown): typeof renderOnlyPlaceholder | false {
	return value instanceof RenderOnly && renderOnlyPlaceholder;
}

export function decodeRenderOnly(): never {
	throw new Error('This page was rendered on the server only: its data is not sent to the browser.');
}
