import { sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Database, Tx } from "../client.js";
import * as schema from "../schema/index.js";
import { buildActivities } from "./activities.js";
import { assignExtensions, buildCalls } from "./calls.js";
import { buildReplyTemplates } from "./reply-templates.js";
import { buildOrganization, type SeedRows } from "./build.js";
import { buildOrders, type OrderSeedRows } from "./orders/index.js";
import { ORGANIZATIONS, type RoleName } from "./organizations.js";

export type SeedOptions = {
  /** Argon2 hash computed by the caller, used for every demo employee. */
  passwordHash: string;
  /** Reference time for relative timestamps such as last app logins and the orders' history; defaults to now. */
  now?: Date;
};

export type SeedResult = { organizations: { id: string; slug: string; name: string }[] };

export const DEMO_PASSWORD = "domovoy";

export const DEMO_ACCOUNTS: { organization: string; role: RoleName; email: string; password: string; fullName: string }[] = ORGANIZATIONS.flatMap(
  (organization) =>
    organization.employees
      .filter((employee) => employee.demo)
      .map((employee) => ({
        organization: organization.slug,
        role: employee.role,
        email: employee.email,
        password: DEMO_PASSWORD,
        fullName: employee.fullName,
      })),
);

export const DEMO_RESIDENTS: { organization: string; phone: string; fullName: string }[] = ORGANIZATIONS.flatMap((organization) =>
  organization.residents.map((resident) => ({ organization: organization.slug, phone: resident.phone, fullName: resident.fullName })),
);

const CHUNK_SIZE = 1000;

async function insertChunked<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await tx.insert(table).values(rows.slice(start, start + CHUNK_SIZE));
  }
}

async function insertOrganization(tx: Tx, rows: SeedRows): Promise<void> {
  await insertChunked(tx, schema.organizations, rows.organizations);
  await insertChunked(tx, schema.legalEntities, rows.legalEntities);
  await insertChunked(tx, schema.quarters, rows.quarters);
  await insertChunked(tx, schema.objectGroups, rows.objectGroups);
  await insertChunked(tx, schema.buildings, rows.buildings);
  await insertChunked(tx, schema.premises, rows.premises);
  await insertChunked(tx, schema.clients, rows.clients);
  await insertChunked(tx, schema.clientPremises, rows.clientPremises);
  await insertChunked(tx, schema.roles, rows.roles);
  await insertChunked(tx, schema.departments, rows.departments);
  await insertChunked(tx, schema.employees, rows.employees);
  await insertChunked(tx, schema.departmentEmployees, rows.departmentEmployees);
  await insertChunked(tx, schema.quarterAdministrators, rows.quarterAdministrators);
  await insertChunked(tx, schema.objectGroupAdministrators, rows.objectGroupAdministrators);
  await insertChunked(tx, schema.services, rows.services);
  await insertChunked(tx, schema.priceListItems, rows.priceListItems);
}

async function insertOrders(tx: Tx, rows: OrderSeedRows): Promise<void> {
  const incidents = rows.incidents;
  if (incidents) {
    await insertChunked(tx, schema.incidentCounters, incidents.incidentCounters);
    await insertChunked(tx, schema.incidents, incidents.incidents);
    await insertChunked(tx, schema.incidentScope, incidents.incidentScope);
    await insertChunked(tx, schema.incidentResponsibles, incidents.incidentResponsibles);
    await insertChunked(tx, schema.incidentEvents, incidents.incidentEvents);
  }
  await insertChunked(tx, schema.orderCounters, rows.orderCounters);
  await insertChunked(tx, schema.orders, rows.orders);
  await insertChunked(tx, schema.orderExecutors, rows.orderExecutors);
  await insertChunked(tx, schema.orderEvents, rows.orderEvents);
  await insertChunked(tx, schema.orderRatings, rows.orderRatings);
  await insertChunked(tx, schema.jobs, rows.jobs);
  await insertChecklists(tx, rows.orders.map((o) => o.id!));
}

/**
 * Open demo orders get their service's checklist, as the API copies it onto a new order (nothing
 * ticked yet); closed ones are history and have none. Ids derive from the order's, so every run
 * writes the same rows.
 */
async function insertChecklists(tx: Tx, orderIds: string[]): Promise<void> {
  for (let start = 0; start < orderIds.length; start += CHUNK_SIZE) {
    const ids = orderIds.slice(start, start + CHUNK_SIZE);
    await tx.execute(sql`
      insert into order_checklist_items (id, organization_id, order_id, position, title, required, photo_required, note_required)
      select md5(o.id::text || ':' || (t.ord - 1))::uuid, o.organization_id, o.id, (t.ord - 1)::smallint, t.item->>'title',
             coalesce((t.item->>'required')::boolean, true), coalesce((t.item->>'photoRequired')::boolean, false), coalesce((t.item->>'noteRequired')::boolean, false)
      from orders o
      join services s on s.id = o.service_id
      cross join lateral jsonb_array_elements(s.checklist_template) with ordinality as t(item, ord)
      where o.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and o.status not in ('DONE', 'CANCELLED')`);
  }
}

export async function isSeeded(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ id: schema.organizations.id }).from(schema.organizations).limit(1);
  return row !== undefined;
}

/** Inserts the demo organizations in one transaction; identical data (and ids) on every run. */
export async function seedDemo(database: Database, options: SeedOptions): Promise<SeedResult> {
  const buildOptions = { passwordHash: options.passwordHash, now: options.now ?? new Date() };
  const built = ORGANIZATIONS.map((definition) => buildOrganization(definition, buildOptions));
  for (const rows of built) assignExtensions(rows);
  const orders = ORGANIZATIONS.map((definition, index) =>
    buildOrders(built[index]!, { now: buildOptions.now, count: definition.orderCount, demoPhones: definition.residents.map((r) => r.phone) }),
  );

  const activities = ORGANIZATIONS.map((definition, index) =>
    buildActivities(built[index]!, orders[index]!, { now: buildOptions.now, demoPhones: definition.residents.map((r) => r.phone) }),
  );

  const calls = ORGANIZATIONS.map((definition, index) =>
    buildCalls(built[index]!, orders[index]!, { now: buildOptions.now, demoPhones: definition.residents.map((r) => r.phone) }),
  );

  await database.db.transaction(async (tx) => {
    for (const rows of built) await insertOrganization(tx, rows);
    for (const rows of orders) await insertOrders(tx, rows);
    for (const rows of activities) await insertChunked(tx, schema.clientActivities, rows);
    for (const rows of calls) {
      await insertChunked(tx, schema.calls, rows.calls);
      await insertChunked(tx, schema.orderCalls, rows.orderCalls);
    }
    for (const rows of built) await insertChunked(tx, schema.replyTemplates, buildReplyTemplates(rows, buildOptions.now));
  });

  return {
    organizations: built.flatMap((rows) => rows.organizations.map(({ id, slug, name }) => ({ id: id!, slug, name }))),
  };
}
