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

    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.countTotal();
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

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through
  }
  throw badInput("Некорректный курсор страницы", "after");
}

/** `(a, b) > ($1, $2)`: the row-value comparison an index on (a, b) serves directly. */
export function afterKey(columns: AnyColumn[], values: CursorValue[]): SQL {
  return sql`(${sql.join(columns, sql`, `)}) > (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/**
 * Turns `limit + 1` fetched rows into a page. `key` gives each row's sort values (the same
 * columns, in the same order, as the query's ORDER BY).
 */
export function toPage<T>(rows: T[], limit: number, key: (row: T) => CursorValue[], countTotal: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal,
  };
}
