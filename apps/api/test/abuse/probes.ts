import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/**
 * Probes generated from the executable schema (#10 «Keep the proof»): for every argument of every
 * root field, down to every field of its input objects and the items of its lists, one request per
 * malformed value, the other arguments plausible. A new field or argument is probed without
 * anyone writing a test for it.
 */

export type OperationKind = "query" | "mutation" | "subscription";

export type Probe = {
  operation: OperationKind;
  field: string;
  /** The argument path that carries the bad value: "input.buildingId", "filter.serviceIds.0". */
  path: string;
  /** What was sent there: "bad id", "NUL", "10 MB string" … */
  kind: string;
  query: string;
  variables: Record<string, unknown>;
};

/** Real ids to fill id arguments with (a type name such as "Order" → an id of that kind), else a fresh uuid. */
export type IdSource = (typeName: string) => string | undefined;

const MISSING_UUID = "00000000-0000-4000-8000-000000000000";

/** A value of the right shape for a leaf, so that only the probed path is wrong. */
function plausibleLeaf(type: GraphQLNamedType, name: string, idOf: (name: string) => string): unknown {
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case "ID":
      return idOf(name);
    case "Int":
      return 1;
    case "Float":
      return 1.5;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return new Date(Date.now() + 3_600_000).toISOString();
    case "Money":
      return "1.00";
    default:
      if (/email/i.test(name)) return "probe@example.com";
      if (/phone/i.test(name)) return "+79990000000";
      if (/password/i.test(name)) return "probe-password-1";
      if (/^code$/.test(name)) return "000000";
      return "Проба";
  }
}

/**
 * A plausible value of an input type: required fields filled, optional ones left out (optional ids
 * too when `withOptionalIds`, so a probe can name another organization's rows everywhere).
 */
export function plausible(type: GraphQLInputType, name: string, idOf: (name: string) => string, depth = 0, withOptionalIds = false): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [plausible(nullable.ofType, name, idOf, depth + 1, withOptionalIds)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    if (depth > 4) return value;
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      const anId = withOptionalIds && getNamedType(field.type).name === "ID";
      if (required || anId) value[field.name] = plausible(field.type, field.name, idOf, depth + 1, withOptionalIds);
    }
    return value;
  }
  return plausibleLeaf(nullable, name, idOf);
}

/**
 * Variables naming `ids`' rows wherever an id goes (optional ones included), the rest plausible:
 * what an outsider would send to reach those rows.
 */
export function variablesNaming(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, ids: IdSource): Record<string, unknown> {
  const typeNames = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith("__"));
  const variables: Record<string, unknown> = {};
  field.args.forEach((arg, i) => {
    const anId = getNamedType(arg.type).name === "ID";
    if (!isNonNullType(arg.type) && !anId && !isInputObjectType(getNamedType(arg.type))) return;
    variables[`a${i}`] = plausible(arg.type, arg.name, (name) => ids(idTypeName(field.name, name, typeNames)) ?? MISSING_UUID, 0, true);
  });
  return variables;
}

const enc = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Malformed values for a leaf of this type; `big` adds the 1 MiB and 10 MB strings (sent for a few fields only). */
function malformedLeaf(type: GraphQLNamedType, name: string, big: boolean): [string, unknown][] {
  if (isEnumType(type)) {
    return [
      ["unknown enum value", "NOT_A_VALUE"],
      ["number for an enum", 1],
    ];
  }
  switch (type.name) {
    case "ID":
      return [
        ["bad id", "not-a-uuid"],
        ["SQL in an id", "' or 1=1 --"],
        ["number for an id", 12345],
        ["almost a uuid", "00000000-0000-4000-8000-00000000000g"],
        ["well-formed missing id", MISSING_UUID],
        ["NUL in an id", "\u0000"],
      ];
    case "Int":
      return [
        ["negative", -1],
        ["zero", 0],
        ["Int min", -2147483648],
        ["Int max", 2147483647],
        ["beyond Int", 2147483648],
        ["fraction", 1.5],
        ["NaN as text", "NaN"],
      ];
    case "Float":
      return [
        ["negative", -1],
        ["huge", 1e308],
        ["NaN as text", "NaN"],
      ];
    case "Boolean":
      return [["text for a boolean", "true"]];
    case "DateTimeISO":
      return [
        ["year 0", "0000-01-01T00:00:00Z"],
        ["year 9999", "9999-12-31T23:59:59Z"],
        ["year 10000 as a timestamp", 253402300800000],
        ["impossible day", "2026-02-30T10:00:00Z"],
        ["word for a date", "yesterday"],
        ["epoch", "1970-01-01T00:00:00Z"],
      ];
    case "Money":
      return [
        ["negative money", "-1.00"],
        ["huge money", "99999999999999.99"],
        ["exponent money", "1e10"],
        ["NaN money", "NaN"],
        ["third decimal", "0.001"],
      ];
    default: {
      const values: [string, unknown][] = [
        ["NUL", "a\u0000b"],
        ["lone high surrogate", "x\ud800"],
        ["lone low surrogate", "\udc00x"],
        ["10,001 characters", "я".repeat(10_001)],
        ["empty", ""],
        ["spaces only", "   "],
      ];
      if (name === "after") {
        values.push(["tampered cursor", enc([1, "x", { y: 2 }])], ["cursor of ids", enc(["a", "not-a-uuid"])], ["not a cursor", "%%%"]);
      }
      if (big) values.push(["1 MiB string", "x".repeat(1024 * 1024)], ["10 MB string", "x".repeat(10 * 1024 * 1024)]);
      return values;
    }
  }
}

type Target = { path: string[]; type: GraphQLInputType };

/** Every probed position under an argument: the argument itself, its input objects' fields, list items. */
function targets(type: GraphQLInputType, path: string[], depth: number, seen: Set<string>): Target[] {
  const out: Target[] = [{ path, type }];
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    out.push(...targets(nullable.ofType, [...path, "0"], depth + 1, seen));
    return out;
  }
  if (isInputObjectType(nullable) && depth < 4 && !seen.has(nullable.name)) {
    const inner = new Set(seen).add(nullable.name);
    for (const field of Object.values(nullable.getFields())) out.push(...targets(field.type, [...path, field.name], depth + 1, inner));
  }
  return out;
}

/** Malformed values for a position of any type: its leaves' values, or shapes wrong for lists and objects. */
function malformedAt(type: GraphQLInputType, name: string, idOf: (name: string) => string, big: boolean): [string, unknown][] {
  const nullable = getNullableType(type) as GraphQLInputType;
  const values: [string, unknown][] = [];
  if (isNonNullType(type)) values.push(["null for a required value", null]);
  if (isListType(nullable)) {
    const item = plausible(nullable.ofType, name, idOf, 1);
    values.push(["1,001 items", Array.from({ length: 1001 }, () => item)], ["null item", [null]], ["nested list", [[item]]]);
    return values;
  }
  if (isInputObjectType(nullable)) {
    values.push(["empty object", {}], ["unknown field", { ...(plausible(nullable, name, idOf) as object), zzz: 1 }], ["text for an object", "x"]);
    return values;
  }
  if (isLeafType(nullable)) values.push(...malformedLeaf(nullable, name, big));
  return values;
}

/** The argument's value: plausible everywhere, optional parents on the way made present, `bad` at `path`. */
function withBadAt(type: GraphQLInputType, argName: string, path: string[], bad: unknown, idOf: (name: string) => string): unknown {
  const holder: Record<string, unknown> = { v: plausible(type, argName, idOf) };
  let node: Record<string, unknown> = holder;
  let key = "v";
  let current = type;
  for (const step of path) {
    const nullable = getNullableType(current) as GraphQLInputType;
    let value = node[key];
    if (isListType(nullable)) {
      if (!Array.isArray(value)) node[key] = value = [plausible(nullable.ofType, argName, idOf, 1)];
      current = nullable.ofType;
    } else if (isInputObjectType(nullable)) {
      if (value == null || typeof value !== "object") node[key] = value = {};
      const field = nullable.getFields()[step]!;
      const record = value as Record<string, unknown>;
      if (record[step] === undefined) record[step] = plausible(field.type, field.name, idOf, 1);
      current = field.type;
    }
    node = value as Record<string, unknown>;
    key = step;
  }
  node[key] = bad;
  return holder.v;
}

/** A selection that answers something small for any output type. */
function minimalSelection(type: GraphQLNamedType): string {
  if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) return "{ __typename }";
  return "";
}

/**
 * A selection that shows what a field gives away: every leaf field that takes no required argument,
 * and one level further for object fields (lists included), `__typename` for the rest.
 */
export function revealingSelection(type: GraphQLNamedType, depth = 2): string {
  if (!(isObjectType(type) || isInterfaceType(type))) return isUnionType(type) ? "{ __typename }" : "";
  const parts: string[] = ["__typename"];
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 1) {
      const inner = revealingSelection(named, depth - 1);
      if (inner) parts.push(`${field.name} ${inner}`);
    }
  }
  return `{ ${parts.join(" ")} }`;
}

export function rootFields(schema: GraphQLSchema): [OperationKind, GraphQLField<unknown, unknown>][] {
  const out: [OperationKind, GraphQLField<unknown, unknown>][] = [];
  for (const [kind, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
    ["subscription", schema.getSubscriptionType()],
  ] as const) {
    if (type) for (const field of Object.values(type.getFields())) out.push([kind, field]);
  }
  return out;
}

/** The operation text for a root field with all its arguments as variables. */
export function operationText(kind: OperationKind, field: GraphQLField<unknown, unknown>, selection: string): string {
  const vars = field.args.map((a, i) => `$a${i}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a, i) => `${a.name}: $a${i}`).join(", ");
  return `${kind} Probe${vars ? `(${vars})` : ""} { ${field.name}${args ? `(${args})` : ""} ${selection} }`;
}

/** The type an id names: `orderUpdate(input: { id })` → Order, `serviceId` → Service, `executorIds` → Executor. */
export function idTypeName(fieldName: string, leafName: string, typeNames: string[]): string {
  if (leafName !== "id") {
    const stem = leafName.replace(/Ids?$/, "");
    return stem.charAt(0).toUpperCase() + stem.slice(1);
  }
  // The longest type name the field's name starts with: chatMessageEdit → ChatMessage, orderDocumentDelete → OrderDocument.
  const candidates = typeNames.filter((t) => fieldName.toLowerCase().startsWith(t.toLowerCase())).sort((a, b) => b.length - a.length);
  return candidates[0] ?? fieldName;
}

export type ProbeOptions = {
  /** Fields sent the 1 MiB and 10 MB strings (each costs megabytes per request). */
  bigStringFields: Set<string>;
  ids: IdSource;
};

/** Every malformed-input probe of the schema. */
export function inputProbes(schema: GraphQLSchema, options: ProbeOptions): Probe[] {
  const typeNames = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith("__"));
  const probes: Probe[] = [];
  for (const [operation, field] of rootFields(schema)) {
    if (field.args.length === 0) continue;
    const selection = minimalSelection(getNamedType(field.type));
    const query = operationText(operation, field, selection);
    const big = options.bigStringFields.has(field.name);
    let bigSent = false;
    field.args.forEach((arg: GraphQLArgument, index) => {
      for (const target of targets(arg.type, [], 0, new Set())) {
        const idOf = (name: string) => options.ids(idTypeName(field.name, name, typeNames)) ?? MISSING_UUID;
        const leafName = target.path.filter((p) => !/^\d+$/.test(p)).at(-1) ?? arg.name;
        const isString = isScalarType(getNullableType(target.type)) && (getNullableType(target.type) as GraphQLNamedType).name === "String";
        for (const [kind, bad] of malformedAt(target.type, leafName, idOf, big && isString && !bigSent)) {
          const variables: Record<string, unknown> = {};
          field.args.forEach((other, i) => {
            if (i === index) return;
            if (isNonNullType(other.type)) variables[`a${i}`] = plausible(other.type, other.name, (n) => options.ids(idTypeName(field.name, n, typeNames)) ?? MISSING_UUID);
          });
          variables[`a${index}`] = withBadAt(arg.type, arg.name, target.path, bad, idOf);
          probes.push({ operation, field: field.name, path: [arg.name, ...target.path].join("."), kind, query, variables });
        }
        if (big && isString) bigSent = true;
      }
    });
  }
  return probes;
}
