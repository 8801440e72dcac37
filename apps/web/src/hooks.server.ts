import type { Handle } from "@sveltejs/kit";

/**
 * Runs when the build writes the app shell (200.html): besides the scripts and styles, the shell
 * preloads the UI font's files, so text is drawn in Inter from the first paint instead of
 * swapping a moment later.
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { preload: ({ type }) => type === "js" || type === "css" || type === "font" });
