import { createClient, type Client as WsClient } from "graphql-ws";
import { currentLocale } from "$lib/i18n";

export type RealtimeStatus = "idle" | "connecting" | "connected" | "reconnecting" | "closed";

/** Shown in the top bar so a dispatcher knows whether lists are live. */
export const realtime = $state<{ status: RealtimeStatus }>({ status: "idle" });

/** Close codes after which retrying is pointless: the server refused the session or the protocol. */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429, 4500]);

/** How often the client pings, and how long it waits for the pong before calling the link dead. */
const PING_EVERY_MS = 10_000;
const PONG_TIMEOUT_MS = 4_000;

let socket: WsClient | null = null;
let unauthorized: (() => void) | null = null;
let connections = 0;
let reconnectHandlers: (() => void)[] = [];
/** Cuts the current back-off wait short (the browser is online again). */
let wakeRetry: (() => void) | null = null;
/** `restartRealtime` is closing the socket (graphql-ws reports the close synchronously). */
let closingToRestart = false;
/** The socket was closed on purpose to connect again at once, not lost: no back-off, no «Переподключение…». */
let restarting = false;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/graphql`;
}

/**
 * Runs `handler` after every re-established connection (not the first one): events sent while the
 * socket was down were never delivered, so each live view fetches its data again. Returns the
 * unsubscribe.
 */
export function onReconnected(handler: () => void): () => void {
  reconnectHandlers = [...reconnectHandlers, handler];
  return () => {
    reconnectHandlers = reconnectHandlers.filter((h) => h !== handler);
  };
}

/**
 * The WebSocket client, created on first use. The server refuses sockets without a session
 * (the httpOnly cookie rides along with the upgrade), so it must not exist before sign-in.
 */
export function realtimeClient(): WsClient {
  if (socket) return socket;
  realtime.status = "connecting";
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client = createClient({
    url: socketUrl(),
    lazy: true,
    // Read on every connect: the server renders texts (notifications) of this connection's
    // subscriptions in the app's language; `restartRealtime` reconnects after a switch.
    connectionParams: () => ({ locale: currentLocale() }),
    keepAlive: PING_EVERY_MS,
    retryAttempts: Infinity,
    // Exponential back-off with jitter, capped at 10 s; the browser's `online` event ends it at once.
    retryWait: (retries) =>
      restarting ? Promise.resolve() : new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(10_000, 500 * 2 ** retries) + Math.random() * 500);
        function done() {
          clearTimeout(timer);
          wakeRetry = null;
          resolve();
        }
        wakeRetry = done;
      }),
    shouldRetry: (event) => !(event instanceof CloseEvent && FATAL_CLOSE_CODES.has(event.code)),
    on: {
      connecting: (isRetry) => (realtime.status = isRetry && !restarting ? "reconnecting" : "connecting"),
      connected: () => {
        restarting = false;
        realtime.status = "connected";
        if (++connections > 1) for (const handler of reconnectHandlers) handler();
      },
      // A link that died without a close event (sleep, a dropped route) answers no pings: give up on
      // it after PONG_TIMEOUT_MS so the indicator tells the truth and a new socket is opened.
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => {
          realtime.status = "reconnecting";
          client.terminate();
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        // A restart whose new socket fails is a lost connection like any other (with back-off).
        restarting = closingToRestart;
        const code = event instanceof CloseEvent ? event.code : 0;
        // 4403: refused at connect; 4401: the session ended while connected (signed out elsewhere,
        // the employee deactivated, the password reset by an administrator).
        if (code === 4401 || code === 4403) {
          realtime.status = "closed";
          unauthorized?.();
        } else if (code === 1000) {
          // Lazy close: no subscription is active any more.
          realtime.status = "idle";
        } else {
          realtime.status = restarting ? "connecting" : "reconnecting";
        }
      },
    },
  });
  socket = client;
  return client;
}

if (typeof window !== "undefined") {
  // Back online: reconnect now rather than when the back-off ends; a socket that looks open may be
  // a dead one from before the network went away, so it is replaced.
  window.addEventListener("online", () => {
    if (!socket) return;
    if (wakeRetry) wakeRetry();
    else if (realtime.status === "connected") socket.terminate();
  });
  window.addEventListener("offline", () => {
    if (socket && realtime.status === "connected") socket.terminate();
  });
}

/**
 * Connects again at once, so the server takes this connection's parameters anew (the app's
 * language, after a switch); graphql-ws then subscribes every open subscription again, and the
 * reconnect handlers fetch what was missed meanwhile. Returns whether a reconnect follows: false
 * when no socket is open or opening (the next connect reads the parameters anyway).
 */
export function restartRealtime(): boolean {
  // While it waits to retry, the next connect reads the parameters anyway.
  if (!socket || (realtime.status !== "connected" && realtime.status !== "connecting")) return false;
  closingToRestart = true;
  socket.terminate();
  closingToRestart = false;
  return restarting;
}

/** Drops the socket (sign-out, session expiry); the next subscription opens a fresh one. */
export function closeRealtime(): void {
  socket?.dispose();
  socket = null;
  connections = 0;
  realtime.status = "idle";
}

export function onRealtimeUnauthorized(handler: () => void): void {
  unauthorized = handler;
}
