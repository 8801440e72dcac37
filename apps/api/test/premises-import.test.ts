import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestServer } from "./support/harness.js";
import { errorCode, errorExtensions, startReferenceData } from "./support/reference-data.js";
import { download, upload, zeros } from "./support/uploads.js";

/**
 * Premises import (CSV and XLSX through `POST /files`, preview, apply) and export, with real files
 * against the real server: row-level errors, limits, idempotency, one transaction.
 */
let t: TestServer;
let admin: string;
let dispatcher: string;
let foreignAdmin: string;
let buildingId: string;
const ADDRESS = "г. Тестоград, ул. Импортная, д. 3";
const OTHER = "г. Тестоград, ул. Импортная, д. 5";

const PREVIEW = `mutation ($fileId: ID!, $buildingId: ID) { premisesImportPreview(fileId: $fileId, buildingId: $buildingId) {
  fileName totalRows errorRows createCount updateCount unchangedCount
  rows { rowNumber buildingAddress buildingId number personalAccount tags note action errors { column message } } } }`;
const APPLY = `mutation ($fileId: ID!, $buildingId: ID, $skip: Boolean) { premisesImportApply(fileId: $fileId, buildingId: $buildingId, skipInvalidRows: $skip) { created updated unchanged skipped } }`;
const EXPORT = `mutation ($buildingId: ID, $format: PremisesExportFormat) { premisesExport(buildingId: $buildingId, format: $format) { id fileName url } }`;

beforeAll(async () => {
  ({ t, admin, dispatcher, foreignAdmin } = await startReferenceData());
  const create = `mutation ($address: String!) { buildingCreate(input: { address: $address }) { id } }`;
  buildingId = ((await t.graphql<any>(create, { address: ADDRESS }, { token: admin })).data as any).buildingCreate.id;
  await t.graphql(create, { address: OTHER }, { token: admin });
});
afterAll(() => t?.close());

async function send(body: Buffer | Iterable<Buffer>, fileName = "premises.csv", token = admin): Promise<string> {
  const result = await upload(t, { token, purpose: "PREMISES_IMPORT", fileName, body });
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.id as string;
}

const csv = (lines: string[]) => Buffer.from("\uFEFF" + lines.join("\r\n") + "\r\n", "utf8");

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Лист1");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function preview(fileId: string, building: string | null = null, token = admin) {
  return t.graphql<any>(PREVIEW, { fileId, buildingId: building }, { token });
}

async function premisesOf(address: string) {
  return t.database.sql`select p.number, p.personal_account, p.tags, p.note, p.version from premises p join buildings b on b.id = p.building_id
    where b.address = ${address} order by p.sort_key`;
}

describe("premises import", () => {
  it("previews a CSV (Excel's «;», BOM, «кв.» prefix, the address in another case), applies it once, and a second apply changes nothing", async () => {
    const lines = ["Объект;Номер;Лицевой счёт;Теги;Примечание", `${ADDRESS.replace("д. 3", "Д. 3")};кв. 1;402100001;долг;`, `${ADDRESS};2;402100002;;Ключи у соседа`, `${OTHER};1;;;`];
    const fileId = await send(csv(lines));
    const result = await preview(fileId);
    expect(result.errors).toBeUndefined();
    expect(result.data.premisesImportPreview).toMatchObject({ fileName: "premises.csv", totalRows: 3, errorRows: 0, createCount: 3, updateCount: 0 });
    expect(result.data.premisesImportPreview.rows[0]).toMatchObject({ rowNumber: 2, number: "1", buildingId, personalAccount: "402100001", tags: ["долг"], action: "CREATE" });
    // The preview changed nothing.
    expect(await premisesOf(ADDRESS)).toEqual([]);

    const applied = await t.graphql<any>(APPLY, { fileId }, { token: admin });
    expect(applied.data.premisesImportApply).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect((await premisesOf(ADDRESS)).map((p) => [p.number, p.personal_account, p.tags, p.note])).toEqual([
      ["1", "402100001", ["долг"], null],
      ["2", "402100002", [], "Ключи у соседа"],
    ]);
    // The upload is used up.
    expect(errorExtensions(await t.graphql(APPLY, { fileId }, { token: admin }))).toMatchObject({ code: "BAD_USER_INPUT", reason: "FILE_NOT_FOUND" });

    const again = await send(csv(lines));
    expect((await preview(again)).data.premisesImportPreview).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: 3 });
    expect((await t.graphql<any>(APPLY, { fileId: again }, { token: admin })).data.premisesImportApply).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect((await premisesOf(ADDRESS)).map((p) => p.version)).toEqual([1, 1]);
  });

  it("updates existing premises by building and number from an XLSX; columns the file lacks are kept", async () => {
    const fileId = await send(await xlsx([["Номер", "Примечание"], [1, "Новый жилец"], ["2", ""], [3, "Новая"]]), "premises.xlsx");
    const result = await preview(fileId, buildingId);
    expect(result.errors).toBeUndefined();
    expect(result.data.premisesImportPreview).toMatchObject({ totalRows: 3, createCount: 1, updateCount: 2, errorRows: 0 });
    const applied = await t.graphql<any>(APPLY, { fileId, buildingId }, { token: admin });
    expect(applied.data.premisesImportApply).toEqual({ created: 1, updated: 2, unchanged: 0, skipped: 0 });
    expect((await premisesOf(ADDRESS)).map((p) => [p.number, p.personal_account, p.note, p.version])).toEqual([
      ["1", "402100001", "Новый жилец", 2],
      ["2", "402100002", null, 2],
      ["3", null, "Новая", 1],
    ]);
  });

  it("shows row-level errors (row, column, message in Russian) and refuses to apply while they exist", async () => {
    const lines = [
      "Объект;Номер;Лицевой счёт",
      `${ADDRESS};10;`,
      `ул. Несуществующая, д. 1;11;`,
      `${ADDRESS};;`,
      `${ADDRESS};кв. 10;`,
      `${ADDRESS};12;${"9".repeat(31)}`,
      `${ADDRESS};13;`,
    ];
    const fileId = await send(csv(lines));
    const { data } = await preview(fileId);
    const p = data.premisesImportPreview;
    expect(p).toMatchObject({ totalRows: 6, errorRows: 4, createCount: 2 });
    const errors = Object.fromEntries(p.rows.filter((r: any) => r.errors.length).map((r: any) => [r.rowNumber, r.errors]));
    expect(errors).toEqual({
      3: [{ column: "Объект", message: "Объект «ул. Несуществующая, д. 1» не найден" }],
      4: [{ column: "Номер", message: "Не указан номер помещения" }],
      5: [{ column: "Номер", message: "Помещение повторяет строку 2" }],
      6: [{ column: "Лицевой счёт", message: "Лицевой счёт не длиннее 30 символов" }],
    });
    // Errors come first in the preview.
    expect(p.rows.slice(0, 4).map((r: any) => r.action)).toEqual([null, null, null, null]);

    const refused = await t.graphql(APPLY, { fileId }, { token: admin });
    expect(errorExtensions(refused)).toMatchObject({ code: "BAD_USER_INPUT", reason: "IMPORT_HAS_ERRORS" });
    expect((await premisesOf(ADDRESS)).map((r) => r.number)).not.toContain("10");

    const skipped = await t.graphql<any>(APPLY, { fileId, skip: true }, { token: admin });
    expect(skipped.data.premisesImportApply).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 4 });
    expect((await premisesOf(ADDRESS)).map((r) => r.number)).toEqual(["1", "2", "3", "10", "13"]);
  });

  it("marks a personal account held by another premise, or given twice in the file, as the row's error", async () => {
    const [held] = await t.database.sql`select p.personal_account, p.number, b.address from premises p join buildings b on b.id = p.building_id
      where b.address = ${ADDRESS} and p.personal_account is not null order by p.sort_key limit 1`;
    const lines = ["Номер;Лицевой счёт", `50;${held!.personal_account}`, "51;777000051", "52;777000051", `${held!.number};${held!.personal_account}`];
    const { data } = await preview(await send(csv(lines)), buildingId);
    const errors = Object.fromEntries(data.premisesImportPreview.rows.filter((r: any) => r.errors.length).map((r: any) => [r.rowNumber, r.errors]));
    expect(errors).toEqual({
      2: [{ column: "Лицевой счёт", message: `Лицевой счёт уже у помещения ${held!.number} (${held!.address})` }],
      4: [{ column: "Лицевой счёт", message: "Лицевой счёт повторяет строку 3" }],
    });
  });

  it("refuses a row of another building when importing into one building", async () => {
    const fileId = await send(csv(["Объект;Номер", `${OTHER};7`]));
    const { data } = await preview(fileId, buildingId);
    expect(data.premisesImportPreview.rows[0].errors[0].message).toContain("а импорт — в");
  });

  it.each<[string, string[], string]>([
    ["an unknown column", ["Объект;Номер;Площадь", `${ADDRESS};1;40`], "Неизвестный столбец «Площадь»"],
    ["a header in Latin look-alike letters", ["Объект;Квартирa", `${ADDRESS};1`], "Неизвестный столбец «Квартирa»"],
    ["a repeated column", ["Объект;Номер;Квартира", `${ADDRESS};1;1`], "Столбец «Квартира» повторяется"],
    ["a missing number column", ["Объект;Теги", `${ADDRESS};x`], "Нет столбца «Номер»"],
    ["a header only", ["Объект;Номер"], "В файле нет строк с помещениями"],
  ])("refuses a file with %s (IMPORT_FILE_INVALID)", async (_name, lines, message) => {
    const result = await preview(await send(csv(lines)));
    expect(errorExtensions(result)).toMatchObject({ code: "BAD_USER_INPUT", reason: "IMPORT_FILE_INVALID" });
    expect(result.errors![0]!.message).toContain(message);
  });

  it("refuses a file of more than 5,000 rows", async () => {
    const lines = ["Объект;Номер", ...Array.from({ length: 5001 }, (_, i) => `${ADDRESS};${i + 1000}`)];
    const result = await preview(await send(csv(lines)));
    expect(errorExtensions(result)).toMatchObject({ code: "BAD_USER_INPUT", reason: "IMPORT_TOO_MANY_ROWS" });
    expect(result.errors![0]!.message).toBe("В файле больше 5000 строк: разделите его на части");
  });

  it("refuses a 10 MB file at upload (413 FILE_TOO_LARGE), storing nothing", async () => {
    const before = (await t.database.sql`select count(*)::int as n from stored_files where purpose = 'PREMISES_IMPORT'`)[0]!.n;
    const result = await upload(t, { token: admin, purpose: "PREMISES_IMPORT", fileName: "big.csv", body: zeros(10 * 1024 * 1024) });
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "FILE_TOO_LARGE", message: "Файл больше 5 МБ" });
    const after = (await t.database.sql`select count(*)::int as n from stored_files where purpose = 'PREMISES_IMPORT'`)[0]!.n;
    expect(after).toBe(before);
  });

  it("marks NUL bytes in a cell as the row's error, and refuses a binary file", async () => {
    const withNul = Buffer.concat([Buffer.from(`Объект;Номер\r\n${ADDRESS};5`), Buffer.from([0]), Buffer.from(`\r\n${ADDRESS};6\r\n`)]);
    const { data } = await preview(await send(withNul));
    expect(data.premisesImportPreview.errorRows).toBe(1);
    expect(data.premisesImportPreview.rows[0]).toMatchObject({ rowNumber: 2, errors: [{ column: "Номер", message: "Недопустимые управляющие символы в ячейке" }] });

    const binary = Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x0a, 0x00]);
    expect(errorExtensions(await preview(await send(binary, "x.csv")))).toMatchObject({ code: "BAD_USER_INPUT", reason: "IMPORT_FILE_INVALID" });
    const notXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect(errorExtensions(await preview(await send(notXlsx, "x.xlsx")))).toMatchObject({ code: "BAD_USER_INPUT", reason: "IMPORT_FILE_INVALID" });
  });

  it("reads a Windows-1251 CSV with commas", async () => {
    const text = `Объект,Номер,Примечание\r\n"${ADDRESS}",20,Ёлка\r\n`;
    const bytes = Buffer.from([...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 128) return code;
      if (c === "Ё") return 0xa8;
      if (c === "ё") return 0xb8;
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : 0x3f;
    }));
    const { data, errors } = await preview(await send(bytes));
    expect(errors).toBeUndefined();
    expect(data.premisesImportPreview.rows[0]).toMatchObject({ number: "20", note: "Ёлка", action: "CREATE" });
  });

  it("is only for BUILDINGS_MANAGE: a dispatcher cannot upload, and another organization's admin cannot read the upload", async () => {
    const refused = await upload(t, { token: dispatcher, purpose: "PREMISES_IMPORT", fileName: "a.csv", body: csv(["Номер", "1"]) });
    expect(refused.status).toBe(403);
    const fileId = await send(csv(["Объект;Номер", `${ADDRESS};1`]));
    expect(errorExtensions(await preview(fileId, null, foreignAdmin))).toMatchObject({ code: "BAD_USER_INPUT", reason: "FILE_NOT_FOUND" });
    expect(errorCode(await preview(fileId, null, dispatcher))).toBe("FORBIDDEN");
  });
});

describe("premises export", () => {
  it("exports a building's premises as XLSX that imports back unchanged", async () => {
    const result = await t.graphql<any>(EXPORT, { buildingId, format: "XLSX" }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data.premisesExport.fileName).toBe(`Помещения ${ADDRESS}.xlsx`);
    const file = await download(t, result.data.premisesExport.url, admin);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Объект", "Номер", "Лицевой счёт", "Теги", "Примечание"]);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual([ADDRESS, "1", "402100001"]);
    // Another employee cannot download it.
    expect((await download(t, result.data.premisesExport.url, dispatcher)).status).toBe(404);

    const fileId = await send(file.body, "export.xlsx");
    const back = await preview(fileId);
    expect(back.data.premisesImportPreview).toMatchObject({ errorRows: 0, createCount: 0, updateCount: 0 });
    expect(back.data.premisesImportPreview.unchangedCount).toBe(sheet.rowCount - 1);
  });

  it("exports CSV with «;», a BOM and formula-looking cells defused", async () => {
    const create = await t.graphql<any>(`mutation ($b: ID!) { premiseCreate(input: { buildingId: $b, number: "99", note: "=HYPERLINK(\\"x\\")" }) { id } }`, { b: buildingId }, { token: admin });
    expect(create.errors).toBeUndefined();
    const result = await t.graphql<any>(EXPORT, { buildingId, format: "CSV" }, { token: admin });
    const file = await download(t, result.data.premisesExport.url, admin);
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.toString("utf8");
    expect(text).toContain("Объект;Номер;Лицевой счёт;Теги;Примечание\r\n");
    expect(text).toContain(`${ADDRESS};99;;;"'=HYPERLINK(""x"")"`);
  });

  it("refuses another organization's building", async () => {
    expect(errorCode(await t.graphql(EXPORT, { buildingId, format: "CSV" }, { token: foreignAdmin }))).toBe("NOT_FOUND");
  });
});
