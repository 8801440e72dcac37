import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";

/**
 * The list's totalCount is exact up to 10,000 orders; a longer list says so (totalCountExact false,
 * the web shows «более 10 000») instead of counting every order on every page. The Excel report
 * still counts its rows exactly. 10,001 orders in 2030 (after every seeded one), written by SQL.
 */
let t: TestServer;
let dispatcher: string;

const COUNTED = `query ($filter: OrderFilterInput) { orders(first: 5, filter: $filter) { totalCount totalCountExact nodes { number } } }`;
const minute = (k: number) => new Date(Date.UTC(2030, 0, 1) + k * 60_000).toISOString();

beforeAll(async () => {
  t = await startTestServer();
  dispatcher = await t.login("dispatcher@domovoy.example");
  const sql = t.database.sql;
  const [org] = await sql`select id from organizations where slug = 'domovoy'`;
  await sql`
    with s as (select id, department_id from services where organization_id = ${org!.id} and active order by name limit 1),
    b as (select id from buildings where organization_id = ${org!.id} order by address limit 1)
    insert into orders (organization_id, number, channel, service_id, department_id, building_id, status, created_by_kind, created_at, updated_at)
    select ${org!.id}, 500000 + k, 'INCOMING_CALL', s.id, s.department_id, b.id, 'PENDING', 'EMPLOYEE',
      timestamptz '2030-01-01' + k * interval '1 minute', timestamptz '2030-01-01' + k * interval '1 minute'
    from generate_series(1, 10001) as k, s, b`;
});
afterAll(() => t?.close());

async function counted(filter: Record<string, unknown>) {
  const result = await t.graphql(COUNTED, { filter }, { token: dispatcher });
  expect(result.errors).toBeUndefined();
  return result.data!.orders as { totalCount: number; totalCountExact: boolean; nodes: { number: number }[] };
}

describe("orders list totalCount", () => {
  it.each([
    ["a few orders: exact", minute(1), minute(5), 5, true],
    ["exactly 10,000: exact", minute(1), minute(10000), 10000, true],
    ["10,001: the cap, marked inexact", minute(1), minute(10001), 10000, false],
  ])("%s", async (_name, createdFrom, createdTo, totalCount, exact) => {
    const page = await counted({ createdFrom, createdTo });
    expect(page.totalCount).toBe(totalCount);
    expect(page.totalCountExact).toBe(exact);
    expect(page.nodes).toHaveLength(5);
  });

  it("counts a service + status filter from the index alone, incident included (no heap page per order)", async () => {
    const sql = t.database.sql;
    const [org] = await sql`select id from organizations where slug = 'domovoy'`;
    const [service] = await sql`select service_id from orders where number > 500000 limit 1`;
    // The visibility map set, as autovacuum keeps it on a real table; the planner told to use an index.
    await sql`vacuum analyze orders`;
    const plan = await sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      await tx`set local enable_bitmapscan = off`;
      // On a small table the planner may take any index: here only this one is left (rolled back after).
      const others = await tx`select indexname from pg_indexes where tablename = 'orders' and indexname not in ('orders_pkey', 'orders_org_service_status_idx')`;
      for (const { indexname } of others) await tx`drop index ${tx(indexname as string)}`;
      const [row] = await tx`explain (analyze, format json) select count(*) from (select 1 from orders
        where organization_id = ${org!.id} and service_id = ${service!.service_id} and status in ('PENDING', 'REOPENED') and incident_id is null
        limit 10001) capped`;
      const text = JSON.stringify(row);
      throw Object.assign(new Error("rollback"), { text });
    }).catch((error: { text?: string }) => {
      if (error.text === undefined) throw error;
      return error.text;
    });
    // Without incident_id in orders_org_service_status_idx: an Index Scan fetching every order's heap row.
    // (Heap fetches of the Index Only Scan are not asserted: they follow the visibility map, which the
    // vacuum above may leave unset while another test file's transaction holds the cluster's horizon.)
    expect(plan).toContain('"Node Type":"Index Only Scan"');
    expect(plan).toContain('"Index Name":"orders_org_service_status_idx"');
  });

  it("other lists' counts are exact", async () => {
    const clients = await t.graphql(`{ clients(first: 1) { totalCount totalCountExact } }`, {}, { token: dispatcher });
    expect(clients.data!.clients.totalCountExact).toBe(true);
  });

  it("the Excel report of a list over 10,000 orders counts and holds every one of them", async () => {
    const input = { tab: "ALL", filter: { createdFrom: minute(1), createdTo: minute(10001) }, fields: ["NUMBER"] };
    const created = await t.graphql(`mutation ($input: OrderReportCreateInput!) { orderReportCreate(input: $input) { id } }`, { input }, { token: dispatcher });
    expect(created.errors).toBeUndefined();
    await t.app.jobs.runDue();
    const ready = await t.graphql(`query ($id: ID!) { reportExport(id: $id) { state totalRows rowsWritten } }`, { id: created.data!.orderReportCreate.id }, { token: dispatcher });
    expect(ready.data!.reportExport).toEqual({ state: "READY", totalRows: 10001, rowsWritten: 10001 });
  });
});
