import { requestResult, withStore } from "./idb";

/**
 * Changes made without network, kept on the device (IndexedDB) and sent in the order they were
 * made when the network returns. A change the server refuses because someone else changed the
 * order meanwhile (CONFLICT) is kept and shown, never dropped or sent over the other change; the
 * later changes of the same order wait behind it until the user has seen it.
 *
 * The queue knows nothing about GraphQL: each app registers a sender per kind (`registerSender`).
 */
export type QueuedChange = {
  id: number;
  /** The sender that replays it, e.g. "order.status". */
  kind: string;
  /** Changes of one order are sent in order and held together behind a conflict. */
  orderId: string;
  /** What the user sees in the queue and in a conflict, e.g. «Заявка № 12: В работе». */
  label: string;
  payload: Record<string, unknown>;
  createdAt: number;
  state: "PENDING" | "CONFLICT" | "REFUSED";
  /** The server's message for a conflict or refusal. */
  problem?: string;
};

/** What sending one change came to. */
export type SendOutcome = { kind: "SENT" } | { kind: "OFFLINE" } | { kind: "CONFLICT"; message: string } | { kind: "REFUSED"; message: string };

type Sender = (change: QueuedChange) => Promise<SendOutcome>;

// Registries, not state the UI reads: plain collections on purpose.
const senders: Record<string, Sender> = {};
let sentListeners: ((change: QueuedChange) => void)[] = [];

export function registerSender(kind: string, sender: Sender): void {
  senders[kind] = sender;
}

/** Called after each change the server accepted (e.g. to refresh the card it belongs to). */
export function onSent(listener: (change: QueuedChange) => void): () => void {
  sentListeners = [...sentListeners, listener];
  return () => {
    sentListeners = sentListeners.filter((l) => l !== listener);
  };
}

/** The queue as the UI shows it: waiting changes, and the conflicts and refusals to show. */
export const queue = $state<{ changes: QueuedChange[]; replaying: boolean }>({ changes: [], replaying: false });

async function all(): Promise<QueuedChange[]> {
  try {
    return await withStore("queue", "readonly", (s) => s.getAll() as IDBRequest<QueuedChange[]>);
  } catch {
    return [];
  }
}

async function refresh(): Promise<void> {
  queue.changes = (await all()).sort((a, b) => a.id - b.id);
}

export async function loadQueue(): Promise<void> {
  await refresh();
}

export async function enqueue(change: Omit<QueuedChange, "id" | "createdAt" | "state">): Promise<number> {
  const id = await withStore("queue", "readwrite", (s) => s.add({ ...change, createdAt: Date.now(), state: "PENDING" }));
  await refresh();
  return Number(id);
}

/**
 * A sender records how far a change of several steps got (e.g. the order is created, two of three
 * photos attached), so sending it again after the network dropped goes on from there.
 */
export async function recordProgress(id: number, payload: Record<string, unknown>): Promise<void> {
  await withStore("queue", "readwrite", async (s) => {
    const stored = (await requestResult(s.get(id) as IDBRequest<QueuedChange | undefined>)) ?? null;
    if (stored) await requestResult(s.put({ ...stored, payload }));
  });
}

/** The user has seen a conflict or refusal: it goes, and the changes held behind it are sent. */
export async function dismiss(id: number): Promise<void> {
  await withStore("queue", "readwrite", (s) => s.delete(id));
  await refresh();
  void replay();
}

async function settle(change: QueuedChange, outcome: SendOutcome): Promise<void> {
  await withStore("queue", "readwrite", async (s) => {
    if (outcome.kind === "SENT") await requestResult(s.delete(change.id));
    else if (outcome.kind === "CONFLICT" || outcome.kind === "REFUSED") {
      // The stored copy: a sender may have recorded progress since `change` was read.
      const stored = (await requestResult(s.get(change.id) as IDBRequest<QueuedChange | undefined>)) ?? change;
      await requestResult(s.put({ ...stored, state: outcome.kind, problem: outcome.message }));
    }
  });
}

let running: Promise<void> | null = null;

/**
 * Sends the waiting changes one by one, oldest first; stops at the first that cannot reach the
 * server (still offline) and tries again at the next call. One replay at a time per page, and one
 * per device where the browser has Web Locks (two open tabs never send a change twice).
 */
export function replay(): Promise<void> {
  running ??= (async () => {
    try {
      const run = () => replayOnce();
      if (typeof navigator !== "undefined" && "locks" in navigator) await navigator.locks.request("domovoy-field-queue", run);
      else await run();
    } finally {
      running = null;
    }
  })();
  return running;
}

async function replayOnce(): Promise<void> {
  queue.replaying = true;
  try {
    for (;;) {
      const changes = (await all()).sort((a, b) => a.id - b.id);
      const held = changes.filter((c) => c.state !== "PENDING").map((c) => c.orderId);
      // The other field app's changes (one storage per origin) wait for that app's own senders.
      const next = changes.find((c) => c.state === "PENDING" && !held.includes(c.orderId) && senders[c.kind]);
      if (!next) break;
      const sender = senders[next.kind]!;
      let outcome: SendOutcome;
      try {
        outcome = await sender(next);
      } catch (error) {
        outcome = { kind: "REFUSED", message: error instanceof Error ? error.message : String(error) };
      }
      if (outcome.kind === "OFFLINE") break;
      await settle(next, outcome);
      if (outcome.kind === "SENT") for (const listener of sentListeners) listener(next);
    }
  } finally {
    queue.replaying = false;
    await refresh();
  }
}

/**
 * Replays once now, when the browser says the network is back, and every 15 s while changes wait
 * (a network that returns without an «online» event, a server that was down).
 */
export function startReplaying(): () => void {
  void loadQueue().then(() => replay());
  const online = () => void replay();
  window.addEventListener("online", online);
  const timer = setInterval(() => {
    if (queue.changes.some((c) => c.state === "PENDING")) void replay();
  }, 15_000);
  return () => {
    window.removeEventListener("online", online);
    clearInterval(timer);
  };
}
