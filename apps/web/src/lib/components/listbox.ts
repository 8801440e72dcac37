/** The next active index for ArrowDown (+1) / ArrowUp (-1), wrapping; -1 for an empty list. */
export function step(active: number, count: number, delta: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return delta === 1 ? 0 : count - 1;
  return (active + delta + count) % count;
}
