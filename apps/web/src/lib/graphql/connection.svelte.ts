import type { AnyVariables, CombinedError, TypedDocumentNode } from "@urql/core";
import { client } from "./client";

/** The part of a Relay connection the list needs. */
export type ConnectionPage<Node> = {
  totalCount: number;
  /** False when the list counted only up to a cap: totalCount is a lower bound. */
  totalCountExact?: boolean;
  edges: ReadonlyArray<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** What a component that shows a list reads and calls, whichever query fills the list. */
export type ListView<Node> = {
  readonly items: Node[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly loading: boolean;
  readonly initial: boolean;
  readonly error: CombinedError | null;
  reload(): Promise<void>;
  more(): Promise<void>;
};

type PageVariables = { first?: number | null; after?: string | null };

/**
 * A keyset-paginated list: `load(filters)` fetches the first page, `more()` appends the next one
 * (`after: endCursor`). Responses to superseded requests (a newer search, say) are dropped.
 */
export class ConnectionList<Data, Variables extends AnyVariables & PageVariables, Node> {
  items = $state.raw<Node[]>([]);
  totalCount = $state(0);
  /** False: the list holds more than totalCount («более 10 000»). */
  totalCountExact = $state(true);
  hasNextPage = $state(false);
  loading = $state(false);
  /** True until the first page has arrived (or failed). */
  initial = $state(true);
  error = $state.raw<CombinedError | null>(null);

  #document: TypedDocumentNode<Data, Variables>;
  #pick: (data: Data) => ConnectionPage<Node>;
  #pageSize: number;
  #filters: Omit<Variables, "first" | "after"> | null = null;
  #endCursor: string | null = null;
  #request = 0;

  constructor(document: TypedDocumentNode<Data, Variables>, pick: (data: Data) => ConnectionPage<Node>, pageSize = 50) {
    this.#document = document;
    this.#pick = pick;
    this.#pageSize = pageSize;
  }

  /** Starts over with new filters. */
  load(filters: Omit<Variables, "first" | "after">): Promise<void> {
    this.#filters = filters;
    this.#endCursor = null;
    return this.#fetch(false);
  }

  /** Fetches the first page again with the current filters. */
  reload(): Promise<void> {
    return this.#filters ? this.load(this.#filters) : Promise.resolve();
  }

  more(): Promise<void> {
    if (!this.hasNextPage || this.loading) return Promise.resolve();
    return this.#fetch(true);
  }

  /**
   * Fetches the first page again without a loading state (a live update), as long as the rows
   * already shown (at most 100), so «Показать ещё» pages are not lost.
   */
  refresh(): Promise<void> {
    if (!this.#filters) return Promise.resolve();
    return this.#fetch(false, { silent: true, size: Math.min(100, Math.max(this.#pageSize, this.items.length)) });
  }

  /** Changes loaded rows in place (a live update); `null` drops the row and lowers the total. */
  patch(update: (item: Node) => Node | null): void {
    const next = this.items.flatMap((item) => {
      const changed = update(item);
      return changed ? [changed] : [];
    });
    // A capped count is a lower bound: a dropped row does not make it smaller.
    if (this.totalCountExact) this.totalCount = Math.max(0, this.totalCount - (this.items.length - next.length));
    this.items = next;
  }

  /** Drops the loaded rows with these ids (deleted here or elsewhere), lowering the total. */
  drop(this: ConnectionList<Data, Variables, Node & { id: string }>, ids: readonly string[]): void {
    this.patch((item) => (ids.includes(item.id) ? null : item));
  }

  /** Puts rows in place of the loaded ones (a live change placed by the client); the total is the caller's. */
  replace(items: Node[]): void {
    this.items = items;
  }

  /** A total learned otherwise (a pushed counter). */
  setTotal(count: number, exact: boolean): void {
    this.totalCount = count;
    this.totalCountExact = exact;
  }

  async #fetch(append: boolean, options: { silent?: boolean; size?: number } = {}): Promise<void> {
    const request = ++this.#request;
    if (!options.silent) this.loading = true;
    const variables = { ...this.#filters, first: options.size ?? this.#pageSize, after: append ? this.#endCursor : null } as Variables;
    const result = await client.query(this.#document, variables, { requestPolicy: "network-only" }).toPromise();
    if (request !== this.#request) return;
    this.loading = false;
    this.initial = false;
    if (result.error || !result.data) {
      this.error = result.error ?? null;
      return;
    }
    this.error = null;
    const page = this.#pick(result.data);
    const nodes = page.edges.map((edge) => edge.node);
    this.items = append ? [...this.items, ...nodes] : nodes;
    this.totalCount = page.totalCount;
    this.totalCountExact = page.totalCountExact ?? true;
    this.hasNextPage = page.pageInfo.hasNextPage;
    this.#endCursor = page.pageInfo.endCursor ?? null;
  }
}
