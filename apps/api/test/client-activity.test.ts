import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { newOrder } from "./support/factories.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let admin: string;
let executor: string;
let resident: string;
let foreignAdmin: string;
/** Integration tokens of УК «Домовой» and УК «Северный дом». */
let partner: string;
let foreignPartner: string;

const UPSERT = `mutation ($input: PartnerClientActivityInput!) {
  partnerClientActivityUpsert(input: $input) { created activity { id kind occurredAt title details amount order { id number } } } }`;
const BATCH = `mutation ($inputs: [PartnerClientActivityInput!]!) { partnerClientActivitiesUpsert(inputs: $inputs) { created activity { id title } } }`;
const PREMISE = `mutation ($input: PartnerPremiseUpdateInput!) { partnerPremiseUpdate(input: $input) { id personalAccount utilityBalance } }`;
const ACTIVITY = `query ($id: ID!, $first: Int, $after: String, $orderId: ID) {
  client(id: $id) { activity(first: $first, after: $after, orderId: $orderId) {
    totalCount edges { cursor node { id kind occurredAt title details amount order { id number status } } } pageInfo { hasNextPage endCursor } } } }`;

type Entry = { id: string; kind: string; occurredAt: string; title: string; amount: string | null; order: { id: string; number: number } | null };

async function createToken(token: string, name: string): Promise<{ id: string; token: string }> {
  const result = await t.graphql(`mutation ($name: String!) { integrationTokenCreate(name: $name) { token integrationToken { id name revokedAt } } }`, { name }, { token });
  expect(result.errors).toBeUndefined();
  return { id: result.data!.integrationTokenCreate.integrationToken.id, token: result.data!.integrationTokenCreate.token };
}

async function allActivity(clientId: string, orderId: string | null = null, first = 100): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: any; errors?: unknown } = await t.graphql(ACTIVITY, { id: clientId, first, after, orderId }, { token: dispatcher });
    expect(result.errors).toBeUndefined();
    const connection: { totalCount: number; edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = result.data!.client.activity;
    entries.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) {
      expect(connection.totalCount).toBe(entries.length);
      return entries;
    }
    after = connection.pageInfo.endCursor;
  }
}

const activityInput = (overrides: Record<string, unknown> = {}) => ({
  externalId: `ext-${Math.random().toString(36).slice(2)}`,
  kind: "PAYMENT",
  occurredAt: new Date().toISOString(),
  clientPhone: "+7 916 000-00-01",
  title: "Оплата ЖКУ за октябрь",
  amount: "4512.30",
  ...overrides,
});

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  admin = await t.login("admin@domovoy.example");
  executor = await t.login("plumber@domovoy.example");
  foreignAdmin = await t.login("admin@severny.example");
  resident = await t.residentLogin("+79160000001");
  partner = (await createToken(admin, "Биллинг")).token;
  foreignPartner = (await createToken(foreignAdmin, "Биллинг")).token;
});
afterAll(() => t?.close());

describe("integration tokens", () => {
  it("are created, listed and revoked by employees with INTEGRATIONS_MANAGE; the token is shown once", async () => {
    const created = await createToken(admin, "Пропуска");
    expect(created.token).toMatch(/^dmi_/);
    const listed = await t.graphql(`{ integrationTokens { id name revokedAt } }`, {}, { token: admin });
    expect(listed.data!.integrationTokens).toContainEqual({ id: created.id, name: "Пропуска", revokedAt: null });
    expect(JSON.stringify(listed.data)).not.toContain(created.token);
    // Another organization's admin cannot revoke it; a dispatcher may not manage tokens at all.
    const foreign = await t.graphql(`mutation ($id: ID!) { integrationTokenRevoke(id: $id) { id } }`, { id: created.id }, { token: foreignAdmin });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const asDispatcher = await t.graphql(`{ integrationTokens { id } }`, {}, { token: dispatcher });
    expect(asDispatcher.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const revoked = await t.graphql(`mutation ($id: ID!) { integrationTokenRevoke(id: $id) { id revokedAt } }`, { id: created.id }, { token: admin });
    expect(revoked.data!.integrationTokenRevoke.revokedAt).not.toBeNull();
  });
});

describe("partner ingestion", () => {
  it("is idempotent by external id: the same id again updates the entry instead of adding one", async () => {
    const input = activityInput({ externalId: "pay-2026-10-001" });
    const first = await t.graphql(UPSERT, { input }, { token: partner });
    expect(first.errors).toBeUndefined();
    expect(first.data!.partnerClientActivityUpsert).toMatchObject({ created: true, activity: { kind: "PAYMENT", title: "Оплата ЖКУ за октябрь", amount: "4512.30" } });
    const again = await t.graphql(UPSERT, { input: { ...input, title: "Оплата ЖКУ за октябрь (уточнено)", amount: "4600.00" } }, { token: partner });
    expect(again.data!.partnerClientActivityUpsert).toMatchObject({ created: false, activity: { id: first.data!.partnerClientActivityUpsert.activity.id, amount: "4600.00" } });
    const rows = await t.database.sql`select title, amount from client_activities where external_id = 'pay-2026-10-001'`;
    expect(rows).toEqual([{ title: "Оплата ЖКУ за октябрь (уточнено)", amount: 460000n }]);
    // The source is the namespace: another system may reuse the same external id.
    const other = await t.graphql(UPSERT, { input: { ...input, source: "passes", kind: "PASS", amount: null } }, { token: partner });
    expect(other.data!.partnerClientActivityUpsert.created).toBe(true);
  });

  it("takes a batch in one transaction: all or nothing, results in input order", async () => {
    const inputs = [activityInput({ title: "Показания ХВС", kind: "METER_READING", amount: null }), activityInput({ title: "Опрос о качестве уборки", kind: "SURVEY", amount: null })];
    const ok = await t.graphql(BATCH, { inputs }, { token: partner });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.partnerClientActivitiesUpsert.map((r: { created: boolean; activity: { title: string } }) => [r.created, r.activity.title])).toEqual([
      [true, "Показания ХВС"],
      [true, "Опрос о качестве уборки"],
    ]);
    const bad = await t.graphql(BATCH, { inputs: [activityInput({ externalId: "batch-ok-1" }), activityInput({ clientPhone: "+79990001122" })] }, { token: partner });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "inputs.1.clientPhone" });
    expect(await t.database.sql`select 1 from client_activities where external_id = 'batch-ok-1'`).toHaveLength(0);
    const duplicate = await t.graphql(BATCH, { inputs: [activityInput({ externalId: "dup" }), activityInput({ externalId: "dup" })] }, { token: partner });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "DUPLICATE_EXTERNAL_ID" });
  });

  it("refuses details over 4,000 characters with the field and the limit instead of cutting them (#10 item 16)", async () => {
    const long = await t.graphql(BATCH, { inputs: [activityInput({ externalId: "long-0" }), activityInput({ externalId: "long-1", details: "д".repeat(4001) })] }, { token: partner });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inputs.1.details", reason: "TOO_LONG", limit: 4000 });
    expect(await t.database.sql`select 1 from client_activities where external_id like 'long-%'`).toHaveLength(0);
    const fits = await t.graphql(UPSERT, { input: activityInput({ externalId: "long-2", details: "д".repeat(4000) }) }, { token: partner });
    expect(fits.errors).toBeUndefined();
    const [row] = await t.database.sql`select length(details) as n from client_activities where external_id = 'long-2'`;
    expect(row!.n).toBe(4000);
  });

  it("finds the client by id, phone, or personal account (the premise's owner) and ties entries to premise and order", async () => {
    const order = await newOrder(t);
    const [premise] = await t.database.sql`select personal_account from premises where id = ${f.residentPremise}`;
    const byAccount = await t.graphql(
      UPSERT,
      { input: activityInput({ clientPhone: null, personalAccount: premise!.personal_account, orderNumber: order.number, kind: "PASS", title: "Пропуск для мастера", amount: null }) },
      { token: partner },
    );
    expect(byAccount.errors).toBeUndefined();
    expect(byAccount.data!.partnerClientActivityUpsert.activity.order).toEqual({ id: order.id, number: order.number });
    const [row] = await t.database.sql`select client_id, premise_id, order_id from client_activities where id = ${byAccount.data!.partnerClientActivityUpsert.activity.id}`;
    expect(row).toEqual({ client_id: f.residentClient, premise_id: f.residentPremise, order_id: order.id });
    const byId = await t.graphql(UPSERT, { input: activityInput({ clientPhone: null, clientId: f.residentClient }) }, { token: partner });
    expect(byId.errors).toBeUndefined();
    const missing = await t.graphql(UPSERT, { input: activityInput({ clientPhone: null }) }, { token: partner });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CLIENT_REQUIRED" });
    const [otherClient] = await t.database.sql`select id from clients where organization_id = ${f.organizationId} and id <> ${f.residentClient} limit 1`;
    const otherOrder = await t.graphql(UPSERT, { input: activityInput({ clientPhone: null, clientId: otherClient!.id, orderNumber: order.number }) }, { token: partner });
    expect(otherOrder.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORDER_OF_ANOTHER_CLIENT" });
  });

  it("is refused without a valid integration token", async () => {
    const input = activityInput();
    const premiseInput = { personalAccount: "4020010012", utilityBalance: "-1.00" };
    const codes = async (token: string | undefined) => [
      (await t.graphql(UPSERT, { input }, { token })).errors?.[0]?.extensions?.code,
      (await t.graphql(PREMISE, { input: premiseInput }, { token })).errors?.[0]?.extensions?.code,
    ];
    expect(await codes(undefined)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(await codes("dmi_not-a-real-token")).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(await codes(admin)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(await codes(dispatcher)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(await codes(resident)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const revocable = await createToken(admin, "Временный");
    expect((await t.graphql(UPSERT, { input: activityInput() }, { token: revocable.token })).errors).toBeUndefined();
    await t.graphql(`mutation ($id: ID!) { integrationTokenRevoke(id: $id) { id } }`, { id: revocable.id }, { token: admin });
    expect(await codes(revocable.token)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    // Nothing was written by the refused calls.
    expect(await t.database.sql`select 1 from client_activities where external_id = ${input.externalId}`).toHaveLength(0);
  });

  it("never crosses organizations: another organization's clients, premises and orders are not found", async () => {
    const order = await newOrder(t);
    const [premise] = await t.database.sql`select personal_account from premises where id = ${f.residentPremise}`;
    const attempts = [
      activityInput({ clientPhone: null, clientId: f.residentClient }),
      activityInput({ clientPhone: "+79160000001" }),
      activityInput({ clientPhone: null, personalAccount: premise!.personal_account }),
      activityInput({ clientPhone: "+79160000004", orderNumber: 999_999 }),
    ];
    for (const input of attempts) {
      const result = await t.graphql(UPSERT, { input }, { token: foreignPartner });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("NOT_FOUND");
    }
    // The order number exists in «Домовой» only (Северный has 20 seeded orders): not found for Северный.
    const foreignNumber = await t.graphql(UPSERT, { input: activityInput({ clientPhone: "+79160000004", orderNumber: order.number }) }, { token: foreignPartner });
    expect(foreignNumber.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const input of [{ premiseId: f.residentPremise, utilityBalance: "100.00" }, { personalAccount: premise!.personal_account, utilityBalance: "100.00" }]) {
      const result = await t.graphql(PREMISE, { input }, { token: foreignPartner });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    // A phone both organizations know lands on the token's own organization's client.
    const shared = await t.graphql(UPSERT, { input: activityInput({ clientPhone: "+79160000003" }) }, { token: foreignPartner });
    expect(shared.errors).toBeUndefined();
    const [row] = await t.database.sql`select o.slug from client_activities a join clients c on c.id = a.client_id join organizations o on o.id = c.organization_id
      where a.id = ${shared.data!.partnerClientActivityUpsert.activity.id}`;
    expect(row!.slug).toBe("severny");
    const [balance] = await t.database.sql`select utility_balance from premises where id = ${f.residentPremise}`;
    expect(balance!.utility_balance).not.toBe("10000");
  });
});

describe("client activity", () => {
  it("lists orders, chat messages, calls and partner entries newest first, page by page", async () => {
    const order = await newOrder(t);
    const base = Date.now() + 3_600_000;
    await t.database.sql`insert into chat_messages (organization_id, order_id, author_kind, author_client_id, text, created_at)
      values (${f.organizationId}, ${order.id}, 'RESIDENT', ${f.residentClient}, 'Когда придёт мастер?', ${new Date(base + 1000).toISOString()}::timestamptz),
             (${f.organizationId}, ${order.id}, 'EMPLOYEE', null, 'Завтра с 10 до 12', ${new Date(base + 2000).toISOString()}::timestamptz)`;
    await t.graphql(UPSERT, { input: activityInput({ kind: "CALL", title: "Входящий звонок", occurredAt: new Date(base + 3000).toISOString(), orderNumber: order.number, amount: null }) }, { token: partner });
    await t.graphql(UPSERT, { input: activityInput({ kind: "MEETING", title: "Общее собрание собственников", occurredAt: new Date(base + 4000).toISOString(), amount: null }) }, { token: partner });
    // Same instant as the meeting: the id breaks the tie, so paging neither skips nor repeats it.
    await t.graphql(UPSERT, { input: activityInput({ kind: "PAYMENT", title: "Оплата пени", occurredAt: new Date(base + 4000).toISOString() }) }, { token: partner });

    const all = await allActivity(f.residentClient);
    const times = all.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.slice(0, 2).map((e) => e.title).sort()).toEqual(["Общее собрание собственников", "Оплата пени"]);
    expect(all.slice(2, 4).map((e) => [e.kind, e.title])).toEqual([
      ["CALL", "Входящий звонок"],
      ["CHAT_MESSAGE", "Когда придёт мастер?"],
    ]);
    // Staff messages are not the client's activity.
    expect(all.some((e) => e.title === "Завтра с 10 до 12")).toBe(false);
    const orderEntry = all.find((e) => e.kind === "ORDER" && e.order?.id === order.id);
    expect(orderEntry).toMatchObject({ title: "Засор канализации", order: { number: order.number } });
    const kinds = new Set(all.map((e) => e.kind));
    for (const kind of ["ORDER", "CHAT_MESSAGE", "CALL", "PAYMENT", "MEETING"]) expect(kinds).toContain(kind);

    const paged = await allActivity(f.residentClient, null, 3);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it("«Активность по заявке» keeps only the entries of that order", async () => {
    const order = await newOrder(t);
    const other = await newOrder(t);
    await t.database.sql`insert into chat_messages (organization_id, order_id, author_kind, author_client_id, text)
      values (${f.organizationId}, ${order.id}, 'RESIDENT', ${f.residentClient}, 'По этой заявке'),
             (${f.organizationId}, ${other.id}, 'RESIDENT', ${f.residentClient}, 'По другой заявке')`;
    await t.graphql(UPSERT, { input: activityInput({ kind: "PASS", title: "Пропуск для сантехника", orderNumber: order.number, amount: null }) }, { token: partner });
    await t.graphql(UPSERT, { input: activityInput({ kind: "PAYMENT", title: "Платёж без заявки" }) }, { token: partner });
    const entries = await allActivity(f.residentClient, order.id);
    expect(entries.map((e) => [e.kind, e.title]).sort()).toEqual(
      [
        ["CHAT_MESSAGE", "По этой заявке"],
        ["ORDER", "Засор канализации"],
        ["PASS", "Пропуск для сантехника"],
      ].sort(),
    );
    expect(entries.every((e) => e.order?.id === order.id)).toBe(true);
    const foreignOrder = await t.graphql(ACTIVITY, { id: f.residentClient, orderId: "00000000-0000-4000-8000-000000000000" }, { token: dispatcher });
    expect(foreignOrder.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("is staff-only: a resident cannot read even their own activity; an executor sees only orders they execute", async () => {
    const asResident = await t.graphql(ACTIVITY, { id: f.residentClient }, { token: resident });
    expect(asResident.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(asResident.data?.client ?? null).toBeNull();
    // The plumber executes one of the client's orders: its entry and its chat show, other orders do not.
    const executed = await newOrder(t);
    const other = await newOrder(t);
    await t.database.sql`insert into order_executors (organization_id, order_id, employee_id, position) values (${f.organizationId}, ${executed.id}, ${f.plumber}, 0)`;
    await t.database.sql`insert into chat_messages (organization_id, order_id, author_kind, author_client_id, text)
      values (${f.organizationId}, ${executed.id}, 'RESIDENT', ${f.residentClient}, 'Исполнителю видно'),
             (${f.organizationId}, ${other.id}, 'RESIDENT', ${f.residentClient}, 'Исполнителю не видно')`;
    const asExecutor = await t.graphql(ACTIVITY, { id: f.residentClient, first: 100 }, { token: executor });
    expect(asExecutor.errors).toBeUndefined();
    const seen = asExecutor.data!.client.activity.edges.map((e: { node: Entry }) => e.node);
    const [count] = await t.database.sql`select count(*)::int as n from orders o where o.client_id = ${f.residentClient}
      and exists (select 1 from order_executors e where e.order_id = o.id and e.employee_id = ${f.plumber})`;
    expect(seen.filter((e: Entry) => e.kind === "ORDER").length).toBe(Math.min(count!.n, 100));
    expect(seen.some((e: Entry) => e.kind === "ORDER" && e.order?.id === executed.id)).toBe(true);
    expect(seen.some((e: Entry) => e.order?.id === other.id)).toBe(false);
    expect(seen.map((e: Entry) => e.title)).toContain("Исполнителю видно");
    expect(seen.map((e: Entry) => e.title)).not.toContain("Исполнителю не видно");
    // A partner entry about an order the executor cannot see shows without the order; that order's
    // own activity is not found for them.
    await t.graphql(UPSERT, { input: activityInput({ kind: "PASS", title: "Пропуск по чужой заявке", orderNumber: other.number, amount: null }) }, { token: partner });
    const again = await t.graphql(ACTIVITY, { id: f.residentClient, first: 5 }, { token: executor });
    const pass = again.data!.client.activity.edges.map((e: { node: Entry }) => e.node).find((e: Entry) => e.title === "Пропуск по чужой заявке");
    expect(pass).toMatchObject({ kind: "PASS", order: null });
    const byOther = await t.graphql(ACTIVITY, { id: f.residentClient, orderId: other.id }, { token: executor });
    expect(byOther.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("reads the client page's orders newest first", async () => {
    const first = await newOrder(t);
    const second = await newOrder(t);
    const result = await t.graphql(`query ($id: ID!) { client(id: $id) { orders(first: 2) { totalCount nodes { id number status service { name } } } } }`, { id: f.residentClient }, { token: dispatcher });
    expect(result.errors).toBeUndefined();
    expect(result.data!.client.orders.nodes.map((o: { id: string }) => o.id)).toEqual([second.id, first.id]);
    expect(result.data!.client.orders.totalCount).toBeGreaterThanOrEqual(2);
  });
});

describe("client block data", () => {
  it("shows a billing update of the order's premise (debt/advance, account) and pushes it live", async () => {
    const order = await newOrder(t);
    const socket = t.ws(dispatcher);
    const sub = subscribe(socket, `subscription ($id: ID) { clientUpdated(id: $id) { id premises { premise { id utilityBalance } } } }`, { id: f.residentClient });
    await new Promise((r) => setTimeout(r, 200));
    const [premise] = await t.database.sql`select personal_account from premises where id = ${f.residentPremise}`;
    const debt = await t.graphql(PREMISE, { input: { personalAccount: premise!.personal_account, utilityBalance: "-1234.50" } }, { token: partner });
    expect(debt.errors).toBeUndefined();
    expect(debt.data!.partnerPremiseUpdate.utilityBalance).toBe("-1234.50");
    const card = await t.graphql(`query ($n: Int!) { orderByNumber(number: $n) { premise { utilityBalance personalAccount } } }`, { n: order.number }, { token: dispatcher });
    expect(card.data!.orderByNumber.premise).toEqual({ utilityBalance: "-1234.50", personalAccount: premise!.personal_account });
    await sub.next(1);
    const pushed = sub.events[0]!.data!.clientUpdated.premises.find((p: { premise: { id: string } }) => p.premise.id === f.residentPremise);
    expect(pushed.premise.utilityBalance).toBe("-1234.50");

    const advance = await t.graphql(PREMISE, { input: { premiseId: f.residentPremise, utilityBalance: "250.00", newPersonalAccount: "4029990001" } }, { token: partner });
    expect(advance.data!.partnerPremiseUpdate).toMatchObject({ utilityBalance: "250.00", personalAccount: "4029990001" });
    const [otherPremise] = await t.database.sql`select id from premises where organization_id = ${f.organizationId} and id <> ${f.residentPremise} limit 1`;
    const taken = await t.graphql(PREMISE, { input: { premiseId: otherPremise!.id, newPersonalAccount: "4029990001" } }, { token: partner });
    expect(taken.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    sub.unsubscribe();
  });
});

describe("organization block", () => {
  it("names the organization and the administrators of the building's quarter and object group", async () => {
    const order = await newOrder(t);
    const result = await t.graphql(
      `query ($id: ID!) { organization { name phone email } order(id: $id) { building { address
        quarter { name administrators { fullName email phone } } objectGroup { name administrators { fullName email phone } } } } }`,
      { id: order.id },
      { token: dispatcher },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.organization).toMatchObject({ name: "УК «Домовой»", phone: "+74957750101", email: "info@domovoy.example" });
    const building = result.data!.order.building;
    expect(building.address).toBe("г. Москва, ул. Профсоюзная, д. 56");
    expect(building.quarter.name).toBe("Квартал Северный");
    expect(building.quarter.administrators.map((a: { fullName: string }) => a.fullName)).toEqual(["Кузнецов Михаил Петрович"]);
    expect(building.objectGroup.name).toBe("Эксплуатационный участок № 1");
    expect(building.objectGroup.administrators).toEqual([expect.objectContaining({ fullName: "Громов Виталий Олегович", email: "gromov@domovoy.example" })]);
    expect(building.objectGroup.administrators[0].phone).toMatch(/^\+7\d{10}$/);
  });
});

describe("no N+1", () => {
  it("reads a page of activity in one statement and the card's side blocks in a fixed number", async () => {
    const statements: string[] = [];
    const counting = await t.startInstance({}, { onQuery: (query) => statements.push(query) });
    const order = await newOrder(t);
    const query = `query ($id: ID!, $orderId: ID!, $first: Int!) {
      client(id: $id) { id activity(first: $first) { edges { node { id kind title amount order { id number status } } } pageInfo { hasNextPage } }
        byOrder: activity(first: $first, orderId: $orderId) { edges { node { id } } }
        orders(first: $first) { totalCount nodes { id number status service { name } } } }
      organization { name }
      order(id: $orderId) { building { quarter { administrators { fullName phone } } objectGroup { administrators { fullName email } } } } }`;
    const run = async (first: number) => {
      statements.length = 0;
      const result = await postGraphQL<{ client: { activity: { edges: unknown[] } } }>(counting.url, query, { id: f.residentClient, orderId: order.id, first }, { token: dispatcher });
      expect(result.errors).toBeUndefined();
      // postgres.js reads type information once per new connection: not the request's own work.
      return { entries: result.data!.client.activity.edges.length, work: statements.filter((q) => !/from "sessions"|pg_catalog/.test(q)) };
    };
    await run(1);
    const small = await run(2);
    const large = await run(100);
    expect(large.entries).toBeGreaterThan(5);
    // The same statements for 2 entries or 100: client, order, building, quarter, object group, two administrator
    // lists, organization, activity ×2, order check, client orders + count, services.
    const shape = (work: string[]) => work.map((q) => q.trim().slice(0, 60)).sort();
    expect(shape(large.work)).toEqual(shape(small.work));
    expect(large.work.length).toBeLessThanOrEqual(15);
    const work = large.work;
    const activityStatements = work.filter((q) => /client_activities/.test(q));
    expect(activityStatements).toHaveLength(2);
  });
});
