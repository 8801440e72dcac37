import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";
import { newOrder } from "./support/factories.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { OrderListRepository, type OrderQuery } from "../src/modules/orders/order-list.repository.js";

let t: TestServer;
let f: OrderFixtures;
let admin: string;
let order: { id: string; number: number };
let employeeId: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  admin = await t.login("admin@domovoy.example");
  order = await newOrder(t, { token: admin });
  const sql = t.database.sql;
  // Names written with «ё» (and one with «е» where people often write «ё»).
  await sql`update clients set full_name = 'Соловьёва Алёна Петровна' where id = ${f.residentClient}`;
  await sql`update buildings set address = 'г. Москва, ул. Королёва, д. 5' where id = ${f.residentBuilding}`;
  await sql`update services set name = 'Засор канализации (счётчик)' where id = ${f.clog}`;
  const [employee] = await sql`update employees set full_name = 'Аксенов Пётр Семёнович' where id = ${f.plumber} returning id`;
  employeeId = employee!.id as string;
});
afterAll(() => t?.close());

async function ids(query: string, search: string, path: string): Promise<string[]> {
  const result = await t.graphql<Record<string, { nodes: { id: string }[] }>>(query, { search }, { token: admin });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data[path]!.nodes.map((n) => n.id);
}

const ORDERS = `query ($search: String) { orders(search: $search, first: 100) { nodes { id } } }`;
const CLIENTS = `query ($search: String) { clients(search: $search, first: 100) { nodes { id } } }`;
const SERVICES = `query ($search: String) { services(search: $search, first: 100) { nodes { id } } }`;
const EMPLOYEES = `query ($search: String) { employees(search: $search, first: 100) { nodes { id } } }`;
const BUILDINGS = `query ($search: String) { buildings(search: $search, first: 100) { nodes { id } } }`;

describe("search treats «ё» and «е» as one letter, on both sides", () => {
  it.each([
    ["a client's name", "Соловьева", "Соловьёва", "СОЛОВЬЁВА"],
    ["an address", "Королева", "королёва", "КОРОЛЕВА, д. 5"],
    ["a service", "счетчик", "Счётчик", "СЧЁТЧИК"],
  ])("orders by %s", async (_what, ...terms) => {
    for (const term of terms) expect(await ids(ORDERS, term, "orders"), term).toContain(order.id);
  });

  it("clients, services, employees and buildings", async () => {
    for (const term of ["Соловьева", "соловьёва", "Алена"]) expect(await ids(CLIENTS, term, "clients"), term).toContain(f.residentClient);
    for (const term of ["счетчик", "Счётчик"]) expect(await ids(SERVICES, term, "services"), term).toContain(f.clog);
    for (const term of ["Аксенов", "Аксёнов", "Петр", "Семенович"]) expect(await ids(EMPLOYEES, term, "employees"), term).toContain(employeeId);
    for (const term of ["Королева", "Королёва"]) expect(await ids(BUILDINGS, term, "buildings"), term).toContain(f.residentBuilding);
    // Clients found by their premise's address fold the same way.
    expect(await ids(CLIENTS, "Королева", "clients")).toContain(f.residentClient);
  });

  it("stays index-backed: every folded match can use its trigram index", async () => {
    const sql = t.database.sql;
    const plans: string[] = [];
    await sql.begin(async (tx) => {
      // Only bitmap scans are left, and a bitmap scan needs an index whose condition the match is:
      // here only the trigram index can serve it (a plain index scan over another index, filtering
      // every row, is what the planner sometimes preferred on a small table — not a proof either way).
      await tx`set local enable_seqscan = off`;
      await tx`set local enable_indexscan = off`;
      await tx`set local enable_indexonlyscan = off`;
      for (const [table, column] of [
        ["clients", "full_name"],
        ["buildings", "address"],
        ["services", "name"],
        ["employees", "full_name"],
      ] as const) {
        const rows = await tx.unsafe(`explain select id from ${table} where search_fold(${column}) like '%соловьева%'`);
        plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
      }
    });
    for (const plan of plans) {
      expect(plan).toMatch(/Bitmap Index Scan on \w+_fold_trgm_idx/);
      expect(plan).toMatch(/Recheck Cond: \(search_fold/);
      expect(plan).not.toMatch(/Seq Scan/);
    }
  });

  it("reads the trigram indexes for the search box's look-up unprompted: search_fold is priced as the PL/pgSQL call it is", async () => {
    const sql = t.database.sql;
    const [org] = await sql`select id from organizations where slug = 'domovoy'`;
    await sql`analyze clients, buildings, services`;
    const plans: string[] = [];
    // Clients are the demo's largest of the three (buildings and services are few enough here that a
    // Seq Scan is cheaper whatever the function costs).
    for (const [table, column] of [["clients", "full_name"]] as const) {
      const rows = await sql.unsafe(`explain select id from ${table} where organization_id = $1 and search_fold(${column}) like '%соловьева%'`, [org!.id as string]);
      plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
    // At COST 100 the planner filtered every row of the organization through the function instead
    // (a Seq Scan, or the organization's btree index with a Filter).
    for (const plan of plans) {
      expect(plan).toMatch(/Bitmap Index Scan on \w+_fold_trgm_idx/);
      expect(plan).not.toMatch(/Filter: .*search_fold/);
    }
  });
});

describe("search by a number", () => {
  it("shows the order with that number first; phones match from 5 digits", async () => {
    const sql = t.database.sql;
    // Another order whose client's phone contains this order's number.
    const digits = String(order.number);
    const [other] = await sql`select o.id, o.client_id from orders o where o.organization_id = ${f.organizationId} and o.client_id is not null
      and o.client_id <> ${f.residentClient} and o.id <> ${order.id} order by o.created_at desc limit 1`;
    const [phone] = await sql`select phone from clients where id = ${other!.client_id}`;
    await sql`update clients set phone = ${`+7916${digits.padStart(7, "9")}`} where id = ${other!.client_id}`;
    try {
      const found = await ids(ORDERS, digits, "orders");
      expect(found[0]).toBe(order.id);
      if (digits.length < 5) expect(found).not.toContain(other!.id);
      // From five digits on the phone matches.
      const five = `${digits.padStart(7, "9")}`.slice(-7);
      expect(await ids(ORDERS, five, "orders")).toContain(other!.id);
      // The exact order is not repeated on a later page.
      const first = await t.graphql<{ orders: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(
        `query ($search: String) { orders(search: $search, first: 1) { nodes { id } pageInfo { endCursor } } }`,
        { search: digits },
        { token: admin },
      );
      expect(first.data!.orders.nodes[0]!.id).toBe(order.id);
    } finally {
      await sql`update clients set phone = ${phone!.phone} where id = ${other!.client_id}`;
    }
  });
});

describe("search splits by kind of match, each served by its index", () => {
  /** The list's and the count's statements for a term, as the server sends them (text and parameters). */
  async function statements(term: string) {
    const repo = new OrderListRepository(t.database.db, f.organizationId);
    const client = (t.database.db as unknown as { $client: { unsafe: (text: string, params: unknown[], options?: unknown) => Promise<unknown> } }).$client;
    const captured: { text: string; params: unknown[]; prepare: boolean }[] = [];
    const unsafe = client.unsafe;
    client.unsafe = (text, params, options) => {
      captured.push({ text, params, prepare: Boolean((options as { prepare?: boolean } | undefined)?.prepare) });
      return unsafe.call(client, text, params, options);
    };
    try {
      const search = await repo.searchMatches(term);
      const q: OrderQuery = { viewerEmployeeId: null, scope: { kind: "ALL" }, incident: "NOT_ATTACHED", now: new Date(), tab: "ALL", search };
      captured.length = 0;
      const page = await repo.list(q, { field: "UPDATED_AT", direction: "DESC" }, 50, null);
      await repo.countUpTo(q, 10_000);
      return { search, page, captured: [...captured] };
    } finally {
      client.unsafe = unsafe;
    }
  }

  it.each([
    ["a number", () => String(order.number), /Index Cond: .*\(number\)::text/],
    ["an address fragment", () => "королева, д. 5", /Index Cond: \(+building_id = k\.v\)/],
    ["a client's name (ё typed as е)", () => "Соловьева", /Index Cond: \(+client_id = k\.v\)/],
    ["five digits of a phone", () => "00001", /Index Cond: \(+client_id = k\.v\)/],
  ])("%s: the page and the count read orders by index only, the match an index condition", async (_kind, term, condition) => {
    const { search, page, captured } = await statements(term());
    expect(search.buildingIds.length + search.clientIds.length + (search.numberPrefix ? 1 : 0)).toBeGreaterThan(0);
    expect(page.length).toBeGreaterThan(0);
    expect(captured).toHaveLength(2);
    await t.database.sql.begin(async (tx) => {
      // The test database is small: with fresh statistics and sequential scans priced out, the plan
      // shows which index a kind of match would use on a large table.
      await tx`analyze orders`;
      await tx`set local enable_seqscan = off`;
      for (const { text, params } of captured) {
        const rows = await tx.unsafe(`explain (costs off) ${text}`, params as never[]);
        const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        expect(plan).not.toMatch(/Seq Scan on orders/);
        expect(plan).toMatch(condition);
      }
    });
  });

  it.each([
    ["an address fragment", () => "королева, д. 5", true],
    ["a client's name", () => "Соловьева", true],
    ["a number", () => String(order.number), false],
    ["five digits of a phone (also a number prefix)", () => "00001", false],
  ])("%s: the page joins nothing (planned in a fraction of a millisecond) and is prepared unless it matches a number", async (_kind, term, prepared) => {
    const { captured } = await statements(term());
    const [page, count] = captured;
    // Each relation is a subquery on its primary key for the page's rows: no join order to weigh.
    expect(page!.text).not.toMatch(/\bjoin "(services|buildings|premises|clients|departments)"/);
    expect(page!.text).toMatch(/from "clients" c where c\.id = "orders"\."client_id"/);
    // Prepared: one generic plan per connection and shape. A number prefix's `like` needs its value
    // in the plan (no generic plan suits "7" and "730131" alike): planned per execution, never cached.
    expect(page!.prepare).toBe(prepared);
    expect(count!.prepare).toBe(prepared);
  });
});
