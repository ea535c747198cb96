// A reader page needs no client-side router: it is the prerendered text plus the reader's own
// small script (src/lib/client), which the page adds itself. See src/lib/server/reader-client.ts.
export const csr = false;
