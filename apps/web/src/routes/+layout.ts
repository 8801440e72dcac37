import { isFieldPath } from "$lib/features/field/paths";
import { isResidentPath } from "$lib/features/resident/paths";
import { applyLocale } from "$lib/i18n";

// A pure single-page app: the API serves build/200.html for every path and the client renders.
export const ssr = false;
export const prerender = false;

/**
 * The language, before any page's load speaks: the device's remembered choice, else the app's
 * default — the phone apps (/m, /r) follow the browser when it is English, the desk is Russian.
 * Awaited: a language other than Russian loads its catalog first (a chunk of its own).
 */
export async function load({ url }) {
  await applyLocale(isFieldPath(url.pathname) || isResidentPath(url.pathname) ? "field" : "desk");
}
