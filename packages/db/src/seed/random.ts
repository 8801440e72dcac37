import { createHash } from "node:crypto";

export type Random = {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
};

function hash32(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32LE(0);
}

/** mulberry32, seeded from a text label so every stream is independent and reproducible. */
export function createRandom(label: string): Random {
  let state = hash32(label);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** Name-based UUID (version 5 layout): the same parts always give the same id. */
export function seedUuid(...parts: (string | number)[]): string {
  const bytes = createHash("sha1").update(`domovoy-seed:${parts.join(":")}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const between = (random: Random, min: number, max: number) => min + random.next() * (max - min);

export function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
}

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Whole counts per share that add up to `total` (largest remainders). */
export function allocate<T>(total: number, shares: readonly (readonly [T, number])[]): Map<T, number> {
  const exact = shares.map(([key, share]) => ({ key, value: total * share }));
  const counts = new Map(exact.map(({ key, value }) => [key, Math.floor(value)]));
  let left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  for (const { key } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left-- <= 0) break;
    counts.set(key, counts.get(key)! + 1);
  }
  return counts;
}
