import {
  formatQuantity,
  formatRubles,
  orderRefundState,
  parseQuantity,
  planRefund,
  refundNotificationEffect,
  type RefundDecision,
  type RefundHistoryAction,
  type RefundRefusal,
  type RefundSettlement,
} from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { REFUND_RETRY_JOB } from "../../jobs/kinds.js";
import { enqueueJob } from "../../jobs/queue.js";
import { requirePermission, requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { InvoicesRepository, type InvoiceLineRow, type InvoiceRow } from "../invoices/invoices.repository.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { OrderRefsRepository } from "../orders/order-refs.repository.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import { PaymentsRepository, type RefundRow } from "./payments.repository.js";
import type { NotificationOutcome, PaymentsService } from "./payments.service.js";
import { ProviderTimeout, withDeadline, type ProviderNotification } from "./providers/provider.js";

/** Longest reason of a refund or a rejection. */
export const MAX_REFUND_REASON = 1000;

export const REFUND_MESSAGES: Record<RefundRefusal, string> = {
  NOT_PAID: "Счёт не оплачен: возвращать нечего",
  NOTHING_TO_REFUND: "По счёту уже всё возвращено",
  NO_LINES: "Отметьте позиции для возврата",
  UNKNOWN_LINE: "Такой позиции нет в счёте",
  DUPLICATE_LINE: "Позиция указана дважды",
  EXCEEDS_LINE: "По позиции нельзя вернуть больше, чем оплачено",
  EXCEEDS_PAID: "Сумма возвратов превысила бы оплаченную",
  REASON_REQUIRED: "Укажите причину возврата",
  PRICE_NEGATIVE: "Цена не может быть отрицательной",
  PRICE_TOO_LARGE: "Слишком большая цена",
  QUANTITY_INVALID: "Количество — число, например 1 или 1,5",
  QUANTITY_NOT_POSITIVE: "Количество должно быть больше нуля",
  QUANTITY_TOO_LARGE: "Слишком большое количество",
  QUANTITY_NOT_WHOLE: "Для этой единицы количество — целое число",
  DISCOUNT_OUT_OF_RANGE: "Скидка — от 0 до 100 %",
  TOO_MANY_LINES: "Слишком много позиций",
};

const refused = (refusal: RefundRefusal, field?: string) => {
  const code = refusal === "EXCEEDS_PAID" || refusal === "NOTHING_TO_REFUND" || refusal === "NOT_PAID" ? ErrorCode.CONFLICT : ErrorCode.BAD_USER_INPUT;
  return new AppError(code, REFUND_MESSAGES[refusal], { reason: refusal, ...(field ? { field } : {}) });
};

/** Who a refund's history entry names: the employee, the resident, or the system (the acquirer's answer). */
type RefundActor = { kind: "EMPLOYEE"; employeeId: string } | { kind: "RESIDENT" } | { kind: "SYSTEM" };

export type RefundInput = {
  orderId: string;
  kind: "FULL" | "PARTIAL";
  lines?: readonly { lineId: string; quantity: string }[] | null;
  reason: string;
};

/** A stored quantity (NUMERIC text) in thousandths. */
export function storedMilli(quantity: string): bigint {
  const [whole, fraction = ""] = quantity.split(".");
  return BigInt(whole!) * 1000n + BigInt(fraction.padEnd(3, "0").slice(0, 3));
}

/**
 * Refunds («Возврат», §24). Staff with REFUNDS_MANAGE refund in full or in part (chosen lines,
 * partial quantities); residents request one where the service allows it and staff confirm or
 * reject it. An online payment's refund goes through the acquirer (PENDING → SUCCEEDED / FAILED;
 * a call that times out leaves it PENDING and one job asks once more with the same idempotency
 * key); a cash (MARKED_PAID) invoice's is RECORDED. Every change locks the order and then the
 * invoice, so refunds of one invoice are decided one at a time; the database checks the same
 * invariant at commit.
 */
export class RefundsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly notifications: NotificationsService,
  ) {
    payments.refundNotification = (provider, organizationId, n) => this.notification(provider, organizationId, n);
  }

  private checkReason(reason: string, field = "input.reason"): string {
    const text = reason.trim();
    if (!text) throw badInput(REFUND_MESSAGES.REASON_REQUIRED, field, "REASON_REQUIRED");
    if (text.length > MAX_REFUND_REASON) throw badInput(`Причина — не длиннее ${MAX_REFUND_REASON} символов`, field);
    return text;
  }

  /** The order and its invoice, both row-locked (in this order, as every invoice change takes them). */
  private async lockInvoice(uow: UnitOfWork, orderId: string): Promise<{ order: OrderRow; invoice: InvoiceRow; lines: InvoiceLineRow[] }> {
    const order = (await uow.repo(OrdersRepository).byId(orderId, true))!;
    const invoices = uow.repo(InvoicesRepository);
    const invoice = await invoices.byOrder(order.id, true);
    if (!invoice) throw notFound("Счёт");
    return { order, invoice, lines: await invoices.linesOf([invoice.id]) };
  }

  /** Plans a refund against what the invoice's refunds already hold. */
  private async plan(uow: UnitOfWork, invoice: InvoiceRow, lines: InvoiceLineRow[], input: RefundInput) {
    if (input.kind === "PARTIAL" && (input.lines?.length ?? 0) > lines.length + 10) throw refused("TOO_MANY_LINES", "input.lines");
    const held = await uow.repo(PaymentsRepository).refundedPerLine(invoice.id);
    const requested =
      input.kind === "FULL"
        ? ({ kind: "FULL" } as const)
        : {
            kind: "PARTIAL" as const,
            lines: (input.lines ?? []).map((l, index) => {
              const line = lines.find((x) => x.id === l.lineId);
              const quantity = parseQuantity(l.quantity, line?.unit ?? "шт.");
              if (!quantity.ok) throw refused(quantity.refusal, `input.lines.${index}.quantity`);
              return { lineId: l.lineId, quantityMilli: quantity.value };
            }),
          };
    const paid = invoice.state === "PAID" || invoice.state === "MARKED_PAID" ? invoice.totalKopecks : 0n;
    const refunded = [...held.values()].reduce((sum, h) => sum + h.amount, 0n);
    const planned = planRefund({
      paid,
      refunded,
      request: requested,
      lines: lines.map((l) => ({
        id: l.id,
        unit: l.unit,
        quantityMilli: storedMilli(l.quantity),
        total: l.totalKopecks,
        refundedQuantityMilli: held.has(l.id) ? storedMilli(held.get(l.id)!.quantity) : 0n,
        refundedKopecks: held.get(l.id)?.amount ?? 0n,
      })),
    });
    if (!planned.ok) throw refused(planned.refusal, planned.lineId ? "input.lines" : undefined);
    return planned.plan;
  }

  /**
   * After a change of `refund`: the order's refund label state, a REFUND_CHANGED history entry
   * (who did what, the amount, the settlement, the reason of the step), `orderUpdated` after the commit.
   */
  private async reflect(uow: UnitOfWork, order: OrderRow, refund: RefundRow, step: { action: RefundHistoryAction; by: RefundActor; reason: string | null }): Promise<void> {
    const all = await uow.repo(PaymentsRepository).refundsOfInvoice(refund.invoiceId);
    const refundState = orderRefundState(all.map((r) => ({ decision: r.decision as RefundDecision, settlement: r.settlement as RefundSettlement })));
    const now = this.deps.clock.now();
    const orders = uow.repo(OrdersRepository);
    const updated = (await orders.record(order.id, { refundState, updatedAt: now }))!;
    await orders.insertEvents([
      {
        orderId: order.id,
        kind: "REFUND_CHANGED",
        actorKind: step.by.kind,
        actorEmployeeId: step.by.kind === "EMPLOYEE" ? step.by.employeeId : null,
        data: { version: order.version, refundId: refund.id, action: step.action, amountKopecks: refund.amountKopecks.toString(), settlement: refund.settlement, reason: step.reason },
        createdAt: now,
      },
    ]);
    uow.orderChanged(updated);
  }

  /** «Сделать возврат»: staff refund in full or in part, through the acquirer for an online payment. */
  async create(viewer: Viewer, input: RefundInput): Promise<RefundRow> {
    const v = requirePermission(viewer, "REFUNDS_MANAGE");
    const reason = this.checkReason(input.reason);
    const visible = await this.orders.get(v, input.orderId);
    const now = this.deps.clock.now();
    const refund = await unitOfWork(this.deps, v.organizationId, async (uow) => {
      const { order, invoice, lines } = await this.lockInvoice(uow, visible.id);
      const plan = await this.plan(uow, invoice, lines, input);
      const payment = invoice.state === "PAID" ? await uow.repo(PaymentsRepository).succeededOf(invoice.id) : undefined;
      const online = !!payment?.providerPaymentId;
      const row = await uow.repo(PaymentsRepository).insertRefund(
        {
          invoiceId: invoice.id,
          orderId: order.id,
          paymentId: payment?.id ?? null,
          kind: input.kind,
          decision: "CONFIRMED",
          settlement: online ? "PENDING" : "RECORDED",
          amountKopecks: plan.amount,
          reason,
          createdByEmployeeId: v.employeeId,
          decidedByEmployeeId: v.employeeId,
          decidedAt: now,
          settledAt: online ? null : now,
          createdAt: now,
          updatedAt: now,
        },
        plan.lines.map((l) => ({ invoiceLineId: l.lineId, quantity: formatQuantity(l.quantityMilli), amountKopecks: l.amount })),
      );
      if (!online) await this.payments.recordActivity(uow, order, `refund:${row.id}`, `Возврат по заявке № ${order.number}`, row.amountKopecks, now);
      await this.reflect(uow, order, row, { action: "CREATED", by: { kind: "EMPLOYEE", employeeId: v.employeeId }, reason });
      return row;
    });
    if (refund.settlement === "PENDING") return this.settle(v.organizationId, refund.id, "FIRST");
    return refund;
  }

  /** «Запросить возврат» in the resident's app, where the service allows it; staff with the setting hear of it. */
  async request(viewer: Viewer, input: RefundInput): Promise<RefundRow> {
    const v = requireResident(viewer);
    const reason = this.checkReason(input.reason);
    const visible = await this.orders.get(v, input.orderId);
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const { order, invoice, lines } = await this.lockInvoice(uow, visible.id);
      if (invoice.state === "DRAFT") throw notFound("Счёт");
      const service = await uow.repo(OrderRefsRepository).service(order.serviceId);
      if (!service?.refundsAllowed) throw new AppError(ErrorCode.FORBIDDEN, "По этой услуге возврат через приложение недоступен", { reason: "REFUNDS_NOT_ALLOWED" });
      const repo = uow.repo(PaymentsRepository);
      if ((await repo.refundsOfInvoice(invoice.id)).some((r) => r.decision === "REQUESTED")) {
        throw conflict("Запрос на возврат уже отправлен и ждёт решения", { reason: "REFUND_ALREADY_REQUESTED" });
      }
      const plan = await this.plan(uow, invoice, lines, input);
      const row = await repo.insertRefund(
        {
          invoiceId: invoice.id,
          orderId: order.id,
          kind: input.kind,
          decision: "REQUESTED",
          settlement: "NONE",
          amountKopecks: plan.amount,
          reason,
          requestedByClientId: v.clientId,
          createdAt: now,
          updatedAt: now,
        },
        plan.lines.map((l) => ({ invoiceLineId: l.lineId, quantity: formatQuantity(l.quantityMilli), amountKopecks: l.amount })),
      );
      await this.notifications.refundRequested(uow.tx, { organizationId: v.organizationId, orderId: order.id, refundId: row.id });
      await this.reflect(uow, order, row, { action: "REQUESTED", by: { kind: "RESIDENT" }, reason });
      return row;
    });
  }

  /** Staff decide a resident's request: confirmed (then through the acquirer, or recorded for cash) or rejected with a reason. */
  async decide(viewer: Viewer, refundId: string, decision: "CONFIRMED" | "REJECTED", reasonText: string | null): Promise<RefundRow> {
    const v = requirePermission(viewer, "REFUNDS_MANAGE");
    const reason = decision === "REJECTED" ? this.checkReason(reasonText ?? "", "reason") : reasonText?.trim() ? this.checkReason(reasonText, "reason") : null;
    const found = await new PaymentsRepository(this.deps.database.db, v.organizationId).refundById(refundId);
    if (!found) throw notFound("Возврат");
    const visible = await this.orders.get(v, found.orderId).catch(() => {
      throw notFound("Возврат");
    });
    const now = this.deps.clock.now();
    const refund = await unitOfWork(this.deps, v.organizationId, async (uow) => {
      const { order, invoice } = await this.lockInvoice(uow, visible.id);
      const repo = uow.repo(PaymentsRepository);
      const current = (await repo.refundById(found.id, true))!;
      if (current.decision !== "REQUESTED") throw conflict("По запросу уже принято решение", { reason: "REFUND_DECIDED" });
      let values: Partial<RefundRow> = { decision, decisionReason: reason, decidedByEmployeeId: v.employeeId, decidedAt: now, updatedAt: now };
      if (decision === "CONFIRMED") {
        if (invoice.state !== "PAID" && invoice.state !== "MARKED_PAID") throw refused("NOT_PAID");
        const payment = invoice.state === "PAID" ? await repo.succeededOf(invoice.id) : undefined;
        const online = !!payment?.providerPaymentId;
        values = { ...values, paymentId: payment?.id ?? null, settlement: online ? "PENDING" : "RECORDED", settledAt: online ? null : now };
      }
      const row = await repo.updateRefund(current.id, values);
      if (row.settlement === "RECORDED") await this.payments.recordActivity(uow, order, `refund:${row.id}`, `Возврат по заявке № ${order.number}`, row.amountKopecks, now);
      if (order.clientId) {
        await this.notifications.refundDecided(uow.tx, {
          organizationId: v.organizationId,
          orderId: order.id,
          refundId: row.id,
          clientId: current.requestedByClientId ?? order.clientId,
          number: order.number,
          decision,
          reason,
          settlement: row.settlement,
          amountKopecks: row.amountKopecks,
        });
      }
      await this.reflect(uow, order, row, { action: decision, by: { kind: "EMPLOYEE", employeeId: v.employeeId }, reason });
      return row;
    });
    if (refund.settlement === "PENDING") return this.settle(v.organizationId, refund.id, "FIRST");
    return refund;
  }

  /**
   * Asks the acquirer to refund (idempotency key: the refund's id). Each attempt is claimed first
   * (provider_attempts 0 → 1 for the first call, 1 → 2 for the one retry), so however often this
   * runs the acquirer is called at most twice for a refund and the retry happens exactly once.
   */
  async settle(organizationId: string, refundId: string, attempt: "FIRST" | "RETRY"): Promise<RefundRow> {
    const repo = new PaymentsRepository(this.deps.database.db, organizationId);
    const claimed = await repo.claimRefundAttempt(refundId, attempt === "FIRST" ? 0 : 1);
    if (!claimed) return (await repo.refundById(refundId))!;
    const payment = claimed.paymentId ? await repo.byId(claimed.paymentId) : undefined;
    const provider = payment ? this.payments.providers.get(payment.provider) : undefined;
    if (!payment?.providerPaymentId || !provider) return this.apply(organizationId, refundId, "FAILED", null, "Платёж не найден у платёжного сервиса");
    try {
      const result = await withDeadline("refund", this.deps.config.payments.providerTimeoutMs, () =>
        provider.refund({ organizationId, idempotencyKey: claimed.id, providerPaymentId: payment.providerPaymentId!, amountKopecks: claimed.amountKopecks, reason: claimed.reason }),
      );
      if (result.status === "PENDING") {
        await repo.updateRefund(claimed.id, { providerRefundId: result.providerRefundId, updatedAt: this.deps.clock.now() });
        return (await repo.refundById(refundId))!;
      }
      return this.apply(organizationId, refundId, result.status, result.providerRefundId, result.failureReason ?? null);
    } catch (error) {
      const timedOut = error instanceof ProviderTimeout;
      if (attempt === "FIRST") {
        this.deps.logger.warn({ err: error, refundId, timedOut }, "refund: no answer from the acquirer; it stays PENDING and is retried once");
        const runAt = new Date(this.deps.clock.now().getTime() + this.deps.config.payments.refundRetryDelayMs);
        await enqueueJob(this.deps.database.db, { kind: REFUND_RETRY_JOB, organizationId, payload: { refundId }, runAt, dedupeKey: `${REFUND_RETRY_JOB}:${refundId}`, maxAttempts: 1 });
      } else {
        this.deps.logger.error({ err: error, refundId, alert: "REFUND_UNSETTLED" }, "refund: the retry got no answer either; it stays PENDING until the acquirer's notification");
      }
      return (await repo.refundById(refundId))!;
    }
  }

  /** Job: the one retry of a refund whose first call got no answer. */
  async retry(organizationId: string, refundId: string): Promise<void> {
    await this.settle(organizationId, refundId, "RETRY");
  }

  /** The acquirer's answer or notification: a PENDING refund becomes SUCCEEDED or FAILED, once. */
  private async apply(organizationId: string, refundId: string, status: "SUCCEEDED" | "FAILED", providerRefundId: string | null, failureReason: string | null): Promise<RefundRow> {
    const found = (await new PaymentsRepository(this.deps.database.db, organizationId).refundById(refundId))!;
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const { order } = await this.lockInvoice(uow, found.orderId);
      const repo = uow.repo(PaymentsRepository);
      const current = (await repo.refundById(refundId, true))!;
      if (refundNotificationEffect(current.settlement as RefundSettlement, status) === "UNCHANGED") return current;
      const row = await repo.updateRefund(current.id, {
        settlement: status,
        providerRefundId: providerRefundId ?? current.providerRefundId,
        failureReason: status === "FAILED" ? (failureReason ?? "Платёжный сервис отклонил возврат") : null,
        settledAt: now,
        updatedAt: now,
      });
      if (status === "SUCCEEDED") {
        await this.payments.recordActivity(uow, order, `refund:${row.id}`, `Возврат по заявке № ${order.number}`, row.amountKopecks, now);
        const clientId = row.requestedByClientId ?? order.clientId;
        if (clientId) await this.notifications.refundSucceeded(uow.tx, { organizationId, orderId: order.id, refundId: row.id, clientId, number: order.number, amountKopecks: row.amountKopecks });
      } else this.deps.logger.error({ alert: "REFUND_FAILED", refundId, amount: formatRubles(row.amountKopecks) }, "the acquirer refused a refund");
      await this.reflect(uow, order, row, { action: status, by: { kind: "SYSTEM" }, reason: row.failureReason });
      return row;
    });
  }

  /** A refund notification from the acquirer (after the payments module verified it). */
  private async notification(provider: string, organizationId: string, n: ProviderNotification): Promise<NotificationOutcome> {
    const repo = new PaymentsRepository(this.deps.database.db, organizationId);
    const refund = await repo.refundByProviderId(n.objectId);
    const outcome = !refund ? "UNKNOWN" : n.amountKopecks !== refund.amountKopecks ? "AMOUNT_MISMATCH" : "APPLIED";
    const fresh = await repo.recordEvent({ provider, eventId: n.eventId, type: `refund.${n.status.toLowerCase()}`, providerObjectId: n.objectId, refundId: refund?.id ?? null, amountKopecks: n.amountKopecks, outcome, payload: n.payload, receivedAt: this.deps.clock.now() });
    if (!fresh) return { status: 200, outcome: "DUPLICATE" };
    if (!refund) return { status: 404, outcome };
    if (outcome === "AMOUNT_MISMATCH") {
      this.deps.logger.error({ alert: "REFUND_AMOUNT_MISMATCH", refundId: refund.id, eventId: n.eventId }, "refund notification with another amount");
      return { status: 409, outcome };
    }
    if (n.status === "SUCCEEDED" || n.status === "FAILED") await this.apply(organizationId, refund.id, n.status, n.objectId, null);
    return { status: 200, outcome };
  }
}
