/** A rendered statement: its text and parameters, as the driver takes them. */
export type Statement = { sql: string; params: unknown[] };

/**
 * Rendered SQL of a hot statement by the exact inputs it was built from (the caller's key): building
 * the list's statement with drizzle — a tree of conditions, then its rendering — cost more of a list
 * request than running it. Only the text and its parameter values are kept, never a result: a hit
 * sends the same statement to the database as a miss would. The key must name every input the
 * statement depends on (the caller builds it from them); the oldest entry goes when `size` are held.
 */
export class StatementCache {
  private readonly entries = new Map<string, Statement>();

  constructor(private readonly size = 500) {}

  get(key: string, render: () => Statement): Statement {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the first entry is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const statement = render();
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, statement);
    return statement;
  }

  /** How many statements are held (tests read it). */
  get held(): number {
    return this.entries.size;
  }
}
