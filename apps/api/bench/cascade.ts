import { createClient } from "graphql-ws";
import { performance } from "node:perf_hooks";
import type { Sql } from "postgres";
import WebSocket from "ws";

/**
 * Incident cascade (issue #12): an incident with BENCH_CASCADE_ORDERS (default 1,000) attached open
 * orders becomes DONE. Measured per round, from the moment the `incidentManage` request is sent:
 * - commit: until its response arrives (the transaction has committed by then);
 * - last live event: until a dispatcher subscribed to `orderChanged` over WebSocket has heard every
 *   one of the cascaded orders (each order's event counted once).
 * Each round takes fresh open orders of the bench organization, attaches them in one bulk
 * `orderIncidentAttach`, and starts the incident first (DONE needs IN_PROGRESS).
 */
export async function cascadeBench(input: { url: string; token: string; sql: Sql; organizationId: string }): Promise<string[][]> {
  const { url, token, sql, organizationId } = input;
  const size = Number(process.env.BENCH_CASCADE_ORDERS ?? 1000);
  const rounds = Number(process.env.BENCH_CASCADE_ROUNDS ?? 3);
  const gql = async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await response.json()) as { data?: T; errors?: unknown };
    if (json.errors || !json.data) throw new Error(`cascade bench: ${JSON.stringify(json.errors)}`);
    return json.data;
  };
  const [employee] = await sql`select id from employees where organization_id = ${organizationId} and email = 'dispatcher@domovoy.example'`;
  const heard = new Map<string, number>();
  let waiting: { ids: Set<string>; done: () => void } | null = null;
  const client = createClient({ url: url.replace(/^http/, "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const subscribed = new Promise<void>((resolve, reject) => {
    client.on("connected", () => resolve());
    client.on("error", reject);
  });
  const stop = client.subscribe<{ orderChanged: { id: string; status: string } }>(
    { query: "subscription { orderChanged { id status } }" },
    {
      next: (value) => {
        const order = value.data?.orderChanged;
        if (!order || !waiting || !waiting.ids.has(order.id) || order.status !== "DONE" || heard.has(order.id)) return;
        heard.set(order.id, performance.now());
        if (heard.size === waiting.ids.size) waiting.done();
      },
      error: (error) => console.error("cascade bench subscription:", error),
      complete: () => undefined,
    },
  );
  await subscribed;
  const rows: string[][] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const picked = await sql`select id, service_id, building_id from orders
        where organization_id = ${organizationId} and incident_id is null and status not in ('DONE', 'CANCELLED')
        order by id limit ${size}`;
      if (picked.length < size) throw new Error(`cascade bench: only ${picked.length} open orders left, ${size} wanted`);
      const ids = picked.map((o) => o.id as string);
      const created = await gql(`mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id version } }`, {
        input: { title: `Бенчмарк каскада ${round}`, serviceId: picked[0]!.service_id, scope: [{ buildingId: picked[0]!.building_id }], responsibleIds: [employee!.id] },
      });
      const incidentId = created.incidentCreate.id as string;
      await gql(`mutation ($incidentId: ID!, $orderIds: [ID!]!) { orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) { id } }`, { incidentId, orderIds: ids });
      // Attaching does not move the incident's version (it is not an edit of the incident).
      const started = await gql(`mutation ($input: IncidentManageInput!) { incidentManage(input: $input) { version } }`, {
        input: { id: incidentId, version: created.incidentCreate.version, status: "IN_PROGRESS" },
      });
      heard.clear();
      const allHeard = new Promise<void>((resolve) => (waiting = { ids: new Set(ids), done: resolve }));
      const t0 = performance.now();
      const closed = await gql(`mutation ($input: IncidentManageInput!) { incidentManage(input: $input) { status orderCount openOrderCount } }`, {
        input: { id: incidentId, version: started.incidentManage.version, status: "DONE" },
      });
      const commitMs = performance.now() - t0;
      if (closed.incidentManage.openOrderCount !== 0) throw new Error(`cascade bench: ${closed.incidentManage.openOrderCount} orders left open`);
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`cascade bench: heard ${heard.size} of ${size} events in 120 s`)), 120_000).unref());
      await Promise.race([allHeard, timeout]);
      const lastMs = Math.max(...heard.values()) - t0;
      waiting = null;
      rows.push([String(round), String(size), commitMs.toFixed(0), lastMs.toFixed(0), String(heard.size)]);
      console.log(rows.at(-1)!.join(" | "));
    }
  } finally {
    stop();
    await client.dispose();
  }
  const header = ["round", "orders", "commit ms", "last live event ms", "orders heard"];
  console.log(`\nIncident cascade: ${size.toLocaleString("en")} attached open orders → DONE, one dispatcher subscribed to orderChanged (times from sending incidentManage)`);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  return rows;
}
