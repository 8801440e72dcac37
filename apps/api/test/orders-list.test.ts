import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startTestServer, type TestServer } from "./support/harness.js";

/**
 * Filters, search, tabs and sort against independent SQL over a few hundred generated orders.
 * The generator writes rows directly (bulk SQL), the checks go through the real GraphQL API.
 */
let t: TestServer;
let dispatcher: string;
let organizationId: string;

const LIST = `query ($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $after: String) {
  orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id number labels }
  }
}`;

async function all(variables: Record<string, unknown>, token = dispatcher): Promise<{ ids: string[]; numbers: number[]; labels: string[][]; totalCount: number }> {
  const ids: string[] = [];
  const numbers: number[] = [];
  const labels: string[][] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const result: { data?: Record<string, any> | null; errors?: unknown } = await t.graphql(LIST, { ...variables, after }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    const page: { totalCount: number; nodes: { id: string; number: number; labels: string[] }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = result.data.orders;
    totalCount = page.totalCount;
    ids.push(...page.nodes.map((n: { id: string }) => n.id));
    numbers.push(...page.nodes.map((n: { number: number }) => n.number));
    labels.push(...page.nodes.map((n) => n.labels));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, numbers, labels, totalCount };
}

beforeAll(async () => {
  t = await startTestServer();
  dispatcher = await t.login("dispatcher@domovoy.example");
  const sql = t.database.sql;
  organizationId = (await sql`select id from organizations where slug = 'domovoy'`)[0]!.id as string;
  // One incident for every tenth of them to be attached to.
  const [incident] = await sql`insert into incidents (organization_id, number, title, service_id)
    select ${organizationId}, 9000, 'Отключение воды (тест списка)', id from services where organization_id = ${organizationId} and active order by name limit 1
    returning id`;
  // 400 orders spread over services, buildings, statuses, channels, executors and dates.
  await sql`
    with s as (select id, department_id, name, row_number() over (order by name) - 1 as i, count(*) over () as n from services where organization_id = ${organizationId} and active),
    b as (select id, row_number() over (order by address) - 1 as i, count(*) over () as n from buildings where organization_id = ${organizationId}),
    g as (select generate_series(1, 400) as k)
    insert into orders (organization_id, number, channel, service_id, department_id, building_id, client_id, status, created_by_kind,
      created_at, updated_at, first_in_progress_at, reaction_due_at, execution_due_at, sla_reaction, sla_execution, important_comment_unseen, incident_id)
    select ${organizationId}, 10000 + g.k,
      (array['INCOMING_CALL','OUTGOING_CALL','VISIT','EMAIL','MESSENGER','INTERNAL','RESIDENT_APP','OTHER'])[1 + g.k % 8]::order_channel,
      s.id, s.department_id, b.id,
      (select id from clients where organization_id = ${organizationId} order by id offset (g.k * 7) % 800 limit 1),
      (array['PENDING','IN_PROGRESS','DONE','PAUSED','CANCELLED','REOPENED'])[1 + g.k % 6]::order_status, 'EMPLOYEE',
      timestamptz '2026-01-01' + g.k * interval '7 hours', timestamptz '2026-01-01' + ((g.k * 37) % 400) * interval '5 hours',
      case when g.k % 6 in (1, 2, 3) then timestamptz '2026-01-01' + g.k * interval '7 hours' + interval '20 minutes' end,
      timestamptz '2026-01-01' + g.k * interval '7 hours' + interval '30 minutes',
      case when g.k % 6 in (1, 3) then timestamptz '2026-01-01' + g.k * interval '7 hours' + interval '4 hours' end,
      case when g.k % 5 = 0 then 'BREACHED'::sla_outcome when g.k % 6 in (1, 2, 3) then 'KEPT'::sla_outcome end,
      null, g.k % 50 = 0, case when g.k % 40 = 0 then ${incident!.id}::uuid end
    from g join s on s.i = g.k % s.n join b on b.i = (g.k / 3) % b.n`;
  const executors = await sql`select de.employee_id, de.department_id from department_employees de join employees e on e.id = de.employee_id where e.active and de.organization_id = ${organizationId}`;
  const orders = await sql`select id, department_id, number from orders where number > 10000 and number % 3 <> 0`;
  for (const order of orders) {
    const candidates = executors.filter((e) => e.department_id === order.department_id);
    if (candidates.length === 0) continue;
    await sql`insert into order_executors (organization_id, order_id, employee_id, position) values (${organizationId}, ${order.id}, ${candidates[order.number % candidates.length]!.employee_id}, 0)`;
  }
});
afterAll(() => t?.close());

/** Independent query: the ids the API must return, in its order (important first, then the sort). */
async function expected(where: string, params: unknown[] = [], order = "o.updated_at desc, o.id desc"): Promise<string[]> {
  const rows = await t.database.sql.unsafe(
    `select o.id from orders o join buildings b on b.id = o.building_id
     where o.organization_id = $1 and (${where}) order by o.important_comment_unseen desc, ${order}`,
    [organizationId, ...params] as never[],
  );
  return rows.map((r) => r.id as string);
}

describe("orders list", () => {
  it.each([
    ["All (default: not attached to an incident)", {}, "o.incident_id is null"],
    ["New tab", { tab: "NEW" }, "o.status in ('PENDING', 'REOPENED') and o.incident_id is null"],
    ["incident: attached", { filter: { incident: "ATTACHED" } }, "o.incident_id is not null"],
    ["incident: any", { filter: { incident: "ANY" } }, "true"],
    ["statuses", { filter: { statuses: ["PAUSED", "DONE"] } }, "o.status in ('PAUSED', 'DONE') and o.incident_id is null"],
    ["channels", { filter: { channels: ["VISIT"] } }, "o.channel = 'VISIT' and o.incident_id is null"],
    ["label: important comment", { filter: { labels: ["IMPORTANT_COMMENT"] } }, "o.important_comment_unseen and o.incident_id is null"],
    ["created range", { filter: { createdFrom: "2026-01-20T00:00:00Z", createdTo: "2026-02-10T00:00:00Z" } }, "o.created_at between '2026-01-20' and '2026-02-10' and o.incident_id is null"],
    ["updated range", { filter: { updatedFrom: "2026-01-10T00:00:00Z", updatedTo: "2026-01-25T00:00:00Z" } }, "o.updated_at between '2026-01-10' and '2026-01-25' and o.incident_id is null"],
  ])("%s", async (_name, variables, where) => {
    const result = await all(variables);
    const ids = await expected(where);
    expect(result.ids).toEqual(ids);
    expect(result.totalCount).toBe(ids.length);
  });

  it("«Нарушен SLA» finds exactly the orders that show an SLA breach label (#15 bug 6)", async () => {
    const every = await all({ filter: { incident: "ANY" } });
    const showsBreach = every.ids.filter((_id, i) => every.labels[i]!.some((label) => label === "SLA_REACTION_BREACHED" || label === "SLA_EXECUTION_BREACHED"));
    expect(showsBreach.length).toBeGreaterThan(0);
    const breached = await all({ filter: { incident: "ANY", slaBreached: true } });
    expect([...breached.ids].sort()).toEqual([...showsBreach].sort());
    const notBreached = await all({ filter: { incident: "ANY", slaBreached: false } });
    expect([...notBreached.ids].sort()).toEqual(every.ids.filter((id) => !showsBreach.includes(id)).sort());
  });

  it("filters by service, department, building, quarter, group and executor exactly", async () => {
    const sql = t.database.sql;
    const [service] = await sql`select service_id as id from orders where number > 10000 group by service_id order by count(*) desc limit 1`;
    const [building] = await sql`select building_id as id from orders where number > 10000 group by building_id order by count(*) desc limit 1`;
    const [quarter] = await sql`select id from quarters where organization_id = ${organizationId} order by name limit 1`;
    const [group] = await sql`select id from object_groups where organization_id = ${organizationId} order by name limit 1`;
    const [department] = await sql`select department_id as id from orders where number > 10000 group by department_id order by count(*) desc limit 1`;
    const [executor] = await sql`select employee_id as id from order_executors group by employee_id order by count(*) desc limit 1`;
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ serviceIds: [service!.id] }, "o.service_id = $2", [service!.id]],
      [{ buildingIds: [building!.id] }, "o.building_id = $2", [building!.id]],
      [{ quarterIds: [quarter!.id] }, "b.quarter_id = $2", [quarter!.id]],
      [{ objectGroupIds: [group!.id] }, "b.object_group_id = $2", [group!.id]],
      [{ departmentIds: [department!.id] }, "o.department_id = $2", [department!.id]],
      [{ executorIds: [executor!.id] }, "exists (select 1 from order_executors x where x.order_id = o.id and x.employee_id = $2)", [executor!.id]],
      [{ serviceIds: [service!.id], statuses: ["PENDING", "IN_PROGRESS"] }, "o.service_id = $2 and o.status in ('PENDING', 'IN_PROGRESS')", [service!.id]],
    ];
    for (const [filter, where, params] of cases) {
      const result = await all({ filter });
      const ids = await expected(`${where} and o.incident_id is null`, params);
      expect(ids.length).toBeGreaterThan(0);
      expect(result.ids).toEqual(ids);
      expect(result.totalCount).toBe(ids.length);
    }
  });

  it("searches by number prefix, service, client name and phone, and address", async () => {
    const sql = t.database.sql;
    const [sample] = await sql`select c.full_name, c.phone, b.address, s.name from orders o join clients c on c.id = o.client_id
      join buildings b on b.id = o.building_id join services s on s.id = o.service_id where o.number = 10123`;
    const terms = ["10123", "1012", sample!.full_name.split(" ")[0], sample!.phone.slice(-7), sample!.address.split(",")[1]!.trim(), sample!.name.toLowerCase()];
    for (const term of terms) {
      const result = await all({ search: term, filter: { incident: "ANY" } });
      const digits = /^\d+$/.test(term);
      // Phones match from 5 digits on (#15: «128» must not bring up every phone with 128 in it).
      const text = `exists (select 1 from services s where s.id = o.service_id and s.name ilike '%' || $2 || '%')
        or b.address ilike '%' || $2 || '%'
        or exists (select 1 from clients c where c.id = o.client_id and (c.full_name ilike '%' || $2 || '%' or (${digits} and length($2) >= 5 and c.phone like '%' || $2 || '%')))`;
      const ids = await expected(digits ? `o.number::text like $2 || '%' or ${text}` : text, [term]);
      expect(ids.length, term).toBeGreaterThan(0);
      // A whole number naming an order shows that order first.
      const [exact] = digits ? await sql`select id from orders where organization_id = ${organizationId} and number = ${Number(term)}` : [];
      const want = exact ? [exact.id as string, ...ids.filter((id) => id !== exact.id)] : ids;
      expect(result.ids, term).toEqual(want);
    }
    expect((await all({ search: "10123", filter: { incident: "ANY" } })).numbers[0]).toBe(10123);
  });

  it.each([
    [{ field: "NUMBER", direction: "ASC" }, "o.number asc, o.id asc"],
    [{ field: "CREATED_AT", direction: "DESC" }, "o.created_at desc, o.id desc"],
    [{ field: "EXECUTION_DUE_AT", direction: "ASC" }, "coalesce(o.execution_due_at, 'infinity') asc, o.id asc"],
    [{ field: "UPDATED_AT", direction: "ASC" }, "o.updated_at asc, o.id asc"],
  ])("sorts by %o across pages with unseen important comments first", async (sort, order) => {
    const result = await all({ sort, filter: { incident: "ANY" } });
    expect(result.ids).toEqual(await expected("true", [], order));
  });

  it("Mine: the orders the viewer executes", async () => {
    const token = await t.login("plumber@domovoy.example");
    const [me] = await t.database.sql`select id from employees where email = 'plumber@domovoy.example'`;
    const result = await all({ tab: "MINE", filter: { incident: "ANY" } }, token);
    const ids = await expected("exists (select 1 from order_executors x where x.order_id = o.id and x.employee_id = $2)", [me!.id]);
    expect(ids.length).toBeGreaterThan(0);
    expect(result.ids).toEqual(ids);
    // Without ORDERS_READ_ALL, the All tab shows the same orders.
    expect((await all({ filter: { incident: "ANY" } }, token)).ids).toEqual(ids);
  });

  it("saved filters and columns survive a new session", async () => {
    const save = await t.graphql(`mutation { orderListPreferencesSave(list: ALL_ORDERS, filter: { statuses: [PENDING], channels: [VISIT], incident: ANY }, columns: [NUMBER, STATUS, CHANNEL, EXECUTION_DUE_AT]) { activeFilterCount columns } }`, {}, { token: dispatcher });
    expect(save.data!.orderListPreferencesSave).toEqual({ activeFilterCount: 3, columns: ["NUMBER", "STATUS", "CHANNEL", "EXECUTION_DUE_AT"] });
    const fresh = await t.login("dispatcher@domovoy.example");
    const read = await t.graphql(`{ orderListPreferences(list: ALL_ORDERS) { activeFilterCount columns filter { statuses channels incident } } }`, {}, { token: fresh });
    expect(read.data!.orderListPreferences).toEqual({ activeFilterCount: 3, columns: ["NUMBER", "STATUS", "CHANNEL", "EXECUTION_DUE_AT"], filter: { statuses: ["PENDING"], channels: ["VISIT"], incident: "ANY" } });
    const mine = await t.graphql(`{ orderListPreferences(list: MY_ORDERS) { activeFilterCount columns } }`, {}, { token: fresh });
    expect(mine.data!.orderListPreferences.columns).toEqual(["STATUS", "NUMBER", "SERVICE", "ADDRESS", "CLIENT", "EXECUTORS", "LABELS", "UPDATED_AT"]);
    const other = await t.login("dispatcher2@domovoy.example");
    expect((await t.graphql(`{ orderListPreferences(list: ALL_ORDERS) { activeFilterCount } }`, {}, { token: other })).data!.orderListPreferences.activeFilterCount).toBe(0);
  });

  it("a relation field asking for more than the list statement fetched is loaded whole, and agrees with the card", async () => {
    const fields = `number service { id name kind } building { address premisesCount } client { fullName email } department { id name }
      executors { fullName email } responsible { email } premise { number personalAccount }`;
    const list = await t.graphql(`{ orders(first: 30, filter: { incident: ANY }) { nodes { id ${fields} } } }`, {}, { token: dispatcher });
    const nodes = list.data!.orders.nodes as { id: string; executors: unknown[] }[];
    expect(nodes.some((n) => n.executors.length > 0)).toBe(true);
    for (const node of nodes.slice(0, 10)) {
      const card = await t.graphql(`query ($id: ID!) { order(id: $id) { id ${fields} } }`, { id: node.id }, { token: dispatcher });
      expect(node).toEqual(card.data!.order);
    }
  });

  it("a page fetches only the columns its fields read, and each field agrees with the card", async () => {
    // Every field the list narrows for (order-list-selection.ts), each asked for alone.
    const fields = [
      "number", "channel", "status", "description", "resumeBy", "incidentId", "createdAt", "updatedAt", "firstInProgressAt", "doneAt",
      "reactionDueAt", "executionDueAt", "version", "revision", "statusComment", "importantCommentUnseen", "baseDataLocked", "allowedStatuses",
      "labels", "slaReaction", "slaExecution", "rating { score comment cycle forLastCompletion ratedAt }", "service { id name }",
      "building { id address }", "premise { id number }", "client { id fullName phone }", "department { id name }", "executors { id fullName }",
      "responsible { id fullName }", "__typename",
    ];
    const sql = t.database.sql;
    // Some of them rated, paused, commented and attached, so no field is the same on every row.
    await sql`update orders set rating = 4, completions = 1, resume_by = now() + interval '1 day', status_comment = 'ждём запчасть', description = 'течёт кран'
      where organization_id = ${organizationId} and number between 10001 and 10400 and number % 7 = 0`;
    const statements: string[] = [];
    const counting = await t.startInstance({}, { onQuery: (query) => statements.push(query) });
    const cards = new Map<string, Record<string, unknown>>();
    for (const field of fields) {
      statements.length = 0;
      const list = await postGraphQL<{ orders: { nodes: Record<string, unknown>[] } }>(
        counting.url, `{ orders(first: 40, filter: { incident: ANY }) { nodes { id ${field} } } }`, {}, { token: dispatcher },
      );
      const nodes = list.data!.orders.nodes;
      expect(nodes, field).toHaveLength(40);
      for (const node of nodes) {
        if (!cards.has(node.id as string)) {
          const card = await t.graphql(`query ($id: ID!) { order(id: $id) { id ${fields.join(" ")} } }`, { id: node.id }, { token: dispatcher });
          cards.set(node.id as string, card.data!.order);
        }
        const name = field.split(" ")[0]!;
        expect(node[name], `${field} of ${node.id}`).toEqual(cards.get(node.id as string)![name]);
      }
      // Narrowed: the page's statement reads no column that no asked field needs.
      const page = statements.find((q) => /from "orders"/.test(q) && /limit 41/.test(q))!;
      expect(page, field).toBeDefined();
      if (field !== "description") expect(page, field).not.toMatch(/"orders"\."description"/);
      if (!field.startsWith("service")) expect(page, field).not.toMatch(/join "services"/);
    }
    // Through a fragment and edges, as the web app asks: still narrowed, same answers.
    statements.length = 0;
    const viaFragment = await postGraphQL<{ orders: { edges: { node: Record<string, unknown> }[] } }>(
      counting.url,
      `fragment Row on Order { id number labels client { fullName } } { orders(first: 40, filter: { incident: ANY }) { edges { cursor node { ...Row } } } }`,
      {}, { token: dispatcher },
    );
    for (const { node } of viaFragment.data!.orders.edges) expect(node.labels).toEqual(cards.get(node.id as string)!.labels);
    expect(statements.find((q) => /limit 41/.test(q))).not.toMatch(/"orders"\."description"/);
    // A field the list does not narrow for reads the whole row.
    statements.length = 0;
    const whole = await postGraphQL<{ orders: { nodes: { formAnswers: unknown[] }[] } }>(
      counting.url, `{ orders(first: 40, filter: { incident: ANY }) { nodes { id formAnswers { key value } } } }`, {}, { token: dispatcher },
    );
    expect(whole.data!.orders.nodes).toHaveLength(40);
    expect(statements.find((q) => /limit 41/.test(q))).toMatch(/"orders"\."description"/);
  });

  it("a relation asked for without its id reads no id column of the order, and agrees with the card (premise and client present or not)", async () => {
    const fields = "service { name } building { address } premise { number } client { fullName phone } department { name } executors { fullName }";
    // Some orders without a premise and a client (a common-area problem), so both kinds are on the page.
    await t.database.sql`update orders set premise_id = null, client_id = null where organization_id = ${organizationId} and number % 4 = 1`;
    const statements: string[] = [];
    const counting = await t.startInstance({}, { onQuery: (query) => statements.push(query) });
    const list = await postGraphQL<{ orders: { nodes: Record<string, unknown>[] } }>(
      counting.url, `{ orders(first: 60, filter: { incident: ANY }) { nodes { id ${fields} } } }`, {}, { token: dispatcher },
    );
    const nodes = list.data!.orders.nodes;
    expect(nodes).toHaveLength(60);
    const page = statements.find((q) => /from "orders"/.test(q) && /limit 61/.test(q))!;
    for (const column of ["service_id", "building_id", "premise_id", "client_id", "department_id"]) expect(page).not.toMatch(`"orders"."${column}" as`);
    // Rows with and without a premise and a client, each as the card shows it.
    expect(nodes.some((n) => n.premise === null) && nodes.some((n) => n.premise !== null)).toBe(true);
    expect(nodes.some((n) => n.client === null) && nodes.some((n) => n.client !== null)).toBe(true);
    for (const node of nodes) {
      const card = await t.graphql(`query ($id: ID!) { order(id: $id) { id ${fields} } }`, { id: node.id }, { token: dispatcher });
      expect(node).toEqual(card.data!.order);
    }
  });

  it("fetches a page with its relations in one SQL statement, plus one for totalCount", async () => {
    const statements: string[] = [];
    const counting = await t.startInstance({}, { onQuery: (query) => statements.push(query) });
    const query = `{ orders(first: 50, filter: { incident: ANY }) { totalCount nodes { id number status labels slaReaction
      service { name } building { address } premise { number } client { fullName phone } department { name } executors { fullName } responsible { id } } } }`;
    // The first request also warms the connection (postgres.js reads type information once).
    await postGraphQL(counting.url, query, {}, { token: dispatcher });
    statements.length = 0;
    const result = await postGraphQL<{ orders: { nodes: unknown[] } }>(counting.url, query, {}, { token: dispatcher });
    expect(result.data!.orders.nodes).toHaveLength(50);
    const work = statements.filter((q) => !/from "sessions"/.test(q));
    expect(work, work.join("\n---\n")).toHaveLength(2);
    // A search first resolves the term to buildings, clients and services (one small statement).
    statements.length = 0;
    await postGraphQL(counting.url, `{ orders(first: 50, search: "Иван", filter: { incident: ANY }) { totalCount nodes { id service { name } } } }`, {}, { token: dispatcher });
    expect(statements.filter((q) => !/from "sessions"/.test(q))).toHaveLength(3);
  });
});
