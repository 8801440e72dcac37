import { createClient, type Client as WsClient } from "graphql-ws";

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
    keepAlive: PING_EVERY_MS,
    retryAttempts: Infinity,
    // Exponential back-off with jitter, capped at 10 s; the browser's `online` event ends it at once.
    retryWait: (retries) =>
      new Promise<void>((resolve) => {
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
      connecting: (isRetry) => (realtime.status = isRetry ? "reconnecting" : "connecting"),
      connected: () => {
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
          realtime.status = "reconnecting";
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
