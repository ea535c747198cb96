// Prerendered as build/404.html, which static hosts serve for any unknown address. It needs no
// JavaScript, and it cannot echo the address it is served for: it is the same file for all of them.
export const csr = false;
