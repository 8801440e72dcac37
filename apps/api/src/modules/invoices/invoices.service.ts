import {
  checkLine,
  formatQuantity,
  INVOICE_MESSAGES,
  invoiceStep,
  invoiceTotal,
  MAX_INVOICE_LINES,
  type InvoiceAction,
  type InvoiceHistoryAction,
  type InvoiceLifeState,
  type InvoiceRefusal,
  type MoneyRefusal,
} from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requirePermission } from "../../shared/auth/policy.js";
import type { EmployeeViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, isUniqueViolation, notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { OrderRefsRepository } from "../orders/order-refs.repository.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import type { InvoiceLineAddInput, InvoiceLineUpdateInput } from "./invoice.type.js";
import { InvoicesRepository, type InvoiceLineRow, type InvoiceRow, type InvoiceValues } from "./invoices.repository.js";

const refused = (refusal: MoneyRefusal | InvoiceRefusal, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, INVOICE_MESSAGES[refusal], { reason: refusal, ...(field ? { field } : {}) });

/** What one change did: the invoice's new values (state, who/when), and what the history says. */
type Change = { values?: Partial<InvoiceValues>; action: InvoiceHistoryAction; lineName?: string | null } | null;

/**
 * Счёт на оплату (§22–§23). Every change: INVOICES_MANAGE, the order visible to the employee, the
 * order's row locked and then the invoice's, the version the change was made on (else CONFLICT
 * STALE_VERSION), the state machine of @domovoy/domain, the total recomputed from the lines,
 * `orders.invoice_state` mirrored, a history entry, `orderUpdated` after the commit and, when issued,
 * the resident's «Выставлен счёт» — all in one transaction, so a refusal writes nothing.
 */
export class InvoicesService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly notifications: NotificationsService,
  ) {}

  /** «Добавить» on an order without an invoice: an empty draft. Only a paid service's order, not a cancelled one. */
  async create(viewer: Viewer, orderId: string): Promise<InvoiceRow> {
    const v = requirePermission(viewer, "INVOICES_MANAGE");
    const now = this.deps.clock.now();
    try {
      return await unitOfWork(this.deps, v.organizationId, async (uow) => {
        const order = await this.lockOrder(uow, v, orderId, "Заявка");
        const repo = uow.repo(InvoicesRepository);
        if (await repo.byOrder(order.id)) throw conflict("У заявки уже есть счёт", { reason: "INVOICE_EXISTS" });
        const service = await uow.repo(OrderRefsRepository).service(order.serviceId);
        if (service?.kind !== "PAID") throw badInput("Счёт выставляется только по платной услуге", "orderId", "SERVICE_NOT_PAID");
        if (order.status === "CANCELLED") throw badInput("Заявка отменена: счёт не выставляется", "orderId", "ORDER_CANCELLED");
        const invoice = await repo.insert({ orderId: order.id, state: "DRAFT", totalKopecks: 0n, createdByEmployeeId: v.employeeId, createdAt: now, updatedAt: now });
        await this.recorded(uow, v, order, invoice, { action: "CREATED" }, now);
        return invoice;
      });
    } catch (error) {
      // Two «Добавить» at once: the second finds the unique index.
      if (isUniqueViolation(error, "invoices_order_uq")) throw conflict("У заявки уже есть счёт", { reason: "INVOICE_EXISTS" });
      throw error;
    }
  }

  async addLine(viewer: Viewer, input: InvoiceLineAddInput): Promise<InvoiceRow> {
    return this.change(viewer, { invoiceId: input.invoiceId }, input.version, async ({ uow, order, invoice, lines }) => {
      this.step(invoice, "EDIT_LINES", lines.length);
      if (lines.length >= MAX_INVOICE_LINES) throw refused("TOO_MANY_LINES");
      const repo = uow.repo(InvoicesRepository);
      const item = await repo.priceItem(input.priceListItemId);
      if (!item || item.serviceId !== order.serviceId) {
        throw badInput("Позиция не найдена в прайс-листе услуги заявки", "input.priceListItemId", "PRICE_ITEM_NOT_FOUND");
      }
      if (!item.active) throw badInput("Позиция прайс-листа отключена", "input.priceListItemId", "PRICE_ITEM_INACTIVE");
      const line = this.checked({ unit: item.unit, unitPrice: input.unitPrice ?? item.unitPrice, quantity: input.quantity, discountPercent: input.discountPercent ?? 0 });
      const now = this.deps.clock.now();
      await repo.insertLine({
        invoiceId: invoice.id,
        position: await repo.nextLinePosition(invoice.id),
        priceListItemId: item.id,
        name: item.name,
        unit: item.unit,
        unitPriceKopecks: line.unitPrice,
        quantity: formatQuantity(line.quantityMilli),
        discountPercent: line.discountPercent,
        totalKopecks: line.total,
        createdAt: now,
        updatedAt: now,
      });
      return { action: "LINE_ADDED", lineName: item.name };
    });
  }

  async updateLine(viewer: Viewer, input: InvoiceLineUpdateInput): Promise<InvoiceRow> {
    return this.change(viewer, { lineId: input.lineId }, input.version, async ({ uow, invoice, lines }) => {
      this.step(invoice, "EDIT_LINES", lines.length);
      const current = lines.find((l) => l.id === input.lineId);
      if (!current) throw notFound("Позиция счёта");
      const line = this.checked({
        unit: current.unit,
        unitPrice: input.unitPrice ?? current.unitPriceKopecks,
        quantity: input.quantity ?? current.quantity,
        discountPercent: input.discountPercent ?? current.discountPercent,
      });
      if (line.unitPrice === current.unitPriceKopecks && line.quantityMilli === storedQuantity(current) && line.discountPercent === current.discountPercent) {
        return null;
      }
      await uow.repo(InvoicesRepository).updateLine(current.id, {
        unitPriceKopecks: line.unitPrice,
        quantity: formatQuantity(line.quantityMilli),
        discountPercent: line.discountPercent,
        totalKopecks: line.total,
        updatedAt: this.deps.clock.now(),
      });
      return { action: "LINE_CHANGED", lineName: current.name };
    });
  }

  async removeLine(viewer: Viewer, lineId: string, version: number): Promise<InvoiceRow> {
    return this.change(viewer, { lineId }, version, async ({ uow, invoice, lines }) => {
      this.step(invoice, "EDIT_LINES", lines.length);
      const current = lines.find((l) => l.id === lineId);
      if (!current) throw notFound("Позиция счёта");
      await uow.repo(InvoicesRepository).deleteLine(current.id);
      return { action: "LINE_REMOVED", lineName: current.name };
    });
  }

  /** «Активировать в ЛК»: the resident sees it; the order's base data locks (baseDataLocked). */
  async issue(viewer: Viewer, id: string, version: number): Promise<InvoiceRow> {
    return this.change(viewer, { invoiceId: id }, version, async ({ v, order, invoice, lines }) => {
      if (order.status === "CANCELLED") throw badInput("Заявка отменена: счёт не выставляется", "id", "ORDER_CANCELLED");
      const to = this.step(invoice, "ISSUE", lines.length);
      return { values: { state: to, issuedAt: this.deps.clock.now(), issuedByEmployeeId: v.employeeId }, action: "ISSUED" };
    });
  }

  /** «Отметить оплаченным» (e.g. cash at the office): who and when are kept. */
  async markPaid(viewer: Viewer, id: string, version: number): Promise<InvoiceRow> {
    return this.change(viewer, { invoiceId: id }, version, async ({ v, invoice, lines }) => {
      const to = this.step(invoice, "MARK_PAID", lines.length);
      return { values: { state: to, markedPaidAt: this.deps.clock.now(), markedPaidByEmployeeId: v.employeeId }, action: "MARKED_PAID" };
    });
  }

  /** «Сделать неоплаченным»: an issued or marked-paid invoice back to a draft; never one paid online. */
  async makeUnpaid(viewer: Viewer, id: string, version: number): Promise<InvoiceRow> {
    return this.change(viewer, { invoiceId: id }, version, async ({ uow, invoice, lines }) => {
      const holdsRefunds = await uow.repo(InvoicesRepository).holdsRefunds(invoice.id);
      const to = this.step(invoice, "MAKE_UNPAID", lines.length, holdsRefunds);
      return { values: { state: to, issuedAt: null, issuedByEmployeeId: null, markedPaidAt: null, markedPaidByEmployeeId: null }, action: "MADE_UNPAID" };
    });
  }

  /**
   * For the payment part, inside its own transaction (a verified provider notification): the
   * issued invoice of `orderId` becomes PAID at `at`. Returns the refusal instead of throwing when
   * the invoice is not payable (already paid, a draft), so a webhook can record it and answer 200.
   */
  async paidOnline(uow: UnitOfWork, orderId: string, at: Date): Promise<{ ok: true; invoice: InvoiceRow } | { ok: false; refusal: InvoiceRefusal | "INVOICE_NOT_FOUND" }> {
    const order = await uow.repo(OrdersRepository).byId(orderId, true);
    const repo = uow.repo(InvoicesRepository);
    const invoice = order ? await repo.byOrder(order.id, true) : undefined;
    if (!order || !invoice) return { ok: false, refusal: "INVOICE_NOT_FOUND" };
    const step = invoiceStep(invoice.state as InvoiceLifeState, "PAY_ONLINE", 1);
    if (!step.ok) return step;
    const updated = await repo.update(invoice.id, { state: step.to, paidAt: at, updatedAt: at });
    await this.recorded(uow, null, order, updated, { action: "PAID_ONLINE" }, at);
    return { ok: true, invoice: updated };
  }

  /** The step `action` takes from the invoice's state, or the refusal as a typed error. */
  private step(invoice: InvoiceRow, action: InvoiceAction, lineCount: number, holdsRefunds = false): InvoiceLifeState {
    const step = invoiceStep(invoice.state as InvoiceLifeState, action, lineCount, holdsRefunds);
    if (!step.ok) throw refused(step.refusal);
    return step.to;
  }

  private checked(draft: Parameters<typeof checkLine>[0]) {
    const line = checkLine(draft);
    if (!line.ok) throw refused(line.refusal, `input.${line.field}`);
    return line.value;
  }

  /**
   * Runs one change of an invoice (found by its id or one of its lines) with the locks and checks
   * every change needs; then the total, the version, the order's mirror, the history and the event.
   */
  private async change(
    viewer: Viewer,
    target: { invoiceId: string } | { lineId: string },
    version: number,
    work: (ctx: { v: EmployeeViewer; uow: UnitOfWork; order: OrderRow; invoice: InvoiceRow; lines: InvoiceLineRow[] }) => Promise<Change>,
  ): Promise<InvoiceRow> {
    const v = requirePermission(viewer, "INVOICES_MANAGE");
    const subject = "lineId" in target ? "Позиция счёта" : "Счёт";
    const lookup = new InvoicesRepository(this.deps.database.db, v.organizationId);
    const found = "lineId" in target ? await lookup.lineById(target.lineId) : null;
    const invoiceId = "lineId" in target ? found?.invoiceId : target.invoiceId;
    const located = invoiceId ? await lookup.byId(invoiceId) : undefined;
    if (!located) throw notFound(subject);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const order = await this.lockOrder(uow, v, located.orderId, subject);
      const repo = uow.repo(InvoicesRepository);
      const invoice = await repo.byOrder(order.id, true);
      if (!invoice || invoice.id !== located.id) throw notFound(subject);
      if (invoice.version !== version) {
        throw conflict("Счёт уже изменили: обновите карточку заявки", { reason: "STALE_VERSION", currentVersion: invoice.version });
      }
      const lines = await repo.linesOf([invoice.id]);
      const change = await work({ v, uow, order, invoice, lines });
      if (!change) return invoice;
      const now = this.deps.clock.now();
      const total = invoiceTotal((await repo.linesOf([invoice.id])).map((l) => ({ total: l.totalKopecks })));
      const updated = await repo.update(invoice.id, { ...change.values, totalKopecks: total, updatedAt: now });
      await this.recorded(uow, v, order, updated, change, now);
      return updated;
    });
  }

  /** The order mirrors the invoice's state, its history says what happened, open cards re-read it after the commit. */
  private async recorded(uow: UnitOfWork, v: EmployeeViewer | null, order: OrderRow, invoice: InvoiceRow, change: NonNullable<Change>, now: Date): Promise<void> {
    const orders = uow.repo(OrdersRepository);
    const updated = (await orders.record(order.id, { invoiceState: invoice.state, updatedAt: now }))!;
    await orders.insertEvents([
      {
        orderId: order.id,
        kind: "INVOICE_CHANGED",
        actorKind: v ? "EMPLOYEE" : "SYSTEM",
        actorEmployeeId: v?.employeeId ?? null,
        data: { version: order.version, action: change.action, state: invoice.state, totalKopecks: invoice.totalKopecks.toString(), lineName: change.lineName ?? null },
        createdAt: now,
      },
    ]);
    if (change.action === "ISSUED") {
      await this.notifications.invoiceIssued(uow.tx, {
        organizationId: order.organizationId,
        orderId: order.id,
        invoiceId: invoice.id,
        version: invoice.version,
        clientId: order.clientId,
        number: order.number,
        totalKopecks: invoice.totalKopecks,
      });
    }
    uow.orderChanged(updated);
  }

  /** The order, row-locked, if the employee may see it (NOT_FOUND, named after what was asked for, otherwise). */
  private async lockOrder(uow: UnitOfWork, v: EmployeeViewer, orderId: string, subject: "Заявка" | "Счёт" | "Позиция счёта"): Promise<OrderRow> {
    const order = await uow.repo(OrdersRepository).byId(orderId, true);
    if (!order || !(await this.orders.canSee(v, order, uow.tx))) throw notFound(subject);
    return order;
  }
}

/** A stored quantity (NUMERIC text) in thousandths. */
function storedQuantity(line: InvoiceLineRow): bigint {
  const [whole, fraction = ""] = line.quantity.split(".");
  return BigInt(whole!) * 1000n + BigInt(fraction.padEnd(3, "0").slice(0, 3));
}
