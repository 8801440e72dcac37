import type { calls, orderCalls } from "../schema/index.js";
import type { SeedRows } from "./build.js";
import type { OrderSeedRows } from "./orders/index.js";
import { createRandom, seedUuid, weighted } from "./random.js";

type CallInsert = typeof calls.$inferInsert;
type OrderCallInsert = typeof orderCalls.$inferInsert;

export type CallSeedRows = { calls: CallInsert[]; orderCalls: OrderCallInsert[] };

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The demo PBX: what `source` and the provider ids of seeded calls say. */
const SOURCE = "Демо-АТС";
/** Extensions start here: 1001, 1002, … (tests and the simulator use other ranges). */
const FIRST_EXTENSION = 1001;
const HISTORY_DAYS = 30;

/**
 * Gives every employee who reads calls (administrators, dispatchers: CALLS_READ) a PBX extension,
 * in the order they are listed, so routed demo calls and the simulator's screen-pops have someone
 * to reach. Changes `rows.employees` in place, before they are inserted.
 */
export function assignExtensions(rows: SeedRows): void {
  const readers = new Set(rows.roles.filter((r) => (r.permissions as string[]).includes("CALLS_READ")).map((r) => r.id));
  let next = FIRST_EXTENSION;
  for (const employee of rows.employees) {
    if (readers.has(employee.roleId) && employee.active !== false) employee.extension = String(next++);
  }
}

/**
 * A month of telephony for the demo: the incoming call behind every order taken by phone (linked
 * to it, a few minutes before it was created, by the dispatcher who created it), plus a realistic
 * stream around it — residents calling in (a fifth of them missed), unknown numbers, and staff
 * calling residents back. Every call is finished; deterministic for a given `now`.
 */
export function buildCalls(rows: SeedRows, orders: OrderSeedRows, options: { now: Date; demoPhones: string[] }): CallSeedRows {
  const organization = rows.organizations[0]!;
  const organizationId = organization.id!;
  const slug = organization.slug;
  const random = createRandom(`${slug}:calls`);
  const now = options.now.getTime();
  const line = organization.phone ?? "+74950000000";
  const staff = rows.employees.filter((e) => e.extension).map((e) => ({ id: e.id!, extension: e.extension! }));
  const extensionOf = new Map(staff.map((s) => [s.id, s.extension]));
  const phoneOf = new Map(rows.clients.filter((c) => c.phone).map((c) => [c.id!, c.phone!]));
  const withPhones = rows.clients.filter((c) => c.phone);
  const demoClients = withPhones.filter((c) => options.demoPhones.includes(c.phone!));

  const out: CallSeedRows = { calls: [], orderCalls: [] };
  let serial = 0;
  type Shape = { direction: "INCOMING" | "OUTGOING"; number: string; startedAt: number; answered: boolean; talk: number; employee: { id: string; extension: string } | null };
  const add = (shape: Shape): string => {
    serial++;
    const id = seedUuid(slug, "call", serial);
    const startedAt = Math.min(shape.startedAt, now - 10 * MINUTE);
    const answeredAt = shape.answered ? startedAt + random.int(4, 25) * 1000 : null;
    const endedAt = answeredAt !== null ? answeredAt + shape.talk * 1000 : startedAt + random.int(15, 45) * 1000;
    const incoming = shape.direction === "INCOMING";
    out.calls.push({
      id,
      organizationId,
      source: SOURCE,
      externalCallId: `demo-${serial}`,
      direction: shape.direction,
      callerNumber: incoming ? shape.number : (shape.employee?.extension ?? line),
      calleeNumber: incoming ? line : shape.number,
      clientNumber: shape.number,
      extension: shape.employee?.extension ?? null,
      employeeId: shape.employee?.id ?? null,
      status: answeredAt !== null ? "ENDED" : "MISSED",
      startedAt: new Date(startedAt),
      answeredAt: answeredAt !== null ? new Date(answeredAt) : null,
      endedAt: new Date(endedAt),
      missedReported: answeredAt === null,
      reportedDuration: answeredAt !== null ? shape.talk : null,
      durationSeconds: answeredAt !== null ? shape.talk : 0,
      createdAt: new Date(endedAt),
      updatedAt: new Date(endedAt),
    });
    return id;
  };
  const anyStaff = () => (staff.length > 0 ? random.pick(staff) : null);

  // The call behind each order taken by phone in the last month: answered by whoever created it, linked.
  for (const order of orders.orders) {
    const createdAt = (order.createdAt as Date).getTime();
    if (order.channel !== "INCOMING_CALL" || !order.clientId || createdAt < now - HISTORY_DAYS * DAY) continue;
    const number = phoneOf.get(order.clientId);
    if (!number) continue;
    const creator = order.createdByEmployeeId ?? null;
    const employee = creator && extensionOf.has(creator) ? { id: creator, extension: extensionOf.get(creator)! } : anyStaff();
    const startedAt = createdAt - random.int(2, 8) * MINUTE;
    const talk = Math.max(40, Math.round((createdAt - startedAt) / 1000) + random.int(-60, 30));
    const callId = add({ direction: "INCOMING", number, startedAt, answered: true, talk, employee });
    out.orderCalls.push({ organizationId, callId, orderId: order.id!, linkedByEmployeeId: employee?.id ?? null, createdAt: new Date(createdAt) });
  }

  // Around them: 4–9 other calls a working day.
  for (let day = HISTORY_DAYS; day >= 0; day--) {
    const dayStart = now - day * DAY;
    const count = random.int(4, 9);
    for (let i = 0; i < count; i++) {
      const startedAt = dayStart - DAY + random.int(8 * 60, 21 * 60) * MINUTE;
      const kind = weighted(random, [
        ["resident", 65],
        ["unknown", 10],
        ["callback", 25],
      ] as const);
      if (kind === "callback") {
        const client = random.pick(withPhones);
        const answered = random.chance(0.8);
        add({ direction: "OUTGOING", number: client.phone!, startedAt, answered, talk: random.int(30, 240), employee: anyStaff() });
        continue;
      }
      const number = kind === "unknown" ? `+79${random.int(10, 99)}${String(random.int(0, 9_999_999)).padStart(7, "0")}` : random.pick(withPhones).phone!;
      const answered = random.chance(0.8);
      add({ direction: "INCOMING", number, startedAt, answered, talk: random.int(20, 420), employee: answered ? anyStaff() : null });
    }
  }

  // The demo residents have called recently (the journal and their activity show it).
  for (const client of demoClients) {
    add({ direction: "INCOMING", number: client.phone!, startedAt: now - random.int(1, 6) * DAY, answered: true, talk: random.int(60, 300), employee: anyStaff() });
    add({ direction: "INCOMING", number: client.phone!, startedAt: now - random.int(7, 20) * DAY, answered: false, talk: 0, employee: null });
  }
  return out;
}
