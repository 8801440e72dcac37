import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { firstNameOf } from "@domovoy/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { fixtures, newOrder, tokenOf } from "./support/factories.js";
import { matrixRows } from "./support/matrix-rows.js";
import type { OrderFixtures } from "./support/orders.js";

/**
 * What a resident sees is an explicit type (`ResidentOrder`, `ResidentClient`, `StaffMemberPublic`
 * …), not a staff type with fields hidden one by one: employees by first name only, their own
 * record without the staff's note and tags. A new field of these types fails the allowlists below
 * until someone decides residents may see it.
 */
let t: TestServer;
let f: OrderFixtures;
let schema: GraphQLSchema;
let dispatcher: string;
let resident: string;
/** The executor's contact data: none of it may reach a resident. */
let plumber: { id: string; full_name: string; email: string; phone: string | null };
let dispatcherRow: { id: string; full_name: string; email: string; phone: string | null };
let orderId: string;

const NOTE = "Конфликтный, грубит диспетчерам";
const TAG = "VIP-конфликтный";

/** Shared types' staff fields, each refused to residents at run time (the last test asks them). */
const GUARDED = new Set(["Me.employee"]);

/** Every field of a type, recursively, but the guarded ones (fields that need arguments are skipped). */
function selectAll(type: GraphQLNamedType, depth = 4): string {
  if (!isObjectType(type) || depth === 0) return "";
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (GUARDED.has(`${type.name}.${field.name}`)) continue;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      const inner = selectAll(named, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    } else parts.push(field.name);
  }
  return parts.join(" ");
}

beforeAll(async () => {
  t = await startTestServer();
  f = await fixtures(t);
  dispatcher = await tokenOf(t, "dispatcher@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  const { data } = await t.graphql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(data!);
  [plumber] = (await t.database.sql`select id, full_name, email, phone from employees where id = ${f.plumber}`) as unknown as [typeof plumber];
  [dispatcherRow] = (await t.database.sql`select id, full_name, email, phone from employees where email = 'dispatcher@domovoy.example'`) as unknown as [
    typeof dispatcherRow,
  ];
  // The dispatcher creates the order (createdBy) and makes the plumber its executor (executors, responsible).
  const order = await newOrder(t);
  const managed = await t.graphql(
    `mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`,
    { input: { id: order.id, version: order.version, departmentId: f.plumbingDepartment, executorIds: [f.plumber], status: "IN_PROGRESS" } },
    { token: dispatcher },
  );
  expect(managed.errors).toBeUndefined();
  orderId = order.id;
  await t.graphql(`mutation ($id: ID!) { chatMessageSend(orderId: $id, text: "Мастер будет в 15:00") { id } }`, { id: orderId }, { token: dispatcher });
  const noted = await t.graphql(`mutation ($id: ID!, $note: String, $tags: [String!]) { clientUpdate(id: $id, input: { note: $note, tags: $tags }) { id } }`, {
    id: f.residentClient,
    note: NOTE,
    tags: [TAG],
  }, { token: dispatcher });
  expect(noted.errors).toBeUndefined();
});
afterAll(() => t?.close());

/** Staff data that must never appear in anything a resident reads. */
function expectNoStaffData(json: string) {
  for (const employee of [plumber, dispatcherRow]) {
    expect(json).not.toContain(employee.email);
    if (employee.phone) expect(json).not.toContain(employee.phone);
    // The first name may show; the rest of the full name may not.
    for (const word of employee.full_name.split(/\s+/).filter((w) => w && w !== firstNameOf(employee.full_name))) expect(json).not.toContain(word);
  }
  expect(json).not.toContain(NOTE);
  expect(json).not.toContain(TAG);
}

describe("a resident reading their orders over HTTP", () => {
  it("gets employees by first name only, whatever fields are asked for", async () => {
    const all = selectAll(schema.getType("ResidentOrder")!);
    for (const [query, variables] of [
      [`query ($id: ID!) { residentOrder(id: $id) { ${all} } }`, { id: orderId }],
      [`{ residentOrders(first: 5) { nodes { ${all} } } }`, {}],
    ] as const) {
      const result = await t.graphql(query, variables, { token: resident });
      expect(result.errors).toBeUndefined();
      expectNoStaffData(JSON.stringify(result.data));
    }
    const { data } = await t.graphql(
      `query ($id: ID!) { residentOrder(id: $id) { executors { id firstName } responsible { id firstName } createdBy { kind employee { id firstName } } chatMessages { author { kind name } } } }`,
      { id: orderId },
      { token: resident },
    );
    const firstName = firstNameOf;
    expect(data!.residentOrder.executors).toEqual([{ id: plumber.id, firstName: firstName(plumber.full_name) }]);
    expect(data!.residentOrder.responsible).toEqual({ id: plumber.id, firstName: firstName(plumber.full_name) });
    expect(data!.residentOrder.createdBy).toEqual({ kind: "EMPLOYEE", employee: { id: dispatcherRow.id, firstName: firstName(dispatcherRow.full_name) } });
    expect(data!.residentOrder.chatMessages.at(-1).author).toEqual({ kind: "EMPLOYEE", name: firstName(dispatcherRow.full_name) });
  });

  it("cannot ask for the staff side of an invoice: who issued or marked it, its version, the price-list item", async () => {
    for (const field of ["issuedBy { id }", "markedPaidBy { id }", "version", "actions", "markedPaidAt", "lines { priceListItemId }"]) {
      const result = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { invoice { ${field} } } }`, { id: orderId }, { token: resident });
      expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("cannot ask for an employee's contacts at all: the fields do not exist on the resident's types", async () => {
    for (const field of ["email", "phone", "role { name }", "departments { name }", "lastLoginAt", "fullName"]) {
      const result = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { executors { ${field} } } }`, { id: orderId }, { token: resident });
      expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("cannot read the staff Order type: order, orders, orderByNumber and their subscriptions are staff-only", async () => {
    for (const [query, variables] of [
      [`query ($id: ID!) { order(id: $id) { executors { email } } }`, { id: orderId }],
      [`{ orders(first: 1) { nodes { id } } }`, {}],
      [`query { orderByNumber(number: 1) { id } }`, {}],
    ] as const) {
      const result = await t.graphql(query, variables, { token: resident });
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.data ?? null).toBeNull();
    }
  });

  it("live updates of their order carry the same resident shape", async () => {
    const sub = subscribe(t.ws(resident), `subscription ($id: ID!) { residentOrderUpdated(id: $id) { ${selectAll(schema.getType("ResidentOrder")!)} } }`, { id: orderId });
    await settle(300);
    const [current] = await t.database.sql`select version from orders where id = ${orderId}`;
    const changed = await t.graphql(
      `mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`,
      { input: { id: orderId, version: current!.version, executorIds: [f.plumber, f.plumber2] } },
      { token: dispatcher },
    );
    expect(changed.errors).toBeUndefined();
    const [event] = await sub.next(1);
    sub.unsubscribe();
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.residentOrderUpdated.executors.map((e: { id: string }) => e.id)).toEqual([f.plumber, f.plumber2]);
    expectNoStaffData(JSON.stringify(event!.data));
  });
});

describe("a resident reading their own client record", () => {
  it("lists their orders in plain order: an unseen important staff comment moves nothing and is not in the cursor", async () => {
    const sql = t.database.sql;
    const mine = await sql`select o.id from orders o join clients c on c.id = o.client_id
      where c.phone = '+79160000001' and o.organization_id = ${f.organizationId} order by o.updated_at, o.id limit 1`;
    const flagged = mine[0]!.id as string;
    await sql`update orders set important_comment_unseen = true where id = ${flagged}`;
    try {
      const page = await t.graphql<{ residentOrders: { nodes: { id: string }[]; edges: { cursor: string }[] } }>(
        `{ residentOrders(first: 100) { nodes { id } edges { cursor } } }`, {}, { token: resident });
      const ids = page.data!.residentOrders.nodes.map((n) => n.id);
      expect(ids.length).toBeGreaterThan(1);
      // The least recently updated order stays last (newest first), flag or not.
      expect(ids.at(-1)).toBe(flagged);
      for (const { cursor } of page.data!.residentOrders.edges) expect(Buffer.from(cursor, "base64url").toString()).not.toContain("true");
    } finally {
      await sql`update orders set important_comment_unseen = false where id = ${flagged}`;
    }
  });

  it("sees no staff note or tags, nested premises included", async () => {
    const all = selectAll(schema.getType("Me")!);
    const result = await t.graphql(`{ me { ${all} } }`, {}, { token: resident });
    expect(result.errors).toBeUndefined();
    expect(result.data!.me.client.id).toBe(f.residentClient);
    expect(result.data!.me.client.premises.length).toBeGreaterThan(0);
    expectNoStaffData(JSON.stringify(result.data));
    for (const field of ["note", "tags", "premises { premise { note } }", "premises { premise { tags } }", "premises { premise { clients { id } } }"]) {
      const asked = await t.graphql(`{ me { client { ${field} } } }`, {}, { token: resident });
      expect(asked.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
    // The premise of an order is the resident's shape as well.
    const premise = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { premise { tags } } }`, { id: orderId }, { token: resident });
    expect(premise.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("the resident types, by introspection", () => {
  const fieldsOf = (name: string) => {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
    return Object.keys(type.getFields()).sort();
  };

  it("carry exactly the fields decided for residents (a new field fails here until it is decided)", () => {
    expect(fieldsOf("StaffMemberPublic")).toEqual(["firstName", "id"]);
    expect(fieldsOf("ResidentOrderActor")).toEqual(["employee", "kind"]);
    expect(fieldsOf("ResidentClient")).toEqual(["avatarUrl", "email", "fullName", "id", "phone", "premises"]);
    expect(fieldsOf("ResidentClientPremise")).toEqual(["isOwner", "premise"]);
    expect(fieldsOf("ResidentPremise")).toEqual(["building", "id", "number", "personalAccount", "utilityBalance"]);
    expect(fieldsOf("ResidentBuilding")).toEqual(["address", "id"]);
    expect(fieldsOf("ResidentService")).toEqual(["description", "id", "kind", "name", "orderForm", "refundsAllowed", "residentMayReopen"]);
    expect(fieldsOf("ResidentChatAuthor")).toEqual(["kind", "name"]);
    expect(fieldsOf("ResidentChatMessage")).toEqual(["author", "createdAt", "deleted", "deletedAt", "editableUntil", "editedAt", "file", "id", "mine", "orderId", "ourSide", "readAt", "revision", "state", "text"]);
    expect(fieldsOf("ResidentChatMessageChange")).toEqual(["kind", "messages", "orderId"]);
    // The invoice once issued: lines and totals; no who issued or marked it, no price-list ids, no version.
    expect(fieldsOf("ResidentInvoice")).toEqual(["id", "issuedAt", "lines", "paidAt", "payment", "refunds", "state", "total"]);
    // The payment: its page and state, not the acquirer's ids; refunds: no employee, no acquirer state beyond the settlement.
    expect(fieldsOf("ResidentPayment")).toEqual(["amount", "confirmationUrl", "createdAt", "id", "state"]);
    // Who made or decided it is not named; the acquirer's failure text is not shown (the settlement says FAILED).
    expect(fieldsOf("ResidentRefund")).toEqual(["amount", "createdAt", "decision", "decisionReason", "id", "kind", "reason", "requestedByResident", "settledAt", "settlement"]);
    expect(fieldsOf("ResidentInvoiceLine")).toEqual(["discountPercent", "id", "name", "quantity", "refundableQuantity", "total", "unit", "unitPrice"]);
    expect(fieldsOf("ResidentOrder")).toEqual([
      "allowedStatuses",
      "building",
      "canRate",
      "channel",
      "chatAvailable",
      "chatMessages",
      "chatUnreadCount",
      "createdAt",
      "createdBy",
      "description",
      "doneAt",
      "executors",
      "formAnswers",
      "id",
      "invoice",
      "number",
      "premise",
      "rating",
      "ratings",
      "responsible",
      "revision",
      "service",
      "status",
      "updatedAt",
      "version",
    ]);
  });

  it("no staff type is reachable from a field residents may call, except through fields the server refuses them", () => {
    const staffTypes = new Set([
      "Employee",
      "Client",
      "Order",
      "Premise",
      "Building",
      "Role",
      "OrderComment",
      "OrderDocument",
      "OrderEvent",
      "ScheduledMessage",
      "ChatMessage",
      "ChatAuthor",
      "ChatMessageChange",
      "Service",
      "Department",
      "PriceListItem",
      "Invoice",
      "InvoiceLine",
      "Payment",
      "Refund",
      "RefundLine",
    ]);
    const residentFields = matrixRows.filter((row) => row.expect.resident === "OK" || row.expect.resident === "BAD_USER_INPUT").map((row) => row.field);
    const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
    const seen = new Set<string>();
    const leaks: string[] = [];
    const walk = (type: GraphQLNamedType, path: string) => {
      if (!isObjectType(type) || seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const edge = `${type.name}.${field.name}`;
        if (GUARDED.has(edge)) continue;
        if (staffTypes.has(named.name)) leaks.push(`${path}.${field.name}: ${named.name}`);
        walk(named, `${path}.${field.name}`);
      }
    };
    for (const name of new Set(residentFields)) {
      const root = roots.find((r) => r.getFields()[name]);
      expect(root, name).toBeDefined();
      const named = getNamedType(root!.getFields()[name]!.type);
      if (staffTypes.has(named.name)) leaks.push(`${name}: ${named.name}`);
      walk(named, name);
    }
    expect(leaks).toEqual([]);
  });

  it("those guarded fields give a resident nothing", async () => {
    const me = await t.graphql(`{ me { employee { email } } }`, {}, { token: resident });
    expect(me.data?.me?.employee ?? null).toBeNull();
    // The service of their order is a ResidentService: no department (nor its employees) to ask for.
    const service = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { service { department { id } } } }`, { id: orderId }, { token: resident });
    expect(service.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
