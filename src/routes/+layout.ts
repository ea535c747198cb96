// Every page is prerendered: the site is plain files that any static host can serve.
export const prerender = true;
export const trailingSlash = 'never';
