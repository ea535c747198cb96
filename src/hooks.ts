// Universal hooks: only the transport of values SvelteKit should not serialize (see $lib/render-only).
import type { Transport } from '@sveltejs/kit';
import { decodeRenderOnly, encodeRenderOnly } from '$lib/render-only';

export const transport: Transport = {
	RenderOnly: { encode: encodeRenderOnly, decode: decodeRenderOnly }
};
