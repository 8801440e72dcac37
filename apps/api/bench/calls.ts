import http from "node:http";
import { performance } from "node:perf_hooks";
import type { Sql } from "postgres";

/**
 * Call ingest (issue #12): telephony events sent through the partner API `callEvent` with an
 * integration token at a sustained target rate, BENCH_CALL_RATE events/s (default 200) for
 * BENCH_CALL_SECONDS (default 20), as a PBX would: RINGING → ANSWERED → ENDED, some MISSED, some
 * events delivered twice (the same ANSWERED again, a late RINGING after the end).
 *
 * Open loop: every event has its moment on a schedule fixed in advance and is sent then, whatever
 * the earlier answers are doing, over BENCH_CALL_CONNECTIONS (default 8) keep-alive connections.
 * The load begins 15 s before the measured window at the same rate (a warm-up, so every call in the
 * window is whole and the server is in its steady state); only the window is counted.
 * Latency is measured from the scheduled moment to the HTTP answer, so time queued on the client
 * side (a busy connection, a late timer) counts too rather than being hidden.
 * The caller numbers are BENCH_CALL_CLIENTS (default 3,000) clients of the organization, about
 * one call in ten from an unknown number.
 */
export const CALL_TARGET_P95_MS = 50;

type Planned = { at: number; input: Record<string, unknown> };

export async function callsBench(input: { url: string; sql: Sql; organizationId: string }): Promise<string[][]> {
  const { url, sql, organizationId } = input;
  const rate = Number(process.env.BENCH_CALL_RATE ?? 200);
  const seconds = Number(process.env.BENCH_CALL_SECONDS ?? 20);
  const connections = Number(process.env.BENCH_CALL_CONNECTIONS ?? 8);
  const wantedClients = Number(process.env.BENCH_CALL_CLIENTS ?? 3000);

  // A few thousand clients to match caller numbers against.
  const [{ n: have }] = (await sql`select count(*)::int as n from clients where organization_id = ${organizationId}`) as unknown as [{ n: number }];
  if (have < wantedClients) {
    await sql`insert into clients (organization_id, full_name, phone)
      select ${organizationId}, 'Клиент бенчмарка ' || k, '+7999' || lpad(k::text, 7, '0')
      from generate_series(1, ${wantedClients - have}) as k
      on conflict (organization_id, phone) do nothing`;
    await sql`vacuum analyze clients`;
  }
  const phones = (await sql`select phone from clients where organization_id = ${organizationId} order by phone limit ${wantedClients}`).map((r) => r.phone as string);

  // An integration token, created the way an administrator does it.
  const adminLogin = await post(url, null, `mutation { authLogin(email: "admin@domovoy.example", password: "domovoy") { token } }`, {});
  const admin = adminLogin.body.data?.authLogin?.token as string | undefined;
  if (!admin) throw new Error(`calls bench: admin login failed: ${JSON.stringify(adminLogin.body.errors)}`);
  const created = await post(url, admin, `mutation ($name: String!) { integrationTokenCreate(name: $name) { token } }`, { name: "Бенчмарк телефонии" });
  const token = created.body.data?.integrationTokenCreate?.token as string | undefined;
  if (!token) throw new Error(`calls bench: token not created: ${JSON.stringify(created.body.errors)}`);

  // The schedule. A call: RINGING; 1–4 s later ANSWERED (30% delivered twice) and 2–10 s of talk
  // then ENDED (20% followed by a late RINGING again); or, one call in four, MISSED after 3–10 s of
  // ringing. About 3.1 events a call, so calls start at rate / 3.1 a second. The load starts
  // `longest` seconds before the measured window (a warm-up at the same rate, not counted), so
  // the window is in the steady state from its first second with every call whole.
  const epoch = Date.now();
  let seed = 12;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  const plan: Planned[] = [];
  const callsPerSecond = rate / 3.125;
  const longest = 15;
  for (let i = 0, start = -longest; start < seconds; i++, start += 1 / callsPerSecond) {
    const missed = random() < 0.25;
    const outside = random() < 0.1 ? `+7915${String(1_000_000 + i).slice(-7)}` : phones[Math.floor(random() * phones.length)]!;
    const base = { externalCallId: `bench-${i}`, source: "bench", direction: "INCOMING", callerNumber: outside, calleeNumber: "+74950000000", extension: null };
    const event = (at: number, kind: string, extra: Record<string, unknown> = {}) =>
      plan.push({ at, input: { ...base, kind, at: new Date(epoch + at * 1000).toISOString(), ...extra } });
    event(start, "RINGING");
    if (missed) {
      event(start + between(3, 10), "MISSED");
    } else {
      const answeredAt = start + between(1, 4);
      event(answeredAt, "ANSWERED");
      if (random() < 0.3) plan.push({ at: answeredAt + between(0.05, 1), input: plan[plan.length - 1]!.input });
      const talk = between(2, 10);
      event(answeredAt + talk, "ENDED", { durationSeconds: Math.round(talk) });
      if (random() < 0.2) plan.push({ at: answeredAt + talk + between(0.1, 2), input: { ...plan[plan.length - 1]!.input, kind: "RINGING", at: new Date(epoch + start * 1000).toISOString(), durationSeconds: undefined } });
    }
  }
  const events = plan.filter((e) => e.at < seconds).sort((a, b) => a.at - b.at);

  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const failed = (reason: string) => errors.set(reason, (errors.get(reason) ?? 0) + 1);
  let lateMax = 0;
  const query = `mutation ($input: CallEventInput!) { callEvent(input: $input) { callId status created changed matchedClients } }`;
  const t0 = performance.now() + 200 + longest * 1000;
  let windowEvents = 0;
  let lastAnswer = t0;
  const pending: Promise<void>[] = [];
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < events.length && t0 + events[next]!.at * 1000 <= now) {
        const planned = events[next++]!;
        const due = t0 + planned.at * 1000;
        if (planned.at >= 0) windowEvents++;
        lateMax = Math.max(lateMax, now - due);
        pending.push(
          post(url, token, query, { input: planned.input }, agent).then(
            ({ status, body }) => {
              if (planned.at < 0) return;
              lastAnswer = performance.now();
              latencies.push(lastAnswer - due);
              if (status !== 200) failed(`HTTP ${status}`);
              else if (body.errors) failed(String(body.errors[0]?.extensions?.code ?? body.errors[0]?.message));
            },
            (error: Error) => void (planned.at >= 0 && failed(error.message)),
          ),
        );
      }
      if (next < events.length) setTimeout(tick, Math.max(0, Math.min(5, t0 + events[next]!.at * 1000 - performance.now())));
      else resolve();
    };
    setTimeout(tick, 200);
  });
  const sentBy = performance.now();
  await Promise.all(pending);
  const elapsed = (lastAnswer - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const [stored] = await sql`select count(*)::int as calls, count(*) filter (where status = 'MISSED')::int as missed
    from calls where organization_id = ${organizationId} and source = 'bench'`;
  const rows = [
    [
      `${rate}/s × ${seconds} s`,
      String(windowEvents),
      (latencies.length / elapsed).toFixed(0),
      (windowEvents / ((sentBy - t0) / 1000)).toFixed(0),
      q(0.5).toFixed(1),
      q(0.95).toFixed(1),
      q(0.99).toFixed(1),
      q(1).toFixed(0),
      errorCount ? `${errorCount} (${[...errors].map(([k, v]) => `${k}: ${v}`).join(", ")})` : "0",
      `${stored!.calls} (${stored!.missed} missed)`,
      lateMax.toFixed(0),
    ],
  ];
  console.log(
    `\nCall ingest: callEvent over ${connections} keep-alive connections, open loop (sent on schedule), ${phones.length.toLocaleString("en")} clients to match; ` +
      `${longest} s warm-up at the same rate not counted; latency from the scheduled send to the HTTP answer; target p95 ≤ ${CALL_TARGET_P95_MS} ms`,
  );
  console.log(`| ${CALLS_HEADER.join(" | ")} |\n|${CALLS_HEADER.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  return rows;
}

export const CALLS_HEADER = ["target", "events", "answered/s", "sent/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "calls stored (with warm-up)", "timer lag ms"];

type Answer = { status: number; body: { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] } };

/** One GraphQL POST over node:http (so the connections are ours to count), JSON answer. */
function post(url: string, token: string | null, query: string, variables: Record<string, unknown>, agent?: http.Agent): Promise<Answer> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
          } catch (error) {
            reject(error as Error);
          }
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(payload);
  });
}
