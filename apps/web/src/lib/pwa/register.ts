/**
 * Registers the service worker (src/service-worker.ts) for one field app, scoped to it: `/m/` (staff)
 * or `/r/` (residents). The desktop CRM registers none. Resolves with the registration, or null
 * where service workers are unavailable (old browsers, insecure origins other than localhost).
 */
export async function registerServiceWorker(scope: "/m/" | "/r/"): Promise<ServiceWorkerRegistration | null> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return null;
  try {
    return await navigator.serviceWorker.register("/service-worker.js", { scope, type: import.meta.env.DEV ? "module" : "classic" });
  } catch {
    return null;
  }
}
