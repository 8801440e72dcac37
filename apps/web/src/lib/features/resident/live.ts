/**
 * Merging what the resident app loaded with what the API pushed live: per id the highest revision
 * wins (every change of an order or a chat message bumps it).
 */
export function mergeByRevision<T extends { id: string; revision: number }>(...sources: ReadonlyArray<Iterable<T>>): Map<string, T> {
  const byId = new Map<string, T>();
  for (const source of sources) {
    for (const item of source) {
      const seen = byId.get(item.id);
      if (!seen || item.revision >= seen.revision) byId.set(item.id, item);
    }
  }
  return byId;
}

/** Orders newest change first (as `residentOrders` lists them), ties by number. */
export function ordersByChange<T extends { id: string; revision: number; updatedAt: string; number: number }>(...sources: ReadonlyArray<Iterable<T>>): T[] {
  return [...mergeByRevision(...sources).values()].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.number - a.number);
}

/** Chat messages oldest first, ties by id. */
export function messagesByTime<T extends { id: string; revision: number; createdAt: string }>(...sources: ReadonlyArray<Iterable<T>>): T[] {
  return [...mergeByRevision(...sources).values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
