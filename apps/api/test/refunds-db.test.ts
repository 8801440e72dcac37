import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, newOrder } from "./support/factories.js";
import { startTestServer, type TestServer } from "./support/harness.js";

/**
 * The refund invariant in the database itself (migration 0018): whatever code writes, the refunds
 * of an invoice that hold money never exceed what was paid, in total and per line, and a refund is
 * the sum of its lines — also when transactions refund the same invoice at the same moment.
 */
let t: TestServer;
let org: string;
let invoiceId: string;
let orderId: string;
/** 2 × 500 ₽ and 1.5 h × 1000 ₽: 2500 ₽. */
let taps: string;
let hours: string;

beforeAll(async () => {
  t = await startTestServer();
  const f = await fixtures(t);
  org = f.organizationId;
  orderId = (await newOrder(t, { serviceId: f.electrical })).id;
  const [admin] = await t.database.sql`select id from employees where email = 'admin@domovoy.example'`;
  await t.database.sql.begin(async (sql) => {
    const [invoice] = await sql`insert into invoices (organization_id, order_id, state, total_kopecks, issued_at, marked_paid_at, marked_paid_by_employee_id)
      values (${org}, ${orderId}, 'MARKED_PAID', 250000, now(), now(), ${admin!.id}) returning id`;
    invoiceId = invoice!.id;
    const [a] = await sql`insert into invoice_lines (organization_id, invoice_id, position, name, unit, unit_price_kopecks, quantity, total_kopecks)
      values (${org}, ${invoiceId}, 0, 'Смеситель', 'шт.', 50000, 2, 100000) returning id`;
    const [b] = await sql`insert into invoice_lines (organization_id, invoice_id, position, name, unit, unit_price_kopecks, quantity, total_kopecks)
      values (${org}, ${invoiceId}, 1, 'Работа', 'час', 100000, 1.5, 150000) returning id`;
    taps = a!.id;
    hours = b!.id;
    await sql`update orders set invoice_state = 'MARKED_PAID' where id = ${orderId}`;
  });
});
afterAll(() => t?.close());

class Rollback extends Error {}

type RefundLine = { line: () => string; quantity: string; amount: number };

async function refund(lines: RefundLine[], options: { amount?: number; decision?: string; settlement?: string; keep?: boolean } = {}): Promise<string> {
  try {
    await t.database.sql.begin(async (sql) => {
      const amount = options.amount ?? lines.reduce((s, l) => s + l.amount, 0);
      const decision = options.decision ?? "CONFIRMED";
      const settlement = options.settlement ?? (decision === "CONFIRMED" ? "RECORDED" : "NONE");
      const [row] = await sql`insert into refunds (organization_id, invoice_id, order_id, kind, decision, settlement, amount_kopecks, reason)
        values (${org}, ${invoiceId}, ${orderId}, 'PARTIAL', ${decision}, ${settlement}, ${amount}, 'Тест') returning id`;
      for (const l of lines) {
        await sql`insert into refund_lines (organization_id, refund_id, invoice_line_id, quantity, amount_kopecks) values (${org}, ${row!.id}, ${l.line()}, ${l.quantity}, ${l.amount})`;
      }
      await sql`set constraints all immediate`;
      if (!options.keep) throw new Rollback();
    });
    return options.keep ? "committed" : "ok";
  } catch (error) {
    if (error instanceof Rollback) return "ok";
    return (error as { constraint_name?: string }).constraint_name ?? String(error);
  }
}

describe("refund invariants in the database", () => {
  it.each<[string, RefundLine[], { amount?: number; decision?: string; settlement?: string }, string]>([
    ["one tap", [{ line: () => taps, quantity: "1", amount: 50000 }], {}, "ok"],
    ["everything", [{ line: () => taps, quantity: "2", amount: 100000 }, { line: () => hours, quantity: "1.5", amount: 150000 }], {}, "ok"],
    ["three taps of two", [{ line: () => taps, quantity: "3", amount: 100000 }], {}, "refund_lines_within_line"],
    ["more kopecks than the line", [{ line: () => taps, quantity: "2", amount: 100001 }], {}, "refund_lines_within_line"],
    ["a refund that is not the sum of its lines", [{ line: () => taps, quantity: "1", amount: 50000 }], { amount: 60000 }, "refunds_amount_is_sum"],
    ["a request holds money too", [{ line: () => taps, quantity: "3", amount: 100000 }], { decision: "REQUESTED" }, "refund_lines_within_line"],
    ["a failed refund holds nothing", [{ line: () => taps, quantity: "3", amount: 100000 }], { settlement: "FAILED" }, "ok"],
    ["a rejected request holds nothing", [{ line: () => taps, quantity: "3", amount: 100000 }], { decision: "REJECTED" }, "ok"],
    ["a confirmed refund without a settlement", [{ line: () => taps, quantity: "1", amount: 50000 }], { settlement: "NONE" }, "refunds_settlement_follows_decision"],
  ])("%s", async (_name, lines, options, expected) => {
    expect(await refund(lines, options)).toBe(expected);
  });

  it("refuses a refund above what was paid in total once others hold money", async () => {
    expect(await refund([{ line: () => hours, quantity: "1", amount: 100000 }], { keep: true })).toBe("committed");
    // 1 h refunded (1000 ₽) — the other 0.5 h is 500 ₽: 0.6 h is more than the line has left.
    expect(await refund([{ line: () => hours, quantity: "0.6", amount: 60000 }])).toBe("refund_lines_within_line");
    expect(await refund([{ line: () => hours, quantity: "0.5", amount: 50000 }])).toBe("ok");
  });

  it("20 transactions refunding one tap each at the same moment leave at most two refunded", async () => {
    await t.database.sql`delete from refunds where invoice_id = ${invoiceId}`;
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => refund([{ line: () => taps, quantity: "1", amount: 50000 }], { keep: true })));
    expect(outcomes.filter((o) => o === "committed")).toHaveLength(2);
    expect(outcomes.filter((o) => o !== "committed")).toEqual(Array(18).fill("refund_lines_within_line"));
    const [sum] = await t.database.sql`select coalesce(sum(amount_kopecks), 0)::int as total from refunds where invoice_id = ${invoiceId}`;
    expect(sum!.total).toBe(100000);
  });
});
