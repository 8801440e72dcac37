import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, count, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { OrderScope, OrderStatus } from "@domovoy/domain";
import { clientScopeCondition } from "../clients/clients.repository.js";
import { scopeCondition } from "../orders/orders.repository.js";
import type { ClientActivityKindValue, PartnerActivityKindValue } from "./activity.type.js";

const { clients, clientPremises, premises, orders, clientActivities, integrationTokens } = schema;

export type ActivityRow = {
  id: string;
  kind: ClientActivityKindValue;
  occurredAt: Date;
  /** occurred_at with microseconds, for the cursor (a JS Date keeps only milliseconds). */
  cursorAt: string;
  title: string;
  details: string | null;
  amount: bigint | null;
  order: { id: string; number: number; status: OrderStatus } | null;
  /** A CALL entry read from the call journal (not sent by a partner): the call, for its recording. */
  callId: string | null;
};

export type ActivityScope = {
  clientId: string;
  /** «Активность по заявке»: only entries tied to this order. */
  orderId: string | null;
  /** Whose orders (and their chats) the viewer sees: `orderScope(viewer)`. */
  orders: OrderScope;
  /** The viewer reads calls (CALLS_READ): the client's calls are CALL entries. */
  calls: boolean;
};

export type PremiseActivityScope = {
  premiseId: string;
  /** Whose orders the viewer sees: `orderScope(viewer)`. */
  orders: OrderScope;
  /** Whose partner entries the viewer sees: `clientScope(viewer)`. */
  clients: OrderScope;
};

export type ActivityCursor = [string, string];

export type ActivityUpsert = typeof clientActivities.$inferInsert;
export type PremiseRow = typeof premises.$inferSelect;

type RawActivity = {
  id: string;
  kind: ClientActivityKindValue;
  occurred_at: Date | string;
  cursor_at: string;
  title: string;
  details: string | null;
  amount: string | null;
  order_id: string | null;
  order_number: number | null;
  order_status: OrderStatus | null;
  call_id: string | null;
};

/** The client's calls (their phone is the call's outside number), as CALL entries; `orderId`: only calls linked to that order. */
function callsOfClient(org: string, scope: ActivityScope, before: SQL, take: number): SQL {
  if (!scope.calls) return sql``;
  const ofOrder = scope.orderId ? sql`and exists (select 1 from ${schema.orderCalls} oc where oc.call_id = k.id and oc.order_id = ${scope.orderId})` : sql``;
  return sql`union all
        (select k.id, 'CALL',
            k.started_at,
            case when k.direction = 'OUTGOING' then 'Исходящий звонок' when k.status = 'MISSED' then 'Пропущенный звонок' else 'Входящий звонок' end,
            case when k.duration_seconds > 0 then 'Длительность ' || (k.duration_seconds / 60) || ':' || lpad((k.duration_seconds % 60)::text, 2, '0') end,
            null::bigint,
            (select oc.order_id from ${schema.orderCalls} oc where oc.call_id = k.id order by oc.created_at, oc.order_id limit 1),
            k.id
          from ${schema.calls} k
          where k.organization_id = ${org}
            and k.client_number = (select cl.phone from ${clients} cl where cl.id = ${scope.clientId} and cl.organization_id = ${org})
            ${ofOrder} ${before}
          order by k.started_at desc, k.id desc limit ${take})`;
}

/** `and <scope>` over an order's id and client id, or nothing when the scope admits every order. */
function andInScope(scope: OrderScope, orderId: SQL, clientId: SQL): SQL {
  const condition = scopeCondition(scope, orderId, clientId);
  return condition ? sql`and ${condition}` : sql``;
}

/** `and <client scope>` over a client id, or nothing when the scope admits every client. */
function andClientInScope(scope: OrderScope, clientId: SQL): SQL {
  const condition = clientScopeCondition(scope, clientId);
  return condition ? sql`and ${condition}` : sql``;
}

/** Whose orders `ordersOf` lists. */
export type OrdersOwner = { clientId: string } | { premiseId: string };

function ownerCondition(owner: OrdersOwner): SQL {
  return "clientId" in owner ? eq(orders.clientId, owner.clientId) : eq(orders.premiseId, owner.premiseId);
}

function activityOf(row: RawActivity): ActivityRow {
  return {
    id: row.id,
    kind: row.kind,
    occurredAt: new Date(row.occurred_at),
    cursorAt: row.cursor_at,
    title: row.title,
    details: row.details,
    amount: row.amount == null ? null : BigInt(row.amount),
    order: row.order_id && row.order_number != null ? { id: row.order_id, number: row.order_number, status: row.order_status! } : null,
    callId: row.call_id ?? null,
  };
}

const CURSOR_FORMAT = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;

export class ActivityRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /**
   * A client's activity, newest first, keyset-paginated by (occurred_at, id): one statement that
   * merges the client's orders, their chat messages and the partner entries. Each branch is
   * limited on its own index before the merge, so a page costs O(limit) rows per branch.
   */
  async activity(scope: ActivityScope, limit: number, after: ActivityCursor | null): Promise<ActivityRow[]> {
    const org = this.organizationId;
    const before = (at: SQL, id: SQL): SQL => (after ? sql`and (${at}, ${id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``);
    const visible = (alias: string): SQL => andInScope(scope.orders, sql.raw(`${alias}.id`), sql.raw(`${alias}.client_id`));
    const ordersOfClient = sql`select o.id from ${orders} o where o.organization_id = ${org} and o.client_id = ${scope.clientId}
      ${scope.orderId ? sql`and o.id = ${scope.orderId}` : sql``} ${visible("o")}`;
    const take = limit + 1;

    const query = sql`
      select a.*, to_char(a.occurred_at at time zone 'UTC', ${CURSOR_FORMAT}) as cursor_at,
        ord.number as order_number, ord.status as order_status
      from (
        (select o.id, 'ORDER' as kind, o.created_at as occurred_at, s.name as title, nullif(o.description, '') as details,
            null::bigint as amount, o.id as order_id, null::uuid as call_id
          from ${orders} o join ${schema.services} s on s.id = o.service_id
          where o.organization_id = ${org} and o.client_id = ${scope.clientId}
            ${scope.orderId ? sql`and o.id = ${scope.orderId}` : sql``} ${visible("o")} ${before(sql`o.created_at`, sql`o.id`)}
          order by o.created_at desc, o.id desc limit ${take})
        union all
        (select m.id, 'CHAT_MESSAGE', m.created_at, coalesce(nullif(left(m.text, 300), ''), 'Вложение'), null, null, m.order_id, null
          from ${schema.chatMessages} m
          where m.order_id in (${ordersOfClient}) and m.author_kind = 'RESIDENT' and m.author_client_id = ${scope.clientId}
            and m.deleted_at is null ${before(sql`m.created_at`, sql`m.id`)}
          order by m.created_at desc, m.id desc limit ${take})
        union all
        (select c.id, c.kind::text, c.occurred_at, c.title, c.details, c.amount, c.order_id, null
          from ${clientActivities} c
          where c.organization_id = ${org} and c.client_id = ${scope.clientId}
            ${scope.orderId ? sql`and c.order_id = ${scope.orderId}` : sql``} ${before(sql`c.occurred_at`, sql`c.id`)}
          order by c.occurred_at desc, c.id desc limit ${take})
        ${callsOfClient(org, scope, before(sql`k.started_at`, sql`k.id`), take)}
      ) a
      left join ${orders} ord on ord.id = a.order_id ${visible("ord")}
      order by a.occurred_at desc, a.id desc
      limit ${take}`;
    const rows = (await this.db.execute(query)) as unknown as RawActivity[];
    return rows.map(activityOf);
  }

  /** How many entries `activity` would list in all, for «показано N из M». */
  async countActivity(scope: ActivityScope): Promise<number> {
    const org = this.organizationId;
    const visible = andInScope(scope.orders, sql`o.id`, sql`o.client_id`);
    const byOrder = scope.orderId ? sql`and o.id = ${scope.orderId}` : sql``;
    const [row] = (await this.db.execute(sql`select
      (select count(*) from ${orders} o where o.organization_id = ${org} and o.client_id = ${scope.clientId} ${byOrder} ${visible})
      + (select count(*) from ${schema.chatMessages} m where m.order_id in
          (select o.id from ${orders} o where o.organization_id = ${org} and o.client_id = ${scope.clientId} ${byOrder} ${visible})
          and m.author_kind = 'RESIDENT' and m.author_client_id = ${scope.clientId} and m.deleted_at is null)
      + (select count(*) from ${clientActivities} c where c.organization_id = ${org} and c.client_id = ${scope.clientId}
          ${scope.orderId ? sql`and c.order_id = ${scope.orderId}` : sql``})
      ${
        scope.calls
          ? sql`+ (select count(*) from ${schema.calls} k where k.organization_id = ${org}
          and k.client_number = (select cl.phone from ${clients} cl where cl.id = ${scope.clientId} and cl.organization_id = ${org})
          ${scope.orderId ? sql`and exists (select 1 from ${schema.orderCalls} oc where oc.call_id = k.id and oc.order_id = ${scope.orderId})` : sql``})`
          : sql``
      } as n`)) as unknown as { n: string | number | bigint }[];
    return Number(row?.n ?? 0);
  }

  /**
   * The premise card's activity (§15), newest first, keyset on (occurred_at, id): the orders raised
   * at the premise (those `scope.orders` admits) and the partner entries tied to it (those of the
   * clients `scope.clients` admits). Each branch is limited on its own index before the merge.
   */
  async premiseActivity(scope: PremiseActivityScope, limit: number, after: ActivityCursor | null): Promise<ActivityRow[]> {
    const org = this.organizationId;
    const before = (at: SQL, id: SQL): SQL => (after ? sql`and (${at}, ${id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``);
    const take = limit + 1;
    const query = sql`
      select a.*, to_char(a.occurred_at at time zone 'UTC', ${CURSOR_FORMAT}) as cursor_at,
        ord.number as order_number, ord.status as order_status
      from (
        (select o.id, 'ORDER' as kind, o.created_at as occurred_at, s.name as title, nullif(o.description, '') as details,
            null::bigint as amount, o.id as order_id, null::uuid as call_id
          from ${orders} o join ${schema.services} s on s.id = o.service_id
          where o.organization_id = ${org} and o.premise_id = ${scope.premiseId}
            ${andInScope(scope.orders, sql`o.id`, sql`o.client_id`)} ${before(sql`o.created_at`, sql`o.id`)}
          order by o.created_at desc, o.id desc limit ${take})
        union all
        (select c.id, c.kind::text, c.occurred_at, c.title, c.details, c.amount, c.order_id, null
          from ${clientActivities} c
          where c.organization_id = ${org} and c.premise_id = ${scope.premiseId}
            ${andClientInScope(scope.clients, sql`c.client_id`)} ${before(sql`c.occurred_at`, sql`c.id`)}
          order by c.occurred_at desc, c.id desc limit ${take})
      ) a
      left join ${orders} ord on ord.id = a.order_id ${andInScope(scope.orders, sql`ord.id`, sql`ord.client_id`)}
      order by a.occurred_at desc, a.id desc
      limit ${take}`;
    return ((await this.db.execute(query)) as unknown as RawActivity[]).map(activityOf);
  }

  async countPremiseActivity(scope: PremiseActivityScope): Promise<number> {
    const org = this.organizationId;
    const [row] = (await this.db.execute(sql`select
      (select count(*) from ${orders} o where o.organization_id = ${org} and o.premise_id = ${scope.premiseId}
        ${andInScope(scope.orders, sql`o.id`, sql`o.client_id`)})
      + (select count(*) from ${clientActivities} c where c.organization_id = ${org} and c.premise_id = ${scope.premiseId}
        ${andClientInScope(scope.clients, sql`c.client_id`)}) as n`)) as unknown as { n: string | number | bigint }[];
    return Number(row?.n ?? 0);
  }

  /** Orders of a client or of a premise, newest first (the client's page, the premise card). */
  ordersOf(owner: OrdersOwner, scope: OrderScope, limit: number, after: ActivityCursor | null) {
    const conditions: SQL[] = [eq(orders.organizationId, this.organizationId), ownerCondition(owner)];
    const visible = scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (visible) conditions.push(visible);
    if (after) conditions.push(sql`(${orders.createdAt}, ${orders.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    return this.db
      .select({ order: orders, cursorAt: sql<string>`to_char(${orders.createdAt} at time zone 'UTC', ${CURSOR_FORMAT})` })
      .from(orders)
      .where(and(...conditions))
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(limit + 1);
  }

  async countOrdersOf(owner: OrdersOwner, scope: OrderScope): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), ownerCondition(owner), scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`) ?? undefined));
    return row?.n ?? 0;
  }

  /** The order, if the scope admits it. */
  async visibleOrder(orderId: string, scope: OrderScope): Promise<{ id: string; clientId: string | null } | undefined> {
    const conditions: SQL[] = [eq(orders.organizationId, this.organizationId), eq(orders.id, orderId)];
    const visible = scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (visible) conditions.push(visible);
    const [row] = await this.db.select({ id: orders.id, clientId: orders.clientId }).from(orders).where(and(...conditions));
    return row;
  }

  // Partner ingestion: lookups by what partners know, in bulk.

  async integrationName(integrationId: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ name: integrationTokens.name })
      .from(integrationTokens)
      .where(and(eq(integrationTokens.organizationId, this.organizationId), eq(integrationTokens.id, integrationId)));
    return row?.name;
  }

  clientsByIds(ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select({ id: clients.id, phone: clients.phone })
      .from(clients)
      .where(and(eq(clients.organizationId, this.organizationId), inArray(clients.id, ids)));
  }

  clientsByPhones(phones: string[]) {
    if (phones.length === 0) return Promise.resolve([]);
    return this.db
      .select({ id: clients.id, phone: clients.phone })
      .from(clients)
      .where(and(eq(clients.organizationId, this.organizationId), inArray(clients.phone, phones)));
  }

  /** Premises by personal account, with their clients (owners first) for entries that name only the account. */
  premisesByAccounts(accounts: string[]) {
    if (accounts.length === 0) return Promise.resolve([]);
    return this.db
      .select({
        id: premises.id,
        personalAccount: premises.personalAccount,
        clientIds: sql<string[]>`coalesce((select array_agg(cp.client_id order by cp.is_owner desc, cp.client_id)
          from ${clientPremises} cp where cp.premise_id = ${premises.id}), '{}')`,
      })
      .from(premises)
      .where(and(eq(premises.organizationId, this.organizationId), isNotNull(premises.personalAccount), inArray(premises.personalAccount, accounts)));
  }

  premisesByIds(ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select({ id: premises.id, personalAccount: premises.personalAccount })
      .from(premises)
      .where(and(eq(premises.organizationId, this.organizationId), inArray(premises.id, ids)));
  }

  ordersByNumbers(numbers: number[]) {
    if (numbers.length === 0) return Promise.resolve([]);
    return this.db
      .select({ id: orders.id, number: orders.number, clientId: orders.clientId })
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), inArray(orders.number, numbers)));
  }

  /** Insert or update by (organization, source, externalId) in one statement; `created` tells which. */
  async upsert(values: ActivityUpsert[]): Promise<{ id: string; clientId: string; created: boolean }[]> {
    if (values.length === 0) return [];
    const rows = await this.db
      .insert(clientActivities)
      .values(values)
      .onConflictDoUpdate({
        target: [clientActivities.organizationId, clientActivities.source, clientActivities.externalId],
        set: {
          clientId: sql`excluded.client_id`,
          premiseId: sql`excluded.premise_id`,
          orderId: sql`excluded.order_id`,
          kind: sql`excluded.kind`,
          occurredAt: sql`excluded.occurred_at`,
          title: sql`excluded.title`,
          details: sql`excluded.details`,
          amount: sql`excluded.amount`,
          integrationTokenId: sql`excluded.integration_token_id`,
        },
      })
      .returning({ id: clientActivities.id, clientId: clientActivities.clientId, created: sql<boolean>`(xmax = 0)` });
    return rows;
  }

  async activitiesByIds(ids: string[]): Promise<ActivityRow[]> {
    if (ids.length === 0) return [];
    const rows = (await this.db.execute(sql`
      select c.id, c.kind::text as kind, c.occurred_at, to_char(c.occurred_at at time zone 'UTC', ${CURSOR_FORMAT}) as cursor_at,
        c.title, c.details, c.amount, c.order_id, o.number as order_number, o.status as order_status
      from ${clientActivities} c left join ${orders} o on o.id = c.order_id
      where c.organization_id = ${this.organizationId} and c.id in ${ids}`)) as unknown as RawActivity[];
    return rows.map(activityOf);
  }

  /** Premise billing data; returns the changed rows with the ids of their clients. */
  async updatePremise(
    id: string,
    values: { utilityBalance?: bigint; personalAccount?: string },
    now: Date,
  ): Promise<(PremiseRow & { clientIds: string[] }) | undefined> {
    const [row] = await this.db
      .update(premises)
      // An admin's edit made before this one must not overwrite it (their version is stale now).
      .set({ ...values, updatedAt: now, version: sql`${premises.version} + 1` })
      .where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, id)))
      .returning();
    if (!row) return undefined;
    const links = await this.db.select({ clientId: clientPremises.clientId }).from(clientPremises).where(eq(clientPremises.premiseId, id));
    return { ...row, clientIds: links.map((l) => l.clientId) };
  }

  async accountTaken(account: string, exceptPremiseId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: premises.id })
      .from(premises)
      .where(and(eq(premises.organizationId, this.organizationId), eq(premises.personalAccount, account), sql`${premises.id} <> ${exceptPremiseId}`))
      .limit(1);
    return row !== undefined;
  }
}

export type PartnerKind = PartnerActivityKindValue;
