import { sql, type SQL, type AnyColumn } from "drizzle-orm";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export type Page<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Runs only when the client asks for totalCount: counting is a separate statement. */
  countTotal: () => Promise<number>;
  /** False when countTotal stopped at a cap (a list too long to count on every page); absent: exact. */
  countExact?: () => Promise<boolean>;
};

/** Relay connection type for a node class: `<Name>Connection` with edges, nodes, pageInfo, totalCount. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    countExact?: () => Promise<boolean>;

    @Field(() => Int, { description: "How many items the whole list holds (see totalCountExact)." })
    totalCount(): Promise<number> {
      return this.countTotal();
    }

    @Field(() => Boolean, {
      description: "False when the list counts only up to a cap and holds more: totalCount is then the cap, a lower bound («более 10 000»).",
    })
    async totalCountExact(): Promise<boolean> {
      return this.countExact ? this.countExact() : true;
    }
  }
  return ConnectionType as unknown as ClassType<Page<T>>;
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`Размер страницы должен быть от 1 до ${MAX_PAGE_SIZE}`, "first");
  }
  return first;
}

export type CursorValue = string | number | boolean | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * What one position of a cursor may hold: `uuid` (a row id), `text` (a sort key such as a name),
 * `timestamp` (an ISO instant in UTC, milli- or microseconds), `pgTimestamp` (a timestamptz as
 * PostgreSQL prints it, or `infinity`), `integer` (a 32-bit integer), `integerText` (one as text),
 * `boolean`.
 */
export type CursorPart = "uuid" | "text" | "timestamp" | "pgTimestamp" | "integer" | "integerText" | "boolean";
type PartValue<P extends CursorPart> = P extends "boolean" ? boolean : P extends "integer" ? number : string;
export type CursorValues<P extends readonly CursorPart[]> = { -readonly [K in keyof P]: P[K] extends CursorPart ? PartValue<P[K]> : never };

/** Cursors the server writes are far shorter: a name of 200 characters and an id. */
export const MAX_CURSOR_LENGTH = 2_000;
const MAX_CURSOR_TEXT = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function validDay(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const partChecks: Record<CursorPart, (value: unknown) => boolean> = {
  uuid: (v) => typeof v === "string" && UUID.test(v),
  text: (v) => typeof v === "string" && v.length <= MAX_CURSOR_TEXT && !v.includes("\u0000") && !LONE_SURROGATE.test(v),
  timestamp: (v) => typeof v === "string" && ISO_INSTANT.test(v) && validDay(v),
  pgTimestamp: (v) => typeof v === "string" && (v === "infinity" || (PG_TIMESTAMP.test(v) && validDay(v))),
  integer: (v) => typeof v === "number" && Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1,
  integerText: (v) => typeof v === "string" && /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= 2 ** 31 - 1,
  boolean: (v) => typeof v === "boolean",
};

export const invalidCursor = () => badInput("Некорректный курсор страницы", "after", "INVALID_CURSOR");

/**
 * One connection's cursor: its positions and their kinds. `decode` gives the typed values of a
 * cursor this connection wrote, or refuses anything else (another connection's cursor, a tampered
 * or over-long one) with BAD_USER_INPUT before it can reach SQL.
 */
export function cursorCodec<const P extends readonly CursorPart[]>(parts: P) {
  return {
    encode: (values: CursorValues<P>): string => encodeCursor(values as readonly CursorValue[]),
    decode(after: string | null | undefined): CursorValues<P> | null {
      if (after == null || after === "") return null;
      if (after.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(after)) throw invalidCursor();
      let values: unknown;
      try {
        values = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
      } catch {
        throw invalidCursor();
      }
      if (!Array.isArray(values) || values.length !== parts.length) throw invalidCursor();
      if (!parts.every((part, i) => partChecks[part](values[i]))) throw invalidCursor();
      return values as CursorValues<P>;
    },
  };
}

/** The cursor of the lists ordered by a name (or address) and then id. */
export const nameCursor = cursorCodec(["text", "uuid"] as const);
/** The cursor of the lists ordered newest first by an instant and then id. */
export const instantCursor = cursorCodec(["timestamp", "uuid"] as const);

/** `(a, b) > ($1, $2)`: the row-value comparison an index on (a, b) serves directly. */
export function afterKey(columns: AnyColumn[], values: CursorValue[]): SQL {
  return sql`(${sql.join(columns, sql`, `)}) > (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/**
 * Turns `limit + 1` fetched rows into a page. `key` gives each row's sort values (the same
 * columns, in the same order, as the query's ORDER BY). Cursors are written when read: a client
 * asking for `nodes` alone costs no cursor per row.
 */
export function toPage<T>(rows: T[], limit: number, key: (row: T) => readonly CursorValue[], countTotal: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  let edges: Page<T>["edges"] | undefined;
  const last = nodes.at(-1);
  return {
    get edges() {
      return (edges ??= nodes.map((node) => ({ cursor: encodeCursor(key(node)), node })));
    },
    nodes,
    pageInfo: {
      hasNextPage,
      get endCursor() {
        return last === undefined ? null : encodeCursor(key(last));
      },
    },
    countTotal,
  };
}
