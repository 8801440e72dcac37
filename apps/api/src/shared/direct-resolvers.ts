import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * Fields whose resolver only reads the property of the field's own GraphQL name off the object
 * (`root[name]`): guardSchema leaves those of leaf type without any resolver, so graphql-jit reads
 * them in its compiled code (no call, no resolve info) and the budget counts them per object.
 */
export const propertyReads = new WeakSet<GraphQLField<unknown, unknown>>();

type Param = { kind: string; index: number; propertyName?: string; getType?: () => unknown };
type FieldResolverMeta = {
  kind: "internal" | "external";
  target: object;
  methodName: string;
  getObjectType?: () => unknown;
  params?: Param[];
  roles?: unknown[];
  middlewares?: unknown[];
};

/**
 * TypeGraphQL's per-call pipeline, taken out where it does nothing: a list page resolves some 800
 * fields, and TypeGraphQL answers each through a closure that builds a resolver-data object, runs an
 * empty middleware chain, and — for a field resolver — looks its class instance up in the container
 * and re-sorts and maps its parameter descriptions, on every call.
 *
 * After `buildSchema`, from TypeGraphQL's own metadata (`getMetadataStorage`):
 * - a plain `@Field` property with no `@Authorized` and no middleware is read straight off the
 *   object, as `@Field({ simple: true })` would have it (what TypeGraphQL's basic resolver does
 *   when its chain is empty: `root[name]`);
 * - a `@FieldResolver` of a resolver class, with no `@Authorized` (on it or its class) and no
 *   middleware, whose parameters are only `@Root()`, `@Ctx()` and `@Info()`, calls its method on
 *   one instance of the class with the parameters picked in place (`@Root()` of an untyped or
 *   `Object` parameter is the root itself, as TypeGraphQL passes it).
 * Everything else — `@Authorized` fields and resolvers, arguments, middlewares, internal field
 * resolvers (methods of the type itself) — keeps TypeGraphQL's resolver. The resolver classes are
 * stateless (services and loaders come from the context), so one instance serves every call, as
 * TypeGraphQL's default container does. Returns how many fields were made direct (tests read it).
 */
export function directResolvers(schema: GraphQLSchema, resolverClasses: readonly object[]): { properties: number; fieldResolvers: number } {
  const storage = getMetadataStorage() as unknown as {
    objectTypes: { name: string; target: object; simpleResolvers?: boolean; fields?: { name: string; schemaName: string; target: object; roles?: unknown[]; middlewares?: unknown[]; simple?: boolean }[] }[];
    fieldResolvers: FieldResolverMeta[];
  };
  const instances = new Map<object, Record<string, (...args: unknown[]) => unknown>>();
  let properties = 0;
  let fieldResolvers = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const graphqlFields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const graphqlField = graphqlFields[field.schemaName];
      // No resolver: TypeGraphQL already left it to graphql's default (`simple`).
      if (!graphqlField?.resolve) continue;
      const resolver = storage.fieldResolvers.find(
        (it) => (it.kind === "internal" || resolverClasses.includes(it.target)) && it.getObjectType?.() === field.target && it.methodName === field.name,
      );
      if (!resolver) {
        if (field.roles != null || (field.middlewares?.length ?? 0) > 0) continue;
        const name = field.name;
        graphqlField.resolve = (root: Record<string, unknown>) => root[name];
        if (name === field.schemaName) propertyReads.add(graphqlField);
        properties++;
        continue;
      }
      if (resolver.kind !== "external" || resolver.roles != null || (resolver.middlewares?.length ?? 0) > 0) continue;
      const picks = direct(resolver.params ?? []);
      if (!picks) continue;
      const method = resolver.methodName;
      const target = resolver.target as new () => Record<string, (...args: unknown[]) => unknown>;
      let instance = instances.get(target);
      if (!instance) instances.set(target, (instance = new target()));
      const self = instance;
      const handler = self[method]!;
      graphqlField.resolve = picks(handler, self);
      fieldResolvers++;
    }
  }
  return { properties, fieldResolvers };
}

type Make = (handler: (...args: unknown[]) => unknown, self: object) => GraphQLFieldResolver<unknown, unknown>;

/** A resolver calling `handler` with its parameters in place, or undefined when one is not root/ctx/info. */
function direct(params: Param[]): Make | undefined {
  const ordered = [...params].sort((a, b) => a.index - b.index);
  if (ordered.some((p, i) => p.index !== i)) return undefined;
  const pick: ((root: unknown, context: unknown, info: unknown) => unknown)[] = [];
  for (const p of ordered) {
    if (p.kind === "root") {
      // TypeGraphQL converts a root to the parameter's class when it has one; an untyped or
      // `Object` parameter gets the root as it is.
      const type = p.getType?.();
      if (type !== undefined && type !== Object) return undefined;
      const property = p.propertyName;
      pick.push(property ? (root) => (root as Record<string, unknown> | null | undefined)?.[property] : (root) => root);
    } else if (p.kind === "context") {
      const property = p.propertyName;
      pick.push(property ? (_root, context) => (context as Record<string, unknown>)[property] : (_root, context) => context);
    } else if (p.kind === "info") {
      pick.push((_root, _context, info) => info);
    } else {
      return undefined;
    }
  }
  const kinds = ordered.map((p) => p.kind + (p.propertyName ? "." : "")).join(",");
  // The common shapes without an array per call.
  if (kinds === "root") return (handler, self) => (root) => handler.call(self, root);
  if (kinds === "root,context") return (handler, self) => (root, _args, context) => handler.call(self, root, context);
  if (kinds === "root,context,info") return (handler, self) => (root, _args, context, info) => handler.call(self, root, context, info);
  return (handler, self) => (root, _args, context, info) => handler.apply(self, pick.map((p) => p(root, context, info)));
}
