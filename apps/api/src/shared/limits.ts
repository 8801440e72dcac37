import type { ErrorReason } from "@domovoy/domain";
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "./pagination.js";

export type OperationLimits = {
  maxDepth: number;
  /** Aliases, `__typename` included: 100,000 aliases of one cheap field are still 100,000 answers. */
  maxAliases: number;
  /** Field selections after fragments are expanded (what the server will answer per parent object). */
  maxFields: number;
  /**
   * Estimated cost: every field is 1, multiplied by the sizes of the lists above it — the real
   * `first` (literal, variable or its default), the server's default page size where a paged field
   * has none, and `defaultListSize` for a plain list that takes no page size.
   */
  maxCost: number;
  /** Size assumed for a list field without a page size (order.executors, department.employees …). */
  defaultListSize: number;
  /** The query text, checked before parsing. */
  maxDocumentChars: number;
  /** Lexer tokens, so parsing itself stays cheap (graphql's `maxTokens`). */
  maxTokens: number;
  /** Fields actually resolved by one operation (one subscription event): what the estimate misses. */
  maxResolvedFields: number;
  /** Time an operation may spend resolving fields before the rest is refused. */
  maxExecutionMs: number;
};

export const defaultLimits: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxFields: 1_000,
  maxCost: 20_000,
  defaultListSize: 25,
  maxDocumentChars: 100_000,
  maxTokens: 20_000,
  maxResolvedFields: 100_000,
  maxExecutionMs: 15_000,
};

export type OperationMeasure = { depth: number; aliases: number; fields: number; cost: number };

type Walk = OperationMeasure & { stop: boolean };

const PAGE_ARGS = ["first", "last"];

/** An operation-limit refusal: BAD_USER_INPUT with the limit, HTTP 400 when it stops a request. */
export function limitError(message: string, reason: ErrorReason, limit: number, node?: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code: "BAD_USER_INPUT", reason, limit, http: { status: 400 } } });
}

class Measurer {
  readonly acc: Walk = { depth: 0, aliases: 0, fields: 0, cost: 0, stop: false };

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown> | undefined,
    private readonly limits: OperationLimits,
  ) {}

  /** The page size a field asks for: a literal, a variable's value, or the server's default. */
  private pageSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: import("graphql").ValueNode }[]): number | undefined {
    const definition = field.args.find((a) => PAGE_ARGS.includes(a.name));
    if (!definition) return undefined;
    const node = args.find((a) => PAGE_ARGS.includes(a.name.value));
    if (!node) return typeof definition.defaultValue === "number" ? definition.defaultValue : DEFAULT_PAGE_SIZE;
    // A variable without a value (or one of the wrong type) counts as the default; execution refuses it anyway.
    const value = valueFromAST(node.value, definition.type, this.variables);
    if (value === null) return DEFAULT_PAGE_SIZE;
    return typeof value === "number" && Number.isFinite(value) ? Math.max(Math.trunc(value), 1) : DEFAULT_PAGE_SIZE;
  }

  walk(parent: GraphQLNamedType | undefined, selectionSet: SelectionSetNode, depth: number, multiplier: number, pendingPage: number | undefined, visiting: Set<string>): void {
    const { acc, limits } = this;
    for (const selection of selectionSet.selections) {
      // Stop counting once any limit is passed: fragments spread inside fragments could otherwise
      // make the count itself exponential.
      if (acc.stop) return;
      acc.fields += 1;
      if (acc.fields > limits.maxFields || acc.cost > limits.maxCost) {
        acc.stop = true;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) acc.aliases += 1;
        acc.cost += multiplier;
        const name = selection.name.value;
        // Introspection is on or off as a whole (production turns it off); its own shape is not costed.
        if (name === "__schema" || name === "__type" || !selection.selectionSet) continue;
        acc.depth = Math.max(acc.depth, depth + 1);
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        if (!field) {
          // Unknown field: validation reports it; still bound the walk by depth.
          this.walk(undefined, selection.selectionSet, depth + 1, multiplier, undefined, visiting);
          continue;
        }
        const page = this.pageSize(field, selection.arguments ?? []);
        const isList = isListType(getNullableType(field.type));
        // A connection's page size applies to its edges/nodes lists, not to totalCount or pageInfo.
        const size = isList ? (page ?? pendingPage ?? limits.defaultListSize) : 1;
        this.walk(getNamedType(field.type), selection.selectionSet, depth + 1, multiplier * size, isList ? undefined : page, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) ?? undefined : parent;
        this.walk(type, selection.selectionSet, depth, multiplier, pendingPage, visiting);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments[name];
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        this.walk(this.schema.getType(fragment.typeCondition.name.value) ?? undefined, fragment.selectionSet, depth, multiplier, pendingPage, visiting);
        visiting.delete(name);
      }
    }
  }
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** Depth, aliases, field count and estimated cost of one operation, with its variables' values when known. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
  limits: OperationLimits = defaultLimits,
): OperationMeasure {
  // Coerced as execution will (defaults applied); values that do not coerce fail execution anyway.
  let values: Record<string, unknown> | undefined;
  if (variables) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
    values = coerced.coerced ?? {};
  }
  const measurer = new Measurer(schema, fragmentsOf(document), values, limits);
  const root = schema.getRootType(operation.operation) ?? undefined;
  measurer.walk(root, operation.selectionSet, 0, 1, undefined, new Set());
  const { depth, aliases, fields, cost } = measurer.acc;
  return { depth, aliases, fields, cost };
}

function problems(measure: OperationMeasure, limits: OperationLimits, node: OperationDefinitionNode, withCost: boolean): GraphQLError[] {
  const checks: [boolean, ErrorReason, string, number][] = [
    [measure.depth > limits.maxDepth, "DEPTH_LIMIT", `Запрос слишком глубокий: ${measure.depth} > ${limits.maxDepth}`, limits.maxDepth],
    [measure.aliases > limits.maxAliases, "ALIAS_LIMIT", `Слишком много псевдонимов: ${measure.aliases} > ${limits.maxAliases}`, limits.maxAliases],
    [measure.fields > limits.maxFields, "FIELD_LIMIT", `Слишком много полей в запросе: больше ${limits.maxFields}`, limits.maxFields],
    [withCost && measure.cost > limits.maxCost, "COST_LIMIT", `Запрос слишком дорогой: ${measure.cost} > ${limits.maxCost}`, limits.maxCost],
  ];
  return checks.filter(([exceeded]) => exceeded).map(([, reason, message, limit]) => limitError(message, reason, limit, node));
}

/**
 * Depth, alias and field-count limits as a validation rule (HTTP and WebSocket alike). The cost
 * needs the variables' values (`first: $n`), so it is checked after validation by `operationCostErrors`.
 */
export function operationLimitsRule(limits: OperationLimits = defaultLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const measure = measureOperation(context.getSchema(), context.getDocument(), node, undefined, limits);
      for (const error of problems(measure, limits, node, false)) context.reportError(error);
    },
  });
}

/** The estimated cost of the operation that will run, with the request's variables. */
export function operationCostErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: OperationLimits = defaultLimits,
): GraphQLError[] {
  const measure = measureOperation(schema, document, operation, variables ?? {}, limits);
  return problems(measure, limits, operation, true);
}

/**
 * `operationCostErrors` with each measure kept: per parsed operation (Apollo's document store and the
 * WebSocket document cache hand the same one for the same text) and the variables' JSON text, which
 * decides everything the measure reads (page sizes, and whether the variables coerce at all). A list
 * page asked again with the same variables is not walked again; operations whose variables are long
 * (a search, a form) are measured every time, and each operation keeps its `perOperation` latest.
 */
export function operationCostCheck(limits: OperationLimits = defaultLimits, { perOperation = 16, maxVariablesChars = 512 } = {}) {
  const measures = new WeakMap<OperationDefinitionNode, Map<string, OperationMeasure>>();
  return (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | null | undefined): GraphQLError[] => {
    const key = variables == null ? "{}" : JSON.stringify(variables);
    if (key.length > maxVariablesChars) return operationCostErrors(schema, document, operation, variables, limits);
    let byVariables = measures.get(operation);
    let measure = byVariables?.get(key);
    if (!measure) {
      measure = measureOperation(schema, document, operation, variables ?? {}, limits);
      if (!byVariables) measures.set(operation, (byVariables = new Map()));
      if (byVariables.size >= perOperation) byVariables.delete(byVariables.keys().next().value!);
      byVariables.set(key, measure);
    }
    return problems(measure, limits, operation, true);
  };
}

/** Refusal of a query text over the size limit, before it is parsed. */
export function documentTooLarge(query: unknown, limits: OperationLimits = defaultLimits): GraphQLError | undefined {
  if (typeof query !== "string" || query.length <= limits.maxDocumentChars) return undefined;
  return limitError(`Текст запроса слишком длинный: больше ${limits.maxDocumentChars} символов`, "DOCUMENT_TOO_LARGE", limits.maxDocumentChars);
}
