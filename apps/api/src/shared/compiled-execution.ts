import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { CompiledQuery } from "graphql-jit";
import { loadGraphqlJit } from "./lazy-modules.js";

type Compiled = CompiledQuery["query"];

/** Operations compiled by graphql-jit, or `null` for one that runs on graphql-js (it did not compile). */
export type CompiledExecution = {
  executor: GatewayExecutor;
  /** How many operations were executed compiled and on graphql-js since start (tests read it). */
  readonly counts: { compiled: number; interpreted: number; compilations: number };
  /** Compiled operations held. */
  readonly size: number;
};

/** A located error graphql-js would have kept as it was: a GraphQLError thrown with its path set. */
const isLocated = (error: unknown): error is GraphQLError => error instanceof GraphQLError && Array.isArray(error.path);

/**
 * graphql-jit's errors made graphql-js's. Its own error type leaves `extensions` undefined when the
 * thrown error had none (graphql-js: an empty object), and Apollo reads `extensions.code` of every
 * error: an internal error (a lost database connection) would be answered as Apollo's bare «Internal
 * server error» instead of going through our formatter. And it builds them without graphql-js's
 * `locatedError`, which answers an error that already carries a path (a spent budget, shared by every
 * field it stops) as it is, so the transport can still drop the repeats. Message, locations, path,
 * the original error and its extensions are kept as graphql-js gives them.
 */
function asGraphqlJs(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const original = error.originalError;
    if (isLocated(original)) return original;
    const converted = new GraphQLError(error.message, { path: error.path, originalError: original ?? undefined, extensions: error.extensions ?? undefined });
    (converted as { locations?: GraphQLError["locations"] }).locations = error.locations;
    return converted;
  });
  return { ...result, errors };
}

/**
 * Queries over HTTP executed by code compiled for their document (graphql-jit) instead of graphql-js
 * walking the document for every response: a list page resolves some 800 fields, and the walk was
 * a sixth of the API's CPU per request. Plugged into Apollo Server through its `gateway` option (its
 * one way to replace execution); parsing, validation, the cost check, plugins, error formatting and
 * serialization stay Apollo's.
 *
 * Only queries: mutations (serial execution) and anything that fails to compile run on graphql-js,
 * and so do requests whose variables do not coerce (graphql-js's errors carry the variable's node,
 * which Apollo answers as BAD_USER_INPUT with status 400). The compiled function depends on the
 * document and the operation name alone; Apollo hands the same parsed document for the same query
 * text (its document store), so compiled operations are keyed by that object and its operation name
 * and the oldest goes when `size` are held. WebSocket operations stay on graphql-js (shared
 * execution for live counters).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  options: {
    size?: number;
    /** Loads graphql-jit (tests replace it). */
    load?: () => typeof import("graphql-jit");
    /** Told once when graphql-jit cannot be loaded (an incomplete install): every query then runs on graphql-js. */
    onUnavailable?: (error: unknown) => void;
  } = {},
): CompiledExecution {
  const size = options.size ?? 500;
  const load = options.load ?? loadGraphqlJit;
  let jit: typeof import("graphql-jit") | null | undefined;
  const graphqlJit = () => {
    if (jit !== undefined) return jit;
    try {
      jit = load();
    } catch (error) {
      jit = null;
      options.onUnavailable?.(error);
    }
    return jit;
  };
  const compiled = new Map<DocumentNode, Map<string | null, Compiled | null>>();
  let held = 0;
  const counts = { compiled: 0, interpreted: 0, compilations: 0 };

  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled | null => {
    let byName = compiled.get(document);
    const found = byName?.get(operationName);
    if (found !== undefined) return found;
    if (held >= size) {
      const [oldest, names] = compiled.entries().next().value!;
      compiled.delete(oldest);
      held -= names.size;
    }
    const loaded = graphqlJit();
    if (!loaded) return null;
    counts.compilations++;
    let query: Compiled | null = null;
    try {
      const { compileQuery, isCompiledQuery } = loaded;
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(result)) query = result.query;
    } catch {
      query = null;
    }
    if (!byName) compiled.set(document, (byName = new Map()));
    byName.set(operationName, query);
    held++;
    return query;
  };

  const interpreted = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined, context: unknown) => {
    counts.interpreted++;
    return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, request, context } = requestContext;
    const query = operation?.operation === "query" ? compiledFor(document, requestContext.operationName) : null;
    if (!query) return interpreted(document, request.operationName, request.variables, context);
    let result: ExecutionResult;
    try {
      result = await query(undefined, context, request.variables);
    } catch {
      // The compiled code itself failed (resolvers' errors are in the result): a query reads only, so
      // graphql-js answers it afresh.
      return interpreted(document, request.operationName, request.variables, context);
    }
    // No data at all: the variables did not coerce and nothing ran; graphql-js words those errors.
    if (result.data === undefined && result.errors?.length) return interpreted(document, request.operationName, request.variables, context);
    counts.compiled++;
    return asGraphqlJs(result);
  };

  return {
    executor,
    counts,
    get size() {
      return held;
    },
  };
}

/** Apollo Server's `gateway`: the one fixed schema, executed by `execution`. */
export function compiledGateway(schema: GraphQLSchema, execution: CompiledExecution): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async load() {
      return { executor: execution.executor };
    },
    async stop() {},
  };
}
