// The reader's script, the one a reader page loads (see src/lib/server/reader-client.ts). The page
// is complete without it (the text, the layout from the address, applied by the inline boot script),
// so it waits for the page to finish loading (its fonts included) before it fetches the rest
// (./start.ts): on a slow connection the text and its fonts get the bandwidth first, and nothing the
// reader's behaviour needs competes with the first paint.
const start = () => void import('./start');
if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
