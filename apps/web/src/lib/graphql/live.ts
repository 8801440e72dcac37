import type { AnyVariables, TypedDocumentNode } from "@urql/core";
import { subscriptionStore, type SubscriptionArgs } from "@urql/svelte";
import { client } from "./client";

type Versioned = { id: string; updatedAt: string };
export type LatestById<Node> = Readonly<Record<string, Node>>;

/**
 * A subscription folded into the latest version of each record it reports, keyed by id. The
 * reducer runs inside urql's store: components derive from it and never write state back.
 */
export function latestById<Data, Node extends Versioned, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  pick: (data: Data) => Node,
) {
  const args = { client, query } as SubscriptionArgs<Data, Variables>;
  return subscriptionStore<Data, LatestById<Node>, Variables>(args, (seen = {}, data) => {
    const node = pick(data);
    return { ...seen, [node.id]: node };
  });
}

/** The more recently updated of two versions of the same record. */
export function newest<T extends { updatedAt: string }>(current: T, candidate: T | undefined | null): T {
  if (!candidate) return current;
  return Date.parse(candidate.updatedAt) >= Date.parse(current.updatedAt) ? candidate : current;
}
