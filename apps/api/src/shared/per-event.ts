import type { Context } from "../context.js";

/**
 * Work shared by every subscriber handling one published event. The pub/sub hands the same payload
 * object to all listeners of an instance (in process and through Redis alike), so a read keyed on it
 * runs once per event instead of once per subscriber — 1,000 dispatchers with the list open cost one
 * read of the changed order, not 1,000. Entries go with the event object once nobody holds it.
 * Only reads that do not depend on who is asking may be shared; permissions stay per subscriber.
 */
const shared = new WeakMap<object, Map<string, unknown>>();

export function perEvent<T>(event: object, key: string, read: () => T): T {
  let entries = shared.get(event);
  if (!entries) {
    entries = new Map();
    shared.set(event, entries);
  }
  if (!entries.has(key)) entries.set(key, read());
  return entries.get(key) as T;
}

/**
 * Points a subscription's context at loaders shared by every subscriber of the event, so the fields
 * of a pushed object (service, building, executors…) are read once per event. Loaders depend only on
 * the organization (one channel per organization) and on whether the viewer is staff or a resident.
 * A subscription handles its events one at a time, so replacing them per event is safe.
 */
export function shareLoaders(ctx: Context, event: object): void {
  ctx.loaders = perEvent(event, `loaders:${ctx.viewer.kind}`, () => ctx.services.loadersFor(ctx.viewer, { cache: true }));
}
