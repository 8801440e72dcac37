import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribe, settle, type TestServer } from "./support/harness.js";
import { idsInOrder, oneId, errorCode, errorExtensions, startReferenceData } from "./support/reference-data.js";

/**
 * Service changes through the real server: settings, order forms, checklists and price lists —
 * validation codes, and the serviceUpdated subscription scoped to the organization.
 */
let t: TestServer;
let admin: string;
let dispatcher: string;
let resident: string;
let foreignAdmin: string;
let org: { domovoy: string; severny: string };

beforeAll(async () => {
  ({ t, admin, dispatcher, resident, foreignAdmin, org } = await startReferenceData());
});
afterAll(() => t?.close());

describe("service mutations", () => {
  const CREATE = `mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) {
    id name kind maxExecutors slaReactionMinutes slaExecutionMinutes department { name }
    orderForm { key label type required options } checklistTemplate { title } priceList { name unit unitPrice position active }
  } }`;
  const UPDATE = `mutation ($id: ID!, $input: ServiceUpdateInput!) { serviceUpdate(id: $id, input: $input) { id kind maxExecutors slaReactionMinutes orderForm { key } department { name } } }`;
  let plumbing: string;

  beforeAll(async () => {
    plumbing = await oneId(t, "select id from departments where organization_id = $1 and name = $2", [org.domovoy, "Сантехническая служба"]);
  });

  it("creates a paid service with an order form, a checklist and a price list", async () => {
    const result = await t.graphql(
      CREATE,
      {
        input: {
          name: "  Замена радиатора ",
          kind: "PAID",
          departmentId: plumbing,
          slaReactionMinutes: 120,
          maxExecutors: 2,
          refundsAllowed: true,
          orderForm: [
            { key: "sections", label: "Число секций", type: "NUMBER", required: true },
            { key: "material", label: " Материал ", type: "SELECT", options: ["Чугун", "Биметалл"] },
          ],
          checklistTemplate: [{ title: "Слить стояк" }, { title: "Опрессовать" }],
          priceList: [
            { name: "Замена радиатора", unitPrice: "4500" },
            { name: "Секция", unit: "шт.", unitPrice: "350.5" },
          ],
        },
      },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.serviceCreate).toMatchObject({
      name: "Замена радиатора",
      kind: "PAID",
      maxExecutors: 2,
      slaReactionMinutes: 120,
      slaExecutionMinutes: null,
      department: { name: "Сантехническая служба" },
      orderForm: [
        { key: "sections", label: "Число секций", type: "NUMBER", required: true, options: [] },
        { key: "material", label: "Материал", type: "SELECT", required: false, options: ["Чугун", "Биметалл"] },
      ],
      checklistTemplate: [{ title: "Слить стояк" }, { title: "Опрессовать" }],
      priceList: [
        { name: "Замена радиатора", unit: "шт.", unitPrice: "4500.00", position: 0, active: true },
        { name: "Секция", unit: "шт.", unitPrice: "350.50", position: 1, active: true },
      ],
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["five executors", { maxExecutors: 5 }, "input.maxExecutors", "MAX_EXECUTORS_OUT_OF_RANGE"],
    ["a zero SLA", { slaExecutionMinutes: 0 }, "input.slaExecutionMinutes", "SLA_INVALID"],
    ["a bad key", { orderForm: [{ key: "Floor", label: "Этаж", type: "NUMBER" }] }, "input.orderForm[0].key", "ORDER_FORM_KEY_INVALID"],
    ["duplicate keys", { orderForm: [{ key: "floor", label: "Этаж", type: "NUMBER" }, { key: "floor", label: "Ещё", type: "TEXT" }] }, "input.orderForm[1].key", "ORDER_FORM_KEY_DUPLICATE"],
    ["an empty label", { orderForm: [{ key: "floor", label: " ", type: "NUMBER" }] }, "input.orderForm[0].label", "ORDER_FORM_LABEL_REQUIRED"],
    ["a select without options", { orderForm: [{ key: "room", label: "Комната", type: "SELECT" }] }, "input.orderForm[0].options", "ORDER_FORM_OPTIONS_REQUIRED"],
    ["options on a text field", { orderForm: [{ key: "room", label: "Комната", type: "TEXT", options: ["a"] }] }, "input.orderForm[0].options", "ORDER_FORM_OPTIONS_NOT_ALLOWED"],
    ["31 fields", { orderForm: Array.from({ length: 31 }, (_, i) => ({ key: `f${i}`, label: "Поле", type: "TEXT" })) }, "input.orderForm", "ORDER_FORM_TOO_LONG"],
    ["51 checklist items", { checklistTemplate: Array.from({ length: 51 }, (_, i) => ({ title: `п${i}` })) }, "input.checklistTemplate", "CHECKLIST_TOO_LONG"],
    ["an empty checklist item", { checklistTemplate: [{ title: "" }] }, "input.checklistTemplate[0].title", "CHECKLIST_TITLE_REQUIRED"],
    ["a price list on a standard service", { priceList: [{ name: "X", unitPrice: "1" }] }, "input.kind", "PRICE_LIST_REQUIRES_PAID"],
    ["a negative price", { kind: "PAID", priceList: [{ name: "X", unitPrice: "-1.00" }] }, "input.priceList[0].unitPrice", "PRICE_NEGATIVE"],
    ["refunds on a standard service", { refundsAllowed: true }, "input.refundsAllowed", "REFUNDS_REQUIRE_PAID"],
    ["an empty name", { name: "" }, "input.name", "REQUIRED"],
  ])("refuses %s", async (_name, override, field, reason) => {
    const result = await t.graphql(CREATE, { input: { name: "Проверка", ...override } }, { token: admin });
    expect(errorExtensions(result)).toMatchObject({ code: "BAD_USER_INPUT", field, reason });
    expect(result.data).toBeNull();
  });

  it("nothing is saved when validation fails", async () => {
    const [{ n }] = await t.database.sql`select count(*)::int as n from services where name = 'Проверка'`;
    expect(n).toBe(0);
  });

  it("updates settings; stored order-form keys stay valid, new ones must follow the pattern", async () => {
    const id = await oneId(t, "select id from services where organization_id = $1 and name = $2", [org.domovoy, "Протечка"]);
    const current = await t.graphql(`query ($id: ID!) { service(id: $id) { orderForm { key label type required options } } }`, { id }, { token: admin });
    const form = current.data!.service.orderForm as { key: string }[];
    expect(form.map((f) => f.key)).toContain("valveClosed");
    const added = await t.graphql(UPDATE, { id, input: { orderForm: [...form, { key: "floor", label: "Этаж", type: "NUMBER" }], slaReactionMinutes: null, maxExecutors: 4 } }, { token: admin });
    expect(added.errors).toBeUndefined();
    expect(added.data!.serviceUpdate).toMatchObject({ maxExecutors: 4, slaReactionMinutes: null, kind: "STANDARD" });
    expect(added.data!.serviceUpdate.orderForm.map((f: { key: string }) => f.key)).toEqual(["source", "valveClosed", "damage", "floor"]);
    const camel = await t.graphql(UPDATE, { id, input: { orderForm: [...form, { key: "newField", label: "Новое", type: "TEXT" }] } }, { token: admin });
    expect(errorExtensions(camel)).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORDER_FORM_KEY_INVALID", field: "input.orderForm[3].key" });
    const cleared = await t.graphql(UPDATE, { id, input: { departmentId: null } }, { token: admin });
    expect(cleared.data!.serviceUpdate.department).toBeNull();
  });

  it("a paid service stays paid while its price list has active items", async () => {
    const id = await oneId(t, "select id from services where organization_id = $1 and name = $2", [org.domovoy, "Электромонтажные работы"]);
    const refused = await t.graphql(UPDATE, { id, input: { kind: "STANDARD", refundsAllowed: false } }, { token: admin });
    expect(errorExtensions(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.kind", reason: "PRICE_LIST_REQUIRES_PAID" });
    const items = await idsInOrder(t, "select id from price_list_items where service_id = $1", [id]);
    for (const item of items) {
      const off = await t.graphql(`mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { active: false }) { active } }`, { id: item }, { token: admin });
      expect(off.data!.priceListItemUpdate.active).toBe(false);
    }
    const allowed = await t.graphql(UPDATE, { id, input: { kind: "STANDARD", refundsAllowed: false } }, { token: admin });
    expect(allowed.data!.serviceUpdate.kind).toBe("STANDARD");
    const add = await t.graphql(`mutation ($id: ID!) { priceListItemCreate(serviceId: $id, input: { name: "X", unitPrice: "10" }) { id } }`, { id }, { token: admin });
    expect(errorExtensions(add)).toMatchObject({ code: "BAD_USER_INPUT", reason: "PRICE_LIST_REQUIRES_PAID" });
  });

  it("adds and edits price-list items of a paid service", async () => {
    const id = await oneId(t, "select id from services where organization_id = $1 and name = $2", [org.domovoy, "Генеральная уборка квартиры"]);
    const added = await t.graphql(
      `mutation ($id: ID!) { priceListItemCreate(serviceId: $id, input: { name: "Мытьё люстры", unitPrice: "800.00" }) { id name unit unitPrice position service { name } } }`,
      { id },
      { token: admin },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.priceListItemCreate).toMatchObject({ name: "Мытьё люстры", unit: "шт.", unitPrice: "800.00", position: 3, service: { name: "Генеральная уборка квартиры" } });
    const itemId = added.data!.priceListItemCreate.id;
    const negative = await t.graphql(`mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { unitPrice: "-5" }) { id } }`, { id: itemId }, { token: admin });
    expect(errorExtensions(negative)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.unitPrice", reason: "PRICE_NEGATIVE" });
    const free = await t.graphql(`mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { unitPrice: "0", name: " Люстра " }) { name unitPrice } }`, { id: itemId }, { token: admin });
    expect(free.data!.priceListItemUpdate).toEqual({ name: "Люстра", unitPrice: "0.00" });
    const forged = await t.graphql(
      `mutation ($id: ID!, $price: Money) { priceListItemUpdate(id: $id, input: { unitPrice: $price }) { id } }`,
      { id: itemId, price: "1.234" },
      { token: admin },
    );
    expect(errorCode(forged)).toBe("BAD_USER_INPUT");
  });

  it("service changes need SERVICES_MANAGE", async () => {
    expect(errorCode(await t.graphql(CREATE, { input: { name: "Без прав" } }, { token: dispatcher }))).toBe("FORBIDDEN");
    expect(errorCode(await t.graphql(CREATE, { input: { name: "Без прав" } }, { token: resident }))).toBe("FORBIDDEN");
  });

  it("serviceUpdated reaches employees of the same organization only", async () => {
    const id = await oneId(t, "select id from services where organization_id = $1 and name = $2", [org.domovoy, "Уборка снега и наледи"]);
    const own = subscribe(t.ws(dispatcher), `subscription { serviceUpdated { id maxExecutors } }`);
    const foreign = subscribe(t.ws(foreignAdmin), `subscription { serviceUpdated { id } }`);
    await settle();
    const result = await t.graphql(UPDATE, { id, input: { maxExecutors: 3 } }, { token: admin });
    expect(result.errors).toBeUndefined();
    const events = await own.next(1);
    expect(events[0]!.data).toEqual({ serviceUpdated: { id, maxExecutors: 3 } });
    await settle(300);
    expect(foreign.events).toHaveLength(0);
    own.unsubscribe();
    foreign.unsubscribe();
  });
});
