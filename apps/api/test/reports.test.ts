import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { claimJobs } from "../src/jobs/queue.js";
import { REPORT_JOB } from "../src/jobs/kinds.js";
import { ABANDONED_MESSAGE, MAX_REPORT_ROWS } from "../src/modules/reports/reports.service.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let colleague: string;
let executor: string;

const TIME_ZONE = "Asia/Yekaterinburg";
const OFFSET_MS = 5 * 3600_000;

/**
 * An unknown zone makes the export fail inside the job. The rollup trigger that recomputes the
 * dashboard on a zone change would refuse the zone at once, so it is off while the zone is broken.
 */
async function breakTimeZone() {
  await t.database.sql`alter table organizations disable trigger organizations_stats`;
  await t.database.sql`update organizations set time_zone = 'Mars/Olympus_Mons' where id = ${f.organizationId}`;
}

async function restoreTimeZone() {
  await t.database.sql`update organizations set time_zone = ${TIME_ZONE} where id = ${f.organizationId}`;
  await t.database.sql`alter table organizations enable trigger organizations_stats`;
}

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  executor = await t.login("plumber@domovoy.example");
  // A zone other than the default proves the report uses the organization's own.
  await t.database.sql`update organizations set time_zone = ${TIME_ZONE} where id = ${f.organizationId}`;
  for (let i = 0; i < 4; i++) await newOrder(t, { serviceId: i % 2 ? f.leak : f.clog, token: dispatcher });
  await t.database.sql`update orders set rating = (number % 5) + 1 where organization_id = ${f.organizationId} and number % 3 = 0`;
});
afterAll(() => t?.close());

const REPORT_FIELDS = `id state totalRows rowsWritten error fields file { id fileName url size contentType }`;

type ListInput = { tab?: string; search?: string; filter?: Record<string, unknown>; sort?: { field: string; direction: string } };

async function create(token: string, input: ListInput & { fields: string[] }) {
  return t.graphql(`mutation ($input: OrderReportCreateInput!) { orderReportCreate(input: $input) { ${REPORT_FIELDS} } }`, { input }, { token });
}

async function report(token: string, id: string) {
  return t.graphql(`query ($id: ID!) { reportExport(id: $id) { ${REPORT_FIELDS} } }`, { id }, { token });
}

async function generate(token: string, input: ListInput & { fields: string[] }) {
  const created = await create(token, input);
  expect(created.errors).toBeUndefined();
  await t.app.jobs.runDue();
  const ready = (await report(token, created.data!.orderReportCreate.id)).data!.reportExport;
  expect(ready.state).toBe("READY");
  return ready;
}

function download(url: string, token: string) {
  return fetch(t.url + url, { headers: { authorization: `Bearer ${token}` } });
}

async function sheetOf(url: string, token: string): Promise<ExcelJS.Worksheet> {
  const response = await download(url, token);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0]!;
}

type ListNode = { id: string; number: number; status: string; createdAt: string; service: { name: string }; client: { fullName: string } | null; executors: { fullName: string }[] };

/** Every node of the list, page by page, as the web shows it. */
async function wholeList(token: string, input: ListInput): Promise<{ totalCount: number; nodes: ListNode[] }> {
  const nodes: ListNode[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const page: { data?: any; errors?: unknown } = await t.graphql(
      `query ($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $after: String) {
        orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: 50, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id number status createdAt service { name } client { fullName } executors { fullName } }
        } }`,
      { ...input, after },
      { token },
    );
    expect(page.errors).toBeUndefined();
    totalCount = page.data.orders.totalCount;
    nodes.push(...page.data.orders.nodes);
    if (!page.data.orders.pageInfo.hasNextPage) return { totalCount, nodes };
    after = page.data.orders.pageInfo.endCursor;
  }
}

const STATUS_RU: Record<string, string> = {
  PENDING: "Ожидание",
  IN_PROGRESS: "В работе",
  DONE: "Выполнено",
  PAUSED: "Приостановлено",
  CANCELLED: "Отменено",
  REOPENED: "Переоткрыто",
  APPROVAL: "Согласование",
  NEEDS_CLARIFICATION: "Требует уточнения",
};

describe("orders Excel report", () => {
  it("offers every field with Russian titles and saves the ticks per employee", async () => {
    const before = await t.graphql(`{ orderReportFields { available { field title } selected } }`, {}, { token: colleague });
    expect(before.errors).toBeUndefined();
    const { available, selected } = before.data!.orderReportFields;
    expect(available.length).toBeGreaterThanOrEqual(25);
    expect(available).toContainEqual({ field: "EXECUTION_DUE_AT", title: "Выполнить до" });
    expect(available).toContainEqual({ field: "RATING", title: "Оценка" });
    expect(selected).toContain("NUMBER");

    await generate(dispatcher, { fields: ["RATING", "NUMBER", "CLIENT_PHONE"], filter: { serviceIds: [f.intercom] } });
    const mine = await t.graphql(`{ orderReportFields { selected } }`, {}, { token: dispatcher });
    expect(mine.data!.orderReportFields.selected).toEqual(["RATING", "NUMBER", "CLIENT_PHONE"]);
    // Another employee's ticks are untouched.
    const theirs = await t.graphql(`{ orderReportFields { selected } }`, {}, { token: colleague });
    expect(theirs.data!.orderReportFields.selected).toEqual(selected);
  });

  it("holds exactly the filtered list: same rows in the same order, chosen columns in the chosen order, real Excel types", async () => {
    const input: ListInput = { tab: "ALL", filter: { serviceIds: [f.clog, f.leak] }, sort: { field: "CREATED_AT", direction: "ASC" } };
    const fields = ["CREATED_AT", "NUMBER", "STATUS", "SERVICE", "CLIENT", "EXECUTORS", "RATING", "ADDRESS"];
    const list = await wholeList(dispatcher, input);
    expect(list.totalCount).toBeGreaterThan(3);
    const ready = await generate(dispatcher, { ...input, fields });
    expect(ready).toMatchObject({ totalRows: list.totalCount, rowsWritten: list.totalCount, fields, error: null });
    expect(ready.file.fileName).toMatch(/^Заявки .*\.xlsx$/);
    expect(ready.file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    const sheet = await sheetOf(ready.file.url, dispatcher);
    expect(sheet.getRow(1).values).toEqual([undefined, "Создана", "Номер", "Статус", "Услуга", "Клиент", "Исполнители", "Оценка", "Объект / адрес"]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(8).width).toBeGreaterThan(20);
    expect(sheet.rowCount).toBe(list.totalCount + 1);

    const ratings = new Map(
      (await t.database.sql`select number, rating from orders where organization_id = ${f.organizationId}`).map((r) => [r.number as number, r.rating as number | null]),
    );
    const addresses = new Map(
      (await t.database.sql`select o.number, b.address from orders o join buildings b on b.id = o.building_id where o.organization_id = ${f.organizationId}`).map((r) => [
        r.number as number,
        r.address as string,
      ]),
    );
    list.nodes.forEach((node, i) => {
      const row = sheet.getRow(i + 2);
      const created = row.getCell(1).value;
      expect(created).toBeInstanceOf(Date);
      // Excel has no zones: the cell holds the organization's wall time.
      // (A serial is a fraction of a day: allow the millisecond a double may round away.)
      expect(Math.abs((created as Date).getTime() - (new Date(node.createdAt).getTime() + OFFSET_MS))).toBeLessThanOrEqual(1);
      expect(row.getCell(1).numFmt).toBe("dd.mm.yyyy hh:mm");
      expect(row.getCell(2).value).toBe(node.number);
      expect(row.getCell(3).value).toBe(STATUS_RU[node.status]);
      expect(row.getCell(4).value).toBe(node.service.name);
      expect(row.getCell(5).value ?? null).toBe(node.client?.fullName ?? null);
      expect(row.getCell(6).value ?? null).toBe(node.executors.length ? node.executors.map((e) => e.fullName).join(", ") : null);
      expect(row.getCell(7).value ?? null).toBe(ratings.get(node.number) ?? null);
      expect(row.getCell(8).value).toBe(addresses.get(node.number));
    });
    expect(list.nodes.some((n) => typeof ratings.get(n.number) === "number")).toBe(true);
  });

  it("matches the list for the New tab with a search, and for an executor's own view", async () => {
    const input: ListInput = { tab: "NEW", search: "засор" };
    const list = await wholeList(dispatcher, input);
    const ready = await generate(dispatcher, { ...input, fields: ["NUMBER"] });
    expect(ready.totalRows).toBe(list.totalCount);
    const sheet = await sheetOf(ready.file.url, dispatcher);
    expect(sheet.getColumn(1).values.slice(2)).toEqual(list.nodes.map((n) => n.number));

    // An employee who may export but not read every order gets only the orders they execute.
    await t.database.sql`update roles set permissions = array['ORDERS_CREATE', 'REPORTS_EXPORT'] where id = (select role_id from employees where email = 'plumber@domovoy.example')`;
    const plumber = await t.login("plumber@domovoy.example");
    try {
      const own = await wholeList(plumber, { tab: "ALL" });
      const theirs = await generate(plumber, { tab: "ALL", fields: ["NUMBER"] });
      expect(theirs.totalRows).toBe(own.totalCount);
      const rows = await sheetOf(theirs.file.url, plumber);
      expect(rows.getColumn(1).values.slice(2)).toEqual(own.nodes.map((n) => n.number));
    } finally {
      await t.database.sql`update roles set permissions = array['ORDERS_CREATE'] where id = (select role_id from employees where email = 'plumber@domovoy.example')`;
      t.forgetSessions();
    }
  });

  it("writes every field with the type its column needs", async () => {
    const all = (await t.graphql(`{ orderReportFields { available { field } } }`, {}, { token: dispatcher })).data!.orderReportFields.available.map(
      (a: { field: string }) => a.field,
    );
    const ready = await generate(dispatcher, { fields: all, filter: { statuses: ["DONE"] }, sort: { field: "NUMBER", direction: "DESC" } });
    const sheet = await sheetOf(ready.file.url, dispatcher);
    expect(sheet.rowCount).toBe(ready.totalRows + 1);
    expect(ready.totalRows).toBeGreaterThan(3);
    const column = (field: string) => Array.from({ length: ready.totalRows }, (_, i) => sheet.getRow(i + 2).getCell(all.indexOf(field) + 1).value);
    expect(column("DONE_AT").every((v) => v instanceof Date)).toBe(true);
    expect(column("NUMBER").every((v) => typeof v === "number")).toBe(true);
    expect(column("CREATED_AT").every((v) => v instanceof Date)).toBe(true);
    expect(column("EXECUTION_HOURS").filter((v) => v != null).every((v) => typeof v === "number")).toBe(true);
    expect(column("SERVICE").every((v) => typeof v === "string" && v.length > 0)).toBe(true);
    expect(column("STATUS").every((v) => v === "Выполнено")).toBe(true);
  });

  it("refuses employees without REPORTS_EXPORT, an empty or repeated field list", async () => {
    expect((await t.graphql(`{ orderReportFields { selected } }`, {}, { token: executor })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await create(executor, { fields: ["NUMBER"] })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await create(dispatcher, { fields: [] })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NO_FIELDS" });
    expect((await create(dispatcher, { fields: ["NUMBER", "NUMBER"] })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "DUPLICATE" });
  });

  it("is visible and downloadable only by its author", async () => {
    const ready = await generate(dispatcher, { fields: ["NUMBER"], filter: { serviceIds: [f.clog] } });
    expect((await report(colleague, ready.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await download(ready.file.url, colleague)).status).toBe(404);
    const admin = await t.login("admin@domovoy.example");
    expect((await download(ready.file.url, admin)).status).toBe(404);
    expect((await download(ready.file.url, dispatcher)).status).toBe(200);
    const foreign = await t.login("admin@severny.example");
    expect((await report(foreign, ready.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("reports progress live to its author over WebSocket", async () => {
    const created = (await create(dispatcher, { fields: ["NUMBER", "SERVICE"], filter: { incident: "ANY" } })).data!.orderReportCreate;
    expect(created.state).toBe("QUEUED");
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { reportExportUpdated(id: $id) { state totalRows rowsWritten file { id } } }`, { id: created.id });
    const snoop = subscribe(t.ws(colleague), `subscription ($id: ID!) { reportExportUpdated(id: $id) { state } }`, { id: created.id });
    await settle(300);
    await t.app.jobs.runDue();
    await settle(300);
    const events = sub.events.map((e) => e.data!.reportExportUpdated);
    expect(events[0]).toMatchObject({ state: "RUNNING" });
    const total = events.find((e) => e.totalRows !== null)!.totalRows;
    expect(total).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ state: "READY", totalRows: total, rowsWritten: total, file: { id: expect.any(String) } });
    // Another employee cannot follow it.
    const refused = (snoop.error as { extensions?: { code?: string } }[] | undefined)?.[0] ?? snoop.events[0]?.errors?.[0];
    expect(refused?.extensions?.code).toBe("NOT_FOUND");
    sub.unsubscribe();
    snoop.unsubscribe();
  });

  it("a list longer than an Excel sheet fails at once with the reason, without retries", async () => {
    const list = await wholeList(dispatcher, { tab: "ALL" });
    t.app.services.reports.maxRows = list.totalCount - 1;
    try {
      const created = (await create(dispatcher, { tab: "ALL", fields: ["NUMBER"] })).data!.orderReportCreate;
      await t.app.jobs.runDue();
      const failed = (await report(dispatcher, created.id)).data!.reportExport;
      expect(failed).toMatchObject({ state: "FAILED", totalRows: null, file: null });
      expect(failed.error).toContain("Сузьте фильтры");
      expect((await t.database.sql`select count(*)::int as n from jobs where kind = 'reports.order-export'`)[0]!.n).toBe(0);
    } finally {
      t.app.services.reports.maxRows = MAX_REPORT_ROWS;
    }
  });

  it("a failed run is retried from scratch without leftover files, and marked FAILED after the last attempt", async () => {
    const filesBefore = (await t.database.sql`select count(*)::int as n from stored_files where purpose = 'REPORT'`)[0]!.n as number;
    await breakTimeZone();
    try {
      const created = (await create(dispatcher, { fields: ["NUMBER", "CREATED_AT"] })).data!.orderReportCreate;
      await t.app.jobs.runDue();
      expect((await report(dispatcher, created.id)).data!.reportExport).toMatchObject({ state: "QUEUED", rowsWritten: 0 });
      for (let i = 0; i < 2; i++) {
        t.clock.advance(3600_000);
        await t.app.jobs.runDue();
      }
      const failed = (await report(dispatcher, created.id)).data!.reportExport;
      expect(failed).toMatchObject({ state: "FAILED", file: null });
      expect(failed.error).toMatch(/Не удалось сформировать отчёт/);
    } finally {
      await restoreTimeZone();
    }
    const filesAfter = (await t.database.sql`select count(*)::int as n from stored_files where purpose = 'REPORT'`)[0]!.n as number;
    expect(filesAfter).toBe(filesBefore);

    // A retry after a failure ends with exactly one file.
    const created = (await create(dispatcher, { fields: ["NUMBER"] })).data!.orderReportCreate;
    await breakTimeZone();
    await t.app.jobs.runDue();
    await restoreTimeZone();
    t.clock.advance(3600_000);
    await t.app.jobs.runDue();
    const ready = (await report(dispatcher, created.id)).data!.reportExport;
    expect(ready.state).toBe("READY");
    expect((await t.database.sql`select count(*)::int as n from stored_files where purpose = 'REPORT'`)[0]!.n).toBe(filesBefore + 1);
  });

  it("a report whose worker was killed on every attempt ends FAILED with the reason, live, and can be made again", async () => {
    const created = (await create(dispatcher, { fields: ["NUMBER"] })).data!.orderReportCreate;
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { reportExportUpdated(id: $id) { state error } }`, { id: created.id });
    await settle(300);
    // What a worker killed mid-run leaves behind, three times: the claim (attempt counted, lock
    // held), the report RUNNING, and nothing else, because the process died before recording anything.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const now = t.clock.now();
      const [claimed] = await claimJobs(t.database.db, { workerId: `killed-${attempt}`, kinds: [REPORT_JOB], now, lockedUntil: new Date(now.getTime() + 30_000), limit: 1 });
      expect(claimed?.payload).toEqual({ reportId: created.id });
      await t.database.sql`update report_exports set state = 'RUNNING' where id = ${created.id}`;
      t.clock.advance(3600_000);
    }
    // No worker may claim it again; the runner sees that the last attempt died and settles the report.
    await t.app.jobs.runDue();
    const failed = (await report(dispatcher, created.id)).data!.reportExport;
    expect(failed).toMatchObject({ state: "FAILED", error: ABANDONED_MESSAGE, file: null });
    await settle(300);
    expect(sub.events.map((e) => e.data!.reportExportUpdated).at(-1)).toEqual({ state: "FAILED", error: ABANDONED_MESSAGE });
    sub.unsubscribe();
    const [job] = await t.database.sql`select attempts, locked_by, last_error from jobs where dedupe_key = ${"report:" + created.id}`;
    expect(job).toMatchObject({ attempts: 3, locked_by: null, last_error: expect.stringContaining("worker stopped") });
    // Settled once: a later pass does not touch it again.
    expect(await t.app.jobs.settleAbandoned()).toBe(0);

    // The author starts it again from the dialog: a new report, generated normally.
    const again = await generate(dispatcher, { fields: ["NUMBER"] });
    expect(again.file).not.toBeNull();
  });
});
