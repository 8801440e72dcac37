import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";

/** A valid document; or errors, with the document when it parsed (the log still names the operation). */
export type CheckedDocument = { document: DocumentNode; errors?: undefined } | { document?: DocumentNode; errors: readonly GraphQLError[] };

/**
 * Parsed and validated WebSocket operations, by their text. Thousands of dispatchers' browsers
 * subscribe with the same few documents: parsing and validating each once saves the CPU of a
 * reconnect storm, and every subscription holds the one shared document instead of a copy of its
 * own. Only valid documents are kept (the result depends on the text alone: the schema and rules
 * are fixed); the oldest entry goes when `size` are held. A document is never mutated by execution.
 */
export function documentCache(schema: GraphQLSchema, rules: readonly ValidationRule[], options: { maxTokens: number; size?: number }) {
  const size = options.size ?? 500;
  const valid = new Map<string, DocumentNode>();
  const check = (query: string): CheckedDocument => {
    const cached = valid.get(query);
    if (cached) return { document: cached };
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: options.maxTokens });
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return { document, errors };
    if (valid.size >= size) valid.delete(valid.keys().next().value!);
    valid.set(query, document);
    return { document };
  };
  return Object.defineProperty(check, "size", { get: () => valid.size }) as typeof check & { readonly size: number };
}
