import type { ErrorReason } from "@domovoy/domain";
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  isScalarType,
  Kind,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { AppError, ErrorCode } from "./errors.js";
import { propertyReads } from "./direct-resolvers.js";
import { defaultLimits, limitError, type OperationLimits } from "./limits.js";

/**
 * No string argument is longer than this, whatever field it is for: services set tighter limits
 * per field (names 200, notes 2,000, descriptions 5,000), this keeps the rest from reaching SQL.
 */
export const MAX_STRING_ARGUMENT = 10_000;

type Check = (value: unknown, path: string) => void;

/** A problem with one argument, named by its path ("input.buildingId", "filter.buildingIds.2"). */
function refuse(code: ErrorCode, message: string, field: string, reason: ErrorReason, extra: Record<string, unknown> = {}): never {
  throw new AppError(code, message, { field, reason, ...extra });
}

/** No list argument has more items than this (ids of a filter, a batch of activities …). */
export const MAX_LIST_ARGUMENT = 1_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(value: string, path: string): void {
  if (value.length > MAX_STRING_ARGUMENT) {
    refuse(ErrorCode.BAD_USER_INPUT, `Не длиннее ${MAX_STRING_ARGUMENT} символов`, path, "TOO_LONG", { limit: MAX_STRING_ARGUMENT });
  }
  // PostgreSQL text cannot hold NUL; no field has a use for it.
  if (value.includes("\u0000")) refuse(ErrorCode.BAD_USER_INPUT, "Недопустимый символ NUL в тексте", path, "NUL_CHARACTER");
  // Half a UTF-16 pair is no character at all: it cannot be stored as UTF-8 or shown.
  if (LONE_SURROGATE.test(value)) refuse(ErrorCode.BAD_USER_INPUT, "Недопустимый символ в тексте (половина суррогатной пары)", path, "LONE_SURROGATE");
}

const checkString: Check = (value, path) => {
  if (typeof value === "string") checkText(value, path);
};

/**
 * Every id is a uuid: anything else names no row, and is refused here with the field it came in
 * (a well-formed id of a missing or foreign row stays the service's NOT_FOUND). The empty string
 * passes: some inputs give it a meaning («an empty string clears the client»), and elsewhere the
 * service refuses it like any id of no row.
 */
const checkId: Check = (value, path) => {
  if (typeof value === "string" && value !== "" && !UUID.test(value)) refuse(ErrorCode.BAD_USER_INPUT, "Некорректный идентификатор", path, "INVALID_ID");
};

/** Dates the database and every client can hold: years 1–9999 (PostgreSQL has no year 0). */
const checkDate: Check = (value, path) => {
  if (!(value instanceof Date)) return;
  const year = value.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) refuse(ErrorCode.BAD_USER_INPUT, "Дата вне допустимого диапазона (годы 1–9999)", path, "OUT_OF_RANGE");
};

/** A check for one input type, or undefined when nothing in it can carry text. */
function checkFor(type: GraphQLInputType, seen: Map<string, Check | undefined>): Check | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = checkFor(nullable.ofType, seen);
    return (value, path) => {
      if (!Array.isArray(value)) return;
      if (value.length > MAX_LIST_ARGUMENT) {
        refuse(ErrorCode.BAD_USER_INPUT, `Не больше ${MAX_LIST_ARGUMENT} элементов`, path, "TOO_MANY", { limit: MAX_LIST_ARGUMENT });
      }
      if (item) value.forEach((v, i) => item(v, `${path}.${i}`));
    };
  }
  if (isScalarType(nullable)) {
    if (nullable.name === "ID") {
      return (value, path) => {
        checkString(value, path);
        checkId(value, path);
      };
    }
    if (nullable.name === "String") return checkString;
    if (nullable.name === "DateTimeISO") return checkDate;
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable.name)) return (value, path) => seen.get(nullable.name)?.(value, path);
    seen.set(nullable.name, undefined);
    const fields = Object.values(nullable.getFields())
      .map((f) => [f.name, checkFor(f.type, seen)] as const)
      .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
    const check: Check | undefined =
      fields.length === 0
        ? undefined
        : (value, path) => {
            if (value == null || typeof value !== "object") return;
            for (const [name, fieldCheck] of fields) fieldCheck((value as Record<string, unknown>)[name], `${path}.${name}`);
          };
    seen.set(nullable.name, check);
    return check;
  }
  return undefined;
}

function argumentsCheck(args: readonly GraphQLArgument[], seen: Map<string, Check | undefined>) {
  const checks = args.map((a) => [a.name, checkFor(a.type, seen)] as const).filter((e): e is readonly [string, Check] => e[1] !== undefined);
  if (checks.length === 0) return undefined;
  return (values: Record<string, unknown>) => {
    for (const [name, check] of checks) check(values[name], name);
  };
}

type Budget = { fields: number; deadline: number; exceeded?: GraphQLError };

/**
 * Budgets per operation, and per event of a subscription (each event runs its selection again
 * with the event as root value). Keyed by the context, which is made per request / subscription.
 */
const budgets = new WeakMap<object, { own?: Budget; events?: WeakMap<object, Budget> }>();

/** A query's or mutation's budget, kept on its context (read once per resolved field: no map lookup). */
const OWN_BUDGET = Symbol("budget");

function budgetFor(context: unknown, info: GraphQLResolveInfo, limits: OperationLimits): Budget | undefined {
  if (context == null || typeof context !== "object") return undefined;
  if (info.operation.operation !== "subscription") {
    const holder = context as { [OWN_BUDGET]?: Budget };
    return (holder[OWN_BUDGET] ??= { fields: 0, deadline: Date.now() + limits.maxExecutionMs });
  }
  let entry = budgets.get(context);
  if (!entry) budgets.set(context, (entry = {}));
  const event = info.operation.operation === "subscription" && info.rootValue != null && typeof info.rootValue === "object" ? (info.rootValue as object) : undefined;
  const fresh = (): Budget => ({ fields: 0, deadline: Date.now() + limits.maxExecutionMs });
  if (!event) return (entry.own ??= fresh());
  entry.events ??= new WeakMap();
  let budget = entry.events.get(event);
  if (!budget) entry.events.set(event, (budget = fresh()));
  return budget;
}

/**
 * Counts `count` resolved fields against the operation's budget. Once it is spent, every remaining
 * field fails with the one same error (its path preset, so graphql reuses it and the response
 * stays small; the transport drops the repeats). The error is returned, and the field answers it
 * as a rejected promise rather than a synchronous throw: graphql 16 abandons a list's pending
 * item promises when one item throws synchronously, and their later rejections would go unhandled.
 */
function spend(budget: Budget, limits: OperationLimits, count: number): GraphQLError | undefined {
  if (budget.exceeded) return budget.exceeded;
  const before = budget.fields;
  budget.fields += count;
  let error: GraphQLError | undefined;
  if (budget.fields > limits.maxResolvedFields) {
    error = limitError(`Ответ слишком большой: больше ${limits.maxResolvedFields} полей; уточните запрос`, "RESPONSE_LIMIT", limits.maxResolvedFields);
  } else if (before >>> 8 !== budget.fields >>> 8 && Date.now() > budget.deadline) {
    // The clock is read once per 256 fields counted.
    error = limitError(`Запрос выполняется слишком долго: больше ${limits.maxExecutionMs / 1000} с; уточните запрос`, "TIME_LIMIT", limits.maxExecutionMs);
  }
  if (error) budget.exceeded = new GraphQLError(error.message, { path: [], extensions: error.extensions });
  return budget.exceeded;
}

/**
 * A plain field: a leaf (scalar or enum, or a list of them) without arguments whose value is the
 * object's property of the field's name. It keeps no resolver — graphql-jit reads it in its
 * compiled code, graphql-js with its default resolver — and is counted with its object.
 */
function isPlain(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.length === 0 && isLeafType(getNamedType(field.type)) && (field.resolve === undefined || propertyReads.has(field));
}

type Plain = { nodes: readonly FieldNode[]; counts: Map<string, number> };

/** Plain fields' counts per field node of a document (the nodes of a parsed document are kept by its cache). */
const plainCounts = new WeakMap<FieldNode, Plain>();

function included(node: { directives?: readonly { name: { value: string }; arguments?: readonly { value: unknown }[] }[] }, info: GraphQLResolveInfo): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include") continue;
    const value = directive.arguments?.[0]?.value as { kind: string; value?: boolean; name?: { value: string } } | undefined;
    const on = value?.kind === Kind.VARIABLE ? info.variableValues[value.name!.value] === true : value?.value === true;
    if (name === "skip" ? on : !on) return false;
  }
  return true;
}

/** How many plain fields a selection asks of an object of `type` (response names counted once, as graphql merges them). */
function countPlain(type: GraphQLObjectType, set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: Set<string>, state: { variables: boolean }): void {
  if (!set) return;
  const fields = type.getFields();
  for (const selection of set.selections) {
    if (selection.directives?.length) state.variables = true;
    if (!included(selection, info)) continue;
    if (selection.kind === Kind.FIELD) {
      const field = fields[selection.name.value];
      if (field && isPlain(field)) names.add(selection.alias?.value ?? selection.name.value);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition?.name.value;
      if (condition && condition !== type.name && !(type.getInterfaces().some((i) => i.name === condition) || isAbstractMember(info, condition, type))) continue;
      countPlain(type, fragment.selectionSet, info, names, state);
    }
  }
}

function isAbstractMember(info: GraphQLResolveInfo, name: string, type: GraphQLObjectType): boolean {
  const abstract = info.schema.getType(name);
  return abstract != null && isAbstractType(abstract) && info.schema.isSubType(abstract, type);
}

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) => a === b || (a.length === b.length && a.every((n, i) => n === b[i]));

/**
 * The plain fields selected below this field, per object it resolves to (for an abstract type, the
 * most any of its object types asks). Kept per field node unless a @skip/@include decides it.
 */
function plainPerObject(info: GraphQLResolveInfo): number {
  const named = getNamedType(info.returnType);
  const key = info.fieldNodes[0]!;
  // A selection decided by @skip/@include is never kept, so what is kept holds for any variables.
  const cached = plainCounts.get(key);
  const kept = cached && sameNodes(cached.nodes, info.fieldNodes) ? cached : undefined;
  const known = kept?.counts.get(named.name);
  if (known !== undefined) return known;
  const types = isObjectType(named) ? [named] : isAbstractType(named) ? info.schema.getPossibleTypes(named) : [];
  const state = { variables: false };
  let most = 0;
  for (const type of types) {
    const names = new Set<string>();
    for (const node of info.fieldNodes) countPlain(type, node.selectionSet, info, names, state);
    most = Math.max(most, names.size);
  }
  if (!state.variables) {
    const entry = kept ?? { nodes: info.fieldNodes, counts: new Map<string, number>() };
    entry.counts.set(named.name, most);
    plainCounts.set(key, entry);
  }
  return most;
}

/** Objects in a resolved list value (nested lists flattened; nulls are no object). */
function objectsIn(value: unknown): number {
  if (value == null) return 0;
  if (!Array.isArray(value)) return 1;
  let n = 0;
  for (const item of value) n += Array.isArray(item) ? objectsIn(item) : item == null ? 0 : 1;
  return n;
}

/**
 * Wraps every field of the schema once, at start: arguments are checked (string length, NUL and lone
 * surrogates, ids, dates, list sizes) before any resolver sees them, and every resolved field counts against the
 * operation's size and time budget. Same for HTTP and WebSocket, since both run this schema.
 *
 * Plain fields (isPlain) are not wrapped, so compiled queries read them without a call: the field
 * that resolves their object counts them for it — an object field its selection's plain fields
 * before it resolves (whether or not the object then turns out null), a list of objects its rows ×
 * the selection's plain fields as soon as its rows are there, before any of them is completed. So
 * an oversized response is still stopped before it is built, at the field that would bring it over.
 */
export function guardSchema(schema: GraphQLSchema, limits: OperationLimits = defaultLimits): GraphQLSchema {
  const seen = new Map<string, Check | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlain(field)) {
        field.resolve = undefined;
        continue;
      }
      const checkArgs = argumentsCheck(field.args, seen);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const nullable = getNullableType(field.type);
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        field.resolve = (source, args, context, info) => {
          const budget = budgetFor(context, info, limits);
          const spent = budget && spend(budget, limits, 1);
          if (spent) return Promise.reject(spent);
          checkArgs?.(args);
          return resolve(source, args, context, info);
        };
      } else if (!isListType(nullable)) {
        field.resolve = (source, args, context, info) => {
          const budget = budgetFor(context, info, limits);
          const spent = budget && spend(budget, limits, 1 + plainPerObject(info));
          if (spent) return Promise.reject(spent);
          checkArgs?.(args);
          return resolve(source, args, context, info);
        };
      } else {
        field.resolve = (source, args, context, info) => {
          const budget = budgetFor(context, info, limits);
          const spent = budget && spend(budget, limits, 1);
          if (spent) return Promise.reject(spent);
          checkArgs?.(args);
          const value = resolve(source, args, context, info);
          if (!budget) return value;
          const perObject = plainPerObject(info);
          if (perObject === 0) return value;
          if (value instanceof Promise) {
            return value.then((rows: unknown) => {
              const over = spend(budget, limits, objectsIn(rows) * perObject);
              if (over) throw over;
              return rows;
            });
          }
          const over = spend(budget, limits, objectsIn(value) * perObject);
          return over ? Promise.reject(over) : value;
        };
      }
      if (field.subscribe && checkArgs) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, context, info) => {
          checkArgs(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}

/** Drops repeats of one error (a spent budget fails every remaining field with the same error). */
export function uniqueErrors<T>(errors: readonly T[]): T[] {
  if (errors.length < 2) return [...errors];
  const seenKeys = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify(e);
    if (seenKeys.has(key)) return false;
    seenKeys.add(key);
    return true;
  });
}
