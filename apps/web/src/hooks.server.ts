import type { Handle } from "@sveltejs/kit";

/**
 * Runs when the build writes the app shell (200.html): besides the scripts and styles, the shell
 * preloads the Cyrillic file of the UI font — the text the apps write is Russian by default, so it
 * is drawn in Inter from the first paint. The Latin file (48 KB: digits, punctuation, English) is
 * not preloaded: it would share the first load's bandwidth with the scripts (Lighthouse counted it
 * against the largest paint); it is fetched when the first text needs it and swaps in
 * (`font-display: swap`, app.css).
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { preload: ({ type, path }) => type === "js" || type === "css" || (type === "font" && path.includes("cyrillic")) });
