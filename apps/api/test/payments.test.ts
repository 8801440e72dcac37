import "reflect-metadata";
import ExcelJS from "exceljs";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { signNotification } from "../src/modules/payments/providers/builtin.js";
import { fixtures, newOrder, residentTokenOf, tokenOf } from "./support/factories.js";
import { startTestServer, subscribe, type GraphQLResponse, type TestServer } from "./support/harness.js";
import type { OrderFixtures } from "./support/orders.js";
import { readDocx } from "./support/docx.js";

/**
 * Online payment and refunds through the API (§22, §24): the resident pays an issued invoice on the
 * built-in acquirer's hosted page; its signed notification (delivered by the job queue, and again,
 * and late, and forged, and replayed, and for another organization) pays the invoice once; staff
 * refund in parts until the paid amount is used up, also twenty at a time; a refund whose call
 * times out stays PENDING and is retried exactly once; residents request refunds and staff decide.
 */
let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let admin: string;
let resident: string;
let foreignOrg: string;
let foreignAdmin: string;
let otherResident: string;
let items: Record<string, string>;
const secret = loadConfig({ NODE_ENV: "test" }).payments.webhookSecret;

const gql = (query: string, variables: Record<string, unknown>, token: string) => t.graphql(query, variables, { token });
const errorOf = (r: GraphQLResponse) => ({ code: r.errors?.[0]?.extensions?.code, reason: r.errors?.[0]?.extensions?.reason });
const REFUND = `id kind decision settlement amount reason decisionReason requestedByResident failureReason lines { invoiceLineId name quantity amount }`;

type Issued = { orderId: string; invoiceId: string; total: string; hours: string; sockets: string };

/** A paid-service order with an issued invoice: 1.5 h of «Работа электрика» (2100.00) and 2 sockets (900.00) = 3000.00 ₽. */
async function issuedInvoice(): Promise<Issued> {
  const order = await newOrder(t, { serviceId: f.electrical });
  const INVOICE = "id version total lines { id name }";
  let r = await gql(`mutation ($orderId: ID!) { invoiceCreate(orderId: $orderId) { ${INVOICE} } }`, { orderId: order.id }, dispatcher);
  let invoice = r.data!.invoiceCreate;
  for (const [name, quantity] of [["Работа электрика", "1.5"], ["Установка розетки или выключателя", "2"]] as const) {
    r = await gql(`mutation ($input: InvoiceLineAddInput!) { invoiceLineAdd(input: $input) { ${INVOICE} } }`, { input: { invoiceId: invoice.id, version: invoice.version, priceListItemId: items[name], quantity } }, dispatcher);
    expect(r.errors).toBeUndefined();
    invoice = r.data!.invoiceLineAdd;
  }
  r = await gql(`mutation ($id: ID!, $version: Int!) { invoiceIssue(id: $id, version: $version) { ${INVOICE} state } }`, { id: invoice.id, version: invoice.version }, dispatcher);
  expect(r.data!.invoiceIssue.state).toBe("ISSUED");
  const lines = r.data!.invoiceIssue.lines as { id: string; name: string }[];
  return { orderId: order.id, invoiceId: invoice.id, total: r.data!.invoiceIssue.total, hours: lines.find((l) => l.name === "Работа электрика")!.id, sockets: lines.find((l) => l.name !== "Работа электрика")!.id };
}

async function pay(orderId: string, idempotencyKey?: string) {
  return gql(`mutation ($orderId: ID!, $key: String) { residentInvoicePay(orderId: $orderId, idempotencyKey: $key, returnPath: "/r/orders") { id state amount confirmationUrl } }`, { orderId, key: idempotencyKey ?? null }, resident);
}

/** The resident presses «Оплатить» on the hosted page; answers the redirect's target. */
async function pressPay(confirmationUrl: string, action: "confirm" | "decline" = "confirm"): Promise<string | null> {
  const page = await fetch(`${t.url}${confirmationUrl}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Оплатить");
  expect(html).toContain("Отказаться");
  const res = await fetch(`${t.url}${confirmationUrl}/${action}`, { method: "POST", redirect: "manual" });
  expect(res.status).toBe(303);
  return res.headers.get("location");
}

async function providerPaymentId(orderId: string): Promise<string> {
  const [row] = await t.database.sql`select provider_payment_id from payments where order_id = ${orderId} order by created_at desc limit 1`;
  return row!.provider_payment_id as string;
}

/** A notification as the built-in acquirer words it, signed with `organizationId`'s key (at `at`). */
function notification(o: { organizationId: string; paymentId: string; status: string; amount: string; eventId?: string; metadata?: Record<string, string>; at?: Date; signFor?: string }) {
  const body = JSON.stringify({
    event_id: o.eventId ?? randomUUID(),
    event: `payment.${o.status}`,
    object: { id: o.paymentId, kind: "payment", status: o.status, amount: { value: o.amount, currency: "RUB" }, metadata: o.metadata ?? { organizationId: o.organizationId } },
  });
  return { body, signature: signNotification(secret, o.signFor ?? o.organizationId, body, o.at ?? t.clock.now()) };
}

async function post(organizationId: string, n: { body: string; signature: string }): Promise<{ status: number; outcome: string }> {
  const res = await fetch(`${t.url}/payments/notifications/builtin/${organizationId}`, { method: "POST", headers: { "content-type": "application/json", "x-domovoy-signature": n.signature }, body: n.body });
  return { status: res.status, outcome: ((await res.json()) as { outcome: string }).outcome };
}

async function invoiceState(orderId: string) {
  const [row] = await t.database.sql`select i.state, o.invoice_state, o.refund_state from invoices i join orders o on o.id = i.order_id where i.order_id = ${orderId}`;
  return row as { state: string; invoice_state: string; refund_state: string };
}

async function refund(input: Record<string, unknown>, token = admin) {
  return gql(`mutation ($input: RefundCreateInput!) { refundCreate(input: $input) { ${REFUND} } }`, { input }, token);
}

/** Issues an invoice and has the resident pay it on the hosted page; the notification is delivered by the job queue. */
async function paidInvoice(): Promise<Issued> {
  const issued = await issuedInvoice();
  const r = await pay(issued.orderId);
  expect(r.errors).toBeUndefined();
  await pressPay(r.data!.residentInvoicePay.confirmationUrl);
  await t.app.jobs.runDue();
  expect((await invoiceState(issued.orderId)).state).toBe("PAID");
  return issued;
}

beforeAll(async () => {
  t = await startTestServer({ config: { payments: { provider: "builtin", webhookSecret: secret, providerTimeoutMs: 6_000, refundRetryDelayMs: 0 } } });
  f = await fixtures(t);
  dispatcher = await tokenOf(t, "dispatcher@domovoy.example");
  admin = await tokenOf(t, "admin@domovoy.example");
  resident = await residentTokenOf(t, "+79160000001");
  const rows = await t.database.sql`select id, name from price_list_items where service_id = ${f.electrical}`;
  items = Object.fromEntries(rows.map((r) => [r.name as string, r.id as string]));
  const [other] = await t.database.sql`select id from organizations where slug <> 'domovoy' limit 1`;
  foreignOrg = other!.id as string;
  foreignAdmin = await tokenOf(t, "admin@severny.example");
  otherResident = await residentTokenOf(t, "+79160000002");
});
afterAll(() => t?.close());

describe("online payment", () => {
  it("draft → issue → the resident pays on the hosted page → the notification, delivered twice and out of order, pays once", async () => {
    const issued = await issuedInvoice();
    expect(issued.total).toBe("3000.00");

    // A draft or an unknown order cannot be paid; the resident starts the payment of the issued one.
    const first = await pay(issued.orderId, "click-1");
    expect(first.errors).toBeUndefined();
    const payment = first.data!.residentInvoicePay;
    expect(payment).toMatchObject({ state: "PENDING", amount: "3000.00" });
    expect(payment.confirmationUrl).toMatch(/^\/pay\/[0-9a-f-]{36}$/);
    // The same key, and a second click without one, answer the same payment.
    expect((await pay(issued.orderId, "click-1")).data!.residentInvoicePay.id).toBe(payment.id);
    expect((await pay(issued.orderId)).data!.residentInvoicePay.id).toBe(payment.id);
    const [{ n: paymentsMade }] = (await t.database.sql`select count(*)::int as n from payments where order_id = ${issued.orderId}`) as unknown as [{ n: number }];
    expect(paymentsMade).toBe(1);

    // The hosted page shows the amount; «Оплатить» sends the resident back with the outcome.
    const page = await (await fetch(`${t.url}${payment.confirmationUrl}`)).text();
    expect(page).toContain("3\u00a0000,00 ₽");
    expect(await pressPay(payment.confirmationUrl)).toBe("/r/orders?payment=succeeded");
    // Nothing is paid until the notification arrives.
    expect((await invoiceState(issued.orderId)).state).toBe("ISSUED");

    // Staff reading the client («Активность клиента» open) hear of the payment once it is recorded.
    const clientChanges = subscribe(t.ws(dispatcher), `subscription ($id: ID) { clientUpdated(id: $id) { id } }`, { id: f.residentClient });
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The same notification twice, then a late «pending»: one payment, the invoice PAID once.
    const pid = await providerPaymentId(issued.orderId);
    const succeeded = notification({ organizationId: f.organizationId, paymentId: pid, status: "succeeded", amount: "3000.00" });
    expect(await post(f.organizationId, succeeded)).toEqual({ status: 200, outcome: "APPLIED" });
    expect(await post(f.organizationId, succeeded)).toEqual({ status: 200, outcome: "DUPLICATE" });
    expect(await post(f.organizationId, notification({ organizationId: f.organizationId, paymentId: pid, status: "pending", amount: "3000.00" }))).toEqual({ status: 200, outcome: "UNCHANGED" });
    expect(await post(f.organizationId, notification({ organizationId: f.organizationId, paymentId: pid, status: "canceled", amount: "3000.00" }))).toEqual({ status: 200, outcome: "UNCHANGED" });
    // The acquirer's own notification comes through the job queue afterwards: it changes nothing.
    await t.app.jobs.runDue();
    expect(await invoiceState(issued.orderId)).toMatchObject({ state: "PAID", invoice_state: "PAID" });

    const card = await gql(`query ($id: ID!) { order(id: $id) { labels invoice { state paidAt payments { state amount provider providerPaymentId succeededAt } } } }`, { id: issued.orderId }, admin);
    expect(card.errors).toBeUndefined();
    expect(card.data!.order.labels).toContain("INVOICE_PAID");
    expect(card.data!.order.invoice.payments).toEqual([expect.objectContaining({ state: "SUCCEEDED", amount: "3000.00", provider: "builtin", providerPaymentId: pid })]);
    const events = await t.database.sql`select outcome from payment_events where provider_object_id = ${pid} order by received_at`;
    expect(events.map((e) => e.outcome)).toEqual(["APPLIED", "UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    // «Активность клиента»: the payment, once — in the client's activity staff read, tied to the order.
    const activity = await t.database.sql`select kind, amount::text, title from client_activities where order_id = ${issued.orderId}`;
    expect(activity).toEqual([{ kind: "PAYMENT", amount: "300000", title: expect.stringContaining("Оплата счёта") }]);
    const read = await gql(`query ($id: ID!, $orderId: ID) { client(id: $id) { activity(first: 10, orderId: $orderId) { nodes { kind title amount order { id } } } } }`, { id: f.residentClient, orderId: issued.orderId }, dispatcher);
    expect(read.errors).toBeUndefined();
    await clientChanges.next(1, 10_000);
    clientChanges.unsubscribe();
    expect(clientChanges.events[0]!.data).toEqual({ clientUpdated: { id: f.residentClient } });
    expect(read.data!.client.activity.nodes.filter((n: { kind: string }) => n.kind === "PAYMENT")).toEqual([{ kind: "PAYMENT", title: expect.stringMatching(/^Оплата счёта по заявке № \d+$/), amount: "3000.00", order: { id: issued.orderId } }]);
    // Paying again is refused.
    expect(errorOf(await pay(issued.orderId, "click-2"))).toMatchObject({ code: "CONFLICT", reason: "INVOICE_NOT_PAYABLE" });
  });

  it("«Отказаться» cancels the payment and leaves the invoice issued", async () => {
    const issued = await issuedInvoice();
    const r = await pay(issued.orderId);
    expect(await pressPay(r.data!.residentInvoicePay.confirmationUrl, "decline")).toBe("/r/orders?payment=canceled");
    await t.app.jobs.runDue();
    expect((await invoiceState(issued.orderId)).state).toBe("ISSUED");
    const [row] = await t.database.sql`select state from payments where order_id = ${issued.orderId}`;
    expect(row!.state).toBe("CANCELED");
  });

  it("refuses forged, stale and malformed notifications without writing anything", async () => {
    const issued = await issuedInvoice();
    await pay(issued.orderId);
    const pid = await providerPaymentId(issued.orderId);
    const good = notification({ organizationId: f.organizationId, paymentId: pid, status: "succeeded", amount: "3000.00" });
    const before = await t.database.sql`select count(*)::int as n from payment_events`;
    // A body changed after signing; a signature made with another key; none at all; signed 10 minutes ago (a replay).
    expect(await post(f.organizationId, { body: good.body.replace("3000.00", "3000.01"), signature: good.signature })).toEqual({ status: 401, outcome: "SIGNATURE" });
    expect(await post(f.organizationId, { ...good, signature: signNotification("another secret", f.organizationId, good.body, new Date()) })).toEqual({ status: 401, outcome: "SIGNATURE" });
    expect(await post(f.organizationId, { body: good.body, signature: "" })).toEqual({ status: 401, outcome: "SIGNATURE" });
    const stale = notification({ organizationId: f.organizationId, paymentId: pid, status: "succeeded", amount: "3000.00", at: new Date(Date.now() - 10 * 60_000) });
    expect(await post(f.organizationId, stale)).toEqual({ status: 401, outcome: "STALE" });
    const garbage = "not json";
    expect(await post(f.organizationId, { body: garbage, signature: signNotification(secret, f.organizationId, garbage, new Date()) })).toEqual({ status: 400, outcome: "MALFORMED" });
    expect(await t.database.sql`select count(*)::int as n from payment_events`).toEqual(before);
    expect((await invoiceState(issued.orderId)).state).toBe("ISSUED");
  });

  it("refuses a notification for another organization's payment and records it", async () => {
    const issued = await issuedInvoice();
    await pay(issued.orderId);
    const pid = await providerPaymentId(issued.orderId);
    // Properly signed for the other organization, at its address, naming our payment.
    const n = notification({ organizationId: foreignOrg, paymentId: pid, status: "succeeded", amount: "3000.00" });
    expect(await post(foreignOrg, n)).toEqual({ status: 403, outcome: "FOREIGN_ORGANIZATION" });
    // Our key at the other organization's address does not verify there.
    expect(await post(foreignOrg, notification({ organizationId: f.organizationId, paymentId: pid, status: "succeeded", amount: "3000.00" }))).toMatchObject({ status: 401 });
    expect((await invoiceState(issued.orderId)).state).toBe("ISSUED");
    const [recorded] = await t.database.sql`select organization_id, outcome, payment_id from payment_events where provider_object_id = ${pid}`;
    expect(recorded).toEqual({ organization_id: foreignOrg, outcome: "FOREIGN_ORGANIZATION", payment_id: null });
  });

  it("records and alerts an amount that does not match the invoice, and never accepts it", async () => {
    const issued = await issuedInvoice();
    await pay(issued.orderId);
    const pid = await providerPaymentId(issued.orderId);
    const n = notification({ organizationId: f.organizationId, paymentId: pid, status: "succeeded", amount: "30.00" });
    expect(await post(f.organizationId, n)).toEqual({ status: 409, outcome: "AMOUNT_MISMATCH" });
    expect((await invoiceState(issued.orderId)).state).toBe("ISSUED");
    const [payment] = await t.database.sql`select state from payments where provider_payment_id = ${pid}`;
    expect(payment!.state).toBe("PENDING");
    const alerts = await t.database.sql`select kind from notifications where order_id = ${issued.orderId} and kind = 'PAYMENT_ALERT'`;
    expect(alerts.length).toBeGreaterThan(0);
    // The right amount afterwards still pays.
    expect(await post(f.organizationId, notification({ organizationId: f.organizationId, paymentId: pid, status: "succeeded", amount: "3000.00" }))).toEqual({ status: 200, outcome: "APPLIED" });
    expect((await invoiceState(issued.orderId)).state).toBe("PAID");
  });

  it("a draft invoice, another resident's order and staff cannot start a payment", async () => {
    const order = await newOrder(t, { serviceId: f.electrical });
    expect(errorOf(await pay(order.id))).toMatchObject({ code: "NOT_FOUND" });
    await gql(`mutation ($orderId: ID!) { invoiceCreate(orderId: $orderId) { id } }`, { orderId: order.id }, dispatcher);
    expect(errorOf(await pay(order.id))).toMatchObject({ code: "NOT_FOUND" });
    const staff = await gql(`mutation ($orderId: ID!) { residentInvoicePay(orderId: $orderId) { id } }`, { orderId: order.id }, admin);
    expect(errorOf(staff).code).toBe("FORBIDDEN");
    expect(errorOf(await gql(`mutation ($orderId: ID!) { residentInvoicePay(orderId: $orderId, returnPath: "https://evil.example/") { id } }`, { orderId: order.id }, resident))).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});

describe("refunds", () => {
  it("partial → second partial → a third that would exceed is refused; full refund of the rest", async () => {
    const paid = await paidInvoice();
    // Half an hour of work: 700.00 ₽, through the acquirer.
    let r = await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "0,5" }], reason: "Работа заняла час" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.refundCreate).toMatchObject({ kind: "PARTIAL", decision: "CONFIRMED", settlement: "SUCCEEDED", amount: "700.00", lines: [{ invoiceLineId: paid.hours, quantity: "0.5", amount: "700.00" }] });
    expect(await invoiceState(paid.orderId)).toMatchObject({ refund_state: "CONFIRMED" });
    // One socket: 450.00 ₽.
    r = await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Одна розетка не понадобилась" });
    expect(r.data!.refundCreate).toMatchObject({ settlement: "SUCCEEDED", amount: "450.00" });
    // The list's refund label: state and amount.
    const listed = await gql(`query ($id: ID!) { order(id: $id) { labels refundSummary { decision settlement amount } } }`, { id: paid.orderId }, admin);
    expect(listed.data!.order.labels).toContain("REFUND_CONFIRMED");
    expect(listed.data!.order.refundSummary).toEqual({ decision: "CONFIRMED", settlement: "SUCCEEDED", amount: "1150.00" });
    // 1.5 h more than the 1 h left: refused, nothing written.
    const before = await t.database.sql`select count(*)::int as n from refunds where order_id = ${paid.orderId}`;
    r = await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "1.5" }], reason: "Ещё" });
    expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT", reason: "EXCEEDS_LINE" });
    expect(await t.database.sql`select count(*)::int as n from refunds where order_id = ${paid.orderId}`).toEqual(before);
    // Bad input: no reason, quantity 0, half a socket, a line of another invoice.
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "FULL", reason: "  " }))).toMatchObject({ code: "BAD_USER_INPUT", reason: "REASON_REQUIRED" });
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "0" }], reason: "x" }))).toMatchObject({ reason: "QUANTITY_NOT_POSITIVE" });
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "0.5" }], reason: "x" }))).toMatchObject({ reason: "QUANTITY_NOT_WHOLE" });
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: randomUUID(), quantity: "1" }], reason: "x" }))).toMatchObject({ reason: "UNKNOWN_LINE" });
    // The rest in full: 1 h (1400.00) + 1 socket (450.00).
    r = await refund({ orderId: paid.orderId, kind: "FULL", reason: "Отказ от услуги" });
    expect(r.data!.refundCreate).toMatchObject({ kind: "FULL", settlement: "SUCCEEDED", amount: "1850.00" });
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "FULL", reason: "Ещё раз" }))).toMatchObject({ code: "CONFLICT", reason: "NOTHING_TO_REFUND" });
    const [sum] = await t.database.sql`select sum(amount_kopecks)::int as total from refunds where order_id = ${paid.orderId}`;
    expect(sum!.total).toBe(300000);
    // The acquirer refunded exactly the same.
    const [acquirer] = await t.database.sql`select sum(r.amount_kopecks)::int as total from demo_acquirer_refunds r join payments p on p.provider_payment_id = r.payment_id::text where p.order_id = ${paid.orderId}`;
    expect(acquirer!.total).toBe(300000);
    // Staff without REFUNDS_MANAGE cannot refund.
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "FULL", reason: "x" }, dispatcher)).code).toBe("FORBIDDEN");
  });

  it("20 concurrent refunds of one socket each never exceed the two paid", async () => {
    const paid = await paidInvoice();
    const results = await Promise.all(Array.from({ length: 20 }, () => refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Одновременно" })));
    const made = results.filter((r) => !r.errors);
    expect(made).toHaveLength(2);
    expect(results.filter((r) => r.errors).every((r) => ["EXCEEDS_LINE"].includes(errorOf(r).reason as string))).toBe(true);
    const [sum] = await t.database.sql`select sum(amount_kopecks)::int as total, count(*)::int as n from refunds where order_id = ${paid.orderId}`;
    expect(sum).toEqual({ total: 90000, n: 2 });
  });

  it("a cash (marked paid) invoice's refund is recorded, not sent to the acquirer", async () => {
    const issued = await issuedInvoice();
    const [inv] = await t.database.sql`select version from invoices where id = ${issued.invoiceId}`;
    const marked = await gql(`mutation ($id: ID!, $version: Int!) { invoiceMarkPaid(id: $id, version: $version) { state } }`, { id: issued.invoiceId, version: inv!.version }, dispatcher);
    expect(marked.data!.invoiceMarkPaid.state).toBe("MARKED_PAID");
    const r = await refund({ orderId: issued.orderId, kind: "FULL", reason: "Вернули наличными" });
    expect(r.data!.refundCreate).toMatchObject({ settlement: "RECORDED", amount: "3000.00" });
    // Money was given back: «Сделать неоплаченным» would reopen the lines under it.
    const [after] = await t.database.sql`select version from invoices where id = ${issued.invoiceId}`;
    const unpaid = await gql(`mutation ($id: ID!, $version: Int!) { invoiceMakeUnpaid(id: $id, version: $version) { state } }`, { id: issued.invoiceId, version: after!.version }, dispatcher);
    expect(unpaid.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVOICE_HAS_REFUNDS" });
    expect(await invoiceState(issued.orderId)).toMatchObject({ state: "MARKED_PAID" });
  });

  it("an acquirer timeout leaves the refund PENDING and one job retries it exactly once", async () => {
    const paid = await paidInvoice();
    const builtin = t.app.services.payments.builtin!;
    // Longer than the 6 s deadline (which is generous so that a loaded machine never times out a normal call).
    builtin.faults.refundDelayMs = 8_000;
    let r: GraphQLResponse<{ refundCreate: { id: string; settlement: string; amount: string } }>;
    try {
      r = (await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Таймаут" })) as typeof r;
    } finally {
      builtin.faults.refundDelayMs = 0;
    }
    expect(r.errors).toBeUndefined();
    const pending = r.data!.refundCreate;
    expect(pending).toMatchObject({ settlement: "PENDING", amount: "450.00" });
    expect(await invoiceState(paid.orderId)).toMatchObject({ refund_state: "CONFIRMED" });
    // The slow first call completes at the acquirer meanwhile; then the retry job asks again with the same key.
    await expect.poll(async () => (await t.database.sql`select count(*)::int as n from demo_acquirer_refunds where idempotency_key = ${pending.id}`)[0]!.n).toBe(1);
    await t.app.jobs.runDue();
    await t.app.jobs.runDue();
    const [row] = await t.database.sql`select settlement, provider_attempts from refunds where id = ${pending.id}`;
    expect(row).toEqual({ settlement: "SUCCEEDED", provider_attempts: 2 });
    // Exactly one refund at the acquirer, and no retry left to run.
    expect((await t.database.sql`select count(*)::int as n from demo_acquirer_refunds where idempotency_key = ${pending.id}`)[0]!.n).toBe(1);
    expect((await t.database.sql`select count(*)::int as n from jobs where kind = 'payments.refund-retry' and dedupe_key = ${"payments.refund-retry:" + pending.id}`)[0]!.n).toBe(0);
  });

  it("a resident requests a refund; staff with the setting are notified; a rejection and a confirmation reach the resident", async () => {
    const paid = await paidInvoice();
    const request = (input: Record<string, unknown>) => gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id kind decision settlement amount reason decisionReason } }`, { input }, resident);
    let r = await request({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "2" }], reason: "Розетки не установлены" });
    expect(r.errors).toBeUndefined();
    const first = r.data!.residentRefundRequest;
    expect(first).toMatchObject({ decision: "REQUESTED", settlement: "NONE", amount: "900.00" });
    expect(await invoiceState(paid.orderId)).toMatchObject({ refund_state: "REQUESTED" });
    const listed = await gql(`query ($id: ID!) { order(id: $id) { labels refundSummary { decision amount } } }`, { id: paid.orderId }, admin);
    expect(listed.data!.order).toMatchObject({ labels: expect.arrayContaining(["REFUND_REQUESTED"]), refundSummary: { decision: "REQUESTED", amount: "900.00" } });
    // One request at a time.
    expect(errorOf(await request({ orderId: paid.orderId, kind: "FULL", reason: "Ещё" }))).toMatchObject({ code: "CONFLICT" });
    const staffNotified = await t.database.sql`select e.email from notifications n join employees e on e.id = n.employee_id where n.order_id = ${paid.orderId} and n.kind = 'REFUND_REQUEST'`;
    expect(staffNotified.map((n) => n.email)).toContain("admin@domovoy.example");
    expect(staffNotified.map((n) => n.email)).not.toContain("dispatcher@domovoy.example");

    // Rejection needs a reason; the resident hears it.
    expect(errorOf(await gql(`mutation ($id: ID!) { refundReject(id: $id, reason: " ") { id } }`, { id: first.id }, admin))).toMatchObject({ code: "BAD_USER_INPUT" });
    r = await gql(`mutation ($id: ID!) { refundReject(id: $id, reason: "Работы выполнены") { ${REFUND} } }`, { id: first.id }, admin);
    expect(r.data!.refundReject).toMatchObject({ decision: "REJECTED", settlement: "NONE", decisionReason: "Работы выполнены", requestedByResident: true });
    expect(await invoiceState(paid.orderId)).toMatchObject({ refund_state: "REJECTED" });
    expect(errorOf(await gql(`mutation ($id: ID!) { refundConfirm(id: $id) { id } }`, { id: first.id }, admin))).toMatchObject({ code: "CONFLICT" });

    // A second request, confirmed: through the acquirer.
    r = await request({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Одна розетка не работает" });
    const second = r.data!.residentRefundRequest;
    r = await gql(`mutation ($id: ID!) { refundConfirm(id: $id) { ${REFUND} } }`, { id: second.id }, admin);
    expect(r.data!.refundConfirm).toMatchObject({ decision: "CONFIRMED", settlement: "SUCCEEDED", amount: "450.00" });
    const residentNotes = await t.database.sql`select kind, data from notifications where order_id = ${paid.orderId} and client_id is not null and kind = 'REFUND_DECIDED' order by created_at`;
    expect(residentNotes.map((n) => (n.data as { decision: string }).decision)).toEqual(["REJECTED", "CONFIRMED"]);

    // The resident sees their refunds, without staff fields.
    const mine = await gql(
      `query ($id: ID!) { residentOrder(id: $id) { invoice { state lines { id refundableQuantity } refunds { decision settlement amount decisionReason requestedByResident settledAt } } } }`,
      { id: paid.orderId },
      resident,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.residentOrder.invoice.refunds).toEqual([
      { decision: "REJECTED", settlement: "NONE", amount: "900.00", decisionReason: "Работы выполнены", requestedByResident: true, settledAt: null },
      { decision: "CONFIRMED", settlement: "SUCCEEDED", amount: "450.00", decisionReason: null, requestedByResident: true, settledAt: expect.any(String) },
    ]);
    // What may still be asked back: the rejected request holds nothing, the confirmed one a socket.
    expect(mine.data!.residentOrder.invoice.lines).toEqual([
      { id: paid.hours, refundableQuantity: "1.5" },
      { id: paid.sockets, refundableQuantity: "1" },
    ]);
  });

  it("a service without «Возможность возврата» refuses the resident's request", async () => {
    await t.database.sql`update services set refunds_allowed = false where id = ${f.electrical}`;
    try {
      const paid = await paidInvoice();
      const r = await gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id } }`, { input: { orderId: paid.orderId, kind: "FULL", reason: "Хочу вернуть" } }, resident);
      expect(errorOf(r)).toMatchObject({ code: "FORBIDDEN", reason: "REFUNDS_NOT_ALLOWED" });
    } finally {
      await t.database.sql`update services set refunds_allowed = true where id = ${f.electrical}`;
    }
  });
});

describe("«Скачать документы»", () => {
  it("builds the contract and the act of the order's invoice as .docx with the lines, the totals in words and the legal entity", async () => {
    const paid = await paidInvoice();
    const r = await gql(`mutation ($orderId: ID!) { invoiceDocuments(orderId: $orderId) { contractUrl actUrl } }`, { orderId: paid.orderId }, dispatcher);
    expect(r.errors).toBeUndefined();
    const { contractUrl, actUrl } = r.data!.invoiceDocuments;
    const [order] = await t.database.sql`select o.number, le.name, le.inn, le.bik, i.issued_at from orders o join invoices i on i.order_id = o.id
      join buildings b on b.id = o.building_id left join legal_entities le on le.id = b.legal_entity_id where o.id = ${paid.orderId}`;
    const issuedDay = new Intl.DateTimeFormat("ru-RU", { timeZone: "Europe/Moscow", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(order!.issued_at as string));
    const download = async (url: string, token: string) => fetch(`${t.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
    const contract = await download(contractUrl, dispatcher);
    expect(contract.status).toBe(200);
    const doc = readDocx(new Uint8Array(await contract.arrayBuffer()));
    const body = doc.paragraphs.join("\n");
    expect(doc.paragraphs).toContain("Договор оказания услуг");
    expect(doc.paragraphs).toContain(`№ ${order!.number} от ${issuedDay}`);
    expect(body).toContain(`${order!.name}, именуемое в дальнейшем «Исполнитель»`);
    expect(body).toContain(`ИНН ${order!.inn}`);
    expect(body).toContain(`БИК ${order!.bik}`);
    expect(body).toContain("3\u00a0000,00 руб. (три тысячи рублей 00 копеек)");
    expect(doc.rows).toContainEqual(["1", "Работа электрика", "час", "1,5", "1\u00a0400,00", "0", "2\u00a0100,00"]);
    expect(doc.rows).toContainEqual(["Итого", "3\u00a0000,00"]);
    const act = readDocx(new Uint8Array(await (await download(actUrl, dispatcher)).arrayBuffer()));
    expect(act.paragraphs).toContain("Акт сдачи-приёмки услуг");
    expect(act.paragraphs.join("\n")).toContain("Всего оказано услуг на сумму 3\u00a0000,00 руб. (три тысячи рублей 00 копеек).");
    // Staff only: the resident gets the same answer as for a missing file.
    expect((await download(contractUrl, resident)).status).toBe(404);
  });

  it("refuses an order without an invoice", async () => {
    const order = await newOrder(t, { serviceId: f.electrical });
    const r = await gql(`mutation ($orderId: ID!) { invoiceDocuments(orderId: $orderId) { contractUrl } }`, { orderId: order.id }, dispatcher);
    expect(errorOf(r).code).toBe("NOT_FOUND");
  });
});

const HISTORY = `query ($id: ID!) { order(id: $id) { history { kind actor { kind employee { fullName } } refundAction refundAmount refundSettlement refundReason } } }`;
type RefundEntry = { kind: string; actor: { kind: string; employee: { fullName: string } | null }; refundAction: string; refundAmount: string; refundSettlement: string; refundReason: string | null };

/** The order's REFUND_CHANGED entries, oldest first: [action, actor, amount, settlement, reason]. */
async function refundHistory(orderId: string) {
  const r = await gql(HISTORY, { id: orderId }, admin);
  expect(r.errors).toBeUndefined();
  return (r.data!.order.history as RefundEntry[])
    .filter((e) => e.kind === "REFUND_CHANGED")
    .reverse()
    .map((e) => [e.refundAction, e.actor.kind, e.refundAmount, e.refundSettlement, e.refundReason]);
}

/** The resident's notifications about an order, oldest first. */
async function residentNotes(orderId: string) {
  const r = await gql(`query { notifications(first: 100) { nodes { kind orderId title body } } }`, {}, resident);
  expect(r.errors).toBeUndefined();
  return (r.data!.notifications.nodes as { kind: string; orderId: string; title: string; body: string }[]).filter((n) => n.orderId === orderId).reverse();
}

describe("refunds in the order's history and the resident's notifications", () => {
  it("a request rejected, a request confirmed and settled, a staff refund settled, a refund the bank refused: each step is an entry; the resident hears each outcome", async () => {
    const paid = await paidInvoice();
    const [{ number }] = (await t.database.sql`select number from orders where id = ${paid.orderId}`) as unknown as [{ number: number }];
    const request = async (input: Record<string, unknown>) => {
      const r = await gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id } }`, { input }, resident);
      expect(r.errors).toBeUndefined();
      return r.data!.residentRefundRequest.id as string;
    };
    const first = await request({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "2" }], reason: "Розетки не установлены" });
    expect((await gql(`mutation ($id: ID!) { refundReject(id: $id, reason: "Работы выполнены") { id } }`, { id: first }, admin)).errors).toBeUndefined();
    const second = await request({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Одна розетка не работает" });
    expect((await gql(`mutation ($id: ID!) { refundConfirm(id: $id) { settlement } }`, { id: second }, admin)).data!.refundConfirm.settlement).toBe("SUCCEEDED");
    expect((await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "0.5" }], reason: "Работа заняла час" })).data!.refundCreate.settlement).toBe("SUCCEEDED");
    const builtin = t.app.services.payments.builtin!;
    builtin.faults.refuseRefunds = true;
    try {
      const refused = await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Вторая розетка" });
      expect(refused.data!.refundCreate).toMatchObject({ settlement: "FAILED", failureReason: "Банк отклонил возврат" });
    } finally {
      builtin.faults.refuseRefunds = false;
    }

    expect(await refundHistory(paid.orderId)).toEqual([
      ["REQUESTED", "RESIDENT", "900.00", "NONE", "Розетки не установлены"],
      ["REJECTED", "EMPLOYEE", "900.00", "NONE", "Работы выполнены"],
      ["REQUESTED", "RESIDENT", "450.00", "NONE", "Одна розетка не работает"],
      ["CONFIRMED", "EMPLOYEE", "450.00", "PENDING", null],
      ["SUCCEEDED", "SYSTEM", "450.00", "SUCCEEDED", null],
      ["CREATED", "EMPLOYEE", "700.00", "PENDING", "Работа заняла час"],
      ["SUCCEEDED", "SYSTEM", "700.00", "SUCCEEDED", null],
      ["CREATED", "EMPLOYEE", "450.00", "PENDING", "Вторая розетка"],
      ["FAILED", "SYSTEM", "450.00", "FAILED", "Банк отклонил возврат"],
    ]);
    // Staff entries name the employee.
    const history = (await gql(HISTORY, { id: paid.orderId }, admin)).data!.order.history as RefundEntry[];
    expect(history.find((e) => e.refundAction === "REJECTED")!.actor.employee).not.toBeNull();

    // The resident: the rejection with its reason, the confirmation, the money back twice (their request and the staff refund); nothing for the refused one.
    const notes = (await residentNotes(paid.orderId)).filter((n) => n.kind.startsWith("REFUND_"));
    expect(notes).toEqual([
      { kind: "REFUND_DECIDED", orderId: paid.orderId, title: `Возврат по заявке № ${number} отклонён`, body: "Работы выполнены" },
      { kind: "REFUND_DECIDED", orderId: paid.orderId, title: `Возврат по заявке № ${number} подтверждён`, body: expect.stringContaining("вернутся на карту") },
      { kind: "REFUND_SUCCEEDED", orderId: paid.orderId, title: `Деньги по заявке № ${number} возвращены`, body: "Возврат 450,00 ₽ выполнен: деньги поступят на карту, с которой была оплата" },
      { kind: "REFUND_SUCCEEDED", orderId: paid.orderId, title: `Деньги по заявке № ${number} возвращены`, body: "Возврат 700,00 ₽ выполнен: деньги поступят на карту, с которой была оплата" },
    ]);
    // What the resident may still ask back: the refused refund holds nothing.
    const lines = await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { lines { id refundableQuantity } } } }`, { id: paid.orderId }, resident);
    expect(lines.data!.residentOrder.invoice.lines).toEqual([
      { id: paid.hours, refundableQuantity: "1" },
      { id: paid.sockets, refundableQuantity: "1" },
    ]);
    // The acquirer's notifications of the same refunds (delivered by the job queue) write no second entry or notification.
    await t.app.jobs.runDue();
    expect(await refundHistory(paid.orderId)).toHaveLength(9);
    expect((await residentNotes(paid.orderId)).filter((n) => n.kind === "REFUND_SUCCEEDED")).toHaveLength(2);
  });

  it("a cash refund is one entry (recorded); the resident's confirmed cash request says where to get the money", async () => {
    const issued = await issuedInvoice();
    const [inv] = await t.database.sql`select version from invoices where id = ${issued.invoiceId}`;
    await gql(`mutation ($id: ID!, $version: Int!) { invoiceMarkPaid(id: $id, version: $version) { state } }`, { id: issued.invoiceId, version: inv!.version }, dispatcher);
    expect((await refund({ orderId: issued.orderId, kind: "PARTIAL", lines: [{ lineId: issued.hours, quantity: "1" }], reason: "Наличными" })).data!.refundCreate.settlement).toBe("RECORDED");
    const r = await gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id } }`, { input: { orderId: issued.orderId, kind: "FULL", reason: "Отказываюсь" } }, resident);
    await gql(`mutation ($id: ID!) { refundConfirm(id: $id) { id } }`, { id: r.data!.residentRefundRequest.id }, admin);
    expect(await refundHistory(issued.orderId)).toEqual([
      ["CREATED", "EMPLOYEE", "1400.00", "RECORDED", "Наличными"],
      ["REQUESTED", "RESIDENT", "1600.00", "NONE", "Отказываюсь"],
      ["CONFIRMED", "EMPLOYEE", "1600.00", "RECORDED", null],
    ]);
    const decided = (await residentNotes(issued.orderId)).filter((n) => n.kind === "REFUND_DECIDED");
    expect(decided.map((n) => n.body)).toEqual(["1\u00a0600,00 ₽ · Получите деньги в управляющей организации"]);
    // «Активность клиента»: both refunds beside nothing paid online.
    const activity = await t.database.sql`select kind, amount::text, title from client_activities where order_id = ${issued.orderId} order by amount`;
    expect(activity).toEqual([
      { kind: "PAYMENT", amount: "140000", title: expect.stringContaining("Возврат") },
      { kind: "PAYMENT", amount: "160000", title: expect.stringContaining("Возврат") },
    ]);
  });

  it("issuing an invoice tells the resident «Выставлен счёт» with the amount, once per issue", async () => {
    const issued = await issuedInvoice();
    const [{ number }] = (await t.database.sql`select number from orders where id = ${issued.orderId}`) as unknown as [{ number: number }];
    let notes = (await residentNotes(issued.orderId)).filter((n) => n.kind === "INVOICE_ISSUED");
    expect(notes).toEqual([{ kind: "INVOICE_ISSUED", orderId: issued.orderId, title: `Выставлен счёт по заявке № ${number}`, body: "К оплате 3\u00a0000,00 ₽ · Оплатить можно в приложении" }]);
    // Made unpaid, a line removed, issued again: a second notification with the new amount.
    const version = async () => (await t.database.sql`select version from invoices where id = ${issued.invoiceId}`)[0]!.version as number;
    expect((await gql(`mutation ($id: ID!, $version: Int!) { invoiceMakeUnpaid(id: $id, version: $version) { state } }`, { id: issued.invoiceId, version: await version() }, dispatcher)).errors).toBeUndefined();
    expect((await gql(`mutation ($lineId: ID!, $version: Int!) { invoiceLineRemove(lineId: $lineId, version: $version) { id } }`, { lineId: issued.sockets, version: await version() }, dispatcher)).errors).toBeUndefined();
    expect((await gql(`mutation ($id: ID!, $version: Int!) { invoiceIssue(id: $id, version: $version) { state } }`, { id: issued.invoiceId, version: await version() }, dispatcher)).errors).toBeUndefined();
    notes = (await residentNotes(issued.orderId)).filter((n) => n.kind === "INVOICE_ISSUED");
    expect(notes.map((n) => n.body)).toEqual(["К оплате 3\u00a0000,00 ₽ · Оплатить можно в приложении", "К оплате 2\u00a0100,00 ₽ · Оплатить можно в приложении"]);
  });
});

describe("the Excel report's refund fields", () => {
  it("carries what was given back and the refund state beside «Сумма счёта, ₽»", async () => {
    const paid = await paidInvoice();
    await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "0.5" }], reason: "Работа заняла час" });
    await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Розетка" });
    const requested = await paidInvoice();
    await gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id } }`, { input: { orderId: requested.orderId, kind: "FULL", reason: "Не нужно" } }, resident);
    const untouched = await paidInvoice();
    const numbers = new Map<string, number>();
    for (const { orderId } of [paid, requested, untouched]) numbers.set(orderId, (await t.database.sql`select number from orders where id = ${orderId}`)[0]!.number as number);

    const fields = ["NUMBER", "INVOICE_STATE", "INVOICE_TOTAL", "REFUNDED_TOTAL", "REFUND_STATE"];
    const created = await gql(`mutation ($input: OrderReportCreateInput!) { orderReportCreate(input: $input) { id } }`, { input: { tab: "ALL", filter: { labels: ["INVOICE_PAID"], incident: "ANY" }, fields } }, admin);
    expect(created.errors).toBeUndefined();
    await t.app.jobs.runDue();
    const ready = await gql(`query ($id: ID!) { reportExport(id: $id) { state file { url } } }`, { id: created.data!.orderReportCreate.id }, admin);
    expect(ready.data!.reportExport.state).toBe("READY");
    const response = await fetch(t.url + ready.data!.reportExport.file.url, { headers: { authorization: `Bearer ${admin}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Номер", "Счёт", "Сумма счёта, ₽", "Возвращено, ₽", "Возврат"]);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[]);
    const rowOf = (orderId: string) => rows.find((r) => r[1] === numbers.get(orderId));
    expect(rowOf(paid.orderId)).toEqual([undefined, numbers.get(paid.orderId), "Оплачен", 3000, 1150, "Подтверждён · деньги возвращены"]);
    expect(rowOf(requested.orderId)).toEqual([undefined, numbers.get(requested.orderId), "Оплачен", 3000, undefined, "Запрошен"]);
    expect(rowOf(untouched.orderId)).toEqual([undefined, numbers.get(untouched.orderId), "Оплачен", 3000]);
  });
});

describe("other organizations and other residents", () => {
  it("find neither the payment nor the refunds of an order; an over-long reason is refused, not cut", async () => {
    const paid = await paidInvoice();
    const r = await gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id } }`, { input: { orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.sockets, quantity: "1" }], reason: "Не нужна" } }, resident);
    const requestId = r.data!.residentRefundRequest.id as string;
    const before = await t.database.sql`select id, decision, settlement from refunds where order_id = ${paid.orderId}`;
    // Another organization's administrator (who has REFUNDS_MANAGE there): NOT_FOUND for all of it.
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "FULL", reason: "Чужой" }, foreignAdmin)).code).toBe("NOT_FOUND");
    expect(errorOf(await gql(`mutation ($id: ID!) { refundConfirm(id: $id) { id } }`, { id: requestId }, foreignAdmin)).code).toBe("NOT_FOUND");
    expect(errorOf(await gql(`mutation ($id: ID!) { refundReject(id: $id, reason: "Чужой") { id } }`, { id: requestId }, foreignAdmin)).code).toBe("NOT_FOUND");
    expect(errorOf(await gql(`mutation ($orderId: ID!) { invoiceDocuments(orderId: $orderId) { contractUrl } }`, { orderId: paid.orderId }, foreignAdmin)).code).toBe("NOT_FOUND");
    // Another resident of the same organization: NOT_FOUND, as for a missing order.
    expect(errorOf(await gql(`mutation ($orderId: ID!) { residentInvoicePay(orderId: $orderId) { id } }`, { orderId: paid.orderId }, otherResident)).code).toBe("NOT_FOUND");
    expect(errorOf(await gql(`mutation ($input: ResidentRefundRequestInput!) { residentRefundRequest(input: $input) { id } }`, { input: { orderId: paid.orderId, kind: "FULL", reason: "Чужой" } }, otherResident)).code).toBe("NOT_FOUND");
    expect(errorOf(await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { refunds { id } } } }`, { id: paid.orderId }, otherResident)).code).toBe("NOT_FOUND");
    // A reason of 1001 characters: refused whole; 1000 fit.
    const long = "д".repeat(1001);
    expect(errorOf(await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "1" }], reason: long }))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(errorOf(await gql(`mutation ($id: ID!, $reason: String!) { refundReject(id: $id, reason: $reason) { id } }`, { id: requestId, reason: long }, admin))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await t.database.sql`select id, decision, settlement from refunds where order_id = ${paid.orderId}`).toEqual(before);
    const fits = await refund({ orderId: paid.orderId, kind: "PARTIAL", lines: [{ lineId: paid.hours, quantity: "1" }], reason: "д".repeat(1000) });
    expect(fits.data!.refundCreate.reason).toHaveLength(1000);
  });
});
