import { zonedDay } from "@domovoy/domain";
import { Readable } from "node:stream";
import type { AppDeps } from "../../../deps.js";
import { requireEmployee } from "../../../shared/auth/policy.js";
import type { Viewer } from "../../../shared/auth/viewer.js";
import { conflict, notFound } from "../../../shared/errors.js";
import { fileUrl, type FilesService } from "../../files/files.service.js";
import type { OrdersService } from "../../orders/orders.service.js";
import type { InvoiceDocumentData } from "./invoice-docx.js";
import { InvoiceDocumentsRepository } from "./invoice-documents.repository.js";

/** "2026-12-05" → "05.12.2026". */
function russianDate(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}.${m}.${y}`;
}

/**
 * «Скачать документы» (§22): the contract and the act of the order's invoice, built now from the
 * invoice as it is, stored as the order's INVOICE_DOCUMENT files (staff who may see the order
 * download them) and answered as two download paths. Dates are days in the organization's zone.
 */
export class InvoiceDocumentsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly files: FilesService,
  ) {}

  async data(organizationId: string, orderId: string): Promise<InvoiceDocumentData> {
    const source = await new InvoiceDocumentsRepository(this.deps.database.db, organizationId).source(orderId);
    if (!source) throw notFound("Счёт");
    if (source.lines.length === 0) throw conflict("В счёте нет позиций: документы не составить", { reason: "INVOICE_EMPTY" });
    const tz = source.organization.timeZone;
    const day = (at: Date) => russianDate(zonedDay(tz, at.getTime()));
    const entity = source.legalEntity;
    const now = this.deps.clock.now();
    const invoice = source.invoice;
    return {
      number: String(source.order.number),
      contractDate: day(invoice.issuedAt ?? invoice.createdAt),
      actDate: day(invoice.paidAt ?? invoice.markedPaidAt ?? now),
      executor: entity
        ? { name: entity.name, inn: entity.inn, kpp: entity.kpp, ogrn: entity.ogrn, address: entity.address, phone: entity.phone, email: entity.email, bankName: entity.bankName, bik: entity.bik, settlementAccount: entity.settlementAccount, correspondentAccount: entity.correspondentAccount }
        : { name: source.organization.name, inn: null, kpp: null, ogrn: null, address: source.organization.address, phone: source.organization.phone, email: source.organization.email, bankName: null, bik: null, settlementAccount: null, correspondentAccount: null },
      customer: source.client ?? { fullName: "Заказчик", phone: null, email: null },
      premiseAddress: source.premise ? `${source.address}, кв. ${source.premise}` : source.address,
      orderNumber: source.order.number,
      serviceName: source.service,
      lines: source.lines.map((l) => ({ name: l.name, unit: l.unit, unitPrice: l.unitPriceKopecks, quantity: l.quantity, discountPercent: l.discountPercent, total: l.totalKopecks })),
      total: invoice.totalKopecks,
    };
  }

  async generate(viewer: Viewer, orderId: string): Promise<{ contractUrl: string; actUrl: string }> {
    const v = requireEmployee(viewer);
    const order = await this.orders.get(v, orderId);
    const data = await this.data(v.organizationId, order.id);
    const by = { kind: "EMPLOYEE" as const, employeeId: v.employeeId };
    const store = async (name: string, bytes: Buffer) =>
      this.files.store({ organizationId: v.organizationId, purpose: "INVOICE_DOCUMENT", fileName: name, body: Readable.from([bytes]), by, orderId: order.id, attached: true });
    // docx (and the builder) load with the first document made, not at start-up.
    const { actDocx, contractDocx } = await import("./invoice-docx.js");
    const contract = await store(`Договор № ${data.number}.docx`, await contractDocx(data));
    const act = await store(`Акт № ${data.number}.docx`, await actDocx(data));
    return { contractUrl: fileUrl(contract), actUrl: fileUrl(act) };
  }
}
