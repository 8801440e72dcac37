import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOrder } from "./support/factories.js";
import { startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { ACTORS, matrixRows, type Actor, type Expectation, type Fixtures, type MatrixRow } from "./support/matrix-rows.js";
import type { ScratchTable } from "./support/matrix-kit.js";

/**
 * Every root Query, Mutation and Subscription field × every actor × own / foreign / missing
 * target. A root field without a row fails the suite, so each feature must state who may use it.
 */
let t: TestServer;
let fixtures: Fixtures;
const tokens = {} as Record<Actor, string | undefined>;

beforeAll(async () => {
  t = await startTestServer();
  fixtures = await loadFixtures(t);
  tokens.anonymous = undefined;
  tokens.resident = await t.residentLogin("+79160000001");
  tokens.dispatcher = await t.login("dispatcher@domovoy.example");
  tokens.executor = await t.login("plumber@domovoy.example");
  tokens.administrator = await t.login("admin@domovoy.example");
  tokens.foreignEmployee = await t.login("admin@severny.example");
});
afterAll(() => t?.close());

async function loadFixtures(server: TestServer): Promise<Fixtures> {
  const one = async (table: string, org: string) => {
    const rows = await server.database.sql.unsafe(
      `select t.id from ${table} t join organizations o on o.id = t.organization_id where o.slug = $1 order by t.id limit 1`,
      [org],
    );
    return rows[0]!.id as string;
  };
  const sql = server.database.sql;
  const orgId = async (slug: string) => (await sql`select id from organizations where slug = ${slug}`)[0]!.id as string;
  /** Both organizations have this service (newOrder answers its required field). */
  const plainService = async (slug: string) =>
    (await sql`select id from services where organization_id = ${await orgId(slug)} and name = 'Засор канализации'`)[0]!.id as string;
  /** Orders made through the API, as staff would, beside the seeded ones. */
  const makeOrder = async (slug: string, token: string, premiseId: string | null, clientId: string | null) => {
    const [place] = premiseId
      ? await sql`select building_id from premises where id = ${premiseId}`
      : await sql`select id as building_id from buildings where organization_id = ${await orgId(slug)} order by id limit 1`;
    return newOrder(server, { serviceId: await plainService(slug), buildingId: place!.building_id, premiseId, clientId, token });
  };
  const [resident] = await sql`select c.id, cp.premise_id from clients c join client_premises cp on cp.client_id = c.id
    where c.phone = '+79160000001' and c.organization_id = ${await orgId("domovoy")} limit 1`;
  const ownToken = await server.login("dispatcher@domovoy.example");
  const foreignToken = await server.login("admin@severny.example");
  // The foreign organization's order gets a number the own one never reaches in this test.
  await sql`insert into order_counters (organization_id, last_number) values (${await orgId("severny")}, 900000)
    on conflict (organization_id) do update set last_number = 900000`;
  const ownOrder = await makeOrder("domovoy", ownToken, resident!.premise_id, resident!.id);
  const cancellable = await makeOrder("domovoy", ownToken, resident!.premise_id, resident!.id);
  const foreignOrder = await makeOrder("severny", foreignToken, null, null);
  // Raised by the executor in the employee app, executed by nobody yet: theirs to see.
  const executorCreated = await makeOrder("domovoy", await server.login("plumber@domovoy.example"), resident!.premise_id, resident!.id);
  const foreignCancellable = await makeOrder("severny", foreignToken, null, null);
  const extra = async (slug: string, order: { id: string; number: number }, cancellableOrder: { id: string }, premise: string, createdByExecutor: { id: string }) => ({
    order: order.id,
    executorCreatedOrder: createdByExecutor.id,
    orderNumber: order.number,
    cancellableOrder: cancellableOrder.id,
    residentPremise: premise,
    plainService: await plainService(slug),
    dispatchDepartment: (await sql`select id from departments where organization_id = ${await orgId(slug)} order by name limit 1`)[0]!.id as string,
  });
  const [foreignPremise] = await sql`select id from premises where organization_id = ${await orgId("severny")} limit 1`;
  const makeIncident = async (slug: string, token: string) => {
    const result = await server.graphql<{ incidentCreate: { id: string } }>(
      `mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id } }`,
      { input: { title: "Матрица", serviceId: await plainService(slug), scope: [{ buildingId: await one("buildings", slug) }] } },
      { token },
    );
    if (!result.data) throw new Error(`incidentCreate failed: ${JSON.stringify(result.errors)}`);
    return result.data.incidentCreate.id;
  };
  const incidents = { domovoy: await makeIncident("domovoy", ownToken), severny: await makeIncident("severny", foreignToken) };
  const ids = async (org: string) => ({
    ...(org === "domovoy"
      ? await extra(org, ownOrder, cancellable, resident!.premise_id, executorCreated)
      : await extra(org, foreignOrder, foreignCancellable, foreignPremise!.id, foreignOrder)),
    incident: incidents[org as keyof typeof incidents],
    client: await one("clients", org),
    building: await one("buildings", org),
    quarter: await one("quarters", org),
    objectGroup: await one("object_groups", org),
    legalEntity: await one("legal_entities", org),
    premise: await one("premises", org),
    employee: await one("employees", org),
    department: await one("departments", org),
    role: await one("roles", org),
    service: await one("services", org),
    priceListItem: await one("price_list_items", org),
    paidService: (
      await server.database.sql`select s.id from services s join organizations o on o.id = s.organization_id where o.slug = ${org} and s.kind = 'PAID' order by s.id limit 1`
    )[0]!.id as string,
  });
  return { own: await ids("domovoy"), foreign: await ids("severny"), missing: randomUUID(), residentClientId: resident!.id as string };
}

type Outcome = "OK" | string;

async function run(row: MatrixRow, actor: Actor, target: "own" | "foreign" | "missing", expected: Outcome = "OK"): Promise<Outcome> {
  const token = row.freshSession && tokens[actor] ? await freshToken(actor) : tokens[actor];
  const versionOf = async (id: string) => ((await t.database.sql`select version from orders where id = ${id}`)[0]?.version as number) ?? 1;
  const incidentVersionOf = async (id: string) => ((await t.database.sql`select version from incidents where id = ${id}`)[0]?.version as number) ?? 1;
  const attachDirectly = async (orderId: string, incidentId: string) => {
    await t.database.sql`update orders set incident_id = ${incidentId} where id = ${orderId}`;
  };
  const versionIn = async (table: string, id: string) =>
    ((await t.database.sql.unsafe(`select version from ${table} where id = $1`, [id]))[0]?.version as number) ?? 1;
  const scratch = async (table: ScratchTable) => {
    if (target === "missing") return { id: fixtures.missing };
    const sql = t.database.sql;
    const [org] = await sql`select id from organizations where slug = ${target === "own" ? "domovoy" : "severny"}`;
    const name = `Матрица ${randomUUID()}`;
    const rows =
      table === "buildings"
        ? await sql`insert into buildings (organization_id, address) values (${org!.id}, ${name}) returning id`
        : table === "premises"
          ? await sql`insert into premises (organization_id, building_id, number, sort_key)
              select ${org!.id}, id, ${name.slice(-12)}, ${name.slice(-12)} from buildings where organization_id = ${org!.id} order by id limit 1 returning id`
          : table === "roles"
            ? await sql`insert into roles (organization_id, name, notification_settings) values (${org!.id}, ${name}, ${JSON.stringify({ newOrders: false, serviceIds: [], departmentIds: [], chatMessages: false, importantComments: false, refundRequests: false })}::jsonb) returning id`
            : await sql.unsafe(`insert into ${table} (organization_id, name) values ($1, $2) returning id`, [org!.id, name]);
    return { id: rows[0]!.id as string };
  };
  const variables = (await row.variables?.({ fixtures, target, actor, versionOf, incidentVersionOf, versionIn, attachDirectly, scratch })) ?? {};
  if (row.kind === "subscription") {
    if (!token) return "UNAUTHENTICATED";
    const sub = subscribe(t.ws(token), row.document, variables);
    // A quiet subscription is OK after 250 ms; a refusal that needs a database read (the order's
    // visibility) may take longer on a loaded machine, so it is given up to 3 s to arrive.
    await sub.next(1, expected === "OK" ? 250 : 3000).catch(() => undefined);
    sub.unsubscribe();
    const error = sub.error as { code?: number } | readonly { extensions?: { code?: string } }[] | undefined;
    if (Array.isArray(error)) return String(error[0]?.extensions?.code);
    if (error) return `SOCKET_${(error as { code?: number }).code}`;
    const errored = sub.events.find((e) => e.errors);
    return errored ? String(errored.errors![0]!.extensions?.code) : "OK";
  }
  const result = await t.graphql(row.document, variables, { token });
  if (result.errors?.length) return String(result.errors[0]!.extensions?.code);
  return "OK";
}

const sessionsFor = { resident: "+79160000001" } as Record<string, string>;
const emails: Partial<Record<Actor, string>> = {
  dispatcher: "dispatcher@domovoy.example",
  executor: "plumber@domovoy.example",
  administrator: "admin@domovoy.example",
  foreignEmployee: "admin@severny.example",
};
async function freshToken(actor: Actor): Promise<string> {
  return actor === "resident" ? t.residentLogin(sessionsFor.resident!) : t.login(emails[actor]!);
}

/** What a foreign or missing target must answer: NOT_FOUND where the own target is allowed. */
function expectedFor(own: Expectation, target: "own" | "foreign" | "missing"): Outcome {
  if (target === "own" || own !== "OK") return own;
  return "NOT_FOUND";
}

describe("authorization matrix", () => {
  it("has a row for every root field of the schema", async () => {
    const { data } = await t.graphql<IntrospectionQuery>(getIntrospectionQuery());
    const roots = data!.__schema.types.filter((type) => ["Query", "Mutation", "Subscription"].includes(type.name));
    const fields = roots.flatMap((type) => ("fields" in type && type.fields ? type.fields.map((f) => f.name) : []));
    const covered = new Set(matrixRows.map((row) => row.field));
    expect(fields.filter((f) => !covered.has(f))).toEqual([]);
    expect([...covered].filter((f) => !fields.includes(f))).toEqual([]);
  });

  for (const row of matrixRows) {
    describe(row.field, () => {
      for (const actor of ACTORS) {
        const targets = row.targeted ? (["own", "foreign", "missing"] as const) : (["own"] as const);
        it.each(targets)(`${actor} → %s`, async (target) => {
          // The foreign organization's employee is the "foreign" actor: for targeted rows our ids are foreign to them.
          const own = row.expect[actor];
          const expected = actor === "foreignEmployee" && row.targeted && own === "OK" ? (target === "foreign" ? "OK" : "NOT_FOUND") : expectedFor(own, target);
          expect(await run(row, actor, target, expected)).toBe(expected);
        });
      }
    });
  }

  it("foreign and missing ids answer with the same error and message", async () => {
    const query = `query ($id: ID!) { client(id: $id) { id } }`;
    const foreign = await t.graphql(query, { id: fixtures.foreign.client }, { token: tokens.dispatcher });
    const missing = await t.graphql(query, { id: fixtures.missing }, { token: tokens.dispatcher });
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
