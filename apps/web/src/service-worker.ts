/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from "$service-worker";

/**
 * The field apps' service worker (registered by /m and /r with their own scopes, never by the
 * desktop CRM): the app shell — the built scripts and styles, static files and the single-page
 * fallback — is cached at install (the phone apps' files only, not the desk's), so an app opened
 * once starts with no network. Pages are fetched from the network first and fall back to the cached
 * shell; API calls (/graphql, /files) are never cached here: the apps keep the data they last showed, and the changes made offline, in IndexedDB
 * (lib/pwa). Push notifications are shown and opened here too.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `shell-${version}`;
/** The SPA fallback the server answers every page with. */
const SHELL = "/200.html";
const ASSETS = new Set([...build, ...files]);

/**
 * What install caches: the build files the phone apps can run (build/field-assets.json, written by
 * scripts/field-shells.mjs: every /m and /r route and what it imports, about half the build; the
 * desk's pages are the rest) and the static files. Without that list (vite dev) every file.
 */
async function precached(): Promise<string[]> {
  try {
    const response = await fetch("/field-assets.json", { cache: "no-cache" });
    if (response.ok) {
      const list = (await response.json()) as string[];
      return [...list.filter((file) => ASSETS.has(file)), ...files];
    }
  } catch {
    // No list: cache everything.
  }
  return [...ASSETS];
}

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...(await precached()), SHELL]);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      // Pages opened before the install are controlled at once: the first visit already works offline next time.
      await sw.clients.claim();
    })(),
  );
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch: true });
}

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith("/graphql") || url.pathname.startsWith("/files") || url.pathname.startsWith("/healthz")) return;

  if (ASSETS.has(url.pathname)) {
    // Hashed build files never change under a name; static files change with the version (a new cache).
    event.respondWith(fromCache(url.pathname).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(async () => {
        const shell = await fromCache(SHELL);
        return shell ?? Response.error();
      }),
    );
  }
});

/** A push: `{ title, body, url, tag }` (JSON) from the server's notification outbox. */
sw.addEventListener("push", (event) => {
  let data: { title?: string; body?: string; url?: string; tag?: string } = {};
  try {
    data = event.data?.json() ?? {};
  } catch {
    data = { body: event.data?.text() };
  }
  event.waitUntil(
    sw.registration.showNotification(data.title ?? "Домовой", {
      body: data.body ?? "",
      tag: data.tag,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: data.url ?? sw.registration.scope },
    }),
  );
});

sw.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data as { url?: string } | null)?.url ?? sw.registration.scope, sw.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await sw.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((w) => w.url === target) ?? windows.find((w) => w.url.startsWith(sw.registration.scope));
      if (open) {
        await open.focus();
        if (open.url !== target) await open.navigate(target);
        return;
      }
      await sw.clients.openWindow(target);
    })(),
  );
});
