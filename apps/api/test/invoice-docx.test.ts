import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actDocx, contractDocx, type InvoiceDocumentData } from "../src/modules/payments/documents/invoice-docx.js";
import { readDocx } from "./support/docx.js";

const NBSP = "\u00a0";

const data: InvoiceDocumentData = {
  number: "1042",
  contractDate: "05.12.2026",
  actDate: "06.12.2026",
  executor: {
    name: "ООО «УК Домовой & Ко»",
    inn: "7701234567",
    kpp: "770101001",
    ogrn: "1027700000001",
    address: "г. Москва, ул. Ленина, д. 1",
    phone: "+7 495 000-00-00",
    email: "uk@example.ru",
    bankName: "ПАО Сбербанк",
    bik: "044525225",
    settlementAccount: "40702810900000000001",
    correspondentAccount: "30101810400000000225",
  },
  customer: { fullName: "Иванова Мария Петровна", phone: "+79161234567", email: null },
  premiseAddress: "г. Москва, ул. Ленина, д. 1, кв. 12",
  orderNumber: 1042,
  serviceName: "Мастер на час",
  lines: [
    { name: "Замена смесителя", unit: "шт.", unitPrice: 100000n, quantity: "1", discountPercent: 0, total: 100000n },
    { name: "Работа мастера <срочно>", unit: "ч", unitPrice: 13367n, quantity: "1.5", discountPercent: 0, total: 20050n },
  ],
  total: 120050n,
};

describe("invoice documents (.docx)", () => {
  it("the contract parses back with the parties, the lines, the total in figures and in words", async () => {
    const bytes = await contractDocx(data);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const doc = readDocx(bytes);
    expect(doc.files).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    expect(doc.paragraphs).toContain("Договор оказания услуг");
    expect(doc.paragraphs).toContain("№ 1042 от 05.12.2026");
    const body = doc.paragraphs.join("\n");
    expect(body).toContain("ООО «УК Домовой & Ко», именуемое в дальнейшем «Исполнитель»");
    expect(body).toContain("Иванова Мария Петровна, именуемый(-ая)");
    expect(body).toContain("г. Москва, ул. Ленина, д. 1, кв. 12");
    expect(body).toContain(`Стоимость услуг по настоящему договору составляет 1${NBSP}200,50 руб. (одна тысяча двести рублей 50 копеек).`);
    expect(doc.rows).toContainEqual(["1", "Замена смесителя", "шт.", "1", `1${NBSP}000,00`, "0", `1${NBSP}000,00`]);
    expect(doc.rows).toContainEqual(["2", "Работа мастера <срочно>", "ч", "1,5", "133,67", "0", "200,50"]);
    expect(doc.rows).toContainEqual(["Итого", `1${NBSP}200,50`]);
    // The executor's requisites in the signatures block.
    expect(body).toContain("ИНН 7701234567, КПП 770101001");
    expect(body).toContain("БИК 044525225");
    expect(body).toContain("Р/с 40702810900000000001");
  });

  it("the act parses back with its own date, the contract it follows, the lines and the total in words", async () => {
    const doc = readDocx(await actDocx(data));
    expect(doc.paragraphs).toContain("Акт сдачи-приёмки услуг");
    expect(doc.paragraphs).toContain("№ 1042 от 06.12.2026");
    const body = doc.paragraphs.join("\n");
    expect(body).toContain("по договору оказания услуг № 1042 от 05.12.2026");
    expect(body).toContain(`Всего оказано услуг на сумму 1${NBSP}200,50 руб. (одна тысяча двести рублей 50 копеек).`);
    expect(doc.rows).toContainEqual(["2", "Работа мастера <срочно>", "ч", "1,5", "133,67", "0", "200,50"]);
  });

  it("leaves out requisites the legal entity does not have", async () => {
    const doc = readDocx(await contractDocx({ ...data, executor: { ...data.executor, bik: null, settlementAccount: null, bankName: null, correspondentAccount: null } }));
    const body = doc.paragraphs.join("\n");
    expect(body).not.toContain("БИК");
    expect(body).not.toContain("null");
  });
});

/** LibreOffice is optional: where it is installed, both documents must convert to PDF. */
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((path) => existsSync(path));

describe.skipIf(!soffice)("invoice documents in LibreOffice", () => {
  it("both documents convert to PDF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "domovoy-docx-"));
    try {
      writeFileSync(join(dir, "contract.docx"), await contractDocx(data));
      writeFileSync(join(dir, "act.docx"), await actDocx(data));
      execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, join(dir, "contract.docx"), join(dir, "act.docx")], {
        stdio: "ignore",
        timeout: 120_000,
      });
      for (const name of ["contract.pdf", "act.pdf"]) {
        const pdf = readFileSync(join(dir, name));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(5_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
