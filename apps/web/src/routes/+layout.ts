// A pure single-page app: the API serves build/200.html for every path and the client renders.
export const ssr = false;
export const prerender = false;
