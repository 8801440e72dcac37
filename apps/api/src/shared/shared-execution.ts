import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import { Broadcast } from "./live-counters.js";

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Results of one broadcast per document and (operation name, variables). */
const executions = new WeakMap<Broadcast<unknown>, Map<DocumentNode, Map<string, Result>>>();

/**
 * The subscription's result for one event. A `Broadcast` (a value that is the same for every
 * subscriber of a scope, whoever they are: the live counters) is executed once per document and
 * variables and the result object is shared, so 5,000 subscribers with the same query cost one
 * execution instead of 5,000. Any other event is executed per subscriber, as graphql does.
 */
function resultFor(args: ExecutionArgs, event: unknown): Result {
  if (!(event instanceof Broadcast)) return execute({ ...args, rootValue: event });
  let byDocument = executions.get(event);
  if (!byDocument) {
    byDocument = new Map();
    executions.set(event, byDocument);
  }
  let byVariables = byDocument.get(args.document);
  if (!byVariables) {
    byVariables = new Map();
    byDocument.set(args.document, byVariables);
  }
  const key = `${args.operationName ?? ""}\n${JSON.stringify(args.variableValues ?? {})}`;
  let result = byVariables.get(key);
  if (!result) {
    result = execute({ ...args, rootValue: event });
    byVariables.set(key, result);
  }
  return result;
}

/** `source` with each value mapped; `return` and `throw` reach the source (unsubscribing ends it). */
function mapped<T, U>(source: AsyncIterator<T>, map: (value: T) => U | Promise<U>): AsyncIterableIterator<U> {
  const step = async (result: IteratorResult<T>): Promise<IteratorResult<U>> => (result.done ? { value: undefined, done: true } : { value: await map(result.value), done: false });
  return {
    next: () => source.next().then(step),
    return: async () => (source.return ? step(await source.return()) : { value: undefined, done: true }),
    throw: async (error: unknown) => {
      if (source.throw) return step(await source.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** graphql's `subscribe` for graphql-ws, with broadcasts executed once for all their subscribers. */
export async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  return mapped((source as AsyncIterable<unknown>)[Symbol.asyncIterator](), (event) => resultFor(args, event));
}
