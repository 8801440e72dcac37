import { createClient, type Client as WsClient } from "graphql-ws";

export type RealtimeStatus = "idle" | "connecting" | "connected" | "reconnecting" | "closed";

/** Shown in the top bar so a dispatcher knows whether lists are live. */
export const realtime = $state<{ status: RealtimeStatus }>({ status: "idle" });

/** Close codes after which retrying is pointless: the server refused the session or the protocol. */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429, 4500]);

let socket: WsClient | null = null;
let unauthorized: (() => void) | null = null;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/graphql`;
}

/**
 * The WebSocket client, created on first use. The server refuses sockets without a session
 * (the httpOnly cookie rides along with the upgrade), so it must not exist before sign-in.
 */
export function realtimeClient(): WsClient {
  if (socket) return socket;
  realtime.status = "connecting";
  socket = createClient({
    url: socketUrl(),
    lazy: true,
    keepAlive: 15_000,
    retryAttempts: Infinity,
    // Exponential back-off with jitter, capped at 30 s.
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** retries) + Math.random() * 1_000)),
    shouldRetry: (event) => !(event instanceof CloseEvent && FATAL_CLOSE_CODES.has(event.code)),
    on: {
      connecting: (isRetry) => (realtime.status = isRetry ? "reconnecting" : "connecting"),
      connected: () => (realtime.status = "connected"),
      closed: (event) => {
        const code = event instanceof CloseEvent ? event.code : 0;
        if (code === 4403) {
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
  return socket;
}

/** Drops the socket (sign-out, session expiry); the next subscription opens a fresh one. */
export function closeRealtime(): void {
  socket?.dispose();
  socket = null;
  realtime.status = "idle";
}

export function onRealtimeUnauthorized(handler: () => void): void {
  unauthorized = handler;
}
