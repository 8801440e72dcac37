/**
 * The field apps' storage on the device (IndexedDB, one database for /m and /r): `kv` keeps what a
 * screen last showed (lists, cards) so it opens with no network; `queue` keeps changes made offline
 * until they are sent (./queue.svelte.ts).
 */
const DB_NAME = "domovoy-field";
const DB_VERSION = 1;

export type StoreName = "kv" | "queue";

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("kv")) db.createObjectStore("kv");
      if (!db.objectStoreNames.contains("queue")) db.createObjectStore("queue", { keyPath: "id", autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error("IndexedDB unavailable"));
    };
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

/** Runs `work` on one store in a transaction; resolves after the transaction commits. */
export async function withStore<T>(store: StoreName, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T> | Promise<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(store, mode);
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
  });
  const result = work(tx.objectStore(store));
  const value = result instanceof IDBRequest ? await done(result) : await result;
  await committed;
  return value;
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return done(request);
}

/** What a screen last showed under `key` (undefined when never stored or storage is unavailable). */
export async function recall<T>(key: string): Promise<T | undefined> {
  try {
    return (await withStore("kv", "readonly", (s) => s.get(key) as IDBRequest<T | undefined>)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key` for the next start without network; failures only lose the copy. */
export async function remember(key: string, value: unknown): Promise<void> {
  try {
    await withStore("kv", "readwrite", (s) => s.put(JSON.parse(JSON.stringify(value)), key));
  } catch {
    // Private mode or a full disk: the app works online without the copy.
  }
}

/** A screen's copy with when it was taken, so the screen can say how old what it shows is. */
export type KeptCopy<T> = { value: T; savedAt: number };

/** `remember` with the time of the copy (`recallCopy` reads it back). */
export function rememberCopy(key: string, value: unknown, now = Date.now()): Promise<void> {
  return remember(key, { value, savedAt: now } satisfies KeptCopy<unknown>);
}

export async function recallCopy<T>(key: string): Promise<KeptCopy<T> | undefined> {
  const kept = await recall<KeptCopy<T>>(key);
  return kept && typeof kept.savedAt === "number" ? kept : undefined;
}

/**
 * Forgets one app's part of the device's storage: the copies under keys starting with `prefix`
 * and the queued changes whose kind does (the resident app's sign-out leaves the employee app's
 * unsent changes alone on a shared browser).
 */
export async function forget(prefix: string): Promise<void> {
  try {
    await withStore("kv", "readwrite", (s) => s.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
    const queued = await withStore("queue", "readonly", (s) => s.getAll() as IDBRequest<{ id: number; kind: string }[]>);
    const mine = queued.filter((c) => c.kind.startsWith(prefix)).map((c) => c.id);
    if (mine.length > 0) await withStore("queue", "readwrite", async (s) => void (await Promise.all(mine.map((id) => requestResult(s.delete(id))))));
  } catch {
    // Nothing stored.
  }
}

/** Forgets everything kept on the device (sign-out: the next user must not see it). */
export async function forgetAll(): Promise<void> {
  try {
    await withStore("kv", "readwrite", (s) => s.clear());
    await withStore("queue", "readwrite", (s) => s.clear());
  } catch {
    // Nothing stored.
  }
}
