import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { newEmployee, newOrder } from "./support/factories.js";

/**
 * The premise and building cards (§15): a premise's orders and activity, a building's incidents.
 * Keyset pages without gaps or repeats, the viewer's order scope, another organization's premise
 * or building NOT_FOUND, and the indexes the pages read.
 */
let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let admin: string;
let executor: { id: string; token: string };
let foreignAdmin: string;
let partner: string;

const PREMISE_ORDERS = `query ($id: ID!, $first: Int, $after: String) {
  premise(id: $id) { orders(first: $first, after: $after) { totalCount edges { cursor node { id number premise { id } } } pageInfo { hasNextPage endCursor } } } }`;
const PREMISE_ACTIVITY = `query ($id: ID!, $first: Int, $after: String) {
  premise(id: $id) { activity(first: $first, after: $after) { totalCount edges { node { id kind title amount order { id number } } } pageInfo { hasNextPage endCursor } } } }`;
const BUILDING_INCIDENTS = `query ($building: ID!) { incidents(buildingId: $building, first: 50) { totalCount nodes { id title } } }`;

type Page<T> = { totalCount: number; edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function everyPage<T>(query: string, field: "orders" | "activity", id: string, token: string, first = 2): Promise<{ nodes: T[]; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: unknown; errors?: unknown } = await t.graphql(query, { id, first, after }, { token });
    expect(result.errors).toBeUndefined();
    const page: Page<T> = (result.data as { premise: Record<string, Page<T>> }).premise[field]!;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  admin = await t.login("admin@domovoy.example");
  executor = await newEmployee(t, { role: "Исполнитель", departmentIds: [f.plumbingDepartment] });
  foreignAdmin = await t.login("admin@severny.example");
  const token = await t.graphql(`mutation { integrationTokenCreate(name: "Биллинг") { token } }`, {}, { token: admin });
  partner = (token.data as { integrationTokenCreate: { token: string } }).integrationTokenCreate.token;
});
afterAll(() => t?.close());

describe("Premise.orders", () => {
  it("lists the orders raised at the premise, newest first, in keyset pages that add up to totalCount", async () => {
    const made = [await newOrder(t), await newOrder(t), await newOrder(t)];
    const [other] = await t.database.sql`select id from premises where building_id = ${f.residentBuilding} and id <> ${f.residentPremise} limit 1`;
    const elsewhere = await newOrder(t, { premiseId: other!.id as string, clientId: null, withoutClient: true });

    const { nodes, totalCount } = await everyPage<{ id: string; number: number; premise: { id: string } }>(PREMISE_ORDERS, "orders", f.residentPremise, dispatcher);
    const [stored] = await t.database.sql`select count(*)::int as n from orders where premise_id = ${f.residentPremise}`;
    expect(totalCount).toBe(stored!.n);
    expect(nodes).toHaveLength(stored!.n);
    expect(new Set(nodes.map((o) => o.id)).size).toBe(nodes.length);
    expect(nodes.every((o) => o.premise.id === f.residentPremise)).toBe(true);
    expect(nodes.map((o) => o.id)).not.toContain(elsewhere.id);
    // Newest first: the three just made lead, the last made on top.
    expect(nodes.slice(0, 3).map((o) => o.id)).toEqual(made.map((o) => o.id).reverse());
  });

  it("shows an executor only the orders they execute", async () => {
    const assigned = await newOrder(t);
    const notAssigned = await newOrder(t);
    const managed = await t.graphql(
      `mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`,
      { input: { id: assigned.id, version: assigned.version, departmentId: f.plumbingDepartment, executorIds: [executor.id] } },
      { token: dispatcher },
    );
    expect(managed.errors).toBeUndefined();
    const { nodes, totalCount } = await everyPage<{ id: string }>(PREMISE_ORDERS, "orders", f.residentPremise, executor.token, 25);
    expect(nodes.map((o) => o.id)).toEqual([assigned.id]);
    expect(totalCount).toBe(1);
    expect(nodes.map((o) => o.id)).not.toContain(notAssigned.id);
  });

  it("is NOT_FOUND for another organization's employee (the premise itself is)", async () => {
    const result = await t.graphql(PREMISE_ORDERS, { id: f.residentPremise, first: 5 }, { token: foreignAdmin });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(result.data).toBeNull();
  });

  it("reads the premise's orders through orders_premise_created_idx", async () => {
    await t.database.sql`analyze orders`;
    const plan = await t.database.sql.begin(async (sql) => {
      await sql`set local enable_seqscan = off`;
      return sql`explain select id from orders where organization_id = ${f.organizationId} and premise_id = ${f.residentPremise}
        order by created_at desc, id desc limit 26`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("orders_premise_created_idx");
  });
});

describe("Premise.activity", () => {
  it("merges the premise's orders with the partner entries tied to it, newest first, without repeats", async () => {
    const [premise] = await t.database.sql`select personal_account from premises where id = ${f.residentPremise}`;
    const account = premise!.personal_account as string;
    expect(account).toBeTruthy();
    const upsert = await t.graphql(
      `mutation ($input: PartnerClientActivityInput!) { partnerClientActivityUpsert(input: $input) { activity { id } } }`,
      { input: { externalId: "meter-1", kind: "METER_READING", occurredAt: new Date(Date.now() + 60_000).toISOString(), personalAccount: account, title: "Показания ХВС: 123" } },
      { token: partner },
    );
    expect(upsert.errors).toBeUndefined();
    const order = await newOrder(t);

    const { nodes, totalCount } = await everyPage<{ id: string; kind: string; title: string; order: { id: string } | null }>(
      PREMISE_ACTIVITY,
      "activity",
      f.residentPremise,
      dispatcher,
      3,
    );
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    // The reading is dated a minute ahead, the order was made now: the reading leads.
    expect(nodes[0]).toMatchObject({ kind: "METER_READING", title: "Показания ХВС: 123" });
    expect(nodes[1]).toMatchObject({ kind: "ORDER", order: { id: order.id } });
    const [orders] = await t.database.sql`select count(*)::int as n from orders where premise_id = ${f.residentPremise}`;
    const [entries] = await t.database.sql`select count(*)::int as n from client_activities where premise_id = ${f.residentPremise}`;
    expect(totalCount).toBe(orders!.n + entries!.n);
  });

  it("shows an executor the orders they execute and the entries of those orders' clients only", async () => {
    const { nodes } = await everyPage<{ kind: string; title: string; order: { id: string } | null }>(PREMISE_ACTIVITY, "activity", f.residentPremise, executor.token, 25);
    // The executor executes one order of the premise's resident (above): that order, and the
    // resident's reading, since the resident is now one of the executor's clients.
    expect(nodes.filter((n) => n.kind === "ORDER")).toHaveLength(1);
    const [entries] = await t.database.sql`select count(*)::int as n from client_activities where premise_id = ${f.residentPremise}
      and client_id = ${f.residentClient}`;
    expect(nodes.filter((n) => n.kind !== "ORDER")).toHaveLength(entries!.n);
    expect(nodes.map((n) => n.title)).toContain("Показания ХВС: 123");
    const stranger = await newEmployee(t, { role: "Исполнитель", departmentIds: [f.plumbingDepartment] });
    const none = await everyPage<{ kind: string }>(PREMISE_ACTIVITY, "activity", f.residentPremise, stranger.token, 25);
    expect(none.nodes).toEqual([]);
    expect(none.totalCount).toBe(0);
  });
});

describe("incidents(buildingId)", () => {
  it("lists only the incidents whose scope covers the building; a foreign or unknown building is NOT_FOUND", async () => {
    const [other] = await t.database.sql`select id from buildings where organization_id = ${f.organizationId} and id <> ${f.residentBuilding} limit 1`;
    const here = await t.graphql(
      `mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id } }`,
      { input: { title: "Нет воды в доме", serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], responsibleIds: [f.plumber] } },
      { token: dispatcher },
    );
    const there = await t.graphql(
      `mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id } }`,
      { input: { title: "Нет света в соседнем доме", serviceId: f.clog, scope: [{ buildingId: other!.id }], responsibleIds: [f.plumber] } },
      { token: dispatcher },
    );
    expect(here.errors ?? there.errors).toBeUndefined();
    const hereId = (here.data as { incidentCreate: { id: string } }).incidentCreate.id;
    const thereId = (there.data as { incidentCreate: { id: string } }).incidentCreate.id;

    const listed = await t.graphql(BUILDING_INCIDENTS, { building: f.residentBuilding }, { token: dispatcher });
    expect(listed.errors).toBeUndefined();
    const ids = (listed.data as { incidents: { nodes: { id: string }[]; totalCount: number } }).incidents.nodes.map((i) => i.id);
    expect(ids).toContain(hereId);
    expect(ids).not.toContain(thereId);
    const [covering] = await t.database.sql`select count(distinct incident_id)::int as n from incident_scope where building_id = ${f.residentBuilding}`;
    expect((listed.data as { incidents: { totalCount: number } }).incidents.totalCount).toBe(covering!.n);

    for (const building of [f.residentBuilding, "00000000-0000-4000-8000-000000000000"]) {
      const token = building === f.residentBuilding ? foreignAdmin : dispatcher;
      const refused = await t.graphql(BUILDING_INCIDENTS, { building }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });
});
