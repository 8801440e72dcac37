import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, newOrder } from "./support/factories.js";
import { startTestServer, type TestServer } from "./support/harness.js";

/**
 * The money rules in the database itself (migration 0012): whatever code writes, a commit with a
 * line total that breaks the rounding rule, an invoice total that is not the sum of its lines, or an
 * order whose invoice_state does not mirror its invoice is refused.
 */
let t: TestServer;
let org: string;
let orderId: string;

beforeAll(async () => {
  t = await startTestServer();
  const f = await fixtures(t);
  org = f.organizationId;
  orderId = (await newOrder(t, { serviceId: f.electrical })).id;
});
afterAll(() => t?.close());

type Line = { price: bigint; quantity: string; discount: number; total: bigint };

/** Writes an invoice and its lines in one transaction, as the API does; the order mirrors `state`. */
async function write(lines: Line[], total: bigint, options: { state?: string; mirror?: string } = {}) {
  const state = options.state ?? "DRAFT";
  return t.database.sql.begin(async (sql) => {
    const [invoice] = await sql`insert into invoices (organization_id, order_id, state, total_kopecks, issued_at)
      values (${org}, ${orderId}, ${state}, ${total.toString()}, ${state === "DRAFT" ? null : new Date().toISOString()}) returning id`;
    for (const [position, line] of lines.entries()) {
      await sql`insert into invoice_lines (organization_id, invoice_id, position, name, unit, unit_price_kopecks, quantity, discount_percent, total_kopecks)
        values (${org}, ${invoice!.id}, ${position}, 'Работа', 'час', ${line.price.toString()}, ${line.quantity}, ${line.discount}, ${line.total.toString()})`;
    }
    await sql`update orders set invoice_state = ${options.mirror ?? state} where id = ${orderId}`;
    await sql`set constraints all immediate`;
    throw new Rollback();
  });
}

class Rollback extends Error {}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "committed";
  } catch (error) {
    if (error instanceof Rollback) return "ok";
    return (error as { constraint_name?: string }).constraint_name ?? String(error);
  }
}

describe("invoice money invariants in the database", () => {
  it.each<[string, Line[], bigint, { state?: string; mirror?: string }, string]>([
    ["a consistent invoice", [{ price: 140000n, quantity: "1.5", discount: 10, total: 189000n }], 189000n, {}, "ok"],
    ["half a kopeck rounds up", [{ price: 1n, quantity: "0.5", discount: 0, total: 1n }], 1n, {}, "ok"],
    ["100 % discount", [{ price: 50000n, quantity: "2", discount: 100, total: 0n }], 0n, {}, "ok"],
    ["a line total off by a kopeck", [{ price: 140000n, quantity: "1.5", discount: 10, total: 189001n }], 189001n, {}, "invoice_lines_total_rule"],
    ["half a kopeck rounded down", [{ price: 1n, quantity: "0.5", discount: 0, total: 0n }], 0n, {}, "invoice_lines_total_rule"],
    ["a negative price", [{ price: -100n, quantity: "1", discount: 0, total: -100n }], 0n, {}, "invoice_lines_price_range"],
    ["quantity 0", [{ price: 100n, quantity: "0", discount: 0, total: 0n }], 0n, {}, "invoice_lines_quantity_range"],
    ["101 % discount", [{ price: 100n, quantity: "1", discount: 101, total: -1n }], 0n, {}, "invoice_lines_discount_range"],
    ["a total that is not the sum of the lines", [{ price: 100n, quantity: "2", discount: 0, total: 200n }], 300n, {}, "invoices_total_is_sum"],
    ["an order that does not mirror the invoice's state", [{ price: 100n, quantity: "1", discount: 0, total: 100n }], 100n, { mirror: "ISSUED" }, "invoices_order_state_mirror"],
    ["marked paid without who and when", [{ price: 100n, quantity: "1", discount: 0, total: 100n }], 100n, { state: "MARKED_PAID" }, "invoices_marked_paid_has_who"],
  ])("%s", async (_name, lines, total, options, expected) => {
    expect(await outcome(write(lines, total, options))).toBe(expected);
  });

  it("refuses an order that claims an invoice it does not have", async () => {
    const attempt = t.database.sql`update orders set invoice_state = 'ISSUED' where id = ${orderId}`;
    expect(await outcome(attempt)).toBe("invoices_order_state_mirror");
  });

  it("refuses an invoice of another organization than its order", async () => {
    const [other] = await t.database.sql`select id from organizations where id <> ${org} limit 1`;
    const attempt = t.database.sql.begin(async (sql) => {
      await sql`insert into invoices (organization_id, order_id) values (${other!.id}, ${orderId})`;
      await sql`update orders set invoice_state = 'DRAFT' where id = ${orderId}`;
      await sql`set constraints all immediate`;
    });
    expect(await outcome(attempt)).toBe("invoices_same_organization");
  });
});
