import "reflect-metadata";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, newEmployee, newOrder, residentTokenOf, tokenOf } from "./support/factories.js";
import { settle, startTestServer, subscribe, type GraphQLResponse, type TestServer } from "./support/harness.js";
import type { OrderFixtures } from "./support/orders.js";

/**
 * Счёт на оплату through the API (§22–§23): the draft, its lines from the service's price list, the
 * money computed on the server, issue / mark paid / make unpaid, the refusals (typed, and nothing
 * written), versions, tenancy, the resident's view, history, labels and live updates.
 */
let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let resident: string;
let foreignAdmin: string;
let items: Record<string, string>;
let otherServiceItem: string;
let inactiveItem: string;

const INVOICE = `id state total version issuedAt markedPaidAt paidAt actions issuedBy { id } markedPaidBy { id }
  lines { id name unit unitPrice quantity discountPercent total priceListItemId }`;

const gql = (query: string, variables: Record<string, unknown>, token = dispatcher) => t.graphql(query, variables, { token });
const reasonOf = (r: GraphQLResponse) => ({ code: r.errors?.[0]?.extensions?.code, reason: r.errors?.[0]?.extensions?.reason });

async function create(orderId: string, token = dispatcher) {
  return gql(`mutation ($orderId: ID!) { invoiceCreate(orderId: $orderId) { ${INVOICE} } }`, { orderId }, token);
}
async function addLine(input: Record<string, unknown>, token = dispatcher) {
  return gql(`mutation ($input: InvoiceLineAddInput!) { invoiceLineAdd(input: $input) { ${INVOICE} } }`, { input }, token);
}
async function updateLine(input: Record<string, unknown>) {
  return gql(`mutation ($input: InvoiceLineUpdateInput!) { invoiceLineUpdate(input: $input) { ${INVOICE} } }`, { input });
}
async function removeLine(lineId: string, version: number) {
  return gql(`mutation ($lineId: ID!, $version: Int!) { invoiceLineRemove(lineId: $lineId, version: $version) { ${INVOICE} } }`, { lineId, version });
}
async function act(action: "invoiceIssue" | "invoiceMarkPaid" | "invoiceMakeUnpaid", id: string, version: number, token = dispatcher) {
  return gql(`mutation ($id: ID!, $version: Int!) { ${action}(id: $id, version: $version) { ${INVOICE} } }`, { id, version }, token);
}
async function orderCard(orderId: string) {
  const r = await gql(`query ($id: ID!) { order(id: $id) { version labels baseDataLocked invoice { ${INVOICE} } history { kind invoiceAction invoiceTotal invoiceLineName actor { employee { id } } } } }`, { id: orderId });
  expect(r.errors).toBeUndefined();
  return r.data!.order;
}
/** Everything stored about the order's invoice: what a refusal must leave as it was. */
async function stored(orderId: string) {
  const [invoice] = await t.database.sql`select state, total_kopecks, version from invoices where order_id = ${orderId}`;
  const lines = await t.database.sql`select l.name, l.quantity, l.discount_percent, l.unit_price_kopecks, l.total_kopecks from invoice_lines l
    join invoices i on i.id = l.invoice_id where i.order_id = ${orderId} order by l.position`;
  const [order] = await t.database.sql`select invoice_state, revision from orders where id = ${orderId}`;
  const [events] = await t.database.sql`select count(*)::int as n from order_events where order_id = ${orderId}`;
  return { invoice, lines: [...lines], order, events: events!.n };
}

/** A paid-service order with a draft invoice; returns the order id and the invoice. */
async function draft() {
  const order = await newOrder(t, { serviceId: f.electrical });
  const r = await create(order.id);
  expect(r.errors).toBeUndefined();
  return { orderId: order.id, invoice: r.data!.invoiceCreate as { id: string; version: number } };
}

beforeAll(async () => {
  t = await startTestServer();
  f = await fixtures(t);
  dispatcher = await tokenOf(t, "dispatcher@domovoy.example");
  resident = await residentTokenOf(t, "+79160000001");
  foreignAdmin = await tokenOf(t, "admin@severny.example");
  const rows = await t.database.sql`select id, name from price_list_items where service_id = ${f.electrical}`;
  items = Object.fromEntries(rows.map((r) => [r.name as string, r.id as string]));
  const [other] = await t.database.sql`select p.id from price_list_items p join services s on s.id = p.service_id
    where s.organization_id = ${f.organizationId} and s.kind = 'PAID' and s.id <> ${f.electrical} limit 1`;
  otherServiceItem = other!.id as string;
  const [inactive] = await t.database.sql`insert into price_list_items (organization_id, service_id, name, unit, unit_price, active)
    values (${f.organizationId}, ${f.electrical}, 'Снятая с продажи позиция', 'шт.', 10000, false) returning id`;
  inactiveItem = inactive!.id as string;
});
afterAll(() => t?.close());

describe("the invoice flow", () => {
  it("draft → lines → issue → mark paid → make unpaid, with the money computed on the server", async () => {
    const { orderId, invoice } = await draft();
    expect(invoice).toMatchObject({ state: "DRAFT", total: "0.00", lines: [], actions: ["EDIT_LINES"] });

    // 1400.00 ₽ × 1.5 h − 10 % = 1890.00; 450.00 ₽ × 3 = 1350.00.
    let r = await addLine({ invoiceId: invoice.id, version: invoice.version, priceListItemId: items["Работа электрика"], quantity: "1,5", discountPercent: 10 });
    expect(r.errors).toBeUndefined();
    let current = r.data!.invoiceLineAdd;
    expect(current.lines).toEqual([
      expect.objectContaining({ name: "Работа электрика", unit: "час", unitPrice: "1400.00", quantity: "1.5", discountPercent: 10, total: "1890.00", priceListItemId: items["Работа электрика"] }),
    ]);
    r = await addLine({ invoiceId: invoice.id, version: current.version, priceListItemId: items["Установка розетки или выключателя"], quantity: "3" });
    current = r.data!.invoiceLineAdd;
    expect(current.total).toBe("3240.00");
    expect(current.actions).toEqual(["EDIT_LINES", "ISSUE"]);

    // A changed line: its own price (тариф за единицу) and quantity; the total follows.
    r = await updateLine({ lineId: current.lines[1].id, version: current.version, quantity: "2", unitPrice: "400.05" });
    expect(r.errors).toBeUndefined();
    current = r.data!.invoiceLineUpdate;
    expect(current.lines[1]).toMatchObject({ quantity: "2", unitPrice: "400.05", total: "800.10" });
    expect(current.total).toBe("2690.10");
    // A third line, then removed.
    r = await addLine({ invoiceId: invoice.id, version: current.version, priceListItemId: items["Прокладка кабеля в штробе"], quantity: "0.125" });
    current = r.data!.invoiceLineAdd;
    expect(current.lines[2]).toMatchObject({ quantity: "0.125", total: "43.75" });
    r = await removeLine(current.lines[2].id, current.version);
    current = r.data!.invoiceLineRemove;
    expect(current.lines).toHaveLength(2);
    expect(current.total).toBe("2690.10");

    // Nothing visible to the resident while a draft.
    const hidden = await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { id } } }`, { id: orderId }, resident);
    expect(hidden.data!.residentOrder.invoice).toBeNull();

    r = await act("invoiceIssue", invoice.id, current.version);
    expect(r.errors).toBeUndefined();
    current = r.data!.invoiceIssue;
    expect(current).toMatchObject({ state: "ISSUED", actions: ["MARK_PAID", "MAKE_UNPAID"], issuedBy: { id: expect.any(String) } });
    expect(current.issuedAt).not.toBeNull();
    let card = await orderCard(orderId);
    expect(card.labels).toContain("INVOICE_ISSUED");
    expect(card.baseDataLocked).toBe(true);

    // Issuing locks the order's base data (the rule of §15, wired to the invoice).
    const locked = await gql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { id } }`, { input: { id: orderId, version: card.version, description: "после счёта" } });
    expect(reasonOf(locked)).toEqual({ code: "BAD_USER_INPUT", reason: "BASE_DATA_LOCKED" });

    // The resident sees the issued invoice: lines and totals, no staff fields.
    const seen = await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { id state total issuedAt paidAt lines { name quantity unitPrice discountPercent total } } } }`, { id: orderId }, resident);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.residentOrder.invoice).toMatchObject({
      id: invoice.id,
      state: "ISSUED",
      total: "2690.10",
      lines: [
        { name: "Работа электрика", quantity: "1.5", unitPrice: "1400.00", discountPercent: 10, total: "1890.00" },
        { name: "Установка розетки или выключателя", quantity: "2", unitPrice: "400.05", discountPercent: 0, total: "800.10" },
      ],
    });

    r = await act("invoiceMarkPaid", invoice.id, current.version);
    expect(r.errors).toBeUndefined();
    current = r.data!.invoiceMarkPaid;
    expect(current).toMatchObject({ state: "MARKED_PAID", actions: ["MAKE_UNPAID"], markedPaidBy: { id: expect.any(String) } });
    expect(current.markedPaidAt).not.toBeNull();
    card = await orderCard(orderId);
    expect(card.labels).toContain("INVOICE_MARKED_PAID");
    expect(card.labels).not.toContain("INVOICE_ISSUED");

    r = await act("invoiceMakeUnpaid", invoice.id, current.version);
    expect(r.errors).toBeUndefined();
    current = r.data!.invoiceMakeUnpaid;
    expect(current).toMatchObject({ state: "DRAFT", issuedAt: null, markedPaidAt: null, markedPaidBy: null, total: "2690.10" });
    card = await orderCard(orderId);
    expect(card.labels).toContain("INVOICE_DRAFT");
    expect(card.baseDataLocked).toBe(false);
    expect((await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { id } } }`, { id: orderId }, resident)).data!.residentOrder.invoice).toBeNull();

    // The history, newest first: every change with its total.
    const invoiceEvents = card.history.filter((e: { kind: string }) => e.kind === "INVOICE_CHANGED");
    expect(invoiceEvents.map((e: { invoiceAction: string; invoiceTotal: string; invoiceLineName: string | null }) => [e.invoiceAction, e.invoiceTotal, e.invoiceLineName])).toEqual([
      ["MADE_UNPAID", "2690.10", null],
      ["MARKED_PAID", "2690.10", null],
      ["ISSUED", "2690.10", null],
      ["LINE_REMOVED", "2690.10", "Прокладка кабеля в штробе"],
      ["LINE_ADDED", "2733.85", "Прокладка кабеля в штробе"],
      ["LINE_CHANGED", "2690.10", "Установка розетки или выключателя"],
      ["LINE_ADDED", "3240.00", "Установка розетки или выключателя"],
      ["LINE_ADDED", "1890.00", "Работа электрика"],
      ["CREATED", "0.00", null],
    ]);
    expect(invoiceEvents.every((e: { actor: { employee: { id: string } | null } }) => e.actor.employee !== null)).toBe(true);
  });

  it("the list filters by the invoice labels and shows the amount", async () => {
    const { orderId, invoice } = await draft();
    const line = await addLine({ invoiceId: invoice.id, version: invoice.version, priceListItemId: items["Установка люстры"], quantity: "1" });
    await act("invoiceIssue", invoice.id, line.data!.invoiceLineAdd.version);
    const list = async (label: string) => {
      const r = await gql(`query ($labels: [OrderLabel!]) { orders(first: 100, filter: { labels: $labels, incident: ANY }) { nodes { id labels invoice { state total } } } }`, { labels: [label] });
      expect(r.errors).toBeUndefined();
      return r.data!.orders.nodes as { id: string; labels: string[]; invoice: { state: string; total: string } | null }[];
    };
    const issued = await list("INVOICE_ISSUED");
    expect(issued.find((o) => o.id === orderId)).toMatchObject({ labels: expect.arrayContaining(["INVOICE_ISSUED"]), invoice: { state: "ISSUED", total: "1500.00" } });
    expect(issued.every((o) => o.labels.includes("INVOICE_ISSUED"))).toBe(true);
    expect((await list("INVOICE_DRAFT")).map((o) => o.id)).not.toContain(orderId);
  });

  it("the Excel report carries the invoice's state, label and amount", async () => {
    const { orderId, invoice } = await draft();
    const line = await addLine({ invoiceId: invoice.id, version: invoice.version, priceListItemId: items["Работа электрика"], quantity: "0.5", discountPercent: 3 });
    await act("invoiceIssue", invoice.id, line.data!.invoiceLineAdd.version);
    const [order] = await t.database.sql`select number from orders where id = ${orderId}`;
    const fields = ["NUMBER", "LABELS", "INVOICE_STATE", "INVOICE_TOTAL"];
    const created = await gql(`mutation ($input: OrderReportCreateInput!) { orderReportCreate(input: $input) { id } }`, {
      input: { tab: "ALL", filter: { labels: ["INVOICE_ISSUED"], incident: "ANY" }, fields },
    });
    expect(created.errors).toBeUndefined();
    await t.app.jobs.runDue();
    const ready = await gql(`query ($id: ID!) { reportExport(id: $id) { state file { url } } }`, { id: created.data!.orderReportCreate.id });
    expect(ready.data!.reportExport.state).toBe("READY");
    const response = await fetch(t.url + ready.data!.reportExport.file.url, { headers: { authorization: `Bearer ${dispatcher}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Номер", "Метки", "Счёт", "Сумма счёта, ₽"]);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[]);
    // 1400.00 × 0.5 − 3 % = 679.00.
    expect(rows.find((r) => r[1] === order!.number)).toEqual([undefined, order!.number, "Счёт не оплачен", "Выставлен, не оплачен", 679]);
  });

  it("pushes every change to the order's live subscribers", async () => {
    const { orderId, invoice } = await draft();
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { orderUpdated(id: $id) { id labels invoice { state total } } }`, { id: orderId });
    await settle();
    const r = await addLine({ invoiceId: invoice.id, version: invoice.version, priceListItemId: items["Установка люстры"], quantity: "2" });
    expect((await sub.next(1))[0]!.data!.orderUpdated.invoice).toEqual({ state: "DRAFT", total: "3000.00" });
    await act("invoiceIssue", invoice.id, r.data!.invoiceLineAdd.version);
    const events = await sub.next(2);
    expect(events[1]!.data!.orderUpdated).toMatchObject({ labels: expect.arrayContaining(["INVOICE_ISSUED"]), invoice: { state: "ISSUED" } });
    sub.unsubscribe();
  });
});

describe("refusals: a typed error and nothing written", () => {
  let orderId: string;
  let invoice: { id: string; version: number };
  let lineId: string;

  beforeAll(async () => {
    ({ orderId, invoice } = await draft());
    const r = await addLine({ invoiceId: invoice.id, version: invoice.version, priceListItemId: items["Работа электрика"], quantity: "1" });
    invoice = r.data!.invoiceLineAdd;
    lineId = r.data!.invoiceLineAdd.lines[0].id;
  });

  it.each<[string, () => Record<string, unknown>, string, string]>([
    ["a negative price", () => ({ priceListItemId: items["Установка люстры"], quantity: "1", unitPrice: "-1.00" }), "BAD_USER_INPUT", "PRICE_NEGATIVE"],
    ["a fractional-kopeck price", () => ({ priceListItemId: items["Установка люстры"], quantity: "1", unitPrice: "10.005" }), "BAD_USER_INPUT", "-"],
    ["a 101 % discount", () => ({ priceListItemId: items["Установка люстры"], quantity: "1", discountPercent: 101 }), "BAD_USER_INPUT", "DISCOUNT_OUT_OF_RANGE"],
    ["a negative discount", () => ({ priceListItemId: items["Установка люстры"], quantity: "1", discountPercent: -5 }), "BAD_USER_INPUT", "DISCOUNT_OUT_OF_RANGE"],
    ["quantity 0", () => ({ priceListItemId: items["Установка люстры"], quantity: "0" }), "BAD_USER_INPUT", "QUANTITY_NOT_POSITIVE"],
    ["a fractional quantity of pieces", () => ({ priceListItemId: items["Установка люстры"], quantity: "1.5" }), "BAD_USER_INPUT", "QUANTITY_NOT_WHOLE"],
    ["a quantity that is not a number", () => ({ priceListItemId: items["Установка люстры"], quantity: "два" }), "BAD_USER_INPUT", "QUANTITY_INVALID"],
    ["an item of another service", () => ({ priceListItemId: otherServiceItem, quantity: "1" }), "BAD_USER_INPUT", "PRICE_ITEM_NOT_FOUND"],
    ["an inactive item", () => ({ priceListItemId: inactiveItem, quantity: "1" }), "BAD_USER_INPUT", "PRICE_ITEM_INACTIVE"],
    ["an older version", () => ({ priceListItemId: items["Установка люстры"], quantity: "1", version: invoice.version - 1 }), "CONFLICT", "STALE_VERSION"],
  ])("adding a line with %s", async (_name, input, code, reason) => {
    const before = await stored(orderId);
    const r = await addLine({ invoiceId: invoice.id, version: invoice.version, ...input() });
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    if (reason !== "-") expect(r.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(await stored(orderId)).toEqual(before);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ["quantity 0", () => ({ quantity: "0" }), "QUANTITY_NOT_POSITIVE"],
    ["a 101 % discount", () => ({ discountPercent: 101 }), "DISCOUNT_OUT_OF_RANGE"],
    ["a negative price", () => ({ unitPrice: "-0.01" }), "PRICE_NEGATIVE"],
    ["four fraction digits", () => ({ quantity: "1.0001" }), "QUANTITY_INVALID"],
  ])("changing a line with %s", async (_name, input, reason) => {
    const before = await stored(orderId);
    const r = await updateLine({ lineId, version: invoice.version, ...input() });
    expect(reasonOf(r)).toEqual({ code: "BAD_USER_INPUT", reason });
    expect(await stored(orderId)).toEqual(before);
  });

  it("refuses to mark a draft paid, to make a draft unpaid, and to issue an empty invoice", async () => {
    const before = await stored(orderId);
    expect(reasonOf(await act("invoiceMarkPaid", invoice.id, invoice.version))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_NOT_ISSUED" });
    expect(reasonOf(await act("invoiceMakeUnpaid", invoice.id, invoice.version))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_ALREADY_DRAFT" });
    expect(await stored(orderId)).toEqual(before);
    const empty = await draft();
    const emptyBefore = await stored(empty.orderId);
    expect(reasonOf(await act("invoiceIssue", empty.invoice.id, empty.invoice.version))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_EMPTY" });
    expect(await stored(empty.orderId)).toEqual(emptyBefore);
  });

  it("refuses line changes once issued, and «make unpaid» once paid online", async () => {
    const { orderId: id, invoice: fresh } = await draft();
    const added = (await addLine({ invoiceId: fresh.id, version: fresh.version, priceListItemId: items["Установка люстры"], quantity: "1" })).data!.invoiceLineAdd;
    const issued = (await act("invoiceIssue", fresh.id, added.version)).data!.invoiceIssue;
    const before = await stored(id);
    expect(reasonOf(await addLine({ invoiceId: fresh.id, version: issued.version, priceListItemId: items["Установка люстры"], quantity: "1" }))).toEqual({
      code: "BAD_USER_INPUT",
      reason: "INVOICE_NOT_DRAFT",
    });
    expect(reasonOf(await updateLine({ lineId: issued.lines[0].id, version: issued.version, quantity: "5" }))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_NOT_DRAFT" });
    expect(reasonOf(await removeLine(issued.lines[0].id, issued.version))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_NOT_DRAFT" });
    expect(reasonOf(await act("invoiceIssue", fresh.id, issued.version))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_NOT_DRAFT" });
    expect(await stored(id)).toEqual(before);

    // Paid online (as the payment part records it): never back to a draft, never «marked paid».
    await t.database.sql.begin(async (sql) => {
      await sql`update invoices set state = 'PAID', paid_at = now(), version = version + 1 where id = ${fresh.id}`;
      await sql`update orders set invoice_state = 'PAID' where id = ${id}`;
    });
    const paid = await stored(id);
    expect(reasonOf(await act("invoiceMakeUnpaid", fresh.id, issued.version + 1))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_PAID_ONLINE" });
    expect(reasonOf(await act("invoiceMarkPaid", fresh.id, issued.version + 1))).toEqual({ code: "BAD_USER_INPUT", reason: "INVOICE_ALREADY_PAID" });
    expect(await stored(id)).toEqual(paid);
    const card = await orderCard(id);
    expect(card.labels).toContain("INVOICE_PAID");
    expect(card.invoice.actions).toEqual([]);
    const seen = await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { state paidAt } } }`, { id }, resident);
    expect(seen.data!.residentOrder.invoice.state).toBe("PAID");
    expect(seen.data!.residentOrder.invoice.paidAt).not.toBeNull();
  });

  it("refuses a second invoice, one for a standard service and one for a cancelled order", async () => {
    expect(reasonOf(await create(orderId))).toEqual({ code: "CONFLICT", reason: "INVOICE_EXISTS" });
    const standard = await newOrder(t);
    expect(reasonOf(await create(standard.id))).toEqual({ code: "BAD_USER_INPUT", reason: "SERVICE_NOT_PAID" });
    expect((await stored(standard.id)).invoice).toBeUndefined();
    const cancelled = await newOrder(t, { serviceId: f.electrical });
    const c = await gql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { status } }`, {
      input: { id: cancelled.id, version: cancelled.version, status: "CANCELLED", statusComment: "ошибка" },
    });
    expect(c.errors).toBeUndefined();
    expect(reasonOf(await create(cancelled.id))).toEqual({ code: "BAD_USER_INPUT", reason: "ORDER_CANCELLED" });
  });

  it("two «Добавить» at once make one draft", async () => {
    const order = await newOrder(t, { serviceId: f.electrical });
    const results = await Promise.all([create(order.id), create(order.id), create(order.id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(reasonOf)).toEqual([
      { code: "CONFLICT", reason: "INVOICE_EXISTS" },
      { code: "CONFLICT", reason: "INVOICE_EXISTS" },
    ]);
  });

  it("two edits made on the same version: one wins, the other is a conflict", async () => {
    const { orderId: id, invoice: fresh } = await draft();
    const add = (name: string) => addLine({ invoiceId: fresh.id, version: fresh.version, priceListItemId: items[name], quantity: "1" });
    const results = await Promise.all([add("Установка люстры"), add("Работа электрика")]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(reasonOf(results.find((r) => r.errors)!)).toEqual({ code: "CONFLICT", reason: "STALE_VERSION" });
    expect((await stored(id)).lines).toHaveLength(1);
  });
});

describe("who may", () => {
  let orderId: string;
  let invoice: { id: string; version: number };

  beforeAll(async () => {
    ({ orderId, invoice } = await draft());
  });

  it("an employee without INVOICES_MANAGE reads the invoice but may not change it", async () => {
    const executor = await newEmployee(t, { role: "Исполнитель" });
    expect(reasonOf(await create(orderId, executor.token)).code).toBe("FORBIDDEN");
    expect(reasonOf(await act("invoiceIssue", invoice.id, invoice.version, executor.token)).code).toBe("FORBIDDEN");
    const admin = await tokenOf(t, "admin@domovoy.example");
    const card = await gql(`query ($id: ID!) { order(id: $id) { invoice { id } } }`, { id: orderId }, admin);
    expect(card.data!.order.invoice.id).toBe(invoice.id);
  });

  it("another organization finds neither the order's invoice nor its lines", async () => {
    const before = await stored(orderId);
    expect(reasonOf(await create(orderId, foreignAdmin)).code).toBe("NOT_FOUND");
    expect(reasonOf(await act("invoiceIssue", invoice.id, invoice.version, foreignAdmin)).code).toBe("NOT_FOUND");
    expect(
      reasonOf(await addLine({ invoiceId: invoice.id, version: invoice.version, priceListItemId: items["Установка люстры"], quantity: "1" }, foreignAdmin)).code,
    ).toBe("NOT_FOUND");
    expect(await stored(orderId)).toEqual(before);
  });

  it("a resident may not call the staff mutations, and reads only their own order's invoice", async () => {
    expect(reasonOf(await create(orderId, resident)).code).toBe("FORBIDDEN");
    const other = await residentTokenOf(t, "+79160000002");
    const r = await gql(`query ($id: ID!) { residentOrder(id: $id) { invoice { id } } }`, { id: orderId }, other);
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
